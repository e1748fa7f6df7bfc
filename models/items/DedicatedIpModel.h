#pragma once

#include <optional>

#include <QList>

#include "models/items/DedicatedIpItems.h"
#include "models/items/PagedTableModel.h"

namespace Items
{

/// The dedicated IPs of one pool, or of the whole account (GetDedicatedIps page by page), with
/// their warm-up status and percentage as semantic roles. Kept current by moves and warm-up
/// changes without a reload.
class DedicatedIpModel final : public PagedTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DedicatedIpModel)

public:
    explicit DedicatedIpModel(QObject *parent = nullptr);

    /// The pool to list (empty: every IP of the account). Takes effect at the next reload().
    void setPool(const QString &pool)
    {
        m_pool = pool;
    }
    QString pool() const
    {
        return m_pool;
    }
    std::optional<Ses::DedicatedIp> ipAt(const QModelIndex &index) const;
    int rowOf(const QString &ip) const;
    /// Replaces an IP's row (after a warm-up change), or drops it when it left the listed pool.
    void updateIp(const Ses::DedicatedIp &ip);
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

protected:
    Aws::AwsJob *requestPage(const QString &token, quint64 generation) override;
    void clearRows() override;

private:
    QString m_pool;
    QList<Ses::DedicatedIp> m_ips;
};

} // namespace Items
