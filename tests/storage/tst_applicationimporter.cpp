#include "TestDatabase.h"
#include "net/DocumentStore.h"
#include "storage/ApplicationImporter.h"
#include "storage/ApplicationStatistics.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/QueueRepository.h"
#include "storage/Sql.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestApplicationImporter : public QObject {
    Q_OBJECT

private:
    static QJsonObject goodRecord(const QString &number)
    {
        QJsonObject account{{QStringLiteral("account_number"), QStringLiteral("AC77")},
                            {QStringLiteral("holder_name"), QStringLiteral("李娜")},
                            {QStringLiteral("holder_id_number"), QStringLiteral("11010519491231002X")},
                            {QStringLiteral("phone"), QStringLiteral("+86 138-1234-5678")},
                            {QStringLiteral("address"), QStringLiteral("上海市浦东新区世纪大道100号")}};
        QJsonObject record{{QStringLiteral("account"), account},
                           {QStringLiteral("applicant_name"), QStringLiteral("李娜")},
                           {QStringLiteral("applicant_id_number"), QStringLiteral("11010519491231002x")},
                           {QStringLiteral("contact_phone"), QStringLiteral("13812345678")},
                           {QStringLiteral("reason"), QStringLiteral("lost")},
                           {QStringLiteral("channel"), QStringLiteral("direct")},
                           {QStringLiteral("shipping_address"), QStringLiteral("上海市浦东新区世纪大道100号")},
                           {QStringLiteral("submitted_at"), QStringLiteral("2026-11-24T09:30:00+08:00")}};
        if (!number.isEmpty())
            record.insert(QStringLiteral("application_number"), number);
        return record;
    }
    static QByteArray line(const QJsonObject &object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact) + '\n';
    }

