#pragma once

#include "models/aws/AwsError.h"

#include "views/widgets/Banner.h"

class QPushButton;

namespace Views
{

/// Shows a failed call the way administrators need it: what SesDesk was doing, SES's own code
/// and message, the request id (for AWS Support), and buttons to copy all of it and to retry.
class ErrorBanner final : public Banner
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorBanner)

public:
    explicit ErrorBanner(QWidget *parent = nullptr);

    /// action: what failed, for people ("Loading the account failed").
    void showError(const QString &action, const Aws::AwsError &error);
    const Aws::AwsError &error() const
    {
        return m_error;
    }
    /// The text the Copy button puts on the clipboard.
    QString clipboardText() const;
    void setRetryVisible(bool visible);

Q_SIGNALS:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void copyToClipboard();

    Aws::AwsError m_error;
    QString m_action;
    QPushButton *m_copyButton;
    QPushButton *m_retryButton;
    QPushButton *m_closeButton;
};

} // namespace Views
