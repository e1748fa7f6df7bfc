// The Configuration sets pane against the in-process Sandbox: create a set through the dialog
// (a bad name is refused naming the field), change option groups and see SES have them, add an
// event destination with the guide's checks, disable it, delete it, delete the set; every
// control is named; a session switch clears the details.
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include "models/connection/Session.h"
#include "models/items/ConfigurationSetListModel.h"
#include "models/items/EventDestinationModel.h"
#include "models/ses/SesClient.h"

#include "views/panes/ConfigurationSetsPane.h"
#include "views/panes/configurationsets/ConfigurationSetActions.h"
#include "views/panes/configurationsets/ConfigurationSetView.h"
#include "views/panes/configurationsets/CreateConfigurationSetDialog.h"
#include "views/panes/configurationsets/EventDestinationDialog.h"
#include "views/panes/configurationsets/EventDestinationsView.h"
#include "views/widgets/StatusBadge.h"

#include "Accessibility.h"
#include "PaneFixture.h"
#include "tests/support/FindChild.h"

using namespace TestSupport;
using Views::ConfigurationSetsPane;

class TestConfigurationSetsPane : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createChangeAddDestinationAndDelete();
    void refusesBadAndTakenNames();
    void destinationDialogChecksAsTyped();
    void everyControlIsNamed();
    void switchingSessionClearsDetails();

private:
    static void click(QWidget *w)
    {
        QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(5, 5));
    }
    static QJsonObject getSet(PaneFixture &fixture, Connection::Session &session, const QString &name)
    {
        QJsonObject answer;
        const QString error = fixture.call(session,
            Aws::AwsRequest::restJson(QStringLiteral("GetConfigurationSet"),
                "GET",
                Ses::SesClient::path({QStringLiteral("configuration-sets"), name})),
            &answer);
        if (!error.isEmpty())
            qWarning("%s", qPrintable(error));
        return answer;
    }
    static QJsonArray getDestinations(PaneFixture &fixture, Connection::Session &session, const QString &name)
    {
        QJsonObject answer;
        fixture.call(session,
            Aws::AwsRequest::restJson(QStringLiteral("GetConfigurationSetEventDestinations"),
                "GET",
                Ses::SesClient::path(
                    {QStringLiteral("configuration-sets"), name, QStringLiteral("event-destinations")})),
            &answer);
        return answer.value(QStringLiteral("EventDestinations")).toArray();
    }
    static QString createSet(PaneFixture &fixture, Connection::Session &session, const QString &name)
    {
        return fixture.call(session,
            Aws::AwsRequest::restJson(QStringLiteral("CreateConfigurationSet"),
                "POST",
                Ses::SesClient::path({QStringLiteral("configuration-sets")}),
                QJsonObject{{QStringLiteral("ConfigurationSetName"), name}}));
    }
};

