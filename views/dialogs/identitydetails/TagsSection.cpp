#include "views/dialogs/identitydetails/TagsSection.h"

#include <QLabel>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include "models/connection/Session.h"
#include "models/ses/IdentityArn.h"
#include "models/ses/SesClient.h"

#include "views/widgets/TagEditor.h"

namespace Views
{

TagsSection::TagsSection(std::shared_ptr<Connection::Session> session, QString identityName, QWidget *parent)
    : IdentitySection(std::move(session), std::move(identityName), parent)
    , m_editor(new TagEditor)
    , m_noteLabel(new QLabel)
    , m_saveButton(new QPushButton)
{
    setObjectName(QStringLiteral("tagsSection"));
    m_noteLabel->setObjectName(QStringLiteral("tagsNoteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->setForegroundRole(QPalette::PlaceholderText);
    m_saveButton->setObjectName(QStringLiteral("saveTagsButton"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_editor);
    auto *row = new QHBoxLayout;
    row->addWidget(m_noteLabel, 1);
    row->addWidget(m_saveButton);
    layout->addLayout(row);
    connect(m_editor, &TagEditor::changed, this, &TagsSection::update);
    connect(m_saveButton, &QPushButton::clicked, this, &TagsSection::save);
    connect(this, &IdentitySection::busyChanged, this, &TagsSection::update);
    retranslate();
}

void TagsSection::retranslate()
{
    setTitle(tr("Tags"));
    m_saveButton->setText(tr("Save &tags"));
    m_saveButton->setAccessibleName(tr("Save the tags"));
}

void TagsSection::showIdentity(const Ses::EmailIdentity &identity)
{
    m_saved = identity.tags;
    m_editor->setTags(identity.tags);
    update();
}

void TagsSection::update()
{
    const QList<Ses::Tag> now = m_editor->tags();
    bool same = now.size() == m_saved.size();
    for (int i = 0; same && i < now.size(); ++i)
        same = now.at(i).key == m_saved.at(i).key && now.at(i).value == m_saved.at(i).value;
    m_saveButton->setEnabled(!isBusy() && !same && m_editor->problem().isEmpty());
}

void TagsSection::save()
{
    if (!m_arn.isEmpty()) {
        saveWith(m_arn);
        return;
    }
    // GetEmailIdentity has no ARN: ask STS whose account this is.
    m_noteLabel->setText(tr("Finding the account id…"));
    m_saveButton->setEnabled(false);
    Ses::IdentityArn::fetchCaller(session()->ses(), this, [this](Aws::Result<Ses::CallerIdentity> r) {
        if (r.isCancelled())
            return;
        if (r.isError()) {
            m_noteLabel->setText(tr("Tags are saved on the identity's ARN, which needs the account id; STS "
                                    "GetCallerIdentity did not give it."));
            update();
            Q_EMIT failed(tr("Saving the tags failed"), r.error());
            return;
        }
        m_noteLabel->clear();
        m_arn = Ses::IdentityArn::make(Ses::IdentityArn::partitionOf(r.value(), session()->region()),
            session()->region(),
            r.value().account,
            identityName());
        saveWith(m_arn);
    });
}

void TagsSection::saveWith(const QString &arn)
{
    const QList<Ses::Tag> now = m_editor->tags();
    QSet<QString> keep;
    for (const Ses::Tag &t : now)
        keep.insert(t.key);
    QStringList removed;
    for (const Ses::Tag &t : m_saved) {
        if (!keep.contains(t.key))
            removed << t.key;
    }
    // Untag first, then tag: a failure in between leaves fewer tags, never stale ones.
    const auto tag = [this, arn, now](std::function<void(Aws::Result<Aws::Empty>)> done) -> Aws::AwsJob * {
        if (now.isEmpty()) {
            done(Aws::Empty{});
            return nullptr;
        }
        return session()->ses()->tagResource(arn, now, this, done);
    };
    apply(tr("Saving the tags failed"), [this, arn, removed, tag](auto done) {
        if (removed.isEmpty())
            return tag(done);
        return session()->ses()->untagResource(arn, removed, this, [tag, done](Aws::Result<Aws::Empty> r) {
            if (!r.ok()) {
                done(r);
                return;
            }
            tag(done);
        });
    });
}

} // namespace Views
