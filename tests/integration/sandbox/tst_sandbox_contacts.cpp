#include <QJsonArray>
#include <QTest>

#include "tests/integration/sandbox/SandboxCli.h"

using TestSupport::SandboxCli;
using TestSupport::SandboxProcess;

namespace
{
QStringList inList(const QString &command, const QStringList &rest = {})
{
    return QStringList{command, QStringLiteral("--contact-list-name"), QStringLiteral("news")} + rest;
}
QStringList emails(const QJsonArray &contacts)
{
    QStringList out;
    for (const auto &c : contacts)
        out.append(c.toObject().value(QLatin1String("EmailAddress")).toString());
    return out;
}
} // namespace

/// Contact lists, topics and contacts through the unchanged AWS CLI, with ListContacts' filters
/// and SES's errors.
class tst_SandboxContacts : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox{{QStringLiteral("--check-responses")}};
    std::unique_ptr<SandboxCli> m_cli;

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_sandbox.start(&error), qPrintable(error));
        m_cli = std::make_unique<SandboxCli>(m_sandbox);
    }

    void contactList()
    {
        bool ok = false;
        m_cli->sesv2(
            inList(QStringLiteral("create-contact-list"),
                {QStringLiteral("--description"),
                    QStringLiteral("Newsletter"),
                    QStringLiteral("--topics"),
                    QStringLiteral("TopicName=deals,DisplayName=Deals,DefaultSubscriptionStatus=OPT_IN"),
                    QStringLiteral(
                        "TopicName=events,DisplayName=Events,Description=Meetups,DefaultSubscriptionStatus=OPT_OUT")}),
            &ok);
        QVERIFY(ok);
        const QJsonObject list = m_cli->sesv2(inList(QStringLiteral("get-contact-list")), &ok);
        QVERIFY(ok);
        QCOMPARE(list.value(QLatin1String("Description")).toString(), QStringLiteral("Newsletter"));
        QCOMPARE(list.value(QLatin1String("Topics")).toArray().size(), 2);
        QVERIFY(list.value(QLatin1String("CreatedTimestamp")).isDouble());
        const QJsonArray lists
            = m_cli->sesv2({QStringLiteral("list-contact-lists")}).value(QLatin1String("ContactLists")).toArray();
        QCOMPARE(lists.size(), 1);
        QCOMPARE(lists.first().toObject().value(QLatin1String("ContactListName")).toString(), QStringLiteral("news"));

        // One contact list per account.
        const TestSupport::AwsCliError second = m_cli->sesv2Error(
            {QStringLiteral("create-contact-list"), QStringLiteral("--contact-list-name"), QStringLiteral("other")});
        QCOMPARE(second.code, QStringLiteral("LimitExceededException"));
        QCOMPARE(m_cli->sesv2Error(inList(QStringLiteral("create-contact-list"))).code,
            QStringLiteral("AlreadyExistsException"));

        m_cli->sesv2(inList(QStringLiteral("update-contact-list"),
                         {QStringLiteral("--description"), QStringLiteral("Monthly newsletter")}),
            &ok);
        QVERIFY(ok);
        QCOMPARE(
            m_cli->sesv2(inList(QStringLiteral("get-contact-list"))).value(QLatin1String("Description")).toString(),
            QStringLiteral("Monthly newsletter"));
    }

    void contacts()
    {
        bool ok = false;
        m_cli->sesv2(inList(QStringLiteral("create-contact"),
                         {QStringLiteral("--email-address"),
                             QStringLiteral("ann@example.com"),
                             QStringLiteral("--topic-preferences"),
                             QStringLiteral("TopicName=events,SubscriptionStatus=OPT_IN"),
                             QStringLiteral("--attributes-data"),
                             QStringLiteral("{\"Name\":\"Ann\"}")}),
            &ok);
        QVERIFY(ok);
        m_cli->sesv2(inList(QStringLiteral("create-contact"),
                         {QStringLiteral("--email-address"), QStringLiteral("bob@example.com")}),
            &ok);
        QVERIFY(ok);
        m_cli->sesv2(inList(QStringLiteral("create-contact"),
                         {QStringLiteral("--email-address"),
                             QStringLiteral("cat@example.com"),
                             QStringLiteral("--unsubscribe-all")}),
            &ok);
        QVERIFY(ok);

        const QJsonObject ann
            = m_cli->sesv2(inList(QStringLiteral("get-contact"),
                               {QStringLiteral("--email-address"), QStringLiteral("ann@example.com")}),
                &ok);
        QVERIFY(ok);
        QCOMPARE(ann.value(QLatin1String("ContactListName")).toString(), QStringLiteral("news"));
        QCOMPARE(ann.value(QLatin1String("AttributesData")).toString(), QStringLiteral("{\"Name\":\"Ann\"}"));
        QCOMPARE(ann.value(QLatin1String("TopicDefaultPreferences")).toArray().size(), 2);
        QCOMPARE(ann.value(QLatin1String("UnsubscribeAll")).toBool(true), false);

        QCOMPARE(
            emails(m_cli->sesv2(inList(QStringLiteral("list-contacts"))).value(QLatin1String("Contacts")).toArray()),
            (QStringList{QStringLiteral("ann@example.com"),
                QStringLiteral("bob@example.com"),
                QStringLiteral("cat@example.com")}));
        // Explicit preferences only, then with topic defaults.
        QCOMPARE(emails(m_cli
                            ->sesv2(inList(QStringLiteral("list-contacts"),
                                {QStringLiteral("--filter"),
                                    QStringLiteral("FilteredStatus=OPT_IN,TopicFilter={TopicName=events}")}))
                            .value(QLatin1String("Contacts"))
                            .toArray()),
            QStringList{QStringLiteral("ann@example.com")});
        QCOMPARE(emails(m_cli
                            ->sesv2(inList(QStringLiteral("list-contacts"),
                                {QStringLiteral("--filter"),
                                    QStringLiteral("FilteredStatus=OPT_IN,TopicFilter={TopicName=deals,"
                                                   "UseDefaultIfPreferenceUnavailable=true}")}))
                            .value(QLatin1String("Contacts"))
                            .toArray()),
            (QStringList{QStringLiteral("ann@example.com"), QStringLiteral("bob@example.com")}));
        QCOMPARE(emails(m_cli
                            ->sesv2(inList(QStringLiteral("list-contacts"),
                                {QStringLiteral("--filter"), QStringLiteral("FilteredStatus=OPT_OUT")}))
                            .value(QLatin1String("Contacts"))
                            .toArray()),
            QStringList{QStringLiteral("cat@example.com")});
        // Paging.
        const QJsonObject page = m_cli->sesv2(inList(QStringLiteral("list-contacts"),
            {QStringLiteral("--page-size"), QStringLiteral("2"), QStringLiteral("--no-paginate")}));
        QCOMPARE(page.value(QLatin1String("Contacts")).toArray().size(), 2);
        const QJsonObject next = m_cli->sesv2(inList(QStringLiteral("list-contacts"),
            {QStringLiteral("--no-paginate"),
                QStringLiteral("--next-token"),
                page.value(QLatin1String("NextToken")).toString()}));
        QCOMPARE(
            emails(next.value(QLatin1String("Contacts")).toArray()), QStringList{QStringLiteral("cat@example.com")});

        m_cli->sesv2(inList(QStringLiteral("update-contact"),
                         {QStringLiteral("--email-address"),
                             QStringLiteral("bob@example.com"),
                             QStringLiteral("--topic-preferences"),
                             QStringLiteral("TopicName=deals,SubscriptionStatus=OPT_OUT")}),
            &ok);
        QVERIFY(ok);
        QCOMPARE(m_cli
                     ->sesv2(inList(QStringLiteral("get-contact"),
                         {QStringLiteral("--email-address"), QStringLiteral("bob@example.com")}))
                     .value(QLatin1String("TopicPreferences"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("SubscriptionStatus"))
                     .toString(),
            QStringLiteral("OPT_OUT"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown list") << QStringList{QStringLiteral("get-contact-list"),
            QStringLiteral("--contact-list-name"),
            QStringLiteral("nope")} << QStringLiteral("NotFoundException")
                                      << QStringLiteral("List with name nope does not exist.");
        QTest::newRow("duplicate contact") << inList(
            QStringLiteral("create-contact"), {QStringLiteral("--email-address"), QStringLiteral("ann@example.com")})
                                           << QStringLiteral("AlreadyExistsException")
                                           << QStringLiteral("Contact ann@example.com already exists");
        QTest::newRow("unknown topic") << inList(QStringLiteral("create-contact"),
            {QStringLiteral("--email-address"),
                QStringLiteral("dan@example.com"),
                QStringLiteral("--topic-preferences"),
                QStringLiteral("TopicName=nope,SubscriptionStatus=OPT_IN")})
                                       << QStringLiteral("BadRequestException")
                                       << QStringLiteral("Topic nope does not exist in list news.");
        QTest::newRow("attributes not json") << inList(QStringLiteral("create-contact"),
            {QStringLiteral("--email-address"),
                QStringLiteral("dan@example.com"),
                QStringLiteral("--attributes-data"),
                QStringLiteral("not json")}) << QStringLiteral("BadRequestException")
                                             << QStringLiteral("AttributesData must be a JSON object");
        QTest::newRow("invalid address") << inList(
            QStringLiteral("create-contact"), {QStringLiteral("--email-address"), QStringLiteral("dan")})
                                         << QStringLiteral("BadRequestException")
                                         << QStringLiteral("Invalid email address: dan");
        QTest::newRow("unknown contact") << inList(
            QStringLiteral("get-contact"), {QStringLiteral("--email-address"), QStringLiteral("zed@example.com")})
                                         << QStringLiteral("NotFoundException")
                                         << QStringLiteral("Contact zed@example.com does not exist in list news.");
        QTest::newRow("invalid topic name")
            << inList(QStringLiteral("update-contact-list"),
                   {QStringLiteral("--topics"),
                       QStringLiteral("TopicName=bad topic,DisplayName=x,DefaultSubscriptionStatus=OPT_IN")})
            << QStringLiteral("BadRequestException") << QStringLiteral("Invalid topic name");
    }

    void errors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, code);
        QFETCH(QString, message);
        const TestSupport::AwsCliError error = m_cli->sesv2Error(arguments);
        QCOMPARE(error.code, code);
        QVERIFY2(error.message.startsWith(message), qPrintable(error.message));
    }

    void deleteContactAndList()
    {
        bool ok = false;
        m_cli->sesv2(inList(QStringLiteral("delete-contact"),
                         {QStringLiteral("--email-address"), QStringLiteral("cat@example.com")}),
            &ok);
        QVERIFY(ok);
        QCOMPARE(
            m_cli->sesv2(inList(QStringLiteral("list-contacts"))).value(QLatin1String("Contacts")).toArray().size(), 2);
        m_cli->sesv2(inList(QStringLiteral("delete-contact-list")), &ok);
        QVERIFY(ok);
        QCOMPARE(
            m_cli->sesv2({QStringLiteral("list-contact-lists")}).value(QLatin1String("ContactLists")).toArray().size(),
            0);
        // A new list starts empty: the old contacts went with the old list.
        m_cli->sesv2(inList(QStringLiteral("create-contact-list")), &ok);
        QVERIFY(ok);
        QCOMPARE(
            m_cli->sesv2(inList(QStringLiteral("list-contacts"))).value(QLatin1String("Contacts")).toArray().size(), 0);
    }
};

QTEST_MAIN(tst_SandboxContacts)
#include "tst_sandbox_contacts.moc"
