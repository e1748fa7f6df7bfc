#pragma once

#include <QList>
#include <QObject>

class QSettings;
class QTranslator;

namespace Views
{

/// The user interface language: the system's (default), English or Korean. Loads SesDesk's
/// embedded translation (:/i18n/sesdesk_<lang>.qm) and Qt's own, and switches live: installing
/// the translators sends every widget a LanguageChange event, on which it retranslates.
class LanguageSettings final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSettings)

public:
    enum class Choice { System, English, Korean };
    Q_ENUM(Choice)

    /// systemLocaleName: the locale "System" means (QLocale::system().name() in the app; a
    /// test passes its own).
    LanguageSettings(QSettings *settings, QString systemLocaleName, QObject *parent = nullptr);
    ~LanguageSettings() override;

    Choice choice() const;
    /// Saves the choice and applies it at once.
    void setChoice(Choice choice);
    /// Installs the translators for the saved choice.
    void apply();
    /// "en" or "ko": the language in effect.
    QString effectiveLanguage() const
    {
        return m_effective;
    }
    static QString languageCode(Choice choice, const QString &systemLocaleName);

Q_SIGNALS:
    void languageChanged(const QString &language);

private:
    void removeTranslators();

    QSettings *m_settings;
    QString m_systemLocale;
    QList<QTranslator *> m_installed;
    QString m_effective;
};

} // namespace Views
