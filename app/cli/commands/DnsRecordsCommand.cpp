#include "app/cli/commands/DnsRecordsCommand.h"

#include <QCommandLineParser>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include "models/ses/BindZoneExporter.h"
#include "models/ses/CsvRecordExporter.h"
#include "models/ses/DkimPublicKey.h"
#include "models/ses/DnsChecker.h"
#include "models/ses/DnsRecordSet.h"
#include "models/ses/PlainTextRecordExporter.h"
#include "models/ses/Route53ChangeBatchExporter.h"
#include "models/ses/SesClient.h"

#include "app/cli/commands/CliContext.h"
#include "app/cli/commands/ExitCode.h"
#include "app/cli/commands/IdentityArgument.h"
#include "app/cli/commands/Session.h"
#include "app/cli/commands/TablePrinter.h"

namespace Cli
{

namespace
{

using Ses::DnsCheckResult;
using Ses::DnsRecord;

/// What the command was asked for, validated before anything is sent.
struct Request {
    QString name;
    QString format;
    bool check = false;
    QHostAddress nameserver;
    bool includeOptional = false;
    int ttl = Ses::BindZoneExporter::DefaultTtl;
    Ses::DnsRecordSet::Options options;
};

QString purposeKey(DnsRecord::Purpose purpose)
{
    switch (purpose) {
    case DnsRecord::Purpose::EasyDkim:
        return QStringLiteral("EASY_DKIM");
    case DnsRecord::Purpose::ByoDkim:
        return QStringLiteral("BYODKIM");
    case DnsRecord::Purpose::MailFromMx:
        return QStringLiteral("MAIL_FROM_MX");
    case DnsRecord::Purpose::MailFromSpf:
        return QStringLiteral("MAIL_FROM_SPF");
    case DnsRecord::Purpose::Dmarc:
        return QStringLiteral("DMARC");
    case DnsRecord::Purpose::InboundMx:
        return QStringLiteral("INBOUND_MX");
    }
    return {};
}

QString requirementKey(DnsRecord::Requirement requirement)
{
    switch (requirement) {
    case DnsRecord::Requirement::Required:
        return QStringLiteral("REQUIRED");
    case DnsRecord::Requirement::Recommended:
        return QStringLiteral("RECOMMENDED");
    case DnsRecord::Requirement::Optional:
        return QStringLiteral("OPTIONAL");
    }
    return {};
}

QString statusKey(DnsRecord::Status status)
{
    switch (status) {
    case DnsRecord::Status::NotApplicable:
        return {};
    case DnsRecord::Status::NotStarted:
        return QStringLiteral("NOT_STARTED");
    case DnsRecord::Status::Pending:
        return QStringLiteral("PENDING");
    case DnsRecord::Status::Success:
        return QStringLiteral("SUCCESS");
    case DnsRecord::Status::Failed:
        return QStringLiteral("FAILED");
    case DnsRecord::Status::TemporaryFailure:
        return QStringLiteral("TEMPORARY_FAILURE");
    }
    return {};
}

QString stateKey(DnsCheckResult::State state)
{
    switch (state) {
    case DnsCheckResult::State::NotChecked:
        return QStringLiteral("NOT_CHECKED");
    case DnsCheckResult::State::Correct:
        return QStringLiteral("CORRECT");
    case DnsCheckResult::State::PresentUnverified:
        return QStringLiteral("PRESENT_UNVERIFIED");
    case DnsCheckResult::State::Missing:
        return QStringLiteral("MISSING");
    case DnsCheckResult::State::Different:
        return QStringLiteral("DIFFERENT");
    case DnsCheckResult::State::LookupFailed:
        return QStringLiteral("LOOKUP_FAILED");
    }
    return {};
}

QString mistakeKey(DnsCheckResult::Mistake mistake)
{
    using M = DnsCheckResult::Mistake;
    switch (mistake) {
    case M::DifferentValue:
        return QStringLiteral("DIFFERENT_VALUE");
    case M::DomainAppendedTwice:
        return QStringLiteral("DOMAIN_APPENDED_TWICE");
    case M::DomainAppendedToValue:
        return QStringLiteral("DOMAIN_APPENDED_TO_VALUE");
    case M::WrongRecordType:
        return QStringLiteral("WRONG_RECORD_TYPE");
    case M::CnameBesideOtherRecords:
        return QStringLiteral("CNAME_BESIDE_OTHER_RECORDS");
    case M::TxtSplitIntoStrings:
        return QStringLiteral("TXT_SPLIT_INTO_STRINGS");
    case M::TxtSplitIntoRecords:
        return QStringLiteral("TXT_SPLIT_INTO_RECORDS");
    case M::TxtLiteralQuotes:
        return QStringLiteral("TXT_LITERAL_QUOTES");
    case M::MultipleMx:
        return QStringLiteral("MULTIPLE_MX");
    case M::DkimWrongRegionZone:
        return QStringLiteral("DKIM_WRONG_REGION_ZONE");
    case M::SpfWithoutAmazonSes:
        return QStringLiteral("SPF_WITHOUT_AMAZONSES");
    case M::MultipleSpf:
        return QStringLiteral("MULTIPLE_SPF");
    case M::MultipleDkimKeys:
        return QStringLiteral("MULTIPLE_DKIM_KEYS");
    case M::DmarcMalformed:
        return QStringLiteral("DMARC_MALFORMED");
    case M::MultipleDmarc:
        return QStringLiteral("MULTIPLE_DMARC");
    }
    return {};
}

QJsonObject recordJson(const DnsRecord &r)
{
    QJsonObject o;
    o.insert(QStringLiteral("Purpose"), purposeKey(r.purpose));
    o.insert(QStringLiteral("Type"), r.typeName());
    o.insert(QStringLiteral("Name"), r.name);
    if (r.unicodeName != r.name)
        o.insert(QStringLiteral("UnicodeName"), r.unicodeName);
    o.insert(QStringLiteral("Value"), r.isComplete() ? r.presentationValue() : QJsonValue());
    if (r.type == DnsRecord::Type::MX)
        o.insert(QStringLiteral("Priority"), r.priority);
    o.insert(QStringLiteral("Requirement"), requirementKey(r.requirement));
    if (r.status != DnsRecord::Status::NotApplicable)
        o.insert(QStringLiteral("Status"), statusKey(r.status));
    if (!r.note.isEmpty())
        o.insert(QStringLiteral("Note"), r.note);
    return o;
}

QJsonObject checkJson(const DnsCheckResult &c)
{
    QJsonObject o;
    o.insert(QStringLiteral("State"), stateKey(c.state));
    o.insert(QStringLiteral("Found"), QJsonArray::fromStringList(c.found));
    QJsonArray problems;
    for (const auto &f : c.findings)
        problems.append(
            QJsonObject{{QStringLiteral("Code"), mistakeKey(f.mistake)}, {QStringLiteral("Message"), f.message}});
    o.insert(QStringLiteral("Problems"), problems);
    o.insert(QStringLiteral("Notes"), QJsonArray::fromStringList(c.notes));
    if (!c.errorString.isEmpty())
        o.insert(QStringLiteral("Error"), c.errorString);
    return o;
}

bool isFine(const DnsCheckResult &c)
{
    return c.state == DnsCheckResult::State::Correct || c.state == DnsCheckResult::State::PresentUnverified;
}

/// Prints the check and returns the exit code: 1 if a required record is not right.
int printCheck(CliContext &context, const Ses::DnsRecordSet &set, const QList<DnsCheckResult> &results)
{
    const QList<DnsRecord> &records = set.records();
    int badRequired = 0;
    for (int i = 0; i < records.size(); ++i) {
        if (records.at(i).requirement == DnsRecord::Requirement::Required && !isFine(results.at(i)))
            ++badRequired;
    }
    if (context.jsonOutput()) {
        QJsonArray array;
        for (int i = 0; i < records.size(); ++i) {
            QJsonObject o = recordJson(records.at(i));
            o.insert(QStringLiteral("Check"), checkJson(results.at(i)));
            array.append(o);
        }
        context.printJson(QJsonObject{{QStringLiteral("Identity"), set.identityName()},
            {QStringLiteral("Region"), set.region().code},
            {QStringLiteral("Records"), array}});
    } else {
        TablePrinter table({DnsRecordsCommand::tr("Purpose"),
            DnsRecordsCommand::tr("Type"),
            DnsRecordsCommand::tr("Name"),
            DnsRecordsCommand::tr("Result")});
        for (int i = 0; i < records.size(); ++i) {
            const DnsRecord &r = records.at(i);
            QString purpose = DnsRecord::purposeText(r.purpose);
            if (r.requirement != DnsRecord::Requirement::Required)
                purpose += QStringLiteral(" (%1)").arg(DnsRecord::requirementText(r.requirement).toLower());
            table.addRow({purpose, r.typeName(), r.name, results.at(i).summary()});
        }
        table.print(context.out());
        for (int i = 0; i < records.size(); ++i) {
            const DnsCheckResult &c = results.at(i);
            if (c.state == DnsCheckResult::State::Correct && c.notes.isEmpty())
                continue;
            const DnsRecord &r = records.at(i);
            context.out() << Qt::endl << r.name << QLatin1Char(' ') << r.typeName() << QLatin1Char(':') << Qt::endl;
            if (!c.expected.isEmpty())
                context.out() << QStringLiteral("  ") << DnsRecordsCommand::tr("Expected: %1").arg(c.expected)
                              << Qt::endl;
            for (const QString &f : c.found)
                context.out() << QStringLiteral("  ") << DnsRecordsCommand::tr("Found:    %1").arg(f) << Qt::endl;
            if (c.state == DnsCheckResult::State::LookupFailed)
                context.out() << QStringLiteral("  ") << c.summary() << Qt::endl;
            for (const auto &f : c.findings)
                context.out() << QStringLiteral("  - ") << f.message << Qt::endl;
            for (const QString &n : c.notes)
                context.out() << QStringLiteral("  ") << n << Qt::endl;
        }
    }
    context.out().flush();
    if (badRequired > 0) {
        context.err() << DnsRecordsCommand::tr("%n required record(s) not published correctly.", nullptr, badRequired)
                      << Qt::endl;
        return ExitCode::ServiceError;
    }
    return ExitCode::Success;
}

int printRecords(CliContext &context, const Request &request, const Ses::DnsRecordSet &set)
{
    QTextStream &out = context.out();
    if (request.format == QLatin1String("bind")) {
        Ses::BindZoneExporter::Options o;
        o.ttl = request.ttl;
        o.includeOptional = request.includeOptional;
        out << Ses::BindZoneExporter::exportText(set, o);
    } else if (request.format == QLatin1String("csv")) {
        out << Ses::CsvRecordExporter::exportText(set, request.includeOptional);
    } else if (request.format == QLatin1String("route53")) {
        Ses::Route53ChangeBatchExporter::Options o;
        o.ttl = request.ttl;
        o.includeOptional = request.includeOptional;
        const auto json = Ses::Route53ChangeBatchExporter::exportJson(set, o);
        if (!json.ok()) {
            context.err() << json.error().message << Qt::endl;
            return ExitCode::ServiceError;
        }
        out << QString::fromUtf8(json.value());
    } else if (context.jsonOutput()) {
        QJsonArray array;
        for (const DnsRecord &r : set.records())
            array.append(recordJson(r));
        context.printJson(QJsonObject{{QStringLiteral("Identity"), set.identityName()},
            {QStringLiteral("Region"), set.region().code},
            {QStringLiteral("Records"), array}});
    } else {
        out << Ses::PlainTextRecordExporter::table(set);
        for (const DnsRecord &r : set.records()) {
            if (!r.note.isEmpty())
                out << r.name << QStringLiteral(": ") << r.note << Qt::endl;
        }
    }
    out.flush();
    return ExitCode::Success;
}

} // namespace

QString DnsRecordsCommand::summary() const
{
    return tr("The DNS records an identity needs, as a table, BIND zone lines, CSV or a Route 53 change batch; "
              "--check looks them up.");
}

QList<QCommandLineOption> DnsRecordsCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("format"),
            tr("table (default), bind (zone-file lines), csv (as the SES console's download) or route53 (for aws "
               "route53 change-resource-record-sets --change-batch file://...)."),
            QStringLiteral("FORMAT")),
        QCommandLineOption(QStringLiteral("check"),
            tr("Look every record up in the DNS and say whether it is published correctly. Exit code 1 if a "
               "required record is not.")),
        QCommandLineOption(QStringLiteral("nameserver"),
            tr("With --check: ask this name server (port 53) instead of the system's resolver."),
            QStringLiteral("IP")),
        QCommandLineOption(QStringLiteral("include-optional"),
            tr("Export optional records (the receiving MX) as records, not as comments or not at all.")),
        QCommandLineOption(
            QStringLiteral("ttl"), tr("TTL of exported records in seconds (default 1800)."), QStringLiteral("SECONDS")),
        QCommandLineOption(QStringLiteral("dmarc-rua"),
            tr("Address for DMARC aggregate reports in the suggested DMARC record."),
            QStringLiteral("ADDRESS")),
        QCommandLineOption(QStringLiteral("selector"),
            tr("BYODKIM: the selector (SES does not return it)."),
            QStringLiteral("SELECTOR")),
        QCommandLineOption(QStringLiteral("private-key"),
            tr("BYODKIM: the private key file (PEM or base64); its public key goes into the record."),
            QStringLiteral("FILE")),
        QCommandLineOption(QStringLiteral("public-key"),
            tr("BYODKIM: the public key (base64, without PEM lines)."),
            QStringLiteral("BASE64")),
    };
}

