#include "models/ses/ConfigurationSetRules.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSet>
#include <QUrl>

namespace Ses
{

namespace
{

bool isNameCharacter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_' || u == u'-';
}

} // namespace

QString ConfigurationSetRules::nameProblem(const QString &name, const QString &what)
{
    if (name.isEmpty())
        return tr("%1 is missing.").arg(what);
    if (name.size() > MaximumNameLength)
        return tr("%1 is %2 characters long; SES allows at most %3.").arg(what).arg(name.size()).arg(MaximumNameLength);
    for (const QChar c : name) {
        if (!isNameCharacter(c))
            return tr("%1 may only contain letters A–Z and a–z, digits 0–9, \"_\" and \"-\"; \"%2\" is not allowed.")
                .arg(what, c.isSpace() ? tr("a space") : QString(c));
    }
    return {};
}

QString ConfigurationSetRules::domainProblem(const QString &domain)
{
    const QString trimmed = domain.trimmed();
    if (trimmed.isEmpty())
        return tr("Custom redirect domain is missing.");
    const QString ascii = QString::fromLatin1(QUrl::toAce(trimmed));
    static const QRegularExpression label(QStringLiteral("^[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?$"));
    const QStringList labels = ascii.split(QLatin1Char('.'));
    bool valid = !ascii.isEmpty() && ascii.size() <= 253 && labels.size() >= 2;
    for (const QString &l : labels)
        valid = valid && label.match(l).hasMatch();
    if (!valid)
        return tr("Custom redirect domain \"%1\" is not a domain name such as track.example.com.").arg(trimmed);
    return {};
}

QStringList ConfigurationSetRules::unsupportedEventTypes(EventDestination::Kind kind)
{
    if (kind == EventDestination::Kind::Pinpoint)
        return {EventTypes::DeliveryDelay, EventTypes::Subscription};
    return {};
}

QStringList ConfigurationSetRules::forbiddenHeaderDimensions()
{
    return {QStringLiteral("Received"),
        QStringLiteral("To"),
        QStringLiteral("From"),
        QStringLiteral("DKIM-Signature"),
        QStringLiteral("CC"),
        QStringLiteral("message-id"),
        QStringLiteral("Return-Path")};
}

QString ConfigurationSetRules::arnProblem(const QString &arn,
    const QString &service,
    const QString &resourcePrefix,
    const QString &region,
    bool regional,
    const QString &what)
{
    const QString trimmed = arn.trimmed();
    if (trimmed.isEmpty())
        return tr("%1 is missing.").arg(what);
    static const QRegularExpression shape(
        QStringLiteral("^arn:aws(-[a-z]+)*:([a-z0-9-]+):([a-z0-9-]*):([0-9]{12}):(.+)$"));
    const QRegularExpressionMatch m = shape.match(trimmed);
    if (!m.hasMatch())
        return tr("%1 \"%2\" is not an ARN (arn:aws:%3:%4:123456789012:%5…).")
            .arg(what, trimmed, service, regional ? region : QString(), resourcePrefix);
    if (m.captured(2) != service)
        return tr("%1 names the service \"%2\"; it must be an ARN of %3.").arg(what, m.captured(2), service);
    if (regional && m.captured(3) != region)
        return tr("%1 is in the region \"%2\"; it must be in %3, the region of this configuration set.")
            .arg(what, m.captured(3), region);
    if (!resourcePrefix.isEmpty() && !m.captured(5).startsWith(resourcePrefix))
        return tr("%1 must name a resource \"%2…\"; \"%3\" does not.").arg(what, resourcePrefix, m.captured(5));
    return {};
}

