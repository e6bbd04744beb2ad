#include "models/DeadLetterModel.h"

#include "core/Masking.h"
#include "core/PrintableText.h"
#include "models/ReviewTexts.h"

#include <QColor>
#include <QLocale>
#include <QSet>

namespace reissuedesk {
namespace {

// The gateway's error is outside text: one printable line of bounded length in
// the list, more of it (still bounded) in the tool tip; LastErrorRole keeps it.
constexpr qsizetype errorListChars = 300;
constexpr qsizetype errorTipChars = 2000;

QString localTime(const QDateTime &time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

bool sameRow(const ProblemMessage &a, const ProblemMessage &b)
{
    return a.status == b.status && a.attempts == b.attempts && a.lastError == b.lastError &&
           a.nextAttemptAt == b.nextAttemptAt && a.lastAttemptAt == b.lastAttemptAt && a.recipient == b.recipient;
}

} // namespace

DeadLetterModel::DeadLetterModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int DeadLetterModel::rowOf(qint64 notificationId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == notificationId)
            return row;
    }
    return -1;
}

void DeadLetterModel::setRows(const QList<ProblemMessage> &rows)
{
    QSet<qint64> wanted;
    for (const ProblemMessage &row : rows)
        wanted.insert(row.id);
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (wanted.contains(m_rows.at(row).id))
            continue;
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
    }
    // Now every row left is wanted: bring each into its place in turn.
    for (int target = 0; target < rows.size(); ++target) {
        const ProblemMessage &row = rows.at(target);
        const int current = rowOf(row.id);
        if (current < 0) {
            beginInsertRows({}, target, target);
            m_rows.insert(target, row);
            endInsertRows();
            continue;
        }
        if (current != target) {
            // current > target: rows before target are already in place.
            beginMoveRows({}, current, current, {}, target);
            m_rows.move(current, target);
            endMoveRows();
        }
        if (!sameRow(m_rows.at(target), row)) {
            m_rows[target] = row;
            Q_EMIT dataChanged(index(target, 0), index(target, ColumnCount - 1));
        }
    }
}

QString DeadLetterModel::stateText(const ProblemMessage &message)
{
    if (message.status == QLatin1String("dead"))
        return tr("Not delivered");
    return message.attempts > 0 ? tr("Retrying") : tr("Waiting");
}

int DeadLetterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadLetterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProblemMessage &row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case ApplicationIdRole:
        return row.applicationId;
    case StatusRole:
        return row.status;
    case LastErrorRole:
        return row.lastError;
    case Qt::ToolTipRole:
        if (index.column() == LastErrorColumn && !row.lastError.isEmpty())
            return QStringLiteral("<p style='white-space:pre-wrap'>%1</p>")
                .arg(PrintableText::lines(row.lastError, errorTipChars).toHtmlEscaped());
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && row.status == QLatin1String("dead"))
            return QColor(0xa3, 0x1b, 0x1b);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == AttemptsColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case NumberColumn:
        return row.applicationNumber;
    case KindColumn:
        return ReviewTexts::messageKindText(row.kind);
    case ChannelColumn:
        return ReviewTexts::channelText(row.channel);
    case RecipientColumn:
        return row.channel == QLatin1String("email") ? Masking::maskEmail(row.recipient)
                                                     : Masking::maskPhone(row.recipient);
    case StateColumn:
        return stateText(row);
    case AttemptsColumn:
        return row.attempts;
    case SinceColumn:
        return localTime(row.problemSince());
    case NextTryColumn:
        return row.status == QLatin1String("dead") ? tr("never (given up)") : localTime(row.nextAttemptAt);
    case LastErrorColumn:
        // One line in the list; the whole text in the tool tip.
        return PrintableText::oneLine(QString(row.lastError).replace(QLatin1Char('\n'), QLatin1Char(' ')),
                                      errorListChars);
    default:
        return {};
    }
}

QVariant DeadLetterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NumberColumn:
        return tr("Application");
    case KindColumn:
        return tr("Kind");
    case ChannelColumn:
        return tr("Channel");
    case RecipientColumn:
        return tr("To");
    case StateColumn:
        return tr("State");
    case AttemptsColumn:
        return tr("Attempts");
    case SinceColumn:
        return tr("Problem since");
    case NextTryColumn:
        return tr("Next try");
    case LastErrorColumn:
        return tr("Last error");
    default:
        return {};
    }
}

} // namespace reissuedesk
