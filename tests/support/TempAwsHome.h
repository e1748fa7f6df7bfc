#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>

namespace TestSupport
{

/// A temporary home folder with an empty ~/.aws, for tests of profile and credential
/// resolution: writes config and credentials files and small helper scripts, and builds an
/// environment that points HOME there and carries no AWS_* variable of the machine running
/// the tests.
class TempAwsHome
{
public:
    TempAwsHome();

    bool isValid() const
    {
        return m_dir.isValid();
    }
    QString home() const;
    QString awsDir() const;
    QString configPath() const;
    QString credentialsPath() const;

    void writeConfig(const QByteArray &text) const;
    void writeCredentials(const QByteArray &text) const;
    /// Writes a file under the home folder (folders created) and returns its absolute path.
    QString writeFile(const QString &relativePath, const QByteArray &content) const;
    /// Writes an executable /bin/sh script under the home folder and returns its absolute path.
    QString writeScript(const QString &name, const QByteArray &body) const;

    /// HOME and PATH (and LANG) only; add AWS_* variables per test.
    QProcessEnvironment environment() const;

private:
    QTemporaryDir m_dir;
};

} // namespace TestSupport
