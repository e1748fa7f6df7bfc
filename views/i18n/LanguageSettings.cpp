#include "views/i18n/LanguageSettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace Views
{

namespace
{
const QString LanguageKey = QStringLiteral("Preferences/language");
}

LanguageSettings::LanguageSettings(QSettings *settings, QString systemLocaleName, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_systemLocale(std::move(systemLocaleName))
{
}

LanguageSettings::~LanguageSettings()
{
    removeTranslators();
}

LanguageSettings::Choice LanguageSettings::choice() const
{
    const QString saved = m_settings->value(LanguageKey).toString();
    if (saved == QLatin1String("en"))
        return Choice::English;
    if (saved == QLatin1String("ko"))
        return Choice::Korean;
    return Choice::System;
}

void LanguageSettings::setChoice(Choice choice)
{
    switch (choice) {
    case Choice::System:
        m_settings->remove(LanguageKey);
        break;
    case Choice::English:
        m_settings->setValue(LanguageKey, QStringLiteral("en"));
        break;
    case Choice::Korean:
        m_settings->setValue(LanguageKey, QStringLiteral("ko"));
        break;
    }
    apply();
}

QString LanguageSettings::languageCode(Choice choice, const QString &systemLocaleName)
{
    switch (choice) {
    case Choice::English:
        return QStringLiteral("en");
    case Choice::Korean:
        return QStringLiteral("ko");
    case Choice::System:
        break;
    }
    // Only the languages SesDesk ships; anything else is English.
    return systemLocaleName.startsWith(QLatin1String("ko")) ? QStringLiteral("ko") : QStringLiteral("en");
}

void LanguageSettings::removeTranslators()
{
    for (QTranslator *t : std::as_const(m_installed)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    m_installed.clear();
}

void LanguageSettings::apply()
{
    const QString language = languageCode(choice(), m_systemLocale);
    removeTranslators();
    QLocale::setDefault(QLocale(language == QLatin1String("ko") ? QStringLiteral("ko_KR") : QStringLiteral("en_US")));
    if (language != QLatin1String("en")) {
        auto *qt = new QTranslator;
        if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            m_installed.append(qt);
        else
            delete qt;
    }
    auto *own = new QTranslator;
    if (own->load(QStringLiteral(":/i18n/sesdesk_") + language))
        m_installed.append(own);
    else
        delete own;
    // Installing posts LanguageChange to every widget: the open windows retranslate live.
    for (QTranslator *t : std::as_const(m_installed))
        QCoreApplication::installTranslator(t);
    const bool changed = language != m_effective;
    m_effective = language;
    if (changed)
        Q_EMIT languageChanged(language);
}

} // namespace Views
