#pragma once

#include <QWizardPage>

#include "models/ses/DkimPublicKey.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace Views
{

class FileDialogs;

/// Wizard page 2 (domains): Easy DKIM with its key length (RSA_2048_BIT by default), or BYODKIM
/// with a selector and a private key pasted or loaded from a file, checked here before anything
/// is sent: not RSA, wrong size, not PEM or base64, an unreadable file each get their own words.
class DkimPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DkimPage)

public:
    explicit DkimPage(FileDialogs *fileDialogs, QWidget *parent = nullptr);

    bool isComplete() const override;
    bool byoDkim() const;
    /// "RSA_2048_BIT" or "RSA_1024_BIT".
    QString keyLength() const;
    QString selector() const;
    /// The parsed private key (valid when BYODKIM is complete).
    const Ses::DkimPublicKey &key() const
    {
        return m_key;
    }
    /// Reads a key file (the "Load from file" button).
    void loadKeyFile(const QString &path);

private:
    void revalidate();
    QString selectorProblem() const;

    FileDialogs *m_fileDialogs;
    QRadioButton *m_easyRadio;
    QRadioButton *m_byoRadio;
    QComboBox *m_keyLengthCombo;
    QLineEdit *m_selectorEdit;
    QPlainTextEdit *m_keyEdit;
    QPushButton *m_loadKeyButton;
    QLabel *m_keyStatusLabel;
    QLabel *m_problemLabel;
    Ses::DkimPublicKey m_key;
    QString m_fileProblem;
};

} // namespace Views
