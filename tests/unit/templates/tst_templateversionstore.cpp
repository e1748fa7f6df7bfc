// The local template version history: every save a numbered snapshot per account, region and
// template; identical saves not duplicated; listing, renaming, damaged files, and restoring an
// older version's content through a diff.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/TemplateDiff.h"
#include "models/ses/TemplateVersionStore.h"

#include "tests/support/FakeClock.h"

using Ses::AccountScope;
using Ses::EmailTemplateContent;
using Ses::TemplateVersion;
using Ses::TemplateVersionStore;

class tst_TemplateVersionStore : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    TestSupport::FakeClock m_clock;
    const AccountScope m_scope{QStringLiteral("aws:prod"), QStringLiteral("eu-west-1")};

    static EmailTemplateContent content(const QString &html)
    {
        return {QStringLiteral("Hello {{name}}"), QStringLiteral("Hi {{name}}"), html};
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void everySaveIsANumberedSnapshot()
    {
        TemplateVersionStore store(m_dir.path(), &m_clock);
        const QString name = QStringLiteral("Welcome");
        for (int i = 1; i <= 3; ++i) {
            m_clock.advance(60);
            const auto v = store.record(
                m_scope, name, content(QStringLiteral("<p>v%1</p>").arg(i)), TemplateVersion::Origin::Saved);
            QVERIFY(v.ok());
            QCOMPARE(v.value().version, i);
            QCOMPARE(v.value().savedAt, m_clock.nowUtc());
        }
        const auto versions = store.versions(m_scope, name);
        QVERIFY(versions.ok());
        QCOMPARE(versions.value().size(), 3);
        QCOMPARE(versions.value().at(0).content.html, QStringLiteral("<p>v1</p>"));
        QCOMPARE(versions.value().at(2).version, 3);
        QCOMPARE(store.latest(m_scope, name)->content.html, QStringLiteral("<p>v3</p>"));
        QCOMPARE(store.version(m_scope, name, 2).value().content.html, QStringLiteral("<p>v2</p>"));
        QVERIFY(!store.version(m_scope, name, 9).ok());
    }

    void savingTheSameContentAddsNoVersion()
    {
        TemplateVersionStore store(m_dir.path(), &m_clock);
        const QString name = QStringLiteral("same");
        QCOMPARE(
            store.record(m_scope, name, content(QStringLiteral("a")), TemplateVersion::Origin::Saved).value().version,
            1);
        m_clock.advance(5);
        const auto again = store.record(m_scope, name, content(QStringLiteral("a")), TemplateVersion::Origin::Saved);
        QCOMPARE(again.value().version, 1);
        QCOMPARE(store.versions(m_scope, name).value().size(), 1);
        // ...but going back to an older content is a new version.
        store.record(m_scope, name, content(QStringLiteral("b")), TemplateVersion::Origin::Saved);
        QCOMPARE(store.record(m_scope, name, content(QStringLiteral("a")), TemplateVersion::Origin::Restored)
                     .value()
                     .version,
            3);
    }

    void scopesAndTemplatesAreKeptApart()
    {
        TemplateVersionStore store(m_dir.path(), &m_clock);
        const AccountScope otherRegion{m_scope.account, QStringLiteral("us-east-1")};
        const AccountScope otherAccount{QStringLiteral("sesdesk:staging/eu"), m_scope.region};
        // Names that are not safe as file names are still kept apart.
        const QStringList names{QStringLiteral("a"),
            QStringLiteral("A"),
            QStringLiteral("../x"),
            QStringLiteral("."),
            QStringLiteral("é 1")};
        for (const QString &n : names)
            QVERIFY(store.record(m_scope, n, content(n), TemplateVersion::Origin::Saved).ok());
        store.record(
            otherRegion, QStringLiteral("a"), content(QStringLiteral("other region")), TemplateVersion::Origin::Saved);
        store.record(otherAccount,
            QStringLiteral("a"),
            content(QStringLiteral("other account")),
            TemplateVersion::Origin::Saved);
        QStringList expected = names;
        expected.sort();
        QCOMPARE(store.templateNames(m_scope), expected);
        QCOMPARE(store.latest(m_scope, QStringLiteral("a"))->content.html, QStringLiteral("a"));
        QCOMPARE(store.latest(otherRegion, QStringLiteral("a"))->content.html, QStringLiteral("other region"));
        QCOMPARE(store.latest(otherAccount, QStringLiteral("a"))->content.html, QStringLiteral("other account"));
        // Everything stays under the data folder.
        for (const QString &n : names)
            QVERIFY(store.folder(m_scope, n).startsWith(m_dir.path() + QStringLiteral("/template-history/")));
        QVERIFY(!QDir(m_dir.path() + QStringLiteral("/x")).exists());
    }

    void noHistoryIsAnEmptyList()
    {
        TemplateVersionStore store(m_dir.path(), &m_clock);
        QVERIFY(store.versions(m_scope, QStringLiteral("never-saved")).ok());
        QVERIFY(store.versions(m_scope, QStringLiteral("never-saved")).value().isEmpty());
        QVERIFY(!store.latest(m_scope, QStringLiteral("never-saved")));
        QVERIFY(!store.record({}, QStringLiteral("x"), content({}), TemplateVersion::Origin::Saved).ok());
    }

    void damagedSnapshotsAreSkipped()
    {
        TemplateVersionStore store(m_dir.path(), &m_clock);
        const QString name = QStringLiteral("damaged");
        store.record(m_scope, name, content(QStringLiteral("1")), TemplateVersion::Origin::Saved);
        store.record(m_scope, name, content(QStringLiteral("2")), TemplateVersion::Origin::Saved);
        QFile file(store.folder(m_scope, name) + QStringLiteral("/v000001.json"));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("{\"version\": 1, \"Templ");
        file.close();
        const auto versions = store.versions(m_scope, name);
        QVERIFY(versions.ok());
        QCOMPARE(versions.value().size(), 1);
        QCOMPARE(versions.value().at(0).version, 2);
        QVERIFY(!store.version(m_scope, name, 1).ok());
        // New versions continue after the highest number.
        QCOMPARE(
            store.record(m_scope, name, content(QStringLiteral("3")), TemplateVersion::Origin::Saved).value().version,
            3);
    }

    void renameMovesTheHistory()
    {
        TemplateVersionStore store(m_dir.path(), &m_clock);
        store.record(m_scope, QStringLiteral("old"), content(QStringLiteral("1")), TemplateVersion::Origin::Saved);
        store.record(m_scope, QStringLiteral("taken"), content(QStringLiteral("t")), TemplateVersion::Origin::Saved);
        QVERIFY(!store.rename(m_scope, QStringLiteral("old"), QStringLiteral("taken")).ok());
        QVERIFY(store.rename(m_scope, QStringLiteral("old"), QStringLiteral("new")).ok());
        QCOMPARE(store.templateNames(m_scope), (QStringList{QStringLiteral("new"), QStringLiteral("taken")}));
        QCOMPARE(store.versions(m_scope, QStringLiteral("new")).value().size(), 1);
        QVERIFY(store.remove(m_scope, QStringLiteral("new")).ok());
        QCOMPARE(store.templateNames(m_scope), QStringList{QStringLiteral("taken")});
    }

    void snapshotsAreReadableJson()
    {
        TemplateVersionStore store(m_dir.path(), &m_clock);
        store.record(m_scope,
            QStringLiteral("json"),
            content(QStringLiteral("<p>ü</p>")),
            TemplateVersion::Origin::Imported,
            QStringLiteral("from file"));
        const auto v = store.version(m_scope, QStringLiteral("json"), 1);
        QVERIFY(v.ok());
        QCOMPARE(v.value().origin, TemplateVersion::Origin::Imported);
        QCOMPARE(v.value().note, QStringLiteral("from file"));
        QCOMPARE(v.value().templateName, QStringLiteral("json"));
        QCOMPARE(v.value().size(), qint64(QByteArray("Hello {{name}}Hi {{name}}<p>ü</p>").size()));
        // No temporary files are left next to the snapshots.
        const QStringList files = QDir(store.folder(m_scope, QStringLiteral("json"))).entryList(QDir::Files);
        QCOMPARE(files, QStringList{QStringLiteral("v000001.json")});
    }

    void diffAndRestoreAnyTwoVersions()
    {
        TemplateVersionStore store(m_dir.path(), &m_clock);
        const QString name = QStringLiteral("diffed");
        store.record(m_scope, name, content(QStringLiteral("<p>a</p>\n<p>b</p>")), TemplateVersion::Origin::Saved);
        store.record(m_scope, name, content(QStringLiteral("<p>a</p>\n<p>c</p>")), TemplateVersion::Origin::Saved);
        store.record(m_scope, name, content(QStringLiteral("<p>z</p>")), TemplateVersion::Origin::Saved);
        const auto v1 = store.version(m_scope, name, 1).value();
        const auto v3 = store.version(m_scope, name, 3).value();
        const QString diff
            = Ses::TemplateDiff::unified(v1.content, v3.content, QStringLiteral("v1"), QStringLiteral("v3"));
        QCOMPARE(diff, QStringLiteral("--- v1/Html\n+++ v3/Html\n@@ -1,2 +1 @@\n-<p>a</p>\n-<p>b</p>\n+<p>z</p>\n"));
        // Restoring version 1 is saving its content again: a fourth version equal to the first.
        const auto restored = store.record(
            m_scope, name, v1.content, TemplateVersion::Origin::Restored, QStringLiteral("Restored from version 1"));
        QCOMPARE(restored.value().version, 4);
        QVERIFY(Ses::TemplateDiff::unified(v1.content, store.latest(m_scope, name)->content, {}, {}).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_TemplateVersionStore)
#include "tst_templateversionstore.moc"
