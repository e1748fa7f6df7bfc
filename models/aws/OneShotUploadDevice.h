#pragma once

#include <QByteArray>
#include <QIODevice>

namespace Aws
{

/// A request body that can be read once and never rewound. Qt's HTTP layer silently re-sends a
/// request whose connection closed before the answer; for a SendEmail that would mean a second
/// email. With this body Qt cannot re-send and reports the failure instead, and AwsClient's own
/// rule (never retry a send that may have arrived) decides.
class OneShotUploadDevice final : public QIODevice
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OneShotUploadDevice)

public:
    explicit OneShotUploadDevice(QByteArray data, QObject *parent = nullptr);

    bool isSequential() const override
    {
        return true;
    }
    bool reset() override
    {
        return false;
    }
    qint64 bytesAvailable() const override;
    qint64 size() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override
    {
        return -1;
    }

private:
    QByteArray m_data;
    qint64 m_position = 0;
};

} // namespace Aws
