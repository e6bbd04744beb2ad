#include "storage/SqlScriptSplitter.h"

#include <QRegularExpression>

namespace reissuedesk {
namespace {

bool isWordChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }

bool startsTrigger(const QString &statementSoFar)
{
    static const QRegularExpression trigger(QStringLiteral(R"(^\s*CREATE\s+(TEMP\s+|TEMPORARY\s+)?TRIGGER\b)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return trigger.match(statementSoFar).hasMatch();
}

} // namespace

QStringList SqlScriptSplitter::split(const QString &script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    qsizetype i = 0;
    int triggerDepth = 0; // BEGIN ... END nesting inside an SQLite trigger

    auto flush = [&] {
        const QString trimmed = current.trimmed();
        // Drop statements that are only comments.
        QString withoutComments = trimmed;
        withoutComments.remove(QRegularExpression(QStringLiteral(R"(--[^\n]*)")));
        if (!withoutComments.trimmed().isEmpty())
            statements.append(trimmed);
        current.clear();
        triggerDepth = 0;
    };

    while (i < n) {
        const QChar c = script.at(i);
        if (c == QLatin1Char('-') && i + 1 < n && script.at(i + 1) == QLatin1Char('-')) {
            const qsizetype end = script.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = script.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (script.at(j) == c) {
                    if (j + 1 < n && script.at(j + 1) == c) { // doubled quote inside the literal
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype stop = j < n ? j + 1 : n;
            current += script.mid(i, stop - i);
            i = stop;
            continue;
        }
        if (c == QLatin1Char('$')) {
            static const QRegularExpression tag(QStringLiteral(R"(\$[A-Za-z_]*\$)"));
            const auto match = tag.match(script, i, QRegularExpression::NormalMatch,
                                         QRegularExpression::AnchorAtOffsetMatchOption);
            if (match.hasMatch()) {
                const QString delimiter = match.captured(0);
                const qsizetype end = script.indexOf(delimiter, i + delimiter.size());
                const qsizetype stop = end < 0 ? n : end + delimiter.size();
                current += script.mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        if (isWordChar(c) && (i == 0 || !isWordChar(script.at(i - 1)))) {
            qsizetype j = i;
            while (j < n && isWordChar(script.at(j)))
                ++j;
            const QString word = script.mid(i, j - i).toUpper();
            if (startsTrigger(current + word)) {
                if (word == QLatin1String("BEGIN") || word == QLatin1String("CASE"))
                    ++triggerDepth;
                else if (word == QLatin1String("END") && triggerDepth > 0)
                    --triggerDepth;
            }
            current += script.mid(i, j - i);
            i = j;
            continue;
        }
        if (c == QLatin1Char(';')) {
            if (!(triggerDepth > 0 && startsTrigger(current))) {
                flush();
                ++i;
                continue;
            }
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

} // namespace reissuedesk
