#include "models/AccountHistoryModel.h"

#include "models/ReviewTexts.h"

#include <QFont>
#include <QLocale>
#include <QSet>

namespace reissuedesk {
namespace {

QString localTime(const QDateTime &time, const QString &format)
{
    return time.isValid() ? time.toLocalTime().toString(format) : QString();
}

} // namespace

AccountHistoryModel::AccountHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccountHistoryModel::setReasonCatalogue(const QList<RejectReason> &reasons)
{
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_reasonTitles.clear();
    for (const RejectReason &reason : reasons)
        m_reasonTitles.insert(reason.code, chinese ? reason.titleZh : reason.titleEn);
    if (!m_history.isEmpty())
        Q_EMIT dataChanged(index(0, DecisionColumn), index(rowCount() - 1, DecisionColumn));
}

void AccountHistoryModel::setHistory(const QList<HistoryEntry> &history, qint64 currentApplicationId)
{
    beginResetModel();
    m_history = history;
    m_current = currentApplicationId;
    endResetModel();
}

int AccountHistoryModel::otherApplicationCount() const
{
    QSet<qint64> others;
    for (const HistoryEntry &entry : m_history) {
        if (entry.applicationId != m_current)
            others.insert(entry.applicationId);
    }
    return int(others.size());
}

QString AccountHistoryModel::reasonTitle(const QString &code) const
{
    return m_reasonTitles.value(code, code);
}

QString AccountHistoryModel::decisionText(const HistoryEntry &entry) const
{
    if (entry.outcome == QLatin1String("approve")) {
        return !entry.needsSecondReview           ? tr("Approved")
               : entry.confirmedByLogin.isEmpty() ? tr("Approved, awaiting a second reviewer")
                                                  : tr("Approved (four eyes)");
    }
    if (entry.outcome == QLatin1String("reject")) {
        QStringList titles;
        for (const QString &code : entry.reasonCodes)
            titles.append(reasonTitle(code));
        QString text = tr("Rejected: %1").arg(titles.join(tr(", ")));
        if (!entry.resubmissionAllowed)
            text += tr(" (final)");
        return text;
    }
    return QStringLiteral("—");
}

int AccountHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int AccountHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountHistoryModel::display(const HistoryEntry &entry, int column) const
{
    switch (column) {
    case ApplicationColumn:
        return entry.applicationId == m_current ? tr("%1 (this one)").arg(entry.applicationNumber)
                                                : entry.applicationNumber;
    case SubmittedColumn:
        return localTime(entry.submittedAt, QStringLiteral("yyyy-MM-dd"));
    case StatusColumn:
        return ReviewTexts::statusText(entry.status);
    case DecisionColumn:
        return decisionText(entry);
    case DecidedByColumn:
        if (entry.operatorLogin.isEmpty())
            return QStringLiteral("—");
        return entry.confirmedByLogin.isEmpty()
                   ? entry.operatorLogin
                   : tr("%1, confirmed by %2").arg(entry.operatorLogin, entry.confirmedByLogin);
    case DecidedAtColumn:
        return localTime(entry.decidedAt, QStringLiteral("yyyy-MM-dd HH:mm"));
    default:
        return {};
    }
}

QVariant AccountHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry &entry = m_history.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(entry, index.column());
    case Qt::ToolTipRole: {
        if (index.column() != DecisionColumn)
            return {};
        QStringList tip;
        if (!entry.customerMessage.isEmpty())
            tip.append(tr("Told the customer: %1").arg(entry.customerMessage));
        if (!entry.internalNote.isEmpty())
            tip.append(tr("Internal note: %1").arg(entry.internalNote));
        // Customer text: a tool tip guesses rich text, so it is always rich
        // text here with the customer's words escaped.
        if (tip.isEmpty())
            return {};
        return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
            .arg(tip.join(QLatin1Char('\n')).toHtmlEscaped());
    }
    case Qt::FontRole:
        if (entry.applicationId == m_current) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case ApplicationIdRole:
        return entry.applicationId;
    case IsCurrentRole:
        return entry.applicationId == m_current;
    case OutcomeRole:
        return entry.outcome;
    default:
        return {};
    }
}

QVariant AccountHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ApplicationColumn:
        return tr("Application");
    case SubmittedColumn:
        return tr("Submitted");
    case StatusColumn:
        return tr("Status");
    case DecisionColumn:
        return tr("Decision");
    case DecidedByColumn:
        return tr("By");
    case DecidedAtColumn:
        return tr("Decided");
    default:
        return {};
    }
}

} // namespace reissuedesk