void TestConfigurationSetsPane::createChangeAddDestinationAndDelete()
{
    PaneFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    auto pane = fixture.makePane<ConfigurationSetsPane>(session);
    QVERIFY(pane);

    // Nothing yet: the empty state says what a configuration set is for and offers one.
    auto *emptyCreate = child<QPushButton>(pane.get(), QStringLiteral("emptyCreateConfigurationSetButton"));
    QVERIFY(emptyCreate->isVisible());
    QVERIFY(child<QLabel>(pane.get(), QStringLiteral("configurationSetEmptyLabel"))
                ->text()
                .contains(QStringLiteral("us-east-1")));

    // Create, typed as a user would.
    click(emptyCreate);
    auto *dialog
        = pane->findChild<Views::CreateConfigurationSetDialog *>(QStringLiteral("createConfigurationSetDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    auto *createButton = child<QPushButton>(dialog, QStringLiteral("createConfigurationSetButton"));
    QVERIFY(!createButton->isEnabled());
    QTest::keyClicks(
        child<QLineEdit>(dialog, QStringLiteral("configurationSetNameEdit")), QStringLiteral("transactional"));
    click(child<QCheckBox>(dialog, QStringLiteral("createRequireTlsCheck")));
    QVERIFY(createButton->isEnabled());
    QSignalSpy finished(pane.get(), &ConfigurationSetsPane::actionFinished);
    QSignalSpy loaded(pane.get(), &ConfigurationSetsPane::configurationSetLoaded);
    click(createButton);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().toBool());
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().first().toString(), QStringLiteral("transactional"));
    QCOMPARE(pane->selectedConfigurationSet(), QStringLiteral("transactional"));
    QCOMPARE(pane->model()->rowCount(), 1);
    Views::ConfigurationSetView *view = pane->view();
    QCOMPARE(child<QLabel>(view, QStringLiteral("configurationSetNameLabel"))->text(), QStringLiteral("transactional"));
    QVERIFY(child<QCheckBox>(view, QStringLiteral("requireTlsCheck"))->isChecked());
    QCOMPARE(getSet(fixture, *session, QStringLiteral("transactional"))
                 .value(QStringLiteral("DeliveryOptions"))
                 .toObject()
                 .value(QStringLiteral("TlsPolicy"))
                 .toString(),
        QStringLiteral("REQUIRE"));

    // Reputation metrics on: Save is offered only once something changed.
    auto *saveReputation = child<QPushButton>(view, QStringLiteral("reputationSaveButton"));
    QVERIFY(!saveReputation->isEnabled());
    click(child<QCheckBox>(view, QStringLiteral("reputationMetricsCheck")));
    QVERIFY(saveReputation->isEnabled());
    QVERIFY(pane->hasUnsavedChanges());
    finished.clear();
    loaded.clear();
    click(saveReputation);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(loaded.size(), 1);
    QVERIFY(!pane->hasUnsavedChanges());
    QCOMPARE(getSet(fixture, *session, QStringLiteral("transactional"))
                 .value(QStringLiteral("ReputationOptions"))
                 .toObject()
                 .value(QStringLiteral("ReputationMetricsEnabled"))
                 .toBool(),
        true);

    // Pausing sending asks first; the badge follows what SES has.
    click(child<QCheckBox>(view, QStringLiteral("sendingEnabledCheck")));
    fixture.boxes.enqueue(QMessageBox::Yes);
    finished.clear();
    loaded.clear();
    click(child<QPushButton>(view, QStringLiteral("sendingSaveButton")));
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(fixture.boxes.shown().constLast().kind, QStringLiteral("question"));
    QVERIFY(fixture.boxes.shown().constLast().text.contains(QStringLiteral("SendingPausedException")));
    QCOMPARE(child<Views::StatusBadge>(view, QStringLiteral("configurationSetSendingBadge"))->text(),
        QStringLiteral("Sending paused"));
    QCOMPARE(getSet(fixture, *session, QStringLiteral("transactional"))
                 .value(QStringLiteral("SendingOptions"))
                 .toObject()
                 .value(QStringLiteral("SendingEnabled"))
                 .toBool(true),
        false);

    // Suppression: override with complaints only.
    click(child<QAbstractButton>(view, QStringLiteral("suppressionReasonsRadio")));
    auto *saveSuppression = child<QPushButton>(view, QStringLiteral("suppressionSaveButton"));
    QVERIFY(!saveSuppression->isEnabled()); // no reason chosen yet
    QVERIFY(child<QLabel>(view, QStringLiteral("suppressionProblemLabel"))->isVisible());
    click(child<QCheckBox>(view, QStringLiteral("suppressionComplaintCheck")));
    QVERIFY(saveSuppression->isEnabled());
    loaded.clear();
    click(saveSuppression);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(getSet(fixture, *session, QStringLiteral("transactional"))
                 .value(QStringLiteral("SuppressionOptions"))
                 .toObject()
                 .value(QStringLiteral("SuppressedReasons"))
                 .toArray(),
        QJsonArray{QStringLiteral("COMPLAINT")});

    // Tracking: a custom redirect domain, checked as typed.
    click(child<QCheckBox>(view, QStringLiteral("customRedirectCheck")));
    auto *domain = child<QLineEdit>(view, QStringLiteral("customRedirectDomainEdit"));
    QTest::keyClicks(domain, QStringLiteral("not a domain"));
    QVERIFY(!child<QPushButton>(view, QStringLiteral("trackingSaveButton"))->isEnabled());
    domain->selectAll();
    QTest::keyClicks(domain, QStringLiteral("track.example.com"));
    loaded.clear();
    click(child<QPushButton>(view, QStringLiteral("trackingSaveButton")));
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(getSet(fixture, *session, QStringLiteral("transactional"))
                 .value(QStringLiteral("TrackingOptions"))
                 .toObject()
                 .value(QStringLiteral("CustomRedirectDomain"))
                 .toString(),
        QStringLiteral("track.example.com"));

    // An event destination: SNS, bounces and complaints.
    view->showDestinationsTab();
    Views::EventDestinationsView *destinations = view->destinationsView();
    click(child<QPushButton>(destinations, QStringLiteral("addEventDestinationButton")));
    auto *destinationDialog
        = pane->findChild<Views::EventDestinationDialog *>(QStringLiteral("eventDestinationDialog"));
    QVERIFY(destinationDialog);
    QTRY_VERIFY(destinationDialog->isVisible());
    QTest::keyClicks(
        child<QLineEdit>(destinationDialog, QStringLiteral("eventDestinationNameEdit")), QStringLiteral("to-sns"));
    auto *topic = child<QLineEdit>(destinationDialog, QStringLiteral("snsTopicArnEdit"));
    QTest::keyClicks(topic, QStringLiteral("arn:aws:sns:eu-west-1:123456789012:ses-events"));
    click(child<QCheckBox>(destinationDialog, QStringLiteral("eventTypeCheck_BOUNCE")));
    click(child<QCheckBox>(destinationDialog, QStringLiteral("eventTypeCheck_COMPLAINT")));
    auto *problems = child<QLabel>(destinationDialog, QStringLiteral("eventDestinationProblemsLabel"));
    QVERIFY2(problems->text().contains(QStringLiteral("us-east-1")), qPrintable(problems->text()));
    auto *saveDestination = child<QPushButton>(destinationDialog, QStringLiteral("saveEventDestinationButton"));
    QVERIFY(!saveDestination->isEnabled());
    topic->clear();
    QTest::keyClicks(topic, QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-events"));
    QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));
    QVERIFY(saveDestination->isEnabled());
    finished.clear();
    loaded.clear();
    click(saveDestination);
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(finished.first().first().toBool());
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(destinations->model()->rowCount(), 1);
    QCOMPARE(destinations->selectedDestination()->name, QStringLiteral("to-sns"));
    QJsonArray stored = getDestinations(fixture, *session, QStringLiteral("transactional"));
    QCOMPARE(stored.size(), 1);
    QJsonObject sns = stored.first().toObject();
    QCOMPARE(sns.value(QStringLiteral("Enabled")).toBool(), true);
    QCOMPARE(sns.value(QStringLiteral("MatchingEventTypes")).toArray(),
        (QJsonArray{QStringLiteral("BOUNCE"), QStringLiteral("COMPLAINT")}));
    QCOMPARE(sns.value(QStringLiteral("SnsDestination")).toObject().value(QStringLiteral("TopicArn")).toString(),
        QStringLiteral("arn:aws:sns:us-east-1:123456789012:ses-events"));

    // Disable publishing.
    auto *toggle = child<QPushButton>(destinations, QStringLiteral("toggleEventDestinationButton"));
    QCOMPARE(toggle->text().remove(QLatin1Char('&')), QStringLiteral("Disable"));
    loaded.clear();
    click(toggle);
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(getDestinations(fixture, *session, QStringLiteral("transactional"))
                 .first()
                 .toObject()
                 .value(QStringLiteral("Enabled"))
                 .toBool(),
        false);
    QCOMPARE(destinations->model()->index(0, Items::EventDestinationModel::PublishingColumn).data().toString(),
        QStringLiteral("Disabled"));

    // Delete the destination, then the set, each confirmed.
    destinations->selectDestination(QStringLiteral("to-sns"));
    fixture.boxes.enqueue(QMessageBox::Yes);
    loaded.clear();
    click(child<QPushButton>(destinations, QStringLiteral("deleteEventDestinationButton")));
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(destinations->model()->rowCount(), 0);
    QCOMPARE(getDestinations(fixture, *session, QStringLiteral("transactional")).size(), 0);

    fixture.boxes.enqueue(QMessageBox::Yes);
    finished.clear();
    pane->actions()->remove()->trigger();
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(fixture.boxes.shown().constLast().text.contains(QStringLiteral("Bad Request")));
    QCOMPARE(pane->model()->rowCount(), 0);
    QVERIFY(child<QPushButton>(pane.get(), QStringLiteral("emptyCreateConfigurationSetButton"))->isVisible());
    QVERIFY(getSet(fixture, *session, QStringLiteral("transactional")).isEmpty());
}

