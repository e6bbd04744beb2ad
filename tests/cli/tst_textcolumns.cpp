// The admin tool's text tables line up in Chinese: widths by terminal columns.
#include "cli/TextColumns.h"

#include <QTest>

using namespace reissuedesk::cli;

class TstTextColumns : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void displayWidth_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("width");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("ascii") << QStringLiteral("pending") << 7;
        QTest::newRow("chinese") << QStringLiteral("待审核") << 6;
        QTest::newRow("mixed") << QStringLiteral("2nd 复核") << 8;
        QTest::newRow("fullwidth punctuation") << QStringLiteral("（%1）") << 6;
        QTest::newRow("fullwidth latin") << QStringLiteral("ＡＢ") << 4;
        QTest::newRow("halfwidth katakana") << QStringLiteral("ｱｲ") << 2;
        QTest::newRow("hangul") << QStringLiteral("한국") << 4;
        QTest::newRow("cjk extension b, outside the BMP") << QString::fromUcs4(U"\U00020000x") << 3;
        QTest::newRow("combining acute") << QStringLiteral("e\u0301") << 1;
        QTest::newRow("zero width space") << QStringLiteral("a\u200Bb") << 2;
        QTest::newRow("accented latin") << QStringLiteral("Müller") << 6;
        QTest::newRow("emoji") << QString::fromUcs4(U"\U0001F600") << 2;
    }
    void displayWidth()
    {
        QFETCH(QString, text);
        QFETCH(int, width);
        QCOMPARE(reissuedesk::cli::displayWidth(text), width);
    }

    void padsByColumns()
    {
        QCOMPARE(padRight(QStringLiteral("待审核"), 10), QStringLiteral("待审核    "));
        QCOMPARE(padRight(QStringLiteral("pending"), 10), QStringLiteral("pending   "));
        QCOMPARE(padLeft(QStringLiteral("决定数"), 8), QStringLiteral("  决定数"));
        QCOMPARE(padLeft(QStringLiteral("12"), 4), QStringLiteral("  12"));
        // Wider than the column: unchanged, never cut.
        QCOMPARE(padRight(QStringLiteral("等待复核的申请"), 6), QStringLiteral("等待复核的申请"));
        QCOMPARE(padLeft(QStringLiteral("abcdef"), 3), QStringLiteral("abcdef"));
    }

    // Rows of Chinese and English labels end on the same terminal column.
    void rowsLineUp()
    {
        const QStringList labels{QStringLiteral("待审核"), QStringLiteral("等待复核"), QStringLiteral("pending"),
                                 QStringLiteral("已发货")};
        for (const QString &label : labels)
            QCOMPARE(reissuedesk::cli::displayWidth(padRight(label, 24) + QStringLiteral(" 0")), 26);
    }
};

QTEST_APPLESS_MAIN(TstTextColumns)
#include "tst_textcolumns.moc"
