#pragma once
// File → Settings… (Ctrl+,): the database, the document store, the gateway,
// the language and the desk's review preferences. The fields copy to and from
// a SettingsDraft (models/), which holds the rules; this class only shows them.
//
// Passwords and tokens are never shown and never go to the settings file: the
// fields start empty ("stored" or "none stored", learnt by a Background job),
// and OK hands what was typed to the desk's SecretStore on a Background job —
// libsecret waits on D-Bus, and the GUI thread never waits. "Test" opens the
// typed database on a Background job too. The dialog closes when everything was
// saved; a problem keeps it open with the sentence. Esc with edits asks first.

#include "models/JobRunner.h"
#include "models/SettingsDraft.h"

#include <QDialog>
#include <QMessageBox>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace reissuedesk {

class Settings;

class SettingsDialog : public QDialog {
    Q_OBJECT

public:
    SettingsDialog(Settings &settings, JobRunner &runner, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The fields as a draft (what OK would save).
    SettingsDraft draft() const;
    bool hasChanges() const;
    // Shown while Esc/Cancel asks before discarding (nullptr: not asking).
    QMessageBox *discardQuestion() const { return m_question; }

    void accept() override; // validates and saves; closes when saved
    void reject() override; // asks when there are changes

Q_SIGNALS:
    // Secrets were stored or forgotten: their audit names ("GatewayToken"), never their values.
    void secretsChanged(const QStringList &auditNames);
    // Settings were saved; `restartNeeded` lists the changes that wait for a restart (sentences).
    void saved(const QStringList &restartNeeded);

private:
    QWidget *buildDatabaseTab();
    QWidget *buildDocumentsTab();
    QWidget *buildGatewayTab();
    QWidget *buildDeskTab();
    void showDraft(const SettingsDraft &draft);
    void showProblems(const QStringList &problems);
    void updateRestartNote();
    void fitHeight();
    void loadSecretStatus();
    void testDatabase();
    void finishSaving(const QStringList &failures, const QStringList &auditNames);
    QStringList restartNeeded(const SettingsDraft &draft) const;

    Settings &m_settings;
    JobRunner &m_runner;
    SettingsDraft m_loaded;
    JobSlot m_statusSlot;
    JobSlot m_testSlot;
    JobSlot m_saveSlot;
    QStringList m_pendingRestart;

    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_databaseUrl = nullptr;
    QLineEdit *m_databasePassword = nullptr;
    QCheckBox *m_forgetDatabasePassword = nullptr;
    QPushButton *m_testDatabase = nullptr;
    QLabel *m_databaseTestResult = nullptr;
    QPlainTextEdit *m_origins = nullptr;
    QPlainTextEdit *m_internalOrigins = nullptr;
    QPlainTextEdit *m_directories = nullptr;
    QLineEdit *m_documentTokenFile = nullptr;
    QLineEdit *m_documentToken = nullptr;
    QCheckBox *m_forgetDocumentToken = nullptr;
    QLineEdit *m_clientCertificate = nullptr;
    QLineEdit *m_clientKey = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_gatewayUrl = nullptr;
    QLineEdit *m_gatewayTokenFile = nullptr;
    QLineEdit *m_gatewayToken = nullptr;
    QCheckBox *m_forgetGatewayToken = nullptr;
    QComboBox *m_language = nullptr;
    QSpinBox *m_leaseMinutes = nullptr;
    QCheckBox *m_autoAdvance = nullptr;
    QSpinBox *m_idleLockMinutes = nullptr;
    QLabel *m_secretsLabel = nullptr;
    QLabel *m_restartLabel = nullptr;
    QLabel *m_problemLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPointer<QMessageBox> m_question;
};

} // namespace reissuedesk