void DnsRecordsCommand::run(CliContext &context, const QCommandLineParser &parser, std::function<void(int)> done)
{
    int code = 0;
    const auto name = identityArgument(context, parser, &code);
    if (!name) {
        done(code);
        return;
    }
    auto request = std::make_shared<Request>();
    request->name = *name;
    request->format = parser.isSet(QStringLiteral("format")) ? parser.value(QStringLiteral("format")).toLower()
                                                             : QStringLiteral("table");
    static const QStringList formats{
        QStringLiteral("table"), QStringLiteral("bind"), QStringLiteral("csv"), QStringLiteral("route53")};
    if (!formats.contains(request->format)) {
        done(context.usageError(tr("--format must be table, bind, csv or route53, not \"%1\"")
                                    .arg(parser.value(QStringLiteral("format")))));
        return;
    }
    request->check = parser.isSet(QStringLiteral("check"));
    if (parser.isSet(QStringLiteral("nameserver"))) {
        if (!request->check) {
            done(context.usageError(tr("--nameserver needs --check")));
            return;
        }
        const QString value = parser.value(QStringLiteral("nameserver"));
        if (!request->nameserver.setAddress(value)) {
            done(context.usageError(tr("--nameserver expects an IP address, not \"%1\"").arg(value)));
            return;
        }
    }
    if (request->check && parser.isSet(QStringLiteral("format"))) {
        done(context.usageError(tr("--check prints the check; leave out --format")));
        return;
    }
    request->includeOptional = parser.isSet(QStringLiteral("include-optional"));
    if (parser.isSet(QStringLiteral("ttl"))) {
        bool ok = false;
        const int ttl = parser.value(QStringLiteral("ttl")).toInt(&ok);
        if (!ok || ttl < 0) {
            done(context.usageError(
                tr("--ttl expects a number of seconds, not \"%1\"").arg(parser.value(QStringLiteral("ttl")))));
            return;
        }
        request->ttl = ttl;
    }
    request->options.regionCode = context.session()->aws()->config().region;
    request->options.dmarcReportAddress = parser.value(QStringLiteral("dmarc-rua"));
    request->options.byoDkimSelector = parser.value(QStringLiteral("selector"));
    if (parser.isSet(QStringLiteral("private-key")) && parser.isSet(QStringLiteral("public-key"))) {
        done(context.usageError(tr("give --private-key or --public-key, not both")));
        return;
    }
    if (parser.isSet(QStringLiteral("private-key"))) {
        const QString path = parser.value(QStringLiteral("private-key"));
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            done(context.usageError(tr("cannot read %1: %2").arg(path, file.errorString())));
            return;
        }
        const Ses::DkimPublicKey key = Ses::DkimPublicKey::fromPrivateKey(file.readAll());
        if (!key.isValid()) {
            done(context.usageError(tr("%1: %2").arg(path, key.errorString())));
            return;
        }
        request->options.byoDkimPublicKey = key.publicKeyBase64();
    } else {
        request->options.byoDkimPublicKey = parser.value(QStringLiteral("public-key"));
    }

    context.ses()->getEmailIdentity(
        request->name, context.ses(), [&context, done, request](Aws::Result<Ses::EmailIdentity> result) {
            if (!result.ok()) {
                done(result.isCancelled() ? int(ExitCode::ServiceError)
                                          : context.serviceError(QStringLiteral("GetEmailIdentity"), result.error()));
                return;
            }
            Ses::EmailIdentity identity = result.value();
            identity.identityName = request->name;
            const auto set = Ses::DnsRecordSet::fromIdentity(identity, request->options);
            if (!set.ok()) {
                done(context.usageError(set.error().message));
                return;
            }
            if (set->needsByoDkimSelector())
                context.err() << tr("This identity uses BYODKIM: give --selector (and --private-key or --public-key) "
                                    "to include its DKIM record.")
                              << Qt::endl;
            if (!request->check) {
                done(printRecords(context, *request, set.value()));
                return;
            }
            // The checker lives until its answer is printed; the SES client outlives the run.
            auto *checker = new Ses::DnsChecker(context.ses());
            checker->setNameserver(request->nameserver);
            QObject::connect(checker, &Ses::DnsChecker::finished, checker, [&context, done, checker] {
                const int exitCode = printCheck(context, checker->recordSet(), checker->results());
                checker->deleteLater();
                done(exitCode);
            });
            checker->start(set.value());
        });
}

} // namespace Cli
