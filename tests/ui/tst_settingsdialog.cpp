// The Settings dialog, offscreen: fields go into Settings on OK, secrets into
// the secret store (never the settings file), a bad value keeps the dialog
// open with its sentence, Esc with edits asks, and Test answers from a worker.

#include "TestDatabase.h"
#include "TestDesk.h"
#include "core/FileSecretStore.h"
#include "models/DeskConnection.h"
#include "models/JobRunner.h"
#include "models/Settings.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/Sql.h"
#include "ui/MainWindow.h"
#include "ui/SettingsDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;

namespace {

struct Desk {
    QTemporaryDir temp;
    JobRunner runner;
    Settings settings{temp.filePath(QStringLiteral("desk.conf"))};
    std::shared_ptr<FileSecretStore> secrets = std::make_shared<FileSecretStore>(temp.filePath(QStringLiteral("s")));

    Desk() { settings.setSecretStore(secrets); }
    QByteArray confBytes()
    {
        settings.sync();
        QFile file(temp.filePath(QStringLiteral("desk.conf")));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
};

template <typename T> T *child(const QWidget &dialog, const char *name)
{
    T *found = dialog.findChild<T *>(QLatin1String(name));
    if (!found)
        qFatal("no %s", name);
    return found;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void setSpin(QSpinBox *spin, int value)
{
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QCOMPARE(spin->value(), value);
}

void clickOk(const QDialog &dialog)
{
    child<QDialogButtonBox>(dialog, "buttons")->button(QDialogButtonBox::Ok)->click();
}

} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void okSavesSettingsAndSecrets()
    {
        Desk desk;
        SettingsDialog dialog(desk.settings, desk.runner);
        QSignalSpy secretsChanged(&dialog, &SettingsDialog::secretsChanged);
        QSignalSpy saved(&dialog, &SettingsDialog::saved);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(child<QSpinBox>(dialog, "leaseMinutesSpin")->value(), 15);
        // The store answered where secrets go, and that none is stored.
        QTRY_VERIFY(child<QLabel>(dialog, "secretsLabel")->text().contains(desk.temp.filePath(QStringLiteral("s"))));
        QCOMPARE(child<QLineEdit>(dialog, "gatewayTokenEdit")->placeholderText(), QStringLiteral("None stored"));

        setSpin(child<QSpinBox>(dialog, "leaseMinutesSpin"), 30);
        typeInto(child<QLineEdit>(dialog, "gatewayUrlEdit"), QStringLiteral("https://gw.example.com/api"));
        typeInto(child<QLineEdit>(dialog, "gatewayTokenEdit"), QStringLiteral("gw-TOKEN-77"));
        typeInto(child<QLineEdit>(dialog, "documentTokenEdit"), QStringLiteral("doc-TOKEN-88"));
        QVERIFY(child<QLabel>(dialog, "restartLabel")->isVisibleTo(&dialog));
        QVERIFY(child<QLabel>(dialog, "restartLabel")->text().contains(QStringLiteral("the gateway")));
        clickOk(dialog);

        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(desk.settings.leaseSeconds(), 30 * 60);
        QCOMPARE(desk.settings.get(Settings::Key::GatewayUrl).toString(), QStringLiteral("https://gw.example.com/api"));
        QCOMPARE(desk.secrets->lookup(SecretId::gatewayToken()).secret,
                 std::optional<QString>(QStringLiteral("gw-TOKEN-77")));
        QCOMPARE(desk.secrets->lookup(SecretId::documentStoreToken()).secret,
                 std::optional<QString>(QStringLiteral("doc-TOKEN-88")));
        QCOMPARE(secretsChanged.size(), 1);
        QCOMPARE(secretsChanged.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("GatewayToken"), QStringLiteral("DocumentStoreToken")}));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved.at(0).at(0).toStringList(),
                 (QStringList{QStringLiteral("the lease"), QStringLiteral("the document store"),
                              QStringLiteral("the gateway")}));
        const QByteArray conf = desk.confBytes();
        QVERIFY(conf.contains("gw.example.com"));
        QVERIFY(!conf.contains("TOKEN"));
    }

    void storedSecretIsNotShown()
    {
        Desk desk;
        QCOMPARE(desk.secrets->store(SecretId::gatewayToken(), QStringLiteral("old-token")), QString());
        SettingsDialog dialog(desk.settings, desk.runner);
        dialog.show();
        QLineEdit *token = child<QLineEdit>(dialog, "gatewayTokenEdit");
        QTRY_COMPARE(token->placeholderText(), QStringLiteral("Stored: type to replace"));
        QCOMPARE(token->text(), QString());
        QVERIFY(!dialog.hasChanges());
        // OK without typing keeps the stored token.
        clickOk(dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(desk.secrets->lookup(SecretId::gatewayToken()).secret,
                 std::optional<QString>(QStringLiteral("old-token")));
    }

    void forgetRemovesTheSecret()
    {
        Desk desk;
        QCOMPARE(desk.secrets->store(SecretId::gatewayToken(), QStringLiteral("old-token")), QString());
        SettingsDialog dialog(desk.settings, desk.runner);
        dialog.show();
        child<QCheckBox>(dialog, "forgetGatewayTokenCheck")->setChecked(true);
        clickOk(dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QVERIFY(!desk.secrets->lookup(SecretId::gatewayToken()).secret.has_value());
    }

    void invalidGatewayKeepsDialogOpen()
    {
        Desk desk;
        SettingsDialog dialog(desk.settings, desk.runner);
        QSignalSpy changed(&desk.settings, &Settings::changed);
        dialog.show();
        setSpin(child<QSpinBox>(dialog, "leaseMinutesSpin"), 20);
        typeInto(child<QLineEdit>(dialog, "gatewayUrlEdit"), QStringLiteral("https://ops:hunter2@gw.example.com/"));
        clickOk(dialog);
        QLabel *problem = child<QLabel>(dialog, "problemLabel");
        QVERIFY(dialog.isVisible());
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().startsWith(QStringLiteral("The gateway URL cannot be used: ")),
                 qPrintable(problem->text()));
        QVERIFY(!problem->text().contains(QStringLiteral("hunter2")));
        QCOMPARE(problem->textFormat(), Qt::PlainText);
        QCOMPARE(changed.size(), 0); // nothing saved, not even the valid lease
        QCOMPARE(desk.settings.leaseSeconds(), 15 * 60);

        // Corrected, OK saves and closes.
        typeInto(child<QLineEdit>(dialog, "gatewayUrlEdit"), QStringLiteral("https://gw.example.com/"));
        clickOk(dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(desk.settings.leaseSeconds(), 20 * 60);
    }

    void leaseOutOfRangeIsASentence()
    {
        Desk desk;
        SettingsDialog dialog(desk.settings, desk.runner);
        dialog.show();
        setSpin(child<QSpinBox>(dialog, "leaseMinutesSpin"), 200);
        clickOk(dialog);
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLabel>(dialog, "problemLabel")->text(),
                 QStringLiteral("The lease must last between 5 and 120 minutes."));
    }

    void escapeWithChangesAsks()
    {
        Desk desk;
        SettingsDialog dialog(desk.settings, desk.runner);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        setSpin(child<QSpinBox>(dialog, "leaseMinutesSpin"), 45);
        QVERIFY(dialog.hasChanges());
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.discardQuestion());
        QVERIFY(dialog.isVisible());
        dialog.discardQuestion()->button(QMessageBox::Cancel)->click(); // keep editing
        QTRY_VERIFY(!dialog.discardQuestion());
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QSpinBox>(dialog, "leaseMinutesSpin")->value(), 45);

        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(dialog.discardQuestion());
        dialog.discardQuestion()->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(desk.settings.leaseSeconds(), 15 * 60);
    }

    void escapeWithoutChangesCloses()
    {
        Desk desk;
        SettingsDialog dialog(desk.settings, desk.runner);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.discardQuestion());
        QVERIFY(!dialog.isVisible());
    }

    void languageNeedsRestart()
    {
        Desk desk;
        SettingsDialog dialog(desk.settings, desk.runner);
        dialog.show();
        QLabel *restart = child<QLabel>(dialog, "restartLabel");
        QVERIFY(!restart->isVisibleTo(&dialog));
        auto *language = child<QComboBox>(dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("zh_CN")));
        QVERIFY(restart->isVisibleTo(&dialog));
        QCOMPARE(restart->text(), QStringLiteral("Changes to the language take effect when ReissueDesk starts again."));
        child<QCheckBox>(dialog, "autoAdvanceCheck")->setChecked(false); // takes effect at once
        QCOMPARE(restart->text(), QStringLiteral("Changes to the language take effect when ReissueDesk starts again."));
        clickOk(dialog);
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(desk.settings.get(Settings::Key::Language).toString(), QStringLiteral("zh_CN"));
        QCOMPARE(desk.settings.autoAdvance(), false);
    }

    // REISSUEDESK_SCREENSHOT_DIR=DIR: each tab as DIR/settings-<n>.png (for
    // the docs and for looking at the dialog under Xvfb); otherwise it only
    // checks that every tab renders.
    void everyTabRenders()
    {
        Desk desk;
        desk.settings.set(Settings::Key::GatewayUrl, QStringLiteral("https://gateway.example.internal/"));
        QCOMPARE(desk.secrets->store(SecretId::gatewayToken(), QStringLiteral("t")), QString());
        SettingsDialog dialog(desk.settings, desk.runner);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTRY_VERIFY(!child<QLabel>(dialog, "secretsLabel")->text().startsWith(QStringLiteral("Looking up")));
        auto *tabs = child<QTabWidget>(dialog, "tabs");
        QCOMPARE(tabs->count(), 4);
        const QString folder = qEnvironmentVariable("REISSUEDESK_SCREENSHOT_DIR");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            const QPixmap picture = dialog.grab();
            QVERIFY(!picture.isNull());
            if (!folder.isEmpty())
                QVERIFY(picture.save(QStringLiteral("%1/settings-%2.png").arg(folder).arg(tab + 1)));
        }
    }

    // In the window: Ctrl+, opens the dialog; what OK changed is audited by
    // name — settings through Settings::changed, secrets by the dialog's signal.
    void windowOpensItAndAuditsByName()
    {
        constexpr int timeout = 15'000;
        test::TestDatabase fixture(QStringLiteral("sqlite"));
        Database database(fixture.url());
        Migrator(database).migrate();
        QTemporaryDir temp;
        Settings settings(temp.filePath(QStringLiteral("desk.conf")));
        settings.setSecretStore(std::make_shared<FileSecretStore>(temp.filePath(QStringLiteral("s"))));
        JobRunner runner;
        DeskConnection connection(runner);
        MainWindow window(runner, connection, settings);
        window.show();
        test::prepareUnattendedLogin(fixture.url(), connection, fixture.scratchDir());
        connection.connectTo(fixture.urlText(), {}, QStringLiteral("tester"));
        QTRY_VERIFY_WITH_TIMEOUT(window.queuePage() != nullptr, timeout);

        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_Comma, Qt::ControlModifier);
        QTRY_VERIFY(window.settingsDialog() != nullptr);
        SettingsDialog &dialog = *window.settingsDialog();
        typeInto(child<QLineEdit>(dialog, "gatewayUrlEdit"), QStringLiteral("https://gw.example.com/"));
        typeInto(child<QLineEdit>(dialog, "gatewayTokenEdit"), QStringLiteral("gw-TOKEN"));
        clickOk(dialog);
        QTRY_VERIFY(window.settingsDialog() == nullptr); // closed and deleted
        QVERIFY(runner.waitForIdle(timeout));
        QSqlQuery rows = sql::run(database.connection(),
                                  QStringLiteral("SELECT detail FROM audit_log WHERE action = 'settings.changed' "
                                                 "ORDER BY id"),
                                  QStringLiteral("test"));
        QStringList seen;
        while (rows.next())
            seen.append(rows.value(0).toString());
        QCOMPARE(seen, (QStringList{QStringLiteral("{\"key\":\"GatewayUrl\"}"),
                                    QStringLiteral("{\"key\":\"GatewayToken\"}")}));
    }

    void testButtonAnswersFromAWorker()
    {
        Desk desk;
        SettingsDialog dialog(desk.settings, desk.runner);
        dialog.show();
        QLabel *answer = child<QLabel>(dialog, "databaseTestLabel");
        const QString missing = desk.temp.filePath(QStringLiteral("missing.db"));
        typeInto(child<QLineEdit>(dialog, "databaseUrlEdit"), QStringLiteral("sqlite:") + missing);
        child<QPushButton>(dialog, "testDatabaseButton")->click();
        QTRY_VERIFY(answer->text().startsWith(QStringLiteral("There is no database at ")));
        QVERIFY(!QFile::exists(missing)); // a test never creates one

        const QString existing = desk.temp.filePath(QStringLiteral("desk.db"));
        QFile empty(existing);
        QVERIFY(empty.open(QIODevice::WriteOnly));
        empty.close();
        typeInto(child<QLineEdit>(dialog, "databaseUrlEdit"), QStringLiteral("sqlite:") + existing);
        child<QPushButton>(dialog, "testDatabaseButton")->click();
        QTRY_VERIFY(answer->text().startsWith(QStringLiteral("ReissueDesk can open ")));

        typeInto(child<QLineEdit>(dialog, "databaseUrlEdit"), QStringLiteral("postgresql://desk@127.0.0.1:1/none"));
        child<QPushButton>(dialog, "testDatabaseButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(answer->text().startsWith(QStringLiteral("ReissueDesk cannot open this database: ")),
                                 15000);
        QVERIFY(child<QPushButton>(dialog, "testDatabaseButton")->isEnabled());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
