#pragma once

#include <QPointer>

#include "views/dialogs/identitydetails/IdentitySection.h"

class QLabel;
class QPushButton;

namespace Views
{

class TagEditor;

/// The identity's tags: edited in a TagEditor and saved as TagResource (added and changed) and
/// UntagResource (removed) on the identity's ARN, which needs the account id (STS
/// GetCallerIdentity, asked once).
class TagsSection final : public IdentitySection
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TagsSection)

public:
    TagsSection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent = nullptr);

    void showIdentity(const Ses::EmailIdentity &identity) override;
    void retranslate() override;
    TagEditor *editor() const
    {
        return m_editor;
    }

public Q_SLOTS:
    void save();

private:
    void saveWith(const QString &arn);
    void update();

    TagEditor *m_editor;
    QLabel *m_noteLabel;
    QPushButton *m_saveButton;
    QString m_arn;
    QList<Ses::Tag> m_saved;
};

} // namespace Views
