#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPushButton;

namespace Views
{

/// Chooses the pool a dedicated IP moves to (PutDedicatedIpInPool): any standard pool, or
/// ses-default-dedicated-pool (in no pool). Managed pools take no IPs of yours.
class MoveDedicatedIpDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MoveDedicatedIpDialog)

public:
    /// pools: the standard pools to offer (the current one is left out).
    MoveDedicatedIpDialog(const QString &ip, const QString &currentPool, const QStringList &pools, QWidget *parent = nullptr);

    QString destinationPool() const;
    void setSubmitting(bool submitting, const QString &text = {});
    void showSubmitError(const QString &text);

Q_SIGNALS:
    void submitRequested();

private:
    void retranslate();

    QString m_ip;
    QString m_current;
    QLabel *m_intro;
    QLabel *m_poolLabel;
    QComboBox *m_poolCombo;
    QLabel *m_note;
    QLabel *m_statusLabel;
    QDialogButtonBox *m_buttons;
    QPushButton *m_moveButton;
};

} // namespace Views
