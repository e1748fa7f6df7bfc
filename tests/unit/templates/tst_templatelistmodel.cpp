// The template table and its filter proxy, under QAbstractItemModelTester: name order, adding,
// replacing and removing without a reset, filtering as you type, and the shared templateAt().
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include "models/items/TemplateFilterProxyModel.h"
#include "models/items/TemplateListModel.h"

using Items::TemplateFilterProxyModel;
using Items::TemplateListModel;

namespace
{

Ses::EmailTemplateMetadata meta(const QString &name, int day)
{
    return {name, QDateTime(QDate(2024, 1, day), QTime(9, 0), Qt::UTC)};
}

QStringList column(const QAbstractItemModel &model, int col = 0)
{
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out.append(model.index(r, col).data().toString());
    return out;
}

} // namespace

class tst_TemplateListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsNameOrder()
    {
        TemplateListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplates(
            {meta(QStringLiteral("welcome"), 3), meta(QStringLiteral("Alert"), 1), meta(QStringLiteral("digest"), 2)});
        QCOMPARE(
            column(model), (QStringList{QStringLiteral("Alert"), QStringLiteral("digest"), QStringLiteral("welcome")}));
        QCOMPARE(model.columnCount(), 2);
        QCOMPARE(model.headerData(TemplateListModel::NameColumn, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QCOMPARE(model.index(0, 0).data(TemplateListModel::CreatedRole).toDateTime(), meta({}, 1).createdTimestamp);
        QVERIFY(!model.index(0, TemplateListModel::CreatedColumn).data().toString().isEmpty());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addTemplate(meta(QStringLiteral("Billing"), 4));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 1);
        QCOMPARE(column(model).at(1), QStringLiteral("Billing"));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.addTemplate(meta(QStringLiteral("Billing"), 5)); // same name: replaced in place
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.templateAt(model.indexOfTemplate(QStringLiteral("Billing")))->createdTimestamp,
            meta({}, 5).createdTimestamp);

        QVERIFY(model.removeTemplate(QStringLiteral("digest")));
        QVERIFY(!model.removeTemplate(QStringLiteral("digest")));
        QCOMPARE(model.templateNames(),
            (QStringList{QStringLiteral("Alert"), QStringLiteral("Billing"), QStringLiteral("welcome")}));
        QVERIFY(!model.templateAt(QModelIndex()));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void filtersAsYouType_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("shown");
        QTest::newRow("empty") << QString()
                               << QStringList{
                                      QStringLiteral("order-2"), QStringLiteral("order-10"), QStringLiteral("Welcome")};
        QTest::newRow("case-insensitive") << QStringLiteral("WEL") << QStringList{QStringLiteral("Welcome")};
        QTest::newRow("middle of the name") << QStringLiteral("der-1") << QStringList{QStringLiteral("order-10")};
        QTest::newRow("spaces trimmed") << QStringLiteral("  order ")
                                        << QStringList{QStringLiteral("order-2"), QStringLiteral("order-10")};
        QTest::newRow("nothing") << QStringLiteral("zzz") << QStringList{};
    }
    void filtersAsYouType()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, shown);
        TemplateListModel model;
        TemplateFilterProxyModel proxy;
        proxy.setSourceTemplateModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplates({meta(QStringLiteral("order-10"), 1),
            meta(QStringLiteral("Welcome"), 2),
            meta(QStringLiteral("order-2"), 3)});
        proxy.sort(TemplateListModel::NameColumn);
        proxy.setFilterText(filter);
        QCOMPARE(column(proxy), shown); // names sort naturally: order-2 before order-10
        for (int r = 0; r < proxy.rowCount(); ++r)
            QCOMPARE(proxy.templateAt(proxy.index(r, 1))->templateName, shown.at(r));
        if (!shown.isEmpty())
            QCOMPARE(proxy.indexOfTemplate(shown.constLast()).row(), static_cast<int>(shown.size()) - 1);
        QVERIFY(!proxy.indexOfTemplate(QStringLiteral("missing")).isValid());
    }

    void sortsByCreationTime()
    {
        TemplateListModel model;
        TemplateFilterProxyModel proxy;
        proxy.setSourceTemplateModel(&model);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTemplates(
            {meta(QStringLiteral("a"), 20), meta(QStringLiteral("b"), 5), meta(QStringLiteral("c"), 12)});
        proxy.sort(TemplateListModel::CreatedColumn, Qt::DescendingOrder);
        QCOMPARE(column(proxy), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
        // New rows land in the sorted place.
        model.addTemplate(meta(QStringLiteral("d"), 28));
        QCOMPARE(column(proxy).constFirst(), QStringLiteral("d"));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateListModel)
#include "tst_templatelistmodel.moc"
