#pragma once

#include <QPointer>
#include <QWizardPage>

#include "models/ses/IdentityTypes.h"

class QComboBox;
class QLabel;

namespace Ses
{
class PagedCall;
class SesClient;
} // namespace Ses

namespace Views
{

class TagEditor;

/// Wizard page 4: the identity's default configuration set (chosen from the account's, listed
/// when the page opens, or typed) and its tags.
class IdentityOptionsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityOptionsPage)

public:
    explicit IdentityOptionsPage(Ses::SesClient *client, QWidget *parent = nullptr);
    ~IdentityOptionsPage() override;

    void initializePage() override;
    bool isComplete() const override;
    /// Empty: none.
    QString configurationSet() const;
    QList<Ses::Tag> tags() const;
    /// The configuration-set list arrived (or failed): tests wait on it.
    bool configurationSetsLoaded() const
    {
        return m_loaded;
    }

Q_SIGNALS:
    void configurationSetsListed();

private:
    Ses::SesClient *m_client;
    QComboBox *m_configurationSetCombo;
    QLabel *m_configurationSetNote;
    TagEditor *m_tags;
    QPointer<Ses::PagedCall> m_listing;
    bool m_loaded = false;
};

} // namespace Views
