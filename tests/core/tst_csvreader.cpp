// CsvReader on the inputs a carrier's export (or a hostile one) brings: quoting,
// line endings, a byte order mark, line breaks inside fields, unterminated
// quotes, NUL bytes, invalid UTF-8 and lines past the cap, each with the
// physical line number the record starts on.

#include "core/CsvReader.h"

#include <QBuffer>
#include <QTest>

#include <algorithm>

using namespace reissuedesk;

namespace {

QList<CsvRecord> readAll(const QByteArray &bytes, qsizetype cap = CsvReader::DefaultMaxRecordBytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(buffer, cap);
    QList<CsvRecord> records;
    CsvRecord record;
    while (reader.next(record))
        records.append(record);
    return records;
}

// A device that hands out one byte per read, as a slow pipe can.
class TrickleDevice final : public QIODevice {
public:
    explicit TrickleDevice(QByteArray bytes)
        : m_bytes(std::move(bytes))
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_position >= m_bytes.size() || maxSize <= 0)
            return 0;
        data[0] = m_bytes.at(m_position++);
        return 1;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_bytes;
    qsizetype m_position = 0;
};

// Zero bytes, as /dev/zero hands them out: no line break ever comes. Stops
// after `limit` bytes so that a reader without an input cap ends the test
// (failing it) instead of hanging it.
class ZeroDevice final : public QIODevice {
public:
    explicit ZeroDevice(qint64 limit)
        : m_limit(limit)
    {
        open(QIODevice::ReadOnly);
    }
    bool isSequential() const override { return true; }
    qint64 served() const { return m_served; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, m_limit - m_served);
        std::fill_n(data, count, '\0');
        m_served += count;
        return count;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    qint64 m_limit;
    qint64 m_served = 0;
};

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void plainRecordsWithLfAndCrlf()
    {
        const QList<CsvRecord> records = readAll("a,b,c\r\n1,2,3\n4,5,6");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).fields, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3")}));
        QCOMPARE(records.at(2).fields, (QStringList{QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6")}));
        QCOMPARE(records.at(2).line, 3);
        for (const CsvRecord &record : records)
            QVERIFY2(record.problem.isEmpty(), qPrintable(record.problem));
    }

    // "CSV (Macintosh)" from Excel and old Mac tools end lines with a lone CR:
    // each is a record and a line of its own, not one long header.
    void loneCarriageReturnsEndLines()
    {
        const QList<CsvRecord> records = readAll("a,b\r1,2\r\r\"x\ry\",3\rlast,4\r\n5,6");
        QCOMPARE(records.size(), 5);
        QCOMPARE(records.at(0).fields, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).fields, (QStringList{QStringLiteral("x\ry"), QStringLiteral("3")}));
        QCOMPARE(records.at(2).line, 4);
        QCOMPARE(records.at(3).fields, (QStringList{QStringLiteral("last"), QStringLiteral("4")}));
        QCOMPARE(records.at(3).line, 6);
        QCOMPARE(records.at(4).fields, (QStringList{QStringLiteral("5"), QStringLiteral("6")}));
        QCOMPARE(records.at(4).line, 7);
        for (const CsvRecord &record : records)
            QVERIFY2(record.problem.isEmpty(), qPrintable(record.problem));
    }

    // Excel's "Unicode text": refused by name, not as a NUL byte on line 1.
    void utf16IsRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("little-endian") << QByteArray("\xFF\xFEh\0,\0x\0\n\0", 10);
        QTest::newRow("big-endian") << QByteArray("\xFE\xFF\0h\0,\0x\0\n", 10);
    }

    void utf16IsRefusedByName()
    {
        QFETCH(QByteArray, bytes);
        for (const bool trickle : {false, true}) {
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            TrickleDevice slow(bytes);
            CsvReader reader(trickle ? static_cast<QIODevice &>(slow) : buffer);
            CsvRecord record;
            QVERIFY(!reader.next(record));
            QCOMPARE(reader.readError(), QStringLiteral("it is UTF-16 text, not UTF-8 (save it as \"CSV UTF-8\")"));
        }
    }

    void quotedFieldsAndDoubledQuotes()
    {
        const QList<CsvRecord> records = readAll("\"a,b\",\"say \"\"hi\"\"\",\"\",x\n");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).fields,
                 (QStringList{QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QString(), QStringLiteral("x")}));
    }

    void emptyFieldsAreKept()
    {
        const QList<CsvRecord> records = readAll(",,\n");
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.at(0).fields, (QStringList{QString(), QString(), QString()}));
    }

    void byteOrderMarkAtTheStartIsDropped()
    {
        const QList<CsvRecord> records = readAll("\xEF\xBB\xBFh1,h2\n1,2\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).fields.first(), QStringLiteral("h1"));
        QCOMPARE(records.at(0).line, 1);
    }

    void byteOrderMarkElsewhereIsData()
    {
        const QList<CsvRecord> records = readAll("a\n\xEF\xBB\xBF"
                                                 "b\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).fields.first(), QString(QChar(0xFEFF)) + QStringLiteral("b"));
    }

    void lineBreaksInsideQuotesKeepTheStartLine()
    {
        const QList<CsvRecord> records = readAll("h\n\"two\nlines\"\n\"three\r\nmore\nlines\",x\nlast\n");
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(1).fields.first(), QStringLiteral("two\nlines"));
        QCOMPARE(records.at(2).line, 4);
        QCOMPARE(records.at(2).fields.first(), QStringLiteral("three\r\nmore\nlines"));
        QCOMPARE(records.at(3).line, 7);
        QCOMPARE(records.at(3).fields.first(), QStringLiteral("last"));
    }

    void blankLinesAreSkippedButCounted()
    {
        const QList<CsvRecord> records = readAll("h\n\n\r\n\nx\n\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(1).line, 5);
        QCOMPARE(records.at(1).fields, QStringList{QStringLiteral("x")});
    }

    void unterminatedQuoteAtEndIsAnErrorWithItsLine()
    {
        const QList<CsvRecord> records = readAll("h\nok\n\"never closed\nstill open\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(2).line, 3);
        QCOMPARE(records.at(2).problem, QStringLiteral("a quoted field is not closed before the end of the file"));
        QVERIFY(records.at(2).fields.isEmpty());
    }

    void strayQuotesAreErrorsAndReadingGoesOn()
    {
        const QList<CsvRecord> records = readAll("ab\"c,d\n\"x\"y,z\nfine\n");
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).problem, QStringLiteral("a field that does not start with a quote contains one"));
        QCOMPARE(records.at(1).problem, QStringLiteral("there is text after the closing quote of a field"));
        QCOMPARE(records.at(2).line, 3);
        QCOMPARE(records.at(2).fields, QStringList{QStringLiteral("fine")});
    }

    void nulByteIsAnError()
    {
        const QList<CsvRecord> records = readAll(QByteArray("a,b\0c\nnext\n", 11));
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).problem, QStringLiteral("the line contains a NUL byte"));
        QCOMPARE(records.at(1).fields, QStringList{QStringLiteral("next")});
    }

    void invalidUtf8IsAnError_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lone high surrogate (CESU)") << QByteArray("x\xED\xA0\x80y");
        QTest::newRow("lone low surrogate") << QByteArray("\xED\xB0\x80");
        QTest::newRow("truncated sequence") << QByteArray("\xE4\xB8");
        QTest::newRow("overlong slash") << QByteArray("\xC0\xAF");
        QTest::newRow("latin-1 byte") << QByteArray("caf\xE9");
    }
    void invalidUtf8IsAnError()
    {
        QFETCH(QByteArray, bytes);
        const QList<CsvRecord> records = readAll(bytes + ",b\n\xE9\xA1\xBA\xE4\xB8\xB0\n");
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).problem, QStringLiteral("the line is not valid UTF-8 text"));
        QCOMPARE(records.at(1).fields, QStringList{QStringLiteral("顺丰")});
    }

    void longLinesAreRejectedWholeAndReadingResumes()
    {
        const QByteArray longLine = "\"" + QByteArray(200, 'x') + "\nstill,inside\"," + QByteArray(50, 'y');
        const QList<CsvRecord> records = readAll("h\n" + longLine + "\nafter,1\n", 100);
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(1).problem, QStringLiteral("the line is longer than 100 bytes"));
        QCOMPARE(records.at(2).line, 4);
        QCOMPARE(records.at(2).fields, (QStringList{QStringLiteral("after"), QStringLiteral("1")}));
    }

    void defaultCapIs64KiB()
    {
        const QByteArray fits(CsvReader::DefaultMaxRecordBytes, 'a');
        const QList<CsvRecord> records = readAll(fits + "\n" + fits + "b\nend\n");
        QCOMPARE(records.size(), 3);
        QVERIFY(records.at(0).problem.isEmpty());
        QCOMPARE(records.at(0).fields.first().size(), CsvReader::DefaultMaxRecordBytes);
        QCOMPARE(records.at(1).problem, QStringLiteral("the line is longer than 64 KiB"));
        QCOMPARE(records.at(2).fields, QStringList{QStringLiteral("end")});
    }

    void readsAStreamByteByByte()
    {
        TrickleDevice device("\xEF\xBB\xBF"
                             "a,\"b\r\nc\"\r\n\r\n1,2\r\n");
        CsvReader reader(device);
        CsvRecord record;
        QVERIFY(reader.next(record));
        QCOMPARE(record.fields, (QStringList{QStringLiteral("a"), QStringLiteral("b\r\nc")}));
        QVERIFY(reader.next(record));
        QCOMPARE(record.line, 4);
        QCOMPARE(record.fields, (QStringList{QStringLiteral("1"), QStringLiteral("2")}));
        QVERIFY(!reader.next(record));
        QVERIFY(reader.readError().isEmpty());
    }

    void endlessInputStopsAtTheInputCap()
    {
        ZeroDevice zeros(64 * 1024 * 1024);
        CsvReader reader(zeros);
        reader.setMaxInputBytes(1024 * 1024);
        CsvRecord record;
        QVERIFY(!reader.next(record));
        QCOMPARE(reader.readError(), QStringLiteral("it is larger than 1 MiB"));
        QVERIFY2(zeros.served() <= 1024 * 1024 + 64 * 1024, qPrintable(QString::number(zeros.served())));
        QVERIFY(!reader.next(record));
    }

    void defaultInputCapIs128MiB() { QCOMPARE(CsvReader::DefaultMaxInputBytes, qint64(128) * 1024 * 1024); }

    void emptyInputHasNoRecords()
    {
        QVERIFY(readAll({}).isEmpty());
        QVERIFY(readAll("\xEF\xBB\xBF").isEmpty());
        QVERIFY(readAll("\n\r\n").isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
