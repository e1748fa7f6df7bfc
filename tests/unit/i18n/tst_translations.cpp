#include <QDir>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

/// The Korean translation is complete: every message of the English catalogue is in the
/// Korean one, finished, non-empty, with the same placeholders; the committed catalogues match
/// what lupdate extracts from today's sources (so a new tr() string cannot slip through
/// untranslated); and the compiled catalogue embedded in the GUI library loads and translates.
class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void koreanIsComplete();
    void placeholdersMatch();
    void catalogueMatchesSources();
    void embeddedCatalogueLoads();

private:
    struct Message {
        QString context;
        QString source;
        QString comment;
        QStringList translations; ///< One, or the numerus forms.
        QString type; ///< "", "unfinished", "vanished", "obsolete"
    };
    static QList<Message> read(const QString &path, QString *error);
    static QString key(const Message &m)
    {
        return m.context + QChar(0x1F) + m.source + QChar(0x1F) + m.comment;
    }

    QList<Message> m_english;
    QList<Message> m_korean;
};

QList<TestTranslations::Message> TestTranslations::read(const QString &path, QString *error)
{
    QList<Message> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return out;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    QString text;
                    bool numerus = false;
                    while (!(xml.isEndElement() && xml.name() == QLatin1String("translation")) && !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
                            numerus = true;
                            m.translations.append(xml.readElementText());
                        }
                    }
                    if (!numerus)
                        m.translations.append(text);
                }
            }
            out.append(m);
        }
    }
    if (xml.hasError())
        *error = QStringLiteral("%1:%2: %3").arg(path).arg(xml.lineNumber()).arg(xml.errorString());
    return out;
}

void TestTranslations::initTestCase()
{
    QString error;
    m_english = read(QStringLiteral(SESDESK_SOURCE_DIR "/translations/sesdesk_en.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    m_korean = read(QStringLiteral(SESDESK_SOURCE_DIR "/translations/sesdesk_ko.ts"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(m_english.size() > 100, "the English catalogue looks empty: run the sesdesk_views_lupdate target");
}

void TestTranslations::koreanIsComplete()
{
    QHash<QString, Message> korean;
    for (const Message &m : std::as_const(m_korean))
        korean.insert(key(m), m);
    QStringList problems;
    for (const Message &m : std::as_const(m_english)) {
        if (m.type == QLatin1String("vanished") || m.type == QLatin1String("obsolete"))
            continue;
        const auto it = korean.constFind(key(m));
        if (it == korean.constEnd()) {
            problems << QStringLiteral("missing: %1 / \"%2\"").arg(m.context, m.source);
            continue;
        }
        if (!it->type.isEmpty())
            problems << QStringLiteral("%1: %2 / \"%3\"").arg(it->type, m.context, m.source);
        else if (it->translations.isEmpty() || it->translations.contains(QString()))
            problems << QStringLiteral("empty: %1 / \"%2\"").arg(m.context, m.source);
    }
    for (const Message &m : std::as_const(m_korean)) {
        if (m.type == QLatin1String("unfinished") && !problems.contains(m.source))
            problems << QStringLiteral("unfinished: %1 / \"%2\"").arg(m.context, m.source);
    }
    problems.removeDuplicates();
    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("%1 Korean message(s) to do:\n").arg(problems.size())
            + problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::placeholdersMatch()
{
    static const QRegularExpression placeholder(QStringLiteral("%(\\d+|n)"));
    const auto set = [](const QString &s) {
        QSet<QString> out;
        for (auto it = placeholder.globalMatch(s); it.hasNext();)
            out.insert(it.next().captured(0));
        return out;
    };
    QStringList problems;
    for (const Message &m : std::as_const(m_korean)) {
        if (!m.type.isEmpty())
            continue;
        const QSet<QString> expected = set(m.source);
        for (const QString &t : m.translations) {
            QSet<QString> got = set(t);
            // A numerus form may leave out %n (Korean has one form); it must not add others.
            if (got != expected
                && !(got + QSet<QString>{QStringLiteral("%n")} == expected + QSet<QString>{QStringLiteral("%n")}))
                problems << QStringLiteral("%1 / \"%2\" -> \"%3\"").arg(m.context, m.source, t);
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::catalogueMatchesSources()
{
    // Extract afresh, with the options translations/CMakeLists.txt gives lupdate, from the
    // same folders, into a scratch catalogue; then compare message keys both ways.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    const QString fresh = scratch.filePath(QStringLiteral("fresh.ts"));
    const QDir root(QStringLiteral(SESDESK_SOURCE_DIR));
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(SESDESK_LUPDATE),
        {QStringLiteral("-silent"),
            QStringLiteral("-no-obsolete"),
            QStringLiteral("-locations"),
            QStringLiteral("none"),
            QStringLiteral("-I"),
            root.path(),
            root.filePath(QStringLiteral("views")),
            root.filePath(QStringLiteral("models")),
            root.filePath(QStringLiteral("app/gui")),
            QStringLiteral("-ts"),
            fresh});
    QVERIFY2(lupdate.waitForFinished(180000), "lupdate did not finish");
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, lupdate.readAll().constData());

    QString error;
    const QList<Message> extracted = read(fresh, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QSet<QString> current;
    for (const Message &m : extracted)
        current.insert(key(m));
    QSet<QString> committed;
    for (const Message &m : std::as_const(m_korean)) {
        if (m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"))
            committed.insert(key(m));
    }
    const auto describe = [](const QString &k) {
        const QStringList parts = k.split(QChar(0x1F));
        return QStringLiteral("%1 / \"%2\"").arg(parts.value(0), parts.value(1));
    };
    QStringList problems;
    for (const QString &k : current - committed)
        problems << QStringLiteral("not in sesdesk_ko.ts: ") + describe(k);
    for (const QString &k : committed - current)
        problems << QStringLiteral("no longer in the sources: ") + describe(k);
    problems.sort();
    QVERIFY2(problems.isEmpty(),
        qPrintable(
            QStringLiteral("%1 difference(s); run `ninja update_translations` and translate:\n").arg(problems.size())
            + problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedCatalogueLoads()
{
    QTranslator translator;
    QVERIFY(translator.load(QStringLiteral(":/i18n/sesdesk_ko.qm")));
    const QString translated = translator.translate("Views::AccountPane", "Account");
    QVERIFY(!translated.isEmpty());
    QVERIFY(translated != QStringLiteral("Account"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
