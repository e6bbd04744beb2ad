#pragma once
// The review checks of the application on screen as a list model: one row per
// check in CheckId order, the title and the explanation as columns, the
// verdict as a role that the delegate paints. Explanations name values
// already masked by ReviewChecks.

#include "core/ReviewChecks.h"

#include <QAbstractTableModel>

namespace reissuedesk {

class CheckListModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Columns { TitleColumn, ExplanationColumn, ColumnCount };
    enum Roles {
        VerdictRole = Qt::UserRole, // CheckVerdict as int
        VerdictKeyRole,             // "pass", "warning", "fail"
        CheckIdRole,                // CheckId as int
        CardValueRole,              // ID card checks: the value read off the card (masked), "" if none
        FormValueRole,              // ID card checks: the form's value (masked)
        DocumentIdRole,             // qint64: the document the card value was read on, 0 for none
        RegionRole,                 // QRect in that document's image pixels; null for none
    };

    explicit CheckListModel(QObject *parent = nullptr);

    void setChecks(const QList<CheckResult> &checks);
    const QList<CheckResult> &checks() const { return m_checks; }
    int count(CheckVerdict verdict) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString verdictWord(CheckVerdict verdict);
    // The explanation, and for the ID card checks a second line "Card: … · Form: …".
    static QString explanationWithValues(const CheckResult &result);

private:
    QList<CheckResult> m_checks;
};

} // namespace reissuedesk
