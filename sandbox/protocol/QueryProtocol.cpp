#include "sandbox/protocol/QueryProtocol.h"

#include <QXmlStreamWriter>

#include "sandbox/protocol/AuthErrorCodes.h"
#include "sandbox/protocol/ServiceError.h"

namespace Sandbox
{

QList<QPair<QString, QString>> QueryProtocol::parseForm(const QByteArray &encoded)
{
    QList<QPair<QString, QString>> out;
    for (const QByteArray &pair : encoded.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        out.append({QString::fromUtf8(QByteArray::fromPercentEncoding(name)),
            QString::fromUtf8(QByteArray::fromPercentEncoding(value))});
    }
    return out;
}

HttpResponse QueryProtocol::success(
    const QString &action, const QString &xmlNamespace, const QByteArray &resultXml, const QString &requestId)
{
    QByteArray body;
    body += "<" + action.toUtf8() + "Response xmlns=\"" + xmlNamespace.toUtf8() + "\">\n";
    body += "  <" + action.toUtf8() + "Result>" + resultXml + "</" + action.toUtf8() + "Result>\n";
    body += "  <ResponseMetadata>\n    <RequestId>" + requestId.toUtf8() + "</RequestId>\n  </ResponseMetadata>\n";
    body += "</" + action.toUtf8() + "Response>\n";
    HttpResponse response;
    response.status = 200;
    response.setHeader("Content-Type", "text/xml");
    response.setHeader("x-amzn-RequestId", requestId.toLatin1());
    response.body = body;
    return response;
}

HttpResponse QueryProtocol::error(const ServiceError &error, const QString &xmlNamespace, const QString &requestId)
{
    QByteArray body;
    QXmlStreamWriter xml(&body);
    xml.setAutoFormatting(true);
    xml.writeStartElement(QStringLiteral("ErrorResponse"));
    xml.writeDefaultNamespace(xmlNamespace);
    xml.writeStartElement(QStringLiteral("Error"));
    xml.writeTextElement(
        QStringLiteral("Type"), error.senderFault ? QStringLiteral("Sender") : QStringLiteral("Receiver"));
    xml.writeTextElement(QStringLiteral("Code"), error.code);
    xml.writeTextElement(QStringLiteral("Message"), error.message);
    xml.writeEndElement();
    xml.writeTextElement(QStringLiteral("RequestId"), requestId);
    xml.writeEndElement();
    HttpResponse response;
    response.status = error.httpStatus;
    response.setHeader("Content-Type", "text/xml");
    response.setHeader("x-amzn-RequestId", requestId.toLatin1());
    response.body = body;
    return response;
}

ServiceError QueryProtocol::authError(const AuthFailure &failure)
{
    static const AuthErrorCodes codes{"MissingAuthenticationToken",
        "IncompleteSignature",
        "InvalidClientTokenId",
        "SignatureDoesNotMatch",
        "SignatureDoesNotMatch",
        QStringLiteral("Request is missing Authentication Token")};
    return codes.errorFor(failure);
}

} // namespace Sandbox
