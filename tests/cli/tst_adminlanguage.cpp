// reissuedesk-admin speaks the locale's language (cli/AdminLanguage): the
// same failures in English and in Chinese, word for word, and which of
// LC_ALL / LC_MESSAGES / LANG / LANGUAGE decides. Drives the real executable
// ($REISSUEDESK_ADMIN) with a controlled environment.

#include "AdminTool.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk::test;

namespace {

// Runs the tool with every locale variable cleared, then `locale` set
// ("NAME=value" entries).
AdminRun admin(const QStringList &arguments, const QStringList &locale)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        environment.remove(QString::fromLatin1(name));
    for (const QString &setting : locale)
        environment.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    return runAdmin(arguments, {}, environment, 60000);
}

const QStringList english{QStringLiteral("LANG=C")};
const QStringList chinese{QStringLiteral("LANG=zh_CN.UTF-8")};

} // namespace

class TestAdminLanguage : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(adminPath()), "REISSUEDESK_ADMIN not set"); }

    void commandErrorInBothLanguages_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << english
                            << QStringLiteral("reissuedesk-admin: error: --count must be a whole number from 0 to "
                                              "100000000, not \"many\"\n");
        QTest::newRow("zh_CN") << chinese
                               << QStringLiteral("reissuedesk-admin：错误：--count 必须是 0 到 100000000 之间的整数，"
                                                 "不能是“many”\n");
    }
    void commandErrorInBothLanguages()
    {
        QFETCH(QStringList, locale);
        QFETCH(QString, expected);
        const AdminRun run =
            admin({QStringLiteral("seed-demo"), QStringLiteral("--count"), QStringLiteral("many")}, locale);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err, expected);
        QCOMPARE(run.out, QString());
    }

    void unknownCommandInBothLanguages()
    {
        const AdminRun en = admin({QStringLiteral("frobnicate")}, english);
        QCOMPARE(en.exitCode, 2);
        QCOMPARE(en.err, QStringLiteral("reissuedesk-admin: error: unknown command \"frobnicate\"; run "
                                        "reissuedesk-admin --help for the list\n"));
        const AdminRun zh = admin({QStringLiteral("frobnicate")}, chinese);
        QCOMPARE(zh.exitCode, 2);
        QCOMPARE(zh.err,
                 QStringLiteral(
                     "reissuedesk-admin：错误：未知命令“frobnicate”；运行 reissuedesk-admin --help 查看命令列表\n"));
    }

    void helpFollowsTheLocale()
    {
        const AdminRun zh = admin({QStringLiteral("--help")}, chinese);
        QCOMPARE(zh.exitCode, 0);
        QVERIFY2(zh.out.startsWith(QStringLiteral("用法：reissuedesk-admin 命令 [--db URL] [--json] [选项]\n")),
                 qPrintable(zh.out));
        QVERIFY2(zh.out.contains(QStringLiteral("  migrate        创建或升级数据库结构。\n")), qPrintable(zh.out));

        // A command's --help: our option texts and QCommandLineParser's own.
        const AdminRun seedHelp = admin({QStringLiteral("seed-demo"), QStringLiteral("--help")}, chinese);
        QCOMPARE(seedHelp.exitCode, 0);
        QVERIFY2(seedHelp.out.startsWith(QStringLiteral("用法：")), qPrintable(seedHelp.out));
        QVERIFY2(seedHelp.out.contains(QStringLiteral("seed-demo [选项]")), qPrintable(seedHelp.out));
        QVERIFY2(seedHelp.out.contains(QStringLiteral("要添加的申请数量（默认 1000）。")), qPrintable(seedHelp.out));
        QVERIFY2(seedHelp.out.contains(QStringLiteral("显示命令行选项的帮助。")), qPrintable(seedHelp.out));

        const AdminRun en = admin({QStringLiteral("--help")}, english);
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.startsWith(QStringLiteral("Usage: reissuedesk-admin COMMAND [--db URL] [--json] [options]\n")),
                 qPrintable(en.out));
    }

    // gettext's order: LC_ALL over LC_MESSAGES over LANG; a C locale is
    // English even when LANGUAGE asks for Chinese.
    void whichVariableDecides_data()
    {
        QTest::addColumn<QStringList>("locale");
        QTest::addColumn<bool>("isChinese");
        QTest::newRow("nothing set") << QStringList() << false;
        QTest::newRow("LANG=zh_CN") << QStringList{QStringLiteral("LANG=zh_CN.UTF-8")} << true;
        QTest::newRow("LC_ALL=C over LANG=zh_CN")
            << QStringList{QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LC_ALL=C")} << false;
        QTest::newRow("LC_MESSAGES=zh_CN over LANG=C")
            << QStringList{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_MESSAGES=zh_CN.UTF-8")} << true;
        QTest::newRow("LANGUAGE ignored with LANG=C")
            << QStringList{QStringLiteral("LANG=C"), QStringLiteral("LANGUAGE=zh_CN")} << false;
        QTest::newRow("LANG=en_US") << QStringList{QStringLiteral("LANG=en_US.UTF-8")} << false;
    }
    void whichVariableDecides()
    {
        QFETCH(QStringList, locale);
        QFETCH(bool, isChinese);
        const AdminRun run = admin({QStringLiteral("frobnicate")}, locale);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.err.startsWith(QStringLiteral("reissuedesk-admin：错误：")), isChinese);
        QCOMPARE(run.err.startsWith(QStringLiteral("reissuedesk-admin: error: ")), !isChinese);
    }

    // A command's summary in Chinese: the counts' words and the statuses;
    // --json says the same in English keys.
    void statsSummaryInChinese()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("x.sqlite"));
        const AdminRun migrate = admin({QStringLiteral("--db"), db, QStringLiteral("migrate")}, chinese);
        QVERIFY2(migrate.exitCode == 0, qPrintable(migrate.err));
        QVERIFY2(migrate.out.startsWith(db + QStringLiteral(" 的数据库结构已从版本 0 升级到 ")),
                 qPrintable(migrate.out));

        const AdminRun zh = admin({QStringLiteral("--db"), db, QStringLiteral("stats")}, chinese);
        QCOMPARE(zh.exitCode, 0);
        // Padded by terminal columns (a Chinese character takes two), so the
        // counts start on one column: 待审核 is 6 columns wide, 等待复核 8.
        const QString pad = QString(18, QLatin1Char(' '));
        QCOMPARE(zh.out, db + QStringLiteral(" 中共有 0 条申请\n") + QStringLiteral("  待审核") + pad +
                             QStringLiteral(" 0\n  审核中") + pad + QStringLiteral(" 0\n  等待复核") + pad.left(16) +
                             QStringLiteral(" 0\n  已通过") + pad + QStringLiteral(" 0\n  已驳回") + pad +
                             QStringLiteral(" 0\n  已发货") + pad + QStringLiteral(" 0\n  已取消") + pad +
                             QStringLiteral(" 0\n"));

        const AdminRun en = admin({QStringLiteral("--db"), db, QStringLiteral("stats")}, english);
        QCOMPARE(en.exitCode, 0);
        QVERIFY2(en.out.startsWith(QStringLiteral("0 applications in ") + db + QStringLiteral("\n  pending ")),
                 qPrintable(en.out));

        const AdminRun json =
            admin({QStringLiteral("--db"), db, QStringLiteral("stats"), QStringLiteral("--json")}, chinese);
        QCOMPARE(json.exitCode, 0);
        const QJsonObject counts = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(counts.value(QStringLiteral("by_status")).toObject().keys(),
                 (QStringList{QStringLiteral("approved"), QStringLiteral("awaiting_second_review"),
                              QStringLiteral("cancelled"), QStringLiteral("in_review"), QStringLiteral("pending"),
                              QStringLiteral("rejected"), QStringLiteral("shipped")}));
    }

    // A storage error (below cli/) reaches the administrator in Chinese too.
    void storageErrorsInChinese()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = QStringLiteral("sqlite:") + dir.path();
        const AdminRun zh = admin({QStringLiteral("--db"), db, QStringLiteral("stats")}, chinese);
        QVERIFY2(zh.exitCode != 0, qPrintable(zh.out));
        QVERIFY2(zh.err.contains(dir.path() + QStringLiteral(" 是文件夹，不是 SQLite 数据库文件")), qPrintable(zh.err));
        const AdminRun en = admin({QStringLiteral("--db"), db, QStringLiteral("stats")}, english);
        QVERIFY2(en.err.contains(dir.path() + QStringLiteral(" is a folder, not an SQLite database file")),
                 qPrintable(en.err));
    }

    // --json keeps its keys in any language; only the sentence is translated.
    void jsonKeysStayEnglish()
    {
        const AdminRun run = admin(
            {QStringLiteral("seed-demo"), QStringLiteral("--json"), QStringLiteral("--seed"), QStringLiteral("-1")},
            chinese);
        QCOMPARE(run.exitCode, 2);
        const QJsonObject error = QJsonDocument::fromJson(run.err.trimmed().toUtf8()).object();
        QCOMPARE(error.keys(), QStringList{QStringLiteral("error")});
        QCOMPARE(error.value(QStringLiteral("error")).toString(),
                 QStringLiteral("--seed 必须是 0 到 4294967295 之间的整数"));
    }
};

QTEST_GUILESS_MAIN(TestAdminLanguage)
#include "tst_adminlanguage.moc"
