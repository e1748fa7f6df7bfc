#include "tests/support/TempAwsHome.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace TestSupport
{

TempAwsHome::TempAwsHome()
{
    QDir(m_dir.path()).mkpath(QStringLiteral(".aws"));
}

QString TempAwsHome::home() const
{
    return m_dir.path();
}

QString TempAwsHome::awsDir() const
{
    return m_dir.filePath(QStringLiteral(".aws"));
}

QString TempAwsHome::configPath() const
{
    return m_dir.filePath(QStringLiteral(".aws/config"));
}

QString TempAwsHome::credentialsPath() const
{
    return m_dir.filePath(QStringLiteral(".aws/credentials"));
}

void TempAwsHome::writeConfig(const QByteArray &text) const
{
    writeFile(QStringLiteral(".aws/config"), text);
}

void TempAwsHome::writeCredentials(const QByteArray &text) const
{
    writeFile(QStringLiteral(".aws/credentials"), text);
}

QString TempAwsHome::writeFile(const QString &relativePath, const QByteArray &content) const
{
    const QString path = m_dir.filePath(relativePath);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("TempAwsHome: cannot write %s", qPrintable(path));
    f.write(content);
    return path;
}

QString TempAwsHome::writeScript(const QString &name, const QByteArray &body) const
{
    const QString path = writeFile(name, QByteArrayLiteral("#!/bin/sh\n") + body);
    QFile::setPermissions(
        path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup);
    return path;
}

QProcessEnvironment TempAwsHome::environment() const
{
    const QProcessEnvironment system = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("PATH"), system.value(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    return env;
}

} // namespace TestSupport