void TestConfigurationSetsPane::refusesBadAndTakenNames()
{
    PaneFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(createSet(fixture, *session, QStringLiteral("marketing")).isEmpty());
    auto pane = fixture.makePane<ConfigurationSetsPane>(session);
    QVERIFY(pane);
    QCOMPARE(pane->model()->rowCount(), 1);
    pane->actions()->create()->trigger();
    auto *dialog
        = pane->findChild<Views::CreateConfigurationSetDialog *>(QStringLiteral("createConfigurationSetDialog"));
    QVERIFY(dialog);
    auto *name = child<QLineEdit>(dialog, QStringLiteral("configurationSetNameEdit"));
    auto *problem = child<QLabel>(dialog, QStringLiteral("configurationSetNameProblemLabel"));
    auto *create = child<QPushButton>(dialog, QStringLiteral("createConfigurationSetButton"));
    QTest::keyClicks(name, QStringLiteral("news letter"));
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().startsWith(QStringLiteral("Configuration set name")), qPrintable(problem->text()));
    QVERIFY(problem->text().contains(QStringLiteral("a space")));
    QVERIFY(!create->isEnabled());
    name->clear();
    QTest::keyClicks(name, QString(65, QLatin1Char('x')));
    QVERIFY(problem->text().contains(QStringLiteral("65 characters")));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("marketing"));
    QVERIFY(problem->text().contains(QStringLiteral("already exists")));
    QVERIFY(!create->isEnabled());

    // A set the list does not know yet (made elsewhere): SES's refusal lands on the name field.
    QVERIFY(createSet(fixture, *session, QStringLiteral("made-elsewhere")).isEmpty());
    name->clear();
    QTest::keyClicks(name, QStringLiteral("made-elsewhere"));
    QVERIFY(create->isEnabled());
    click(create);
    QTRY_VERIFY(problem->text().contains(QStringLiteral("SES already has")));
    QVERIFY(problem->text().startsWith(QStringLiteral("Configuration set name")));
    QVERIFY(dialog->isVisible()); // nothing typed is lost
    QCOMPARE(name->text(), QStringLiteral("made-elsewhere"));
    QSignalSpy finished(pane.get(), &ConfigurationSetsPane::actionFinished);
    click(child<QPushButton>(dialog, QStringLiteral("cancelCreateConfigurationSetButton")));
    QTRY_COMPARE(finished.size(), 1);
    QVERIFY(!finished.first().first().toBool());
}

