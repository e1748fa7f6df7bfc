#pragma once

#include <optional>

#include <QWizardPage>

#include "models/ses/IdentityName.h"

class QLabel;
class QLineEdit;
class QRadioButton;

namespace Views
{

/// Wizard page 1: a domain or an email address, validated as typed, with the name shown both
/// as SES receives it (ASCII, the domain in Punycode) and as people read it (Unicode).
class IdentityNamePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityNamePage)

public:
    explicit IdentityNamePage(QWidget *parent = nullptr);

    bool isComplete() const override;
    int nextId() const override;
    /// The parsed name, once valid.
    const std::optional<Ses::IdentityName> &identityName() const
    {
        return m_name;
    }
    bool domainChosen() const;
    /// The name for people: the domain in Unicode.
    QString displayName() const;

private:
    void revalidate();

    QRadioButton *m_domainRadio;
    QRadioButton *m_emailRadio;
    QLabel *m_nameLabel;
    QLineEdit *m_nameEdit;
    QLabel *m_asciiLabel;
    QLabel *m_unicodeLabel;
    QLabel *m_problemLabel;
    QLabel *m_hintLabel;
    std::optional<Ses::IdentityName> m_name;
};

} // namespace Views
