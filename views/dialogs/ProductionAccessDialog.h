#pragma once

#include <memory>

#include <QDialog>

#include "models/ses/AccountSettingsTypes.h"

namespace Ui
{
class ProductionAccessDialog;
}
namespace Ses
{
struct AccountDetails;
}

namespace Views
{

/// The production-access form (PutAccountDetails): mail type, website URL, use case, up to
/// four additional contacts and the contact language, validated as the API model and the guide
/// require. OK stays on the dialog and names every failing field until the form is valid.
class ProductionAccessDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProductionAccessDialog)

public:
    explicit ProductionAccessDialog(QWidget *parent = nullptr);
    ~ProductionAccessDialog() override;

    /// Prefills the form from an earlier request.
    void setDetails(const Ses::AccountDetails &details);
    Ses::PutAccountDetailsRequest request() const;
    /// The problems shown after the last OK (empty when valid).
    QList<Ses::FieldProblem> problems() const
    {
        return m_problems;
    }

public Q_SLOTS:
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateCounter();
    void showProblems();
    QWidget *widgetFor(const QString &field) const;

    std::unique_ptr<Ui::ProductionAccessDialog> m_ui;
    QList<Ses::FieldProblem> m_problems;
};

} // namespace Views
