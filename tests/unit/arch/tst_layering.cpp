#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

/// The layers are link dependencies, and this keeps the sources honest about them: nothing
/// under models/ (the core and item models, Qt Core only) includes a Widgets, Charts or Gui
/// header or links those modules, and nothing outside views/ and the GUI's composition root
/// includes views/.
class TestLayering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void scannerFindsViolations_data();
    void scannerFindsViolations();
    void noGuiHeaderUnderModels();
    void noGuiModuleLinkedUnderModels();
    void viewsNotIncluded_data();
    void viewsNotIncluded();

private:
    bool isGuiHeader(const QString &header) const;

    QSet<QString> m_guiHeaderNames;
};

namespace
{

// Modules whose headers a Qt-Core-only layer must not include.
const QStringList GuiModules = {QStringLiteral("QtGui"),
    QStringLiteral("QtWidgets"),
    QStringLiteral("QtCharts"),
    QStringLiteral("QtOpenGLWidgets"),
    QStringLiteral("QtPrintSupport")};

// Used when Qt's headers are not where QLibraryInfo says (the scan then still knows the
// headers that matter most).
const QStringList FallbackGuiHeaders = {QStringLiteral("QWidget"),
    QStringLiteral("QApplication"),
    QStringLiteral("QDialog"),
    QStringLiteral("QMainWindow"),
    QStringLiteral("QMessageBox"),
    QStringLiteral("QChart"),
    QStringLiteral("QChartView"),
    QStringLiteral("QGuiApplication"),
    QStringLiteral("QColor"),
    QStringLiteral("QIcon"),
    QStringLiteral("QPixmap"),
    QStringLiteral("QStandardItemModel")};

const QStringList SourcePatterns = {QStringLiteral("*.h"),
    QStringLiteral("*.hpp"),
    QStringLiteral("*.cpp"),
    QStringLiteral("*.cc"),
    QStringLiteral("*.cxx"),
    QStringLiteral("*.ui")};

QString sourceDir()
{
    return QStringLiteral(SESDESK_SOURCE_DIR);
}

/// The header an #include line names ("QtWidgets/QLabel", "views/MainWindow.h"), or an empty
/// string for any other line.
QString includedHeader(const QString &line)
{
    static const QRegularExpression include(QStringLiteral("^\\s*#\\s*include\\s*[<\"]([^>\"]+)[>\"]"));
    const QRegularExpressionMatch match = include.match(line);
    return match.hasMatch() ? match.captured(1).trimmed() : QString();
}

struct Include {
    QString file; ///< relative to the source folder
    int line = 0;
    QString header;
};

/// Every #include of every source file under a folder of the repository.
QList<Include> includesUnder(const QString &folder, int *fileCount = nullptr)
{
    QList<Include> includes;
    const QDir root(sourceDir());
    QDirIterator it(root.filePath(folder), SourcePatterns, QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        ++files;
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const QString header = includedHeader(QString::fromUtf8(file.readLine()));
            if (!header.isEmpty())
                includes.append({root.relativeFilePath(path), lineNumber, header});
        }
    }
    if (fileCount)
        *fileCount = files;
    return includes;
}

QString describe(const QList<Include> &violations)
{
    QStringList lines;
    for (const Include &include : violations)
        lines.append(QStringLiteral("%1:%2: #include %3").arg(include.file).arg(include.line).arg(include.header));
    return lines.join(QLatin1Char('\n'));
}

} // namespace

void TestLayering::initTestCase()
{
    QVERIFY2(QDir(sourceDir() + QStringLiteral("/models")).exists(), "SESDESK_SOURCE_DIR has no models/ folder");

    // Every header name the Gui-side modules install (class headers like <QWidget> as well as
    // <qwidget.h>), minus any name Qt Core also has.
    const QString headers = QLibraryInfo::path(QLibraryInfo::HeadersPath);
    for (const QString &module : GuiModules) {
        const QStringList entries = QDir(headers + QLatin1Char('/') + module).entryList(QDir::Files);
        m_guiHeaderNames.unite(QSet<QString>(entries.begin(), entries.end()));
    }
    const QStringList coreEntries = QDir(headers + QStringLiteral("/QtCore")).entryList(QDir::Files);
    m_guiHeaderNames.subtract(QSet<QString>(coreEntries.begin(), coreEntries.end()));
    m_guiHeaderNames.unite(QSet<QString>(FallbackGuiHeaders.begin(), FallbackGuiHeaders.end()));
    m_guiHeaderNames.unite(QSet<QString>(GuiModules.begin(), GuiModules.end())); // <QtWidgets> itself
}

bool TestLayering::isGuiHeader(const QString &header) const
{
    const qsizetype slash = header.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return m_guiHeaderNames.contains(header);
    return GuiModules.contains(header.left(slash));
}

