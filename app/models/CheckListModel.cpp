#include "models/CheckListModel.h"

namespace reissuedesk {

CheckListModel::CheckListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CheckListModel::setChecks(const QList<CheckResult> &checks)
{
    // Another application's checks: every row is new.
    beginResetModel();
    m_checks = checks;
    endResetModel();
}

int CheckListModel::count(CheckVerdict verdict) const
{
    return int(std::count_if(m_checks.cbegin(), m_checks.cend(),
                             [verdict](const CheckResult &result) { return result.verdict == verdict; }));
}

int CheckListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_checks.size());
}

int CheckListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CheckListModel::verdictWord(CheckVerdict verdict)
{
    switch (verdict) {
    case CheckVerdict::Pass:
        return tr("pass");
    case CheckVerdict::Warning:
        return tr("warning");
    case CheckVerdict::Info:
        return tr("not checked");
    case CheckVerdict::Fail:
        break;
    }
    return tr("fail");
}

QString CheckListModel::explanationWithValues(const CheckResult &result)
{
    // The ID card checks: what the card says beside what the form says, on a
    // line of its own under the explanation.
    if (result.cardValue.isEmpty() && result.formValue.isEmpty())
        return result.explanation;
    const QString card = result.cardValue.isEmpty() ? tr("not read") : result.cardValue;
    const QString form = result.formValue.isEmpty() ? tr("not given") : result.formValue;
    return tr("%1\nCard: %2 · Form: %3").arg(result.explanation, card, form);
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckResult &result = m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? result.title : explanationWithValues(result);
    case Qt::ToolTipRole:
        return result.explanation;
    case Qt::AccessibleTextRole:
        return QStringLiteral("%1: %2: %3").arg(verdictWord(result.verdict), result.title, result.explanation);
    case VerdictRole:
        return int(result.verdict);
    case VerdictKeyRole:
        return ReviewChecks::verdictKey(result.verdict);
    case CheckIdRole:
        return int(result.id);
    case CardValueRole:
        return result.cardValue;
    case FormValueRole:
        return result.formValue;
    case DocumentIdRole:
        return result.documentId;
    case RegionRole:
        return result.region;
    default:
        return {};
    }
}

QVariant CheckListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Check");
    case ExplanationColumn:
        return tr("Result");
    default:
        return {};
    }
}

} // namespace reissuedesk
