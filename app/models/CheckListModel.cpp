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
    case CheckVerdict::Fail:
        break;
    }
    return tr("fail");
}

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckResult &result = m_checks.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == TitleColumn ? result.title : result.explanation;
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
