#pragma once
// Splits a migration script into statements. Qt's SQLite driver runs only the
// first statement of a string, so scripts are cut at top-level semicolons. A
// semicolon does not end a statement inside quotes, comments, PostgreSQL
// dollar-quoted bodies ($$ ... $$), or an SQLite CREATE TRIGGER ... END block.

#include <QStringList>

namespace reissuedesk {

class SqlScriptSplitter {
public:
    static QStringList split(const QString &script);
};

} // namespace reissuedesk
