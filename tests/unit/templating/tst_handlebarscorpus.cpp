#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include "models/ses/TemplateDocument.h"
#include "models/ses/TemplateRenderer.h"

using namespace Ses;

/// 400 random templates (tests/data/templating/handlebars-corpus.json, made by
/// make-handlebars-corpus.js beside it) with the output handlebars.js gives: TemplateRenderer
/// with HTML escaping must give exactly the same text for each.
class tst_HandlebarsCorpus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QFile file(QStringLiteral(SESDESK_TEST_DATA_DIR "/templating/handlebars-corpus.json"));
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
        m_corpus = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(m_corpus.value(QStringLiteral("cases")).toArray().size(), 400);
    }

    void sameOutputAsHandlebars_data()
    {
        QTest::addColumn<QString>("templ");
        QTest::addColumn<QString>("expected");
        const QJsonArray cases = m_corpus.value(QStringLiteral("cases")).toArray();
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            QTest::addRow("case %lld", qlonglong(i + 1))
                << c.value(QStringLiteral("template")).toString() << c.value(QStringLiteral("output")).toString();
        }
    }

    void sameOutputAsHandlebars()
    {
        QFETCH(QString, templ);
        QFETCH(QString, expected);
        const TemplateDocument document = TemplateDocument::parse(templ);
        QVERIFY2(document.isValid(), qPrintable(document.diagnostics().value(0).message));
        TemplateRenderer::Options options;
        options.escaping = TemplateRenderer::Escaping::Html;
        const TemplateRenderResult result
            = TemplateRenderer(options).render(document, m_corpus.value(QStringLiteral("data")).toObject());
        QVERIFY(result.ok());
        QCOMPARE(result.text, expected);
    }

private:
    QJsonObject m_corpus;
};

QTEST_GUILESS_MAIN(tst_HandlebarsCorpus)
#include "tst_handlebarscorpus.moc"
