// The desk in Chinese: the real window on a SQLite database with the zh_CN
// translators installed the way gui_main installs them (DeskLanguage), checked
// on widgets an operator sees first: menus, the queue's columns and status
// bar, the application page's buttons, durations, and Qt's own dialog buttons
// (from qtbase_zh_CN.qm, Debian qt6-translations-l10n). The other GUI suites
// run in English, the source language, with no translator.

#include "TestDatabase.h"
#include "TestDesk.h"
#include "models/QueueModel.h"
#include "models/ReviewTexts.h"
#include "storage/ApplicationWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorLogin.h"
#include "storage/OperatorRepository.h"
#include "storage/WriteTransaction.h"
#include "ui/ApplicationPage.h"
#include "ui/DeskCommandLine.h"
#include "ui/DeskLanguage.h"
#include "ui/QueuePage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

using namespace reissuedesk;
using namespace reissuedesk::test;

namespace {

constexpr int timeout = 15'000;

void writePending(const Database &database, int count)
{
    WriteTransaction transaction(database);
    QList<NewApplication> rows;
    for (int i = 0; i < count; ++i) {
        NewApplication row;
        row.account.accountNumber = QStringLiteral("AC%1").arg(i);
        row.account.holderName = QStringLiteral("张三");
        row.account.holderIdNumber = QStringLiteral("11010519491231002X");
        row.account.phone = QStringLiteral("13812345678");
        row.account.address = QStringLiteral("北京");
        row.application.applicantName = QStringLiteral("张三");
        row.application.applicantIdNumber = QStringLiteral("11010519491231002X");
        row.application.contactPhone = QStringLiteral("13812345678");
        row.application.shippingAddress = QStringLiteral("北京");
        row.application.submittedAt = QDateTime::currentDateTimeUtc().addSecs(-60 * (i + 1));
        row.application.status = ApplicationStatus::Pending;
        rows.append(row);
    }
    ApplicationWriter(transaction.connection(), database.dialect()).write(rows);
    transaction.commit();
}

QStringList menuTitles(const QMenuBar &bar)
{
    QStringList titles;
    const QList<QAction *> actions = bar.actions();
    for (const QAction *action : actions) {
        if (action->isVisible())
            titles.append(action->text());
    }
    return titles;
}

} // namespace

