// The text rule of imports (core/ImportedText): what is refused, with which
// reason, and that accepted text is stored in NFC.

#include "core/ImportedText.h"

#include <QTest>

using namespace reissuedesk;

class TestImportedText : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void problem_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problem");
        QTest::newRow("chinese name") << QStringLiteral("李娜") << QString();
        QTest::newRow("emoji family joined")
            << QStringLiteral("\U0001F468\u200D\U0001F469\u200D\U0001F467") << QString();
        QTest::newRow("decomposed accent") << QStringLiteral("Rene\u0301") << QString();
        QTest::newRow("ideographic space inside") << QStringLiteral("李\u3000娜") << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("only spaces") << QStringLiteral("  \u3000 ") << QString(); // empty once trimmed
        QTest::newRow("byte order mark") << QStringLiteral("\uFEFF")
                                         << QStringLiteral("contains an invisible format character (U+FEFF)");
        QTest::newRow("zero width space")
            << QStringLiteral("a\u200Bb") << QStringLiteral("contains an invisible format character (U+200B)");
        QTest::newRow("only a joiner") << QStringLiteral("\u200D") << QStringLiteral("has no visible character");
        QTest::newRow("only combining marks")
            << QStringLiteral("\u0301\u0301") << QStringLiteral("has no visible character");
        QTest::newRow("hangul filler") << QStringLiteral("\u3164") << QStringLiteral("has no visible character");
        QTest::newRow("braille blank") << QStringLiteral(" \u2800 ") << QStringLiteral("has no visible character");
        QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xD800) + QStringLiteral("X"))
                                             << QStringLiteral("contains a lone surrogate (\\uD800)");
        QTest::newRow("lone low surrogate")
            << QString(QChar(0xDC00)) << QStringLiteral("contains a lone surrogate (\\uDC00)");
        QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("contains a control character (U+0009)");
        QTest::newRow("NUL") << QString(QChar(0)) << QStringLiteral("contains a control character (U+0000)");
        QTest::newRow("right-to-left override")
            << QStringLiteral("\u202Eabc") << QStringLiteral("contains an invisible format character (U+202E)");
        QTest::newRow("line separator") << QStringLiteral("a\u2028b")
                                        << QStringLiteral("contains a line or paragraph separator (U+2028)");
        QTest::newRow("private use") << QStringLiteral("\uE000")
                                     << QStringLiteral("contains a private-use character (U+E000)");
        QTest::newRow("noncharacter") << QStringLiteral("a\uFFFF")
                                      << QStringLiteral("contains an unassigned code point (U+FFFF)");
    }
    void problem()
    {
        QFETCH(QString, text);
        QFETCH(QString, problem);
        QCOMPARE(ImportedText::problem(text), problem);
    }

    void normalizedIsNfcAndTrimmed()
    {
        QCOMPARE(ImportedText::normalized(QStringLiteral(" Rene\u0301 ")), QStringLiteral("Ren\u00E9"));
        QCOMPARE(ImportedText::normalized(QStringLiteral("\u3000李娜\u3000")), QStringLiteral("李娜"));
    }
};

QTEST_GUILESS_MAIN(TestImportedText)
#include "tst_importedtext.moc"
