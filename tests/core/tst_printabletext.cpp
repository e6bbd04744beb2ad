// PrintableText on what a hostile gateway or a hand-edited row can hold:
// NUL and escape characters, bidi overrides, separators, lone surrogates,
// very long texts; printable text of any script passes unchanged.

#include "core/PrintableText.h"

#include <QTest>

using namespace reissuedesk;

class TestPrintableText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void oneLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("maxChars");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << QStringLiteral("gw-8f14e45f") << 100 << QStringLiteral("gw-8f14e45f");
        QTest::newRow("chinese and emoji") << QStringLiteral("网关 😀") << 100 << QStringLiteral("网关 😀");
        QTest::newRow("NUL and ESC") << QString(QStringLiteral("a") + QChar(0) + QStringLiteral("\x1b[31mb")) << 100
                                     << QStringLiteral("a\\u0000\\u001B[31mb");
        QTest::newRow("line breaks") << QStringLiteral("a\r\nb\nc") << 100
                                     << QStringLiteral("a\\u000D\\u000Ab\\u000Ac");
        QTest::newRow("bidi override") << QString(QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("fdp.exe"))
                                       << 100 << QStringLiteral("abc\\u202Efdp.exe");
        QTest::newRow("line separator") << QString(QStringLiteral("a") + QChar(0x2028) + QStringLiteral("b")) << 100
                                        << QStringLiteral("a\\u2028b");
        QTest::newRow("lone surrogate") << QString(QStringLiteral("a") + QChar(0xD800) + QStringLiteral("b")) << 100
                                        << QStringLiteral("a\\uD800b");
        QTest::newRow("cut") << QString(20, QLatin1Char('x')) << 10
                             << QString(QString(10, QLatin1Char('x')) + QChar(0x2026));
        QTest::newRow("exactly the limit") << QString(10, QLatin1Char('x')) << 10 << QString(10, QLatin1Char('x'));
        QTest::newRow("cut counts code points")
            << QStringLiteral("😀").repeated(11) << 10 << QString(QStringLiteral("😀").repeated(10) + QChar(0x2026));
    }
    void oneLine()
    {
        QFETCH(QString, text);
        QFETCH(int, maxChars);
        QFETCH(QString, shown);
        QCOMPARE(PrintableText::oneLine(text, maxChars), shown);
    }

    void linesKeepLineBreaksOnly()
    {
        QCOMPARE(PrintableText::lines(QStringLiteral("a\r\nb\nc\rd\te"), 100),
                 QStringLiteral("a\nb\nc\\u000Dd\\u0009e"));
    }

    void hundredKilobytesBecomeBounded()
    {
        const QString huge(100 * 1024, QLatin1Char('e'));
        QCOMPARE(PrintableText::oneLine(huge, 300).size(), 301);
        QCOMPARE(PrintableText::lines(huge, 300).size(), 301);
    }
};

QTEST_APPLESS_MAIN(TestPrintableText)
#include "tst_printabletext.moc"
