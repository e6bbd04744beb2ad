// Issue 13: an import never stops half-way. Every poisoned value a hostile
// tester found (invisible-only names, lone surrogates, a sequence past the
// counter's range, controls…) is rejected by line number with its field
// named, and the good lines around it are imported, identically on SQLite and
// PostgreSQL; a batch the database still refuses is retried line by line; the
// day counter cannot be poisoned.

#include "TestDatabase.h"
#include "storage/ApplicationImporter.h"
#include "storage/ApplicationNumberAllocator.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "storage/StorageError.h"
#include "storage/WriteTransaction.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <limits>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

QJsonObject goodRecord(const QString &number, const QString &submittedAt = QStringLiteral("2026-11-24T09:30:00+08:00"))
{
    QJsonObject account{{QStringLiteral("account_number"), QStringLiteral("AC77")},
                        {QStringLiteral("holder_name"), QStringLiteral("李娜")},
                        {QStringLiteral("holder_id_number"), QStringLiteral("11010519491231002X")},
                        {QStringLiteral("phone"), QStringLiteral("13812345678")},
                        {QStringLiteral("address"), QStringLiteral("上海市浦东新区世纪大道100号")}};
    QJsonObject record{{QStringLiteral("account"), account},
                       {QStringLiteral("applicant_name"), QStringLiteral("李娜")},
                       {QStringLiteral("applicant_id_number"), QStringLiteral("11010519491231002X")},
                       {QStringLiteral("contact_phone"), QStringLiteral("13812345678")},
                       {QStringLiteral("reason"), QStringLiteral("lost")},
                       {QStringLiteral("channel"), QStringLiteral("direct")},
                       {QStringLiteral("shipping_address"), QStringLiteral("上海市浦东新区世纪大道100号")},
                       {QStringLiteral("submitted_at"), submittedAt}};
    if (!number.isEmpty())
        record.insert(QStringLiteral("application_number"), number);
    return record;
}

QByteArray line(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
}

QJsonObject with(QJsonObject record, const QString &field, const QJsonValue &value)
{
    record.insert(field, value);
    return record;
}

QJsonObject withAccount(QJsonObject record, const QString &field, const QJsonValue &value)
{
    QJsonObject account = record.value(QStringLiteral("account")).toObject();
    account.insert(field, value);
    record.insert(QStringLiteral("account"), account);
    return record;
}

// `record`'s line with its "@@" value replaced by the raw JSON string text
// `escaped` (a lone surrogate such as \ud800 cannot be written through
// QJsonDocument, and it writes U+FEFF unescaped).
QByteArray rawLine(const QJsonObject &record, const QByteArray &escaped)
{
    QByteArray text = line(record);
    return text.replace(QByteArrayLiteral("\"@@\""),
                        QByteArray(QByteArrayLiteral("\"") + escaped + QByteArrayLiteral("\"")));
}

QDateTime importNow()
{
    return QDateTime(QDate(2026, 11, 25), QTime(12, 0), Qt::UTC);
}

ImportSummary import(const Database &database, QByteArray file, QList<ImportLineOutcome> &outcomes)
{
    QBuffer buffer(&file);
    buffer.open(QIODevice::ReadOnly);
    ApplicationImporter importer(database);
    importer.setNow(importNow());
    return importer.run(buffer, [&](const ImportLineOutcome &o) { outcomes.append(o); });
}

int count(const Database &database, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(database.connection(), statement, QStringLiteral("test"), values).toInt();
}

QString text(const Database &database, const QString &statement, std::initializer_list<QVariant> values = {})
{
    return sql::scalar(database.connection(), statement, QStringLiteral("test"), values).toString();
}

} // namespace

