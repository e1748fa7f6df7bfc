// Crash recovery for the template editor: drafts saved per account and region, listed on the
// next start, removed once saved or discarded; unreadable drafts skipped.
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "models/ses/TemplateDraftStore.h"

#include "tests/support/FakeClock.h"

using Ses::AccountScope;
using Ses::TemplateDraft;
using Ses::TemplateDraftStore;

class tst_TemplateDraftStore : public QObject
{
    Q_OBJECT

    TestSupport::FakeClock m_clock;
    const AccountScope m_scope{QStringLiteral("sandbox"), QStringLiteral("us-east-1")};

    static TemplateDraft draft(const QString &key, const QString &name)
    {
        TemplateDraft d;
        d.key = key;
        d.templateName = name;
        d.content = {QStringLiteral("Subject {{x}}"), QStringLiteral("text"), QStringLiteral("<b>html</b>")};
        d.sampleData = QStringLiteral("{\"x\": 1,"); // unfinished typing is kept as typed
        return d;
    }

private Q_SLOTS:
    void savesListsAndRemoves()
    {
        QTemporaryDir dir;
        TemplateDraftStore store(dir.path(), &m_clock);
        TemplateDraft edit = draft(TemplateDraft::keyFor(QStringLiteral("Welcome")), QStringLiteral("Welcome"));
        edit.originalName = QStringLiteral("Welcome");
        const TemplateDraft fresh = draft(TemplateDraft::newKey(), QStringLiteral("Brand new"));
        QVERIFY(fresh.isNew());
        QVERIFY(!edit.isNew());

        QVERIFY(store.save(m_scope, edit).ok());
        m_clock.advance(10);
        const auto saved = store.save(m_scope, fresh);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().savedAt, m_clock.nowUtc());

        // What a restart finds: both drafts, oldest first, exactly as typed.
        TemplateDraftStore restarted(dir.path(), &m_clock);
        const QList<TemplateDraft> drafts = restarted.drafts(m_scope);
        QCOMPARE(drafts.size(), 2);
        QCOMPARE(drafts.at(0).key, edit.key);
        QCOMPARE(drafts.at(0).originalName, QStringLiteral("Welcome"));
        QCOMPARE(drafts.at(1).templateName, QStringLiteral("Brand new"));
        QCOMPARE(drafts.at(1).content, fresh.content);
        QCOMPARE(drafts.at(1).sampleData, fresh.sampleData);
        QVERIFY(drafts.at(1).isNew());

        // A later autosave of the same key replaces it.
        TemplateDraft changed = edit;
        changed.content.html = QStringLiteral("<i>changed</i>");
        m_clock.advance(10);
        store.save(m_scope, changed);
        QCOMPARE(store.drafts(m_scope).size(), 2);
        QCOMPARE(store.drafts(m_scope).constLast().content.html, QStringLiteral("<i>changed</i>"));

        QVERIFY(store.remove(m_scope, edit.key).ok());
        QVERIFY(store.remove(m_scope, QStringLiteral("not there")).ok());
        QCOMPARE(store.drafts(m_scope).size(), 1);
    }

    void draftsBelongToTheirScope()
    {
        QTemporaryDir dir;
        TemplateDraftStore store(dir.path(), &m_clock);
        const AccountScope other{QStringLiteral("aws:prod"), QStringLiteral("ap-northeast-2")};
        store.save(m_scope, draft(QStringLiteral("new:1"), QStringLiteral("a")));
        store.save(other, draft(QStringLiteral("new:2"), QStringLiteral("b")));
        QCOMPARE(store.drafts(m_scope).size(), 1);
        QCOMPARE(store.drafts(other).constFirst().templateName, QStringLiteral("b"));
        const QList<AccountScope> scopes = store.scopesWithDrafts();
        QCOMPARE(scopes.size(), 2);
        QVERIFY(scopes.contains(m_scope));
        QVERIFY(scopes.contains(other));
        QVERIFY(!store.save({}, draft(QStringLiteral("k"), QStringLiteral("x"))).ok());
    }

    void unreadableDraftsAreSkipped()
    {
        QTemporaryDir dir;
        TemplateDraftStore store(dir.path(), &m_clock);
        store.save(m_scope, draft(QStringLiteral("good"), QStringLiteral("good")));
        const QString folder = dir.path() + QStringLiteral("/template-drafts/") + m_scope.relativePath();
        QFile broken(folder + QStringLiteral("/broken.json"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\"key\": \"broken\", \"Templ");
        broken.close();
        // A leftover of an interrupted QSaveFile has another name and is not a draft.
        QFile temp(folder + QStringLiteral("/good.json.XyZ123"));
        QVERIFY(temp.open(QIODevice::WriteOnly));
        temp.write("{}");
        temp.close();
        const auto drafts = store.drafts(m_scope);
        QCOMPARE(drafts.size(), 1);
        QCOMPARE(drafts.constFirst().key, QStringLiteral("good"));
    }
};

QTEST_GUILESS_MAIN(tst_TemplateDraftStore)
#include "tst_templatedraftstore.moc"