void TestLayering::scannerFindsViolations_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("gui");
    QTest::addColumn<bool>("views");

    QTest::newRow("QWidget") << QStringLiteral("#include <QWidget>") << true << false;
    QTest::newRow("QApplication") << QStringLiteral("#include <QApplication>") << true << false;
    QTest::newRow("QDialog") << QStringLiteral("  #  include <QDialog>") << true << false;
    QTest::newRow("QMainWindow") << QStringLiteral("#include <QMainWindow> // why") << true << false;
    QTest::newRow("module path") << QStringLiteral("#include <QtWidgets/QLabel>") << true << false;
    QTest::newRow("module header") << QStringLiteral("#include <QtWidgets>") << true << false;
    QTest::newRow("charts") << QStringLiteral("#include <QtCharts/QChartView>") << true << false;
    QTest::newRow("chart class") << QStringLiteral("#include <QLineSeries>") << true << false;
    QTest::newRow("lower-case header") << QStringLiteral("#include <qpushbutton.h>") << true << false;
    QTest::newRow("gui colour") << QStringLiteral("#include <QColor>") << true << false;
    QTest::newRow("views quoted") << QStringLiteral("#include \"views/MainWindow.h\"") << false << true;
    QTest::newRow("views angled") << QStringLiteral("#include <views/panes/IdentityPane.h>") << false << true;
    QTest::newRow("core") << QStringLiteral("#include <QObject>") << false << false;
    QTest::newRow("core module path") << QStringLiteral("#include <QtCore/QString>") << false << false;
    QTest::newRow("network") << QStringLiteral("#include <QNetworkAccessManager>") << false << false;
    QTest::newRow("own header") << QStringLiteral("#include \"models/aws/SigV4Signer.h\"") << false << false;
    QTest::newRow("commented out") << QStringLiteral("// #include <QWidget>") << false << false;
    QTest::newRow("not an include") << QStringLiteral("QWidget *w = nullptr;") << false << false;
}

void TestLayering::scannerFindsViolations()
{
    QFETCH(QString, line);
    QFETCH(bool, gui);
    QFETCH(bool, views);
    const QString header = includedHeader(line);
    QCOMPARE(!header.isEmpty() && isGuiHeader(header), gui);
    QCOMPARE(header.startsWith(QStringLiteral("views/")), views);
}

void TestLayering::noGuiHeaderUnderModels()
{
    int fileCount = 0;
    const QList<Include> includes = includesUnder(QStringLiteral("models"), &fileCount);
    QVERIFY2(fileCount > 0, "no source file found under models/");
    QList<Include> violations;
    for (const Include &include : includes) {
        if (isGuiHeader(include.header))
            violations.append(include);
    }
    QVERIFY2(violations.isEmpty(),
        qPrintable(QStringLiteral("models/ is Qt Core only; these include GUI headers:\n") + describe(violations)));
}

void TestLayering::noGuiModuleLinkedUnderModels()
{
    static const QRegularExpression guiTarget(
        QStringLiteral("\\bQt6?::(Gui|Widgets|Charts|OpenGLWidgets|PrintSupport)\\b"));
    const QDir root(sourceDir());
    QDirIterator it(root.filePath(QStringLiteral("models")),
        {QStringLiteral("CMakeLists.txt"), QStringLiteral("*.cmake")},
        QDir::Files,
        QDirIterator::Subdirectories);
    QStringList violations;
    int files = 0;
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY2(file.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(file.fileName()));
        ++files;
        int lineNumber = 0;
        while (!file.atEnd()) {
            ++lineNumber;
            const QString line = QString::fromUtf8(file.readLine());
            if (!line.trimmed().startsWith(QLatin1Char('#')) && guiTarget.match(line).hasMatch())
                violations.append(QStringLiteral("%1:%2: %3")
                                      .arg(root.relativeFilePath(file.fileName()))
                                      .arg(lineNumber)
                                      .arg(line.trimmed()));
        }
    }
    QVERIFY2(files > 0, "no CMakeLists.txt under models/");
    QVERIFY2(violations.isEmpty(),
        qPrintable(QStringLiteral("models/ links GUI modules:\n") + violations.join(QLatin1Char('\n'))));
}

void TestLayering::viewsNotIncluded_data()
{
    QTest::addColumn<QString>("folder");
    QTest::newRow("models") << QStringLiteral("models");
    QTest::newRow("sandbox") << QStringLiteral("sandbox");
}

void TestLayering::viewsNotIncluded()
{
    QFETCH(QString, folder);
    QList<Include> violations;
    for (const Include &include : includesUnder(folder)) {
        if (include.header.startsWith(QStringLiteral("views/")))
            violations.append(include);
    }
    QVERIFY2(violations.isEmpty(),
        qPrintable(QStringLiteral("%1/ must not depend on views/:\n").arg(folder) + describe(violations)));
}

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
