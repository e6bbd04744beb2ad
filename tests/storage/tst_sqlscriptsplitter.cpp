#include "storage/SqlScriptSplitter.h"

#include <QTest>

using namespace reissuedesk;

class TestSqlScriptSplitter : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two statements") << QStringLiteral("CREATE TABLE a (x INT);\nCREATE TABLE b (y INT);")
                                        << QStringList{QStringLiteral("CREATE TABLE a (x INT)"),
                                                       QStringLiteral("CREATE TABLE b (y INT)")};
        QTest::newRow("semicolon in string")
            << QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s;');SELECT 1;")
            << QStringList{QStringLiteral("INSERT INTO t VALUES ('a;b', 'it''s;')"), QStringLiteral("SELECT 1")};
        QTest::newRow("comments only are dropped")
            << QStringLiteral("-- header; with semicolon\n/* block; */\nSELECT 1; -- trailing;\n")
            << QStringList{QStringLiteral("-- header; with semicolon\n/* block; */\nSELECT 1")};
        QTest::newRow("sqlite trigger")
            << QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no');\n    "
                              "SELECT CASE WHEN 1 THEN 2 END;\nEND;\nSELECT 2;")
            << QStringList{QStringLiteral("CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no');\n    "
                                          "SELECT CASE WHEN 1 THEN 2 END;\nEND"),
                           QStringLiteral("SELECT 2")};
        QTest::newRow("dollar quoted body")
            << QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE "
                              "EXCEPTION 'x;';\nEND;\n$$;\nCREATE TABLE z (a INT);")
            << QStringList{QStringLiteral("CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE "
                                          "EXCEPTION 'x;';\nEND;\n$$"),
                           QStringLiteral("CREATE TABLE z (a INT)")};
        QTest::newRow("tagged dollar quote") << QStringLiteral("SELECT $body$ ; $$ ; $body$; SELECT 3")
                                             << QStringList{QStringLiteral("SELECT $body$ ; $$ ; $body$"),
                                                            QStringLiteral("SELECT 3")};
        QTest::newRow("no trailing semicolon") << QStringLiteral("SELECT 1") << QStringList{QStringLiteral("SELECT 1")};
        QTest::newRow("empty") << QString() << QStringList{};
    }
    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, expected);
        QCOMPARE(SqlScriptSplitter::split(script), expected);
    }
};

QTEST_GUILESS_MAIN(TestSqlScriptSplitter)
#include "tst_sqlscriptsplitter.moc"
