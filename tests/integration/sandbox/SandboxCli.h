#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include "tests/support/AwsCliOutput.h"
#include "tests/support/CliRunner.h"
#include "tests/support/SandboxProcess.h"

namespace TestSupport
{

/// The AWS CLI pointed at one running Sandbox, plus the Sandbox's own /_sandbox/ API.
class SandboxCli
{
public:
    explicit SandboxCli(const SandboxProcess &sandbox)
        : m_sandbox(sandbox)
        , m_runner(sandbox.awsEnvironment())
    {
    }

    /// aws --endpoint-url URL --region R --output json ARGS
    CliRun aws(const QStringList &arguments) const
    {
        return m_runner.aws(m_sandbox.awsArguments() + arguments, 120000);
    }
    /// aws ... sesv2 ARGS, expecting success; the parsed JSON output (empty object for no output).
    QJsonObject sesv2(const QStringList &arguments, bool *ok = nullptr) const
    {
        const CliRun run = aws(QStringList{QStringLiteral("sesv2")} + arguments);
        if (ok)
            *ok = run.exitCode == 0;
        if (run.exitCode != 0)
            qWarning().noquote() << "aws sesv2" << arguments.join(QLatin1Char(' ')) << "failed:" << run.err;
        return run.json().object();
    }
    /// aws ... sesv2 ARGS, expecting an error; its code and message.
    AwsCliError sesv2Error(const QStringList &arguments) const
    {
        const CliRun run = aws(QStringList{QStringLiteral("sesv2")} + arguments);
        if (run.exitCode == 0)
            qWarning().noquote() << "aws sesv2" << arguments.join(QLatin1Char(' '))
                                 << "unexpectedly succeeded:" << run.out;
        return AwsCliError::parse(run.err);
    }

    struct Reply {
        int status = 0;
        QByteArray body;
        QByteArray contentType;
        QJsonObject json() const
        {
            return QJsonDocument::fromJson(body).object();
        }
    };
    /// A call to the Sandbox's control API (/_sandbox/...), not signed.
    Reply control(const QByteArray &method, const QString &path, const QJsonObject &body = {}) const
    {
        return controlRaw(
            method, path, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(), "application/json");
    }
    /// A control-API call with any body (an object for the S3 stand-in, /_sandbox/s3/...).
    Reply controlRaw(
        const QByteArray &method, const QString &path, const QByteArray &body, const QByteArray &contentType) const
    {
        QNetworkAccessManager network;
        QNetworkRequest request(m_sandbox.url().resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = network.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        Reply out;
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        out.body = reply->readAll();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        reply->deleteLater();
        return out;
    }

private:
    const SandboxProcess &m_sandbox;
    CliRunner m_runner;
};

} // namespace TestSupport
