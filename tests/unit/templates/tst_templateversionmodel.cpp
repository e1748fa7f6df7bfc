// The version history table under QAbstractItemModelTester: newest first, a saved version added
// on top once, and the semantic roles the diff view uses.
#include <QAbstractItemModelTester>
#include <QTest>

#include "models/items/TemplateVersionModel.h"

using Items::TemplateVersionModel;
using Ses::TemplateVersion;

namespace
{

TemplateVersion version(int n, TemplateVersion::Origin origin = TemplateVersion::Origin::Saved)
{
    TemplateVersion v;
    v.version = n;
    v.origin = origin;
    v.savedAt = QDateTime(QDate(2024, 3, n), QTime(8, 0), Qt::UTC);
    v.templateName = QStringLiteral("Welcome");
    v.content = {QStringLiteral("Subject"), QString(n * 10, QLatin1Char('t')), {}};
    return v;
}

} // namespace

class tst_TemplateVersionModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsNewestFirst()
    {
        TemplateVersionModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setVersions(
            QStringLiteral("Welcome"), {version(1, TemplateVersion::Origin::Fetched), version(2), version(3)});
        QCOMPARE(model.templateName(), QStringLiteral("Welcome"));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, TemplateVersionModel::VersionColumn).data().toInt(), 3);
        QCOMPARE(
            model.index(2, TemplateVersionModel::OriginColumn).data().toString(), QStringLiteral("As found in SES"));
        QCOMPARE(model.index(1, 0).data(TemplateVersionModel::SizeRole).toLongLong(), qint64(7 + 20));
        QCOMPARE(model.index(1, 0).data(TemplateVersionModel::SavedAtRole).toDateTime(), version(2).savedAt);
        QCOMPARE(model.versionAt(2).version, 1);

        model.addVersion(version(4, TemplateVersion::Origin::Restored));
        model.addVersion(version(4, TemplateVersion::Origin::Restored));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, TemplateVersionModel::OriginColumn).data().toString(), QStringLiteral("Restored"));
        QCOMPARE(model.rowOfVersion(2), 2);
        QCOMPARE(model.rowOfVersion(99), -1);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(tst_TemplateVersionModel)
#include "tst_templateversionmodel.moc"