class TestLanguage : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<DeskLanguage> m_language;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_language = std::make_unique<DeskLanguage>(DeskLanguage::localeFor(QStringLiteral("zh_CN")));
        DeskLanguage::useFontsFor(m_language->locale());
        QVERIFY2(m_language->hasDeskTranslation(), "the embedded :/i18n/reissuedesk_zh_CN.qm did not load");
    }
    void cleanupTestCase() { m_language.reset(); }

    void choosesTheLanguage()
    {
        const QLocale german(QLocale::German, QLocale::Germany);
        QCOMPARE(DeskLanguage::localeFor(QStringLiteral("zh_CN"), german).language(), QLocale::Chinese);
        QCOMPARE(DeskLanguage::localeFor(QStringLiteral("zh_CN"), german).territory(), QLocale::China);
        QCOMPARE(DeskLanguage::localeFor(QStringLiteral("en"), german).language(), QLocale::English);
        QCOMPARE(DeskLanguage::localeFor(QStringLiteral("system"), german), german);
        QCOMPARE(DeskLanguage::localeFor(QString(), german), german);
        QCOMPARE(DeskLanguage::localeFor(QStringLiteral("nonsense"), german), german);
        QCOMPARE(QLocale().language(), QLocale::Chinese); // the default follows the desk
    }

    void durationsAndStatusesInChinese()
    {
        QCOMPARE(QueueModel::timeLeftText(-(3 * 3600 + 12 * 60)), QStringLiteral("逾期 3 小时 12 分"));
        QCOMPARE(QueueModel::timeLeftText(25 * 60), QStringLiteral("25 分"));
    }

    // --help in the chosen language: the desk's options and the parser's own words.
    void commandLineHelpInChinese()
    {
        QCommandLineParser parser;
        DeskCommandLine::describe(parser);
        const QString help = parser.helpText();
        QVERIFY2(help.contains(QStringLiteral("ReissueDesk：审核补卡申请。")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("数据库地址（sqlite:PATH 或 postgresql://...）。")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("显示命令行选项的帮助。")), qPrintable(help));
        QVERIFY2(help.contains(QStringLiteral("用法：")), qPrintable(help));
        QVERIFY2(!help.contains(QStringLiteral("Database URL")), qPrintable(help));
        QCOMPARE(DeskCommandLine::languageChoice({QStringLiteral("reissuedesk"), QStringLiteral("--db"),
                                                  QStringLiteral("sqlite:/x"), QStringLiteral("--lang"),
                                                  QStringLiteral("en")}),
                 QStringLiteral("en"));
        QCOMPARE(DeskCommandLine::languageChoice({QStringLiteral("reissuedesk"), QStringLiteral("--nonsense")}),
                 QString());
    }

    // Sentences from below ui/ (storage's refusals, the audit page's actions)
    // come out of the desk's translation too.
    void storageAndAuditTextsInChinese()
    {
        LoginResult disabled;
        disabled.outcome = LoginResult::Outcome::Disabled;
        QCOMPARE(disabled.message(), QStringLiteral("此登录名已被停用；请联系主管。"));
        QCOMPARE(QCoreApplication::translate("ReviewService", "claim the application before confirming it"),
                 QStringLiteral("请先领取申请，再确认"));
        QCOMPARE(ReviewTexts::timelineAction(QStringLiteral("login.failed")), QStringLiteral("登录失败"));
        QCOMPARE(ReviewTexts::timelineAction(QStringLiteral("application.claimed")), QStringLiteral("已领取"));
    }

    void aChineseFontComesFirst()
    {
        const QStringList cjk{QStringLiteral("Noto Sans CJK SC"), QStringLiteral("WenQuanYi Micro Hei"),
                              QStringLiteral("Source Han Sans SC"), QStringLiteral("Droid Sans Fallback")};
        bool installed = false;
        for (const QString &family : cjk)
            installed = installed || QFontDatabase::families().contains(family);
        if (!installed)
            QSKIP("no CJK font installed (Debian: fonts-wqy-microhei)");
        QVERIFY2(cjk.contains(QApplication::font().families().value(0)),
                 qPrintable(QApplication::font().families().join(QStringLiteral(", "))));
        QVERIFY(QFontMetrics(QApplication::font()).inFont(QChar(0x5ba1))); // 审
    }

    void theWindowSpeaksChinese()
    {
        TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        Migrator(database).migrate();
        writePending(database, 2);
        const qint64 me = OperatorRepository(database)
                              .add(QStringLiteral("wangfang"), QStringLiteral("王芳"), QStringLiteral("operator"))
                              .id;
        TestDesk desk(database, me);
        MainWindow &window = desk.window();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), QStringLiteral("补卡审核台"));
        const auto *menuBar = window.findChild<QMenuBar *>(QStringLiteral("menuBar"));
        QVERIFY(menuBar);
        QCOMPARE(menuTitles(*menuBar).mid(0, 4), (QStringList{QStringLiteral("文件(&F)"), QStringLiteral("视图(&V)"),
                                                              QStringLiteral("审核(&R)"), QStringLiteral("帮助(&H)")}));

        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage() != nullptr, timeout);
        const QueueModel *queue = window.queuePage()->model();
        QCOMPARE(queue->headerData(QueueModel::NumberColumn, Qt::Horizontal).toString(), QStringLiteral("申请编号"));
        QCOMPARE(queue->headerData(QueueModel::TimeLeftColumn, Qt::Horizontal).toString(), QStringLiteral("剩余时间"));
        QCOMPARE(queue->headerData(QueueModel::ApplicantColumn, Qt::Horizontal).toString(), QStringLiteral("申请人"));
        auto *pending = window.findChild<QLabel *>(QStringLiteral("pendingLabel"));
        QVERIFY(pending);
        QTRY_COMPARE_WITH_TIMEOUT(pending->text(), QStringLiteral("2 条待审"), timeout);
        QTRY_COMPARE_WITH_TIMEOUT(queue->data(queue->index(0, QueueModel::StatusColumn)).toString(),
                                  QStringLiteral("待审核"), timeout);

        ApplicationPage *page = window.applicationPage();
        QVERIFY(page);
        const auto *approve = page->findChild<QPushButton *>(QStringLiteral("approveButton"));
        const auto *reject = page->findChild<QPushButton *>(QStringLiteral("rejectButton"));
        const auto *back = page->findChild<QToolButton *>(QStringLiteral("backButton"));
        QVERIFY(approve && reject && back);
        QCOMPARE(approve->text(), QStringLiteral("通过(&A)  A"));
        QCOMPARE(reject->text(), QStringLiteral("驳回(&R)  R"));
        QCOMPARE(back->text(), QStringLiteral("← 队列"));
    }

    void qtsOwnDialogButtonsInChinese()
    {
        if (!m_language->hasQtTranslation())
            QSKIP("qtbase_zh_CN.qm not found in QLibraryInfo::TranslationsPath (Debian: qt6-translations-l10n)");
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("取消"));
    }
};

QTEST_MAIN(TestLanguage)
#include "tst_language.moc"