private Q_SLOTS:
    void importsGoodRowsAndReportsBadOnes_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void importsGoodRowsAndReportsBadOnes()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();

        QJsonObject badPhone = goodRecord(QStringLiteral("BK20261124-000010"));
        badPhone.insert(QStringLiteral("contact_phone"), QStringLiteral("12345"));
        QJsonObject badReason = goodRecord(QStringLiteral("BK20261124-000011"));
        badReason.insert(QStringLiteral("reason"), QStringLiteral("stolen'; DROP TABLE applications; --"));
        QJsonObject missingAccount = goodRecord({});
        missingAccount.remove(QStringLiteral("account"));
        QJsonObject wrongCheckDigit = goodRecord(QStringLiteral("BK20261124-000012"));
        wrongCheckDigit.insert(QStringLiteral("applicant_id_number"), QStringLiteral("110105194912310021"));

        QByteArray file;
        file += line(goodRecord(QStringLiteral("BK20261124-000001"))); // 1 imported
        file += "{not json\n";                                         // 2 rejected
        file += line(badPhone);                                        // 3 rejected
        file += "\n";                                                  // 4 blank: not a record
        file += line(badReason);                                       // 5 rejected
        file += line(goodRecord({}));                                  // 6 imported, number allocated
        file += line(goodRecord(QStringLiteral("BK20261124-000001"))); // 7 rejected: repeats line 1
        file += line(missingAccount);                                  // 8 rejected
        file += line(wrongCheckDigit);                                 // 9 imported with a warning
        file += "[1,2,3]";                                             // 10 rejected, no final newline

        QBuffer buffer(&file);
        buffer.open(QIODevice::ReadOnly);
        QList<ImportLineOutcome> outcomes;
        const ImportSummary summary =
            ApplicationImporter(database).run(buffer, [&](const ImportLineOutcome &o) { outcomes.append(o); });

        QCOMPARE(summary.lines, 9);
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.rejected, 6);
        QCOMPARE(summary.alreadyPresent, 0);
        QCOMPARE(outcomes.size(), 9);
        QList<qint64> lines;
        for (const auto &outcome : outcomes)
            lines.append(outcome.line);
        // Physical line numbers, as an editor shows them: the blank line counts.
        QCOMPARE(lines, (QList<qint64>{1, 2, 3, 5, 6, 7, 8, 9, 10}));
        using Kind = ImportLineOutcome::Kind;
        QCOMPARE(outcomes.at(0).kind, Kind::Imported);
        QCOMPARE(outcomes.at(0).applicationNumber, QStringLiteral("BK20261124-000001"));
        QCOMPARE(outcomes.at(1).kind, Kind::Rejected);
        QVERIFY(outcomes.at(1).messages.first().startsWith(QStringLiteral("not valid JSON")));
        QCOMPARE(outcomes.at(2).kind, Kind::Rejected);
        QCOMPARE(outcomes.at(2).messages,
                 QStringList{QStringLiteral("contact_phone: phone number must have 11 digits, has 5")});
        QCOMPARE(outcomes.at(3).kind, Kind::Rejected);
        QCOMPARE(outcomes.at(3).messages,
                 (QStringList{QStringLiteral("field \"reason\" is longer than 20 characters"),
                              QStringLiteral("reason \"stolen'; DROP TABLE \" must be lost, damaged or other")}));
        QCOMPARE(outcomes.at(4).kind, Kind::Imported);
        QVERIFY(outcomes.at(4).applicationNumber.startsWith(QStringLiteral("BK20261124-")));
        QCOMPARE(outcomes.at(5).kind, Kind::Rejected);
        QCOMPARE(outcomes.at(5).messages,
                 QStringList{QStringLiteral("application_number BK20261124-000001 already appears on line 1")});
        QCOMPARE(outcomes.at(6).kind, Kind::Rejected);
        QCOMPARE(outcomes.at(6).messages, QStringList{QStringLiteral("missing object \"account\"")});
        QCOMPARE(outcomes.at(7).kind, Kind::Imported);
        QCOMPARE(outcomes.at(7).messages.size(), 1);
        QVERIFY2(outcomes.at(7).messages.first().contains(QStringLiteral("check character")),
                 qPrintable(outcomes.at(7).messages.first()));
        QCOMPARE(outcomes.at(8).messages, QStringList{QStringLiteral("each line must be one JSON object")});

        QCOMPARE(ApplicationStatistics(database).total(), 3);
        // Normalised on the way in: +86 and dashes stripped, x upper-cased.
        QCOMPARE(sql::scalar(database.connection(), QStringLiteral("SELECT phone FROM accounts"), QStringLiteral("t"))
                     .toString(),
                 QStringLiteral("13812345678"));
        QCOMPARE(
            sql::scalar(database.connection(),
                        QStringLiteral("SELECT applicant_id_number FROM applications WHERE application_number = ?"),
                        QStringLiteral("t"), {QStringLiteral("BK20261124-000001")})
                .toString(),
            QStringLiteral("11010519491231002X"));
        // The submission time kept its instant: 09:30 +08:00 is 01:30 UTC.
        QCOMPARE(database.dialect().fromDatabaseTime(
                     sql::scalar(database.connection(),
                                 QStringLiteral("SELECT submitted_at FROM applications WHERE application_number = ?"),
                                 QStringLiteral("t"), {QStringLiteral("BK20261124-000001")})),
                 QDateTime(QDate(2026, 11, 24), QTime(1, 30), Qt::UTC));

        // Importing the same file again duplicates nothing.
        buffer.seek(0);
        const ImportSummary again = ApplicationImporter(database).run(buffer, {});
        QCOMPARE(again.imported, 1); // line 5 has no number: a new application each time
        QCOMPARE(again.alreadyPresent, 2);
        QCOMPARE(again.rejected, 6);
        QCOMPARE(ApplicationStatistics(database).total(), 4);
    }
    // The customer's language comes in with the application, Chinese when
    // absent; anything else rejects the line with a sentence. The review page
    // (QueueRepository::detail) and the service read it back.
    void languageRoundTrips_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void languageRoundTrips()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();

        QJsonObject english = goodRecord(QStringLiteral("BK20261124-000002"));
        english.insert(QStringLiteral("language"), QStringLiteral("en"));
        QJsonObject chinese = goodRecord(QStringLiteral("BK20261124-000003"));
        chinese.insert(QStringLiteral("language"), QStringLiteral("zh_CN"));
        QJsonObject french = goodRecord(QStringLiteral("BK20261124-000004"));
        french.insert(QStringLiteral("language"), QStringLiteral("fr"));
        QJsonObject notText = goodRecord(QStringLiteral("BK20261124-000005"));
        notText.insert(QStringLiteral("language"), 1);
        QByteArray file = line(goodRecord(QStringLiteral("BK20261124-000001"))) + line(english) + line(chinese) +
                          line(french) + line(notText);
        QBuffer buffer(&file);
        buffer.open(QIODevice::ReadOnly);
        QList<ImportLineOutcome> outcomes;
        const ImportSummary summary =
            ApplicationImporter(database).run(buffer, [&](const ImportLineOutcome &o) { outcomes.append(o); });
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.rejected, 2);
        QCOMPARE(outcomes.at(3).line, 4);
        QCOMPARE(outcomes.at(3).messages,
                 QStringList{QStringLiteral("language \"fr\" must be zh_CN or en (the language of the customer's "
                                            "messages; leave it out for zh_CN)")});
        QCOMPARE(outcomes.at(4).messages, QStringList{QStringLiteral("field \"language\" must be a string")});

        QueueRepository queue(database, 0);
        const auto languageOf = [&](const QString &number) {
            const qint64 id = sql::scalar(database.connection(),
                                          QStringLiteral("SELECT id FROM applications WHERE application_number = ?"),
                                          QStringLiteral("t"), {number})
                                  .toLongLong();
            const std::optional<ApplicationDetail> detail = queue.detail(id);
            return detail ? detail->application.language : QStringLiteral("(missing)");
        };
        QCOMPARE(languageOf(QStringLiteral("BK20261124-000001")), QStringLiteral("zh_CN"));
        QCOMPARE(languageOf(QStringLiteral("BK20261124-000002")), QStringLiteral("en"));
        QCOMPARE(languageOf(QStringLiteral("BK20261124-000003")), QStringLiteral("zh_CN"));
    }

    // Issue 9: lines from a public form are hostile. A 2 MiB line is rejected
    // by number, whole, and the lines around it still import; two objects on
    // one line, a NUL, a lone byte order mark and a document URL outside the
    // store are each rejected by number.
    void hostileLinesAreRejectedByNumber_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void hostileLinesAreRejectedByNumber()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();

        // A 2 MiB line that holds two complete records, newline-free.
        QByteArray huge = line(goodRecord(QStringLiteral("BK20261124-000201"))).trimmed();
        huge += QByteArray(2 * 1024 * 1024, ' ');
        huge += line(goodRecord(QStringLiteral("BK20261124-000202")));
        QJsonObject withPasswd = goodRecord(QStringLiteral("BK20261124-000207"));
        QJsonObject document{{QStringLiteral("kind"), QStringLiteral("id_front")},
                             {QStringLiteral("url"), QStringLiteral("file:///etc/passwd")},
                             {QStringLiteral("media_type"), QStringLiteral("image/jpeg")},
                             {QStringLiteral("size_bytes"), 100},
                             {QStringLiteral("sha256"), QString(64, QLatin1Char('a'))}};
        withPasswd.insert(QStringLiteral("documents"), QJsonArray{document});
        QJsonObject allowed = goodRecord(QStringLiteral("BK20261124-000208"));
        document.insert(QStringLiteral("url"), QStringLiteral("https://docs.example.com/a/123/front.jpg"));
        allowed.insert(QStringLiteral("documents"), QJsonArray{document});

        QByteArray file;
        file += line(goodRecord(QStringLiteral("BK20261124-000200"))); // 1 imported
        file += huge;                                                  // 2 too long
        file += line(goodRecord(QStringLiteral("BK20261124-000203"))); // 3 imported
        file += line(goodRecord(QStringLiteral("BK20261124-000204"))).trimmed() +
                line(goodRecord(QStringLiteral("BK20261124-000205")));                    // 4 two objects
        file += line(goodRecord(QStringLiteral("BK20261124-000206"))).trimmed() + " x\n"; // 5 garbage
        file += "\xEF\xBB\xBF\n";                                                         // 6 BOM only
        file += line(goodRecord(QStringLiteral("BK20261124-000209"))).trimmed() + QByteArray(1, '\0') + "\n"; // 7 NUL
        file += line(withPasswd); // 8 outside the store
        file += line(allowed);    // 9 imported

        DocumentStoreConfig config;
        config.origins = {QStringLiteral("https://docs.example.com/a/")};
        const DocumentStore store = DocumentStore::fromConfig(config);
        QBuffer buffer(&file);
        buffer.open(QIODevice::ReadOnly);
        QList<ImportLineOutcome> outcomes;
        ApplicationImporter importer(database);
        importer.setDocumentUrlCheck([&store](const QUrl &url) { return store.checkUrl(url); });
        const ImportSummary summary = importer.run(buffer, [&](const ImportLineOutcome &o) { outcomes.append(o); });

        QCOMPARE(summary.lines, 9);
        QCOMPARE(summary.imported, 3);
        QCOMPARE(summary.rejected, 6);
        QCOMPARE(outcomes.size(), 9);
        using Kind = ImportLineOutcome::Kind;
        QCOMPARE(outcomes.at(0).kind, Kind::Imported);
        QCOMPARE(outcomes.at(1).line, 2);
        QCOMPARE(outcomes.at(1).messages,
                 QStringList{QStringLiteral("the line is longer than 1 MiB (1048576 bytes); it was not read")});
        QCOMPARE(outcomes.at(2).line, 3);
        QCOMPARE(outcomes.at(2).kind, Kind::Imported);
        QCOMPARE(outcomes.at(3).line, 4);
        QCOMPARE(outcomes.at(3).kind, Kind::Rejected);
        QVERIFY2(outcomes.at(3).messages.first().startsWith(
                     QStringLiteral("the line holds more than one JSON value, or text after it (at character ")),
                 qPrintable(outcomes.at(3).messages.first()));
        QVERIFY2(outcomes.at(4).messages.first().startsWith(
                     QStringLiteral("the line holds more than one JSON value, or text after it (at character ")),
                 qPrintable(outcomes.at(4).messages.first()));
        QCOMPARE(outcomes.at(5).line, 6);
        QCOMPARE(outcomes.at(5).messages, QStringList{QStringLiteral("the line contains a byte order mark (U+FEFF)")});
        QCOMPARE(outcomes.at(6).line, 7);
        QCOMPARE(outcomes.at(6).messages, QStringList{QStringLiteral("the line contains a NUL byte")});
        QCOMPARE(outcomes.at(7).line, 8);
        QCOMPARE(outcomes.at(7).messages,
                 QStringList{QStringLiteral(
                     "documents[0].url: the document file /etc/passwd is outside the document store's folders")});
        QCOMPARE(outcomes.at(8).line, 9);
        QCOMPARE(outcomes.at(8).kind, Kind::Imported);

        QCOMPARE(ApplicationStatistics(database).total(), 3);
        for (const char *never :
             {"BK20261124-000201", "BK20261124-000202", "BK20261124-000204", "BK20261124-000205", "BK20261124-000207"})
            QCOMPARE(sql::scalar(database.connection(),
                                 QStringLiteral("SELECT COUNT(*) FROM applications WHERE application_number = ?"),
                                 QStringLiteral("t"), {QString::fromLatin1(never)})
                         .toInt(),
                     0);
    }
};

QTEST_GUILESS_MAIN(TestApplicationImporter)
#include "tst_applicationimporter.moc"