void TestConfigurationSetsPane::destinationDialogChecksAsTyped()
{
    PaneFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(createSet(fixture, *session, QStringLiteral("metrics")).isEmpty());
    auto pane = fixture.makePane<ConfigurationSetsPane>(session);
    QVERIFY(pane);
    QSignalSpy loaded(pane.get(), &ConfigurationSetsPane::configurationSetLoaded);
    pane->selectConfigurationSet(QStringLiteral("metrics"));
    QTRY_COMPARE(loaded.size(), 1);
    pane->actions()->addDestination()->trigger();
    auto *dialog = pane->findChild<Views::EventDestinationDialog *>(QStringLiteral("eventDestinationDialog"));
    QVERIFY(dialog);
    auto *problems = child<QLabel>(dialog, QStringLiteral("eventDestinationProblemsLabel"));
    auto *save = child<QPushButton>(dialog, QStringLiteral("saveEventDestinationButton"));
    auto *type = child<QComboBox>(dialog, QStringLiteral("destinationTypeCombo"));

    // Pinpoint cannot publish delivery delays or subscriptions: those boxes are off.
    type->setCurrentIndex(type->findText(QStringLiteral("Amazon Pinpoint")));
    QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("eventTypeCheck_DELIVERY_DELAY"))->isEnabled());
    QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("eventTypeCheck_SUBSCRIPTION"))->isEnabled());
    click(child<QCheckBox>(dialog, QStringLiteral("selectAllEventTypesCheck")));
    QVERIFY(child<QCheckBox>(dialog, QStringLiteral("eventTypeCheck_OPEN"))->isChecked());
    QVERIFY(!child<QCheckBox>(dialog, QStringLiteral("eventTypeCheck_DELIVERY_DELAY"))->isChecked());

    // CloudWatch: a dimension row is there; From as an email header is refused.
    type->setCurrentIndex(type->findText(QStringLiteral("Amazon CloudWatch")));
    QVERIFY(child<QCheckBox>(dialog, QStringLiteral("eventTypeCheck_DELIVERY_DELAY"))->isEnabled());
    QTest::keyClicks(
        child<QLineEdit>(dialog, QStringLiteral("eventDestinationNameEdit")), QStringLiteral("cw metrics"));
    QVERIFY(problems->text().contains(QStringLiteral("Event destination name")));
    auto *nameEdit = child<QLineEdit>(dialog, QStringLiteral("eventDestinationNameEdit"));
    nameEdit->clear();
    QTest::keyClicks(nameEdit, QStringLiteral("cw-metrics"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("dimensionNameEdit1")), QStringLiteral("From"));
    auto *source = child<QComboBox>(dialog, QStringLiteral("dimensionSourceCombo1"));
    source->setCurrentIndex(source->findData(QStringLiteral("EMAIL_HEADER")));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("dimensionValueEdit1")), QStringLiteral("unknown"));
    QVERIFY2(problems->text().contains(QStringLiteral("email header From")), qPrintable(problems->text()));
    QVERIFY(!save->isEnabled());
    source->setCurrentIndex(source->findData(QStringLiteral("MESSAGE_TAG")));
    click(child<QPushButton>(dialog, QStringLiteral("addDimensionButton")));
    QTest::keyClicks(
        child<QLineEdit>(dialog, QStringLiteral("dimensionNameEdit2")), QStringLiteral("ses:configuration-set"));
    QTest::keyClicks(child<QLineEdit>(dialog, QStringLiteral("dimensionValueEdit2")), QStringLiteral("none"));
    QVERIFY2(problems->text().isEmpty(), qPrintable(problems->text()));
    QVERIFY(save->isEnabled());
    QSignalSpy finished(pane.get(), &ConfigurationSetsPane::actionFinished);
    loaded.clear();
    click(save);
    QTRY_COMPARE(finished.size(), 1);
    QTRY_COMPARE(loaded.size(), 1);
    const QJsonArray stored = getDestinations(fixture, *session, QStringLiteral("metrics"));
    QCOMPARE(stored.size(), 1);
    const QJsonArray dimensions = stored.first()
                                      .toObject()
                                      .value(QStringLiteral("CloudWatchDestination"))
                                      .toObject()
                                      .value(QStringLiteral("DimensionConfigurations"))
                                      .toArray();
    QCOMPARE(dimensions.size(), 2);
    QCOMPARE(dimensions.at(1).toObject().value(QStringLiteral("DimensionName")).toString(),
        QStringLiteral("ses:configuration-set"));

    // Editing keeps the name and the dimensions.
    Views::EventDestinationsView *list = pane->view()->destinationsView();
    list->selectDestination(QStringLiteral("cw-metrics"));
    click(child<QPushButton>(list, QStringLiteral("editEventDestinationButton")));
    auto *edit = pane->findChild<Views::EventDestinationDialog *>(QStringLiteral("eventDestinationDialog"));
    QTRY_VERIFY(edit && edit->isVisible() && edit->isEditing());
    QVERIFY(child<QLineEdit>(edit, QStringLiteral("eventDestinationNameEdit"))->isReadOnly());
    QCOMPARE(
        child<QLineEdit>(edit, QStringLiteral("dimensionNameEdit2"))->text(), QStringLiteral("ses:configuration-set"));
    finished.clear();
    click(child<QPushButton>(edit, QStringLiteral("cancelEventDestinationButton")));
    QTRY_COMPARE(finished.size(), 1);
}