QList<ConfigurationSetRules::Problem> ConfigurationSetRules::eventDestinationProblems(
    const EventDestination &destination, const QString &region)
{
    using Kind = EventDestination::Kind;
    QList<Problem> problems;
    if (const QString p = nameProblem(destination.name, tr("Event destination name")); !p.isEmpty())
        problems.append({Field::Name, p});
    if (destination.matchingEventTypes.isEmpty())
        problems.append({Field::EventTypes, tr("Choose at least one event type to publish.")});
    const QStringList unsupported = unsupportedEventTypes(destination.kind);
    if (std::any_of(unsupported.cbegin(), unsupported.cend(), [&destination](const QString &type) {
            return destination.matchingEventTypes.contains(type);
        }))
        problems.append({Field::EventTypes,
            tr("Amazon Pinpoint does not support delivery delay and subscription events; clear them or choose "
               "another destination.")});
    switch (destination.kind) {
    case Kind::CloudWatch: {
        if (destination.cloudWatchDimensions.isEmpty())
            problems.append({Field::CloudWatchDimensions,
                tr("A CloudWatch destination needs at least one dimension (a message tag, email header or link "
                   "tag to count events by).")});
        static const QRegularExpression dimensionName(QStringLiteral("^[A-Za-z0-9_:-]{1,256}$"));
        static const QRegularExpression dimensionValue(QStringLiteral("^[A-Za-z0-9_.@-]{1,256}$"));
        QSet<QString> seen;
        const QStringList forbidden = forbiddenHeaderDimensions();
        int row = 0;
        for (const CloudWatchDimension &d : destination.cloudWatchDimensions) {
            ++row;
            if (!dimensionName.match(d.dimensionName).hasMatch())
                problems.append({Field::CloudWatchDimensions,
                    tr("Dimension %1: the name \"%2\" may only contain ASCII letters, digits, \"_\", \"-\" and "
                       "\":\" (for SES's ses: tags).")
                        .arg(row)
                        .arg(d.dimensionName)});
            else if (seen.contains(d.dimensionName.toLower()))
                problems.append({Field::CloudWatchDimensions,
                    tr("Dimension %1: the name \"%2\" is used twice.").arg(row).arg(d.dimensionName)});
            seen.insert(d.dimensionName.toLower());
            if (!dimensionValue.match(d.defaultDimensionValue).hasMatch())
                problems.append({Field::CloudWatchDimensions,
                    tr("Dimension %1: the default value \"%2\" is needed and may only contain ASCII letters, "
                       "digits, \"_\", \"-\", \"@\" and \".\".")
                        .arg(row)
                        .arg(d.defaultDimensionValue)});
            if (d.dimensionValueSource == QLatin1String("EMAIL_HEADER")) {
                for (const QString &header : forbidden) {
                    if (d.dimensionName.compare(header, Qt::CaseInsensitive) == 0)
                        problems.append({Field::CloudWatchDimensions,
                            tr("Dimension %1: SES cannot use the email header %2 as a dimension.")
                                .arg(row)
                                .arg(header)});
                }
            }
        }
        break;
    }
    case Kind::KinesisFirehose:
        if (const QString p = arnProblem(destination.firehoseDeliveryStreamArn,
                QStringLiteral("firehose"),
                QStringLiteral("deliverystream/"),
                region,
                true,
                tr("Delivery stream ARN"));
            !p.isEmpty())
            problems.append({Field::FirehoseDeliveryStream, p});
        if (const QString p = arnProblem(destination.firehoseIamRoleArn,
                QStringLiteral("iam"),
                QStringLiteral("role/"),
                region,
                false,
                tr("IAM role ARN"));
            !p.isEmpty())
            problems.append({Field::FirehoseIamRole, p});
        break;
    case Kind::EventBridge:
        if (const QString p = arnProblem(destination.eventBusArn,
                QStringLiteral("events"),
                QStringLiteral("event-bus/"),
                region,
                true,
                tr("Event bus ARN"));
            !p.isEmpty())
            problems.append({Field::EventBus, p});
        break;
    case Kind::Sns:
        if (const QString p
            = arnProblem(destination.snsTopicArn, QStringLiteral("sns"), QString(), region, true, tr("SNS topic ARN"));
            !p.isEmpty())
            problems.append({Field::SnsTopic, p});
        else if (destination.snsTopicArn.trimmed().endsWith(QLatin1String(".fifo")))
            problems.append({Field::SnsTopic, tr("SES publishes only to standard SNS topics, not to FIFO topics.")});
        break;
    case Kind::Pinpoint:
        if (!destination.pinpointApplicationArn.trimmed().isEmpty()) {
            if (const QString p = arnProblem(destination.pinpointApplicationArn,
                    QStringLiteral("mobiletargeting"),
                    QStringLiteral("apps/"),
                    region,
                    true,
                    tr("Pinpoint project ARN"));
                !p.isEmpty())
                problems.append({Field::PinpointApplication, p});
        }
        break;
    }
    return problems;
}

} // namespace Ses