class TestImportHardening : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void poisonedValuesAreRejectedByLine_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void poisonedValuesAreRejectedByLine()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();

        const auto number = [](int n) { return QStringLiteral("BK20261124-%1").arg(n, 6, 10, QLatin1Char('0')); };
        QByteArray file;
        file += line(goodRecord(number(1))); // 1
        file += rawLine(withAccount(goodRecord(number(2)), QStringLiteral("holder_name"), QStringLiteral("@@")),
                        "\\ufeff");                                                 // 2
        file += line(goodRecord(number(3)));                                        // 3
        file += line(goodRecord(QStringLiteral("BK20250302-9223372036854775807"))); // 4
        file += rawLine(with(goodRecord(number(5)), QStringLiteral("applicant_name"), QStringLiteral("@@")),
                        "\\ud800X");         // 5
        file += line(goodRecord(number(6))); // 6
        file +=
            line(with(goodRecord(number(7)), QStringLiteral("shipping_address"), QStringLiteral("\u200B\u200B"))); // 7
        file += line(with(goodRecord(number(8)), QStringLiteral("applicant_name"), QStringLiteral("\u200D")));     // 8
        file += line(with(goodRecord(number(9)), QStringLiteral("reason_text"), QStringLiteral("a\u0007b")));      // 9
        file += line(withAccount(goodRecord(number(10)), QStringLiteral("address"), QStringLiteral(" \u3000 ")));  // 10
        file += line(with(goodRecord(number(11)), QStringLiteral("applicant_name"), QStringLiteral("\u3164")));    // 11
        file += line(goodRecord(number(12), QStringLiteral("1970-01-01T00:00:00Z")));                              // 12
        file += line(goodRecord(QStringLiteral("BK20261124-1000000000")));                                         // 13
        file += line(goodRecord(number(14))).replace("李娜", "\xff");                                              // 14
        file +=
            line(with(goodRecord(number(15)), QStringLiteral("applicant_name"), QStringLiteral("Rene\u0301"))); // 15
        file +=
            rawLine(with(goodRecord(number(16)), QStringLiteral("reason_text"), QStringLiteral("@@")), "\\udc00"); // 16
        file += line(with(goodRecord(number(17)), QStringLiteral("agent_name"), QStringLiteral("\uE000")));        // 17
        file +=
            line(with(goodRecord(number(18)), QStringLiteral("shipping_address"), QStringLiteral("a\u2028b"))); // 18
        file += line(goodRecord(QStringLiteral("BK20261124-999999999")));                                       // 19
        file +=
            line(with(goodRecord(number(20)), QStringLiteral("applicant_name"), QStringLiteral("\u202E李娜"))); // 20

        QList<ImportLineOutcome> outcomes;
        const ImportSummary summary = import(database, file, outcomes);

        const QMap<qint64, QString> rejected{
            {2, QStringLiteral("field \"account.holder_name\" contains an invisible format character (U+FEFF)")},
            {4, QStringLiteral("application_number \"BK20250302-9223372036854775807\" is out of range (a day from "
                               "2000 on, a sequence of at most 9 digits)")},
            {5, QStringLiteral("field \"applicant_name\" contains a lone surrogate (\\uD800)")},
            {7, QStringLiteral("field \"shipping_address\" contains an invisible format character (U+200B)")},
            {8, QStringLiteral("field \"applicant_name\" has no visible character")},
            {9, QStringLiteral("field \"reason_text\" contains a control character (U+0007)")},
            {10, QStringLiteral("field \"account.address\" is empty")},
            {11, QStringLiteral("field \"applicant_name\" has no visible character")},
            {12, QStringLiteral("field \"submitted_at\" must be in 2000 or later, not \"1970-01-01T00:00:00Z\"")},
            {13, QStringLiteral("application_number \"BK20261124-1000000000\" is out of range (a day from 2000 on, "
                                "a sequence of at most 9 digits)")},
            {14, QStringLiteral("the line is not valid UTF-8")},
            {16, QStringLiteral("field \"reason_text\" contains a lone surrogate (\\uDC00)")},
            {17, QStringLiteral("field \"agent_name\" contains a private-use character (U+E000)")},
            {18, QStringLiteral("field \"shipping_address\" contains a line or paragraph separator (U+2028)")},
            {20, QStringLiteral("field \"applicant_name\" contains an invisible format character (U+202E)")},
        };
        QCOMPARE(outcomes.size(), 20);
        for (const ImportLineOutcome &outcome : std::as_const(outcomes)) {
            const QString where = QStringLiteral("line %1: %2").arg(outcome.line).arg(outcome.messages.join(u'|'));
            if (rejected.contains(outcome.line)) {
                QVERIFY2(outcome.kind == ImportLineOutcome::Kind::Rejected, qPrintable(where));
                QCOMPARE(outcome.messages, QStringList{rejected.value(outcome.line)});
            } else {
                QVERIFY2(outcome.kind == ImportLineOutcome::Kind::Imported, qPrintable(where));
            }
        }
        QCOMPARE(summary.lines, 20);
        QCOMPARE(summary.imported, 5);
        QCOMPARE(summary.rejected, 15);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM applications")), 5);
        // Stored in NFC on both: "é" is one code point, whatever was sent.
        QCOMPARE(text(database, QStringLiteral("SELECT applicant_name FROM applications WHERE application_number = ?"),
                      {number(15)}),
                 QStringLiteral("Ren\u00E9"));
        // The highest in-range number moved the counter; the huge ones did not.
        QCOMPARE(count(database, QStringLiteral("SELECT last_sequence FROM application_number_counters WHERE day = ?"),
                       {QStringLiteral("20261124")}),
                 999999999);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM application_number_counters WHERE day = ?"),
                       {QStringLiteral("20250302")}),
                 0);
    }

    // A batch the database refuses although every line passed the checks
    // (here: a unique index the test adds, violated by line 3 inside the
    // batch) is rolled back and written line by line: only line 3 is
    // rejected, in a sentence, and the lines before and after it are imported.
    void batchRefusedByTheDatabaseRejectsOnlyTheOffendingLine_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void batchRefusedByTheDatabaseRejectsOnlyTheOffendingLine()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();
        sql::run(database.connection(), QStringLiteral("CREATE UNIQUE INDEX test_one_file_once ON documents (sha256)"),
                 QStringLiteral("test"));

        const auto withDocument = [](QJsonObject record, char digit) {
            const QJsonObject document{{QStringLiteral("kind"), QStringLiteral("id_front")},
                                       {QStringLiteral("url"), QStringLiteral("https://docs.example.com/a/front.jpg")},
                                       {QStringLiteral("media_type"), QStringLiteral("image/jpeg")},
                                       {QStringLiteral("size_bytes"), 100},
                                       {QStringLiteral("sha256"), QString(64, QLatin1Char(digit))}};
            record.insert(QStringLiteral("documents"), QJsonArray{document});
            return record;
        };
        QByteArray file;
        file += line(withDocument(goodRecord(QStringLiteral("BK20261124-000001")), 'a')); // 1
        file += line(withDocument(goodRecord(QStringLiteral("BK20261124-000002")), 'b')); // 2
        file += "\n";                                                                     // 3 blank
        file += line(withDocument(goodRecord(QStringLiteral("BK20261124-000004")), 'a')); // 4 refused
        file += line(goodRecord({}));                                                     // 5
        file += line(withDocument(goodRecord(QStringLiteral("BK20261124-000006")), 'c')); // 6

        QList<ImportLineOutcome> outcomes;
        const ImportSummary summary = import(database, file, outcomes);
        QCOMPARE(summary.lines, 5);
        QCOMPARE(summary.imported, 4);
        QCOMPARE(summary.rejected, 1);
        QCOMPARE(outcomes.size(), 5);
        using Kind = ImportLineOutcome::Kind;
        QCOMPARE(outcomes.at(0).kind, Kind::Imported);
        QCOMPARE(outcomes.at(1).kind, Kind::Imported);
        QCOMPARE(outcomes.at(2).line, 4);
        QCOMPARE(outcomes.at(2).kind, Kind::Rejected);
        QCOMPARE(outcomes.at(2).messages,
                 QStringList{QStringLiteral("the database refused this line (it breaks a uniqueness or consistency "
                                            "rule of the schema); nothing of it was written")});
        QCOMPARE(outcomes.at(3).kind, Kind::Imported);
        // Written on its own after lines 1 and 2, it takes the next number.
        QCOMPARE(outcomes.at(3).applicationNumber, QStringLiteral("BK20261124-000003"));
        QCOMPARE(outcomes.at(4).kind, Kind::Imported);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM applications")), 4);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM applications WHERE application_number = ?"),
                       {QStringLiteral("BK20261124-000004")}),
                 0);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = ?"),
                       {QStringLiteral("application.submitted")}),
                 4);
    }

    // The number that poisoned a day's counter is refused, the counter stays
    // where the in-range numbers put it, later imports allocate after it; the
    // allocator ignores a sequence past the range, and the table's CHECK
    // (migration 0017) refuses one written directly.
    void dayCounterCannotBePoisoned_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void dayCounterCannotBePoisoned()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();

        const QString day = QStringLiteral("2025-03-02T10:00:00+08:00");
        QList<ImportLineOutcome> outcomes;
        import(database,
               line(goodRecord(QStringLiteral("BK20250302-9223372036854775807"), day)) +
                   line(goodRecord(QStringLiteral("BK20250302-000005"), day)) + line(goodRecord({}, day)),
               outcomes);
        QCOMPARE(outcomes.size(), 3);
        QCOMPARE(outcomes.at(0).kind, ImportLineOutcome::Kind::Rejected);
        QCOMPARE(outcomes.at(2).applicationNumber, QStringLiteral("BK20250302-000006"));
        outcomes.clear();
        import(database, line(goodRecord({}, day)), outcomes);
        QCOMPARE(outcomes.size(), 1);
        QCOMPARE(outcomes.at(0).kind, ImportLineOutcome::Kind::Imported);
        QCOMPARE(outcomes.at(0).applicationNumber, QStringLiteral("BK20250302-000007"));

        {
            WriteTransaction transaction(database);
            ApplicationNumberAllocator::markUsed(transaction.connection(), QDate(2025, 3, 2),
                                                 std::numeric_limits<qint64>::max());
            ApplicationNumberAllocator::markUsed(transaction.connection(), QDate(2025, 3, 2), 1000000000);
            transaction.commit();
        }
        const QString counter = QStringLiteral("SELECT last_sequence FROM application_number_counters WHERE day = ?");
        QCOMPARE(count(database, counter, {QStringLiteral("20250302")}), 7);
        bool refused = false;
        try {
            sql::run(database.connection(),
                     QStringLiteral("UPDATE application_number_counters SET last_sequence = 1000000000"),
                     QStringLiteral("test"));
        } catch (const StorageError &error) {
            refused = error.kind() == StorageError::Kind::Conflict;
        }
        QVERIFY(refused);
        QCOMPARE(count(database, counter, {QStringLiteral("20250302")}), 7);
    }

    // An input past the cap (an endless pipe, /dev/zero) stops there with a
    // sentence; the whole lines before it are imported.
    void inputPastTheCapStopsWithAProblem()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        Migrator(database).migrate();
        QByteArray file;
        qsizetype lineBytes = 0;
        for (int i = 1; file.size() < 2 * 1024 * 1024; ++i) {
            const QByteArray one = line(goodRecord(QStringLiteral("BK20261124-%1").arg(i, 6, 10, QLatin1Char('0'))));
            lineBytes = one.size();
            file += one;
        }
        QBuffer buffer(&file);
        buffer.open(QIODevice::ReadOnly);
        ApplicationImporter importer(database);
        importer.setNow(importNow());
        importer.setMaxInputBytes(1024 * 1024);
        const ImportSummary summary = importer.run(buffer, {});
        QCOMPARE(summary.inputProblem, QStringLiteral("the input is larger than 1 MiB; reading stopped there"));
        QCOMPARE(summary.imported, (1024 * 1024) / lineBytes);
        QCOMPARE(summary.rejected, 0);
        QCOMPARE(count(database, QStringLiteral("SELECT COUNT(*) FROM applications")), int(summary.imported));
    }
};

QTEST_GUILESS_MAIN(TestImportHardening)
#include "tst_importhardening.moc"
