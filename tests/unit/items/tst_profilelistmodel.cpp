#include <QAbstractItemModelTester>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include "models/connection/ProfileCatalog.h"
#include "models/connection/SesDeskProfileStore.h"
#include "models/items/ProfileListModel.h"

/// The profile list: the Local Sandbox first, then SesDesk's profiles; follows the store.
class TestProfileListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsAndFollowsTheStore();
};

void TestProfileListModel::listsAndFollowsTheStore()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    Connection::SesDeskProfileStore store(&settings);
    Connection::ProfileCatalog catalog(&store, nullptr, true);
    Items::ProfileListModel model(&catalog);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Local Sandbox"));
    QCOMPARE(model.index(0, 0).data(Items::ProfileListModel::KeyRole).toString(), QStringLiteral("sandbox"));
    QVERIFY(!catalog.hasConfiguredCredentials());

    QVERIFY(
        store.save({QStringLiteral("prod"), QStringLiteral("eu-west-1"), {}, QStringLiteral("AKIAIOSFODNN7EXAMPLE")})
            .isEmpty());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, 0).data().toString(), QStringLiteral("prod (SesDesk)"));
    QCOMPARE(model.index(1, 0).data(Items::ProfileListModel::RegionRole).toString(), QStringLiteral("eu-west-1"));
    QVERIFY(model.index(1, 0).data(Items::ProfileListModel::EditableRole).toBool());
    QCOMPARE(model.rowOf(QStringLiteral("sesdesk:prod")), 1);
    QVERIFY(catalog.hasConfiguredCredentials());

    store.remove(QStringLiteral("prod"));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.rowOf(QStringLiteral("sesdesk:prod")), -1);
}

QTEST_GUILESS_MAIN(TestProfileListModel)
#include "tst_profilelistmodel.moc"