void TestConfigurationSetsPane::everyControlIsNamed()
{
    PaneFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(createSet(fixture, *session, QStringLiteral("named")).isEmpty());
    auto pane = fixture.makePane<ConfigurationSetsPane>(session);
    QVERIFY(pane);
    QSignalSpy loaded(pane.get(), &ConfigurationSetsPane::configurationSetLoaded);
    pane->selectConfigurationSet(QStringLiteral("named"));
    QTRY_COMPARE(loaded.size(), 1);
    QStringList problems = unnamedControls(pane.get());
    pane->view()->showDestinationsTab();
    problems << unnamedControls(pane.get());
    pane->actions()->addDestination()->trigger();
    auto *dialog = pane->findChild<Views::EventDestinationDialog *>(QStringLiteral("eventDestinationDialog"));
    QVERIFY(dialog);
    auto *type = child<QComboBox>(dialog, QStringLiteral("destinationTypeCombo"));
    for (int i = 0; i < type->count(); ++i) {
        type->setCurrentIndex(i);
        problems << unnamedControls(dialog);
    }
    dialog->reject();
    pane->actions()->create()->trigger();
    auto *create
        = pane->findChild<Views::CreateConfigurationSetDialog *>(QStringLiteral("createConfigurationSetDialog"));
    QVERIFY(create);
    problems << unnamedControls(create);
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestConfigurationSetsPane::switchingSessionClearsDetails()
{
    PaneFixture fixture;
    QVERIFY(fixture.start().isEmpty());
    auto session = fixture.openSession();
    QVERIFY(session);
    QVERIFY(createSet(fixture, *session, QStringLiteral("old-account-set")).isEmpty());
    auto pane = fixture.makePane<ConfigurationSetsPane>(session);
    QVERIFY(pane);
    QSignalSpy loaded(pane.get(), &ConfigurationSetsPane::configurationSetLoaded);
    pane->selectConfigurationSet(QStringLiteral("old-account-set"));
    QTRY_COMPARE(loaded.size(), 1);
    pane->setSession(nullptr);
    QCOMPARE(pane->model()->rowCount(), 0);
    QVERIFY(!pane->view()->configurationSet());
    QVERIFY(child<QLabel>(pane->view(), QStringLiteral("configurationSetNameLabel"))->text().isEmpty());
    QTRY_VERIFY(!pane->actions()->create()->isEnabled());
}

QTEST_MAIN(TestConfigurationSetsPane)
#include "tst_configurationsetspane.moc"
