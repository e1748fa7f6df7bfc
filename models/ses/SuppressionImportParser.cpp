#include "models/ses/SuppressionImportParser.h"

#include <QSet>
#include <QStringList>

#include "models/ses/IdentityName.h"
#include "models/ses/SuppressionTypes.h"

namespace Ses
{

namespace
{
bool isHeader(const QStringList &fields)
{
    static const QStringList names{QStringLiteral("emailaddress"),
        QStringLiteral("email address"),
        QStringLiteral("email"),
        QStringLiteral("address"),
        QStringLiteral("email_address")};
    return !fields.isEmpty() && names.contains(fields.constFirst().toLower());
}
} // namespace

QStringList SuppressionImportParser::splitFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < line.size() && line.at(i + 1) == QLatin1Char('"')) {
                    field.append(c);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field.append(c);
            }
        } else if (c == QLatin1Char('"') && field.trimmed().isEmpty()) {
            field.clear();
            quoted = true;
        } else if (c == QLatin1Char(',') || c == QLatin1Char(';') || c == QLatin1Char('\t')) {
            fields.append(field.trimmed());
            field.clear();
        } else {
            field.append(c);
        }
    }
    fields.append(field.trimmed());
    return fields;
}

QString SuppressionImportParser::addressProblem(const QString &address, QString *ascii)
{
    if (address.isEmpty())
        return tr("the email address is missing");
    if (!address.contains(QLatin1Char('@')))
        return tr("\"%1\" is not an email address (no @)").arg(address);
    if (address.count(QLatin1Char('@')) > 1)
        return tr("\"%1\" has more than one @").arg(address);
    // SES takes a plain dot-atom local part in 7-bit ASCII; IdentityName checks the domain.
    const QString local = address.left(address.indexOf(QLatin1Char('@')));
    if (local.isEmpty())
        return tr("\"%1\" has nothing before the @").arg(address);
    if (local.size() > 64)
        return tr("the part before the @ of \"%1\" is longer than 64 characters").arg(address);
    static const QString specials = QStringLiteral("!#$%&'*+/=?^_`{|}~.-");
    for (const QChar c : local) {
        const bool atext = (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            || specials.contains(c);
        if (!atext)
            return c.isSpace() ? tr("\"%1\" contains a space").arg(address)
                               : tr("\"%1\" has a character SES does not accept before the @: %2").arg(address, c);
    }
    if (local.startsWith(QLatin1Char('.')) || local.endsWith(QLatin1Char('.')) || local.contains(QStringLiteral("..")))
        return tr("the part before the @ of \"%1\" starts or ends with a dot or has two in a row").arg(address);
    const Aws::Result<IdentityName> name = IdentityName::parse(address);
    if (name.isError())
        return name.error().message;
    if (name.value().kind() != IdentityName::Kind::EmailAddress)
        return tr("\"%1\" is not an email address").arg(address);
    if (ascii)
        *ascii = name.value().ascii();
    return {};
}

SuppressionImportParser::Result SuppressionImportParser::parse(const QByteArray &data, const QString &defaultReason)
{
    Result result;
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QStringList lines = text.split(QLatin1Char('\n'));
    QSet<QString> seen;
    bool firstContentLine = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = static_cast<int>(i) + 1;
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(QLatin1Char('#')))
            continue;
        const QStringList fields = splitFields(trimmed);
        if (std::exchange(firstContentLine, false) && isHeader(fields))
            continue;
        auto fail = [&](const QString &message) {
            result.errors.append(LineError{number, trimmed, message});
        };
        QString ascii;
        if (const QString problem = addressProblem(fields.constFirst(), &ascii); !problem.isEmpty()) {
            fail(problem);
            continue;
        }
        QString reason = fields.size() > 1 ? fields.at(1).toUpper() : QString();
        if (reason.isEmpty())
            reason = defaultReason;
        if (!SuppressionReason::isValid(reason)) {
            fail(tr("unknown reason \"%1\": use BOUNCE or COMPLAINT").arg(fields.at(1)));
            continue;
        }
        const QString key = ascii.toLower();
        if (seen.contains(key)) {
            ++result.duplicates;
            continue;
        }
        seen.insert(key);
        result.entries.append(Entry{number, ascii, reason});
    }
    return result;
}

} // namespace Ses
