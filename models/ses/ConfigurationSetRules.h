#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include "models/ses/ConfigurationSetTypes.h"

namespace Ses
{

/// The rules SES and the Developer Guide set for configuration sets and their event
/// destinations, checked before anything is sent, each problem naming its field and saying why
/// in words (translated).
class ConfigurationSetRules
{
    Q_DECLARE_TR_FUNCTIONS(Ses::ConfigurationSetRules)

public:
    static constexpr int MaximumNameLength = 64;
    static constexpr int MaximumEventDestinations = 10;
    static constexpr qint64 MinimumDeliverySeconds = 300;
    static constexpr qint64 MaximumDeliverySeconds = 50400;

    /// Which input a problem is about (dialogs mark that field).
    enum class Field {
        Name,
        EventTypes,
        CloudWatchDimensions,
        FirehoseDeliveryStream,
        FirehoseIamRole,
        EventBus,
        SnsTopic,
        PinpointApplication,
        CustomRedirectDomain,
        MaxDeliverySeconds,
    };
    struct Problem {
        Field field;
        QString message;
    };

    /// Configuration set, event destination and dedicated IP pool names: 1–64 of A–Z a–z 0–9 _ -.
    /// what names the field for the message ("Configuration set name"). Empty when valid.
    static QString nameProblem(const QString &name, const QString &what);
    /// A custom redirect domain: a domain name (IDN allowed; checked in its ASCII form).
    static QString domainProblem(const QString &domain);
    /// Everything wrong with a destination for a configuration set in region; empty when none.
    static QList<Problem> eventDestinationProblems(const EventDestination &destination, const QString &region);
    /// Event types a destination kind cannot publish (Pinpoint: delivery delays, subscriptions).
    static QStringList unsupportedEventTypes(EventDestination::Kind kind);
    /// Email headers SES never takes as a CloudWatch dimension (the guide's list).
    static QStringList forbiddenHeaderDimensions();

private:
    static QString arnProblem(const QString &arn,
        const QString &service,
        const QString &resourcePrefix,
        const QString &region,
        bool regional,
        const QString &what);
};

} // namespace Ses
