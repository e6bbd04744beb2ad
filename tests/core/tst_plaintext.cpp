// oneLinePlainText: gateway- and server-made text on its way into a column
// and onto a screen.

#include "core/PlainText.h"

#include <QTest>

using namespace reissuedesk;

class TestPlainText : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void cleans_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("gw-42") << 200 << QStringLiteral("gw-42");
        QTest::newRow("null") << QString() << 10 << QString();
        QTest::newRow("line breaks and tabs") << QStringLiteral("a\r\n\tb  c\n") << 200 << QStringLiteral("a b c");
        QTest::newRow("leading space") << QStringLiteral("\n  x") << 200 << QStringLiteral("x");
        QTest::newRow("nul and escape") << (QStringLiteral("a") + QChar(0) + QStringLiteral("\x1b[31mb")) << 200
                                        << QStringLiteral("a [31mb");
        QTest::newRow("bidi override and zero width")
            << (QStringLiteral("ab") + QChar(0x202E) + QStringLiteral("cd") + QChar(0x200B) + QChar(0xFEFF)) << 200
            << QStringLiteral("abcd");
        QTest::newRow("lone surrogates") << (QChar(0xDC00) + QStringLiteral("x") + QChar(0xD800)) << 200
                                         << QStringLiteral("x");
        QTest::newRow("pair kept") << QString::fromUcs4(U"a\U0001F600b") << 200 << QString::fromUcs4(U"a\U0001F600b");
        QTest::newRow("chinese") << QStringLiteral("网关 繁忙") << 200 << QStringLiteral("网关 繁忙");
        QTest::newRow("cut") << QStringLiteral("abcdefgh") << 5 << QStringLiteral("abcd…");
        QTest::newRow("exactly max") << QStringLiteral("abcde") << 5 << QStringLiteral("abcde");
        QTest::newRow("cut before a pair") << QString::fromUcs4(U"abc\U0001F600d") << 5 << QStringLiteral("abc…");
    }
    void cleans()
    {
        QFETCH(QString, input);
        QFETCH(int, max);
        QFETCH(QString, expected);
        QCOMPARE(oneLinePlainText(input, max), expected);
    }
};

QTEST_GUILESS_MAIN(TestPlainText)
#include "tst_plaintext.moc"
