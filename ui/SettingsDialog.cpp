#include "ui/SettingsDialog.h"

#include "core/SecretStore.h"
#include "models/Settings.h"
#include "storage/Database.h"
#include "storage/DatabaseUrl.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>

namespace reissuedesk {
namespace {

QLineEdit *lineEdit(const char *name, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setClearButtonEnabled(true);
    return edit;
}

QLineEdit *secretEdit(const char *name, QWidget *parent)
{
    auto *edit = lineEdit(name, parent);
    edit->setEchoMode(QLineEdit::Password);
    edit->setClearButtonEnabled(false);
    return edit;
}

QPlainTextEdit *linesEdit(const char *name, const QString &placeholder, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    return edit;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QStringList lines(const QPlainTextEdit *edit)
{
    return edit->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// A secret field: unchanged while empty and not to be forgotten.
std::optional<QString> secretValue(const QLineEdit *edit, const QCheckBox *forget)
{
    if (forget->isChecked())
        return QString();
    if (edit->text().isEmpty())
        return std::nullopt;
    return edit->text();
}

struct SecretStatus {
    QString where;
    bool databasePassword = false;
    bool gatewayToken = false;
    bool documentStoreToken = false;
    QString error;
};

} // namespace

SettingsDialog::SettingsDialog(Settings &settings, JobRunner &runner, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_runner(runner)
    , m_loaded(SettingsDraft::load(settings))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(buildDeskTab(), tr("&Desk"));
    m_tabs->addTab(buildDatabaseTab(), tr("Data&base"));
    m_tabs->addTab(buildDocumentsTab(), tr("D&ocuments"));
    m_tabs->addTab(buildGatewayTab(), tr("&Gateway"));
    layout->addWidget(m_tabs);

    m_secretsLabel = note(tr("Looking up where passwords and tokens are kept…"), this);
    m_secretsLabel->setObjectName(QStringLiteral("secretsLabel"));
    layout->addWidget(m_secretsLabel);
    m_restartLabel = new QLabel(this);
    m_restartLabel->setObjectName(QStringLiteral("restartLabel"));
    m_restartLabel->setWordWrap(true);
    m_restartLabel->setTextFormat(Qt::PlainText);
    m_restartLabel->hide();
    layout->addWidget(m_restartLabel);
    m_problemLabel = new QLabel(this);
    m_problemLabel->setObjectName(QStringLiteral("problemLabel"));
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextFormat(Qt::PlainText); // sentences may quote what was typed
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4000f; }"));
    m_problemLabel->hide();
    layout->addWidget(m_problemLabel);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(m_buttons);

    showDraft(m_loaded);
    // Any edit may change which changes wait for a restart.
    for (QLineEdit *edit : findChildren<QLineEdit *>())
        connect(edit, &QLineEdit::textChanged, this, &SettingsDialog::updateRestartNote);
    for (QPlainTextEdit *edit : findChildren<QPlainTextEdit *>())
        connect(edit, &QPlainTextEdit::textChanged, this, &SettingsDialog::updateRestartNote);
    for (QSpinBox *spin : findChildren<QSpinBox *>())
        connect(spin, &QSpinBox::valueChanged, this, &SettingsDialog::updateRestartNote);
    for (QCheckBox *check : findChildren<QCheckBox *>())
        connect(check, &QCheckBox::toggled, this, &SettingsDialog::updateRestartNote);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    loadSecretStatus();
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

SettingsDialog::~SettingsDialog() = default;

QWidget *SettingsDialog::buildDeskTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    m_language->addItem(systemLanguage.isEmpty() ? tr("As the system") : tr("As the system (%1)").arg(systemLanguage),
                        QStringLiteral("system"));
    // Each language in its own name, so that anyone can find theirs.
    m_language->addItem(QStringLiteral("中文（简体）"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    form->addRow(tr("&Language:"), m_language);
    m_leaseMinutes = new QSpinBox(page);
    m_leaseMinutes->setObjectName(QStringLiteral("leaseMinutesSpin"));
    // Wider than the allowed range, so that a wrong value gets a sentence, not a silent clamp.
    m_leaseMinutes->setRange(1, 24 * 60);
    m_leaseMinutes->setSuffix(tr(" min"));
    m_leaseMinutes->setToolTip(tr("How long an opened application stays yours without a decision (%1–%2 minutes).")
                                   .arg(SettingsDraft::MinLeaseMinutes)
                                   .arg(SettingsDraft::MaxLeaseMinutes));
    form->addRow(tr("&Lease:"), m_leaseMinutes);
    m_autoAdvance = new QCheckBox(tr("After a decision, open the next &application"), page);
    m_autoAdvance->setObjectName(QStringLiteral("autoAdvanceCheck"));
    form->addRow(QString(), m_autoAdvance);
    m_idleLockMinutes = new QSpinBox(page);
    m_idleLockMinutes->setObjectName(QStringLiteral("idleLockSpin"));
    m_idleLockMinutes->setRange(0, SettingsDraft::MaxIdleLockMinutes);
    m_idleLockMinutes->setSuffix(tr(" min"));
    m_idleLockMinutes->setSpecialValueText(tr("Never"));
    form->addRow(tr("Lock when &idle after:"), m_idleLockMinutes);
    form->addRow(note(tr("The language and the lease take effect when ReissueDesk starts again; auto-advance and "
                         "the idle lock at once."),
                      page));
    return page;
}

QWidget *SettingsDialog::buildDatabaseTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_databaseUrl = lineEdit("databaseUrlEdit", page);
    m_databaseUrl->setPlaceholderText(tr("Empty: the embedded database on this computer"));
    form->addRow(tr("Database &URL:"), m_databaseUrl);
    m_databasePassword = secretEdit("databasePasswordEdit", page);
    form->addRow(tr("&Password:"), m_databasePassword);
    m_forgetDatabasePassword = new QCheckBox(tr("Forget the stored password"), page);
    m_forgetDatabasePassword->setObjectName(QStringLiteral("forgetDatabasePasswordCheck"));
    form->addRow(QString(), m_forgetDatabasePassword);
    m_testDatabase = new QPushButton(tr("&Test"), page);
    m_testDatabase->setObjectName(QStringLiteral("testDatabaseButton"));
    m_testDatabase->setAutoDefault(false);
    connect(m_testDatabase, &QPushButton::clicked, this, &SettingsDialog::testDatabase);
    m_databaseTestResult = new QLabel(page);
    m_databaseTestResult->setObjectName(QStringLiteral("databaseTestLabel"));
    m_databaseTestResult->setWordWrap(true);
    m_databaseTestResult->setTextFormat(Qt::PlainText); // a server's message
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_testDatabase);
    testRow->addWidget(m_databaseTestResult, 1);
    form->addRow(QString(), testRow);
    form->addRow(note(tr("sqlite:PATH or postgresql://user@host/database, without the password. PostgreSQL "
                         "passwords are kept with the other secrets. Takes effect when ReissueDesk starts again."),
                      page));
    return page;
}

QWidget *SettingsDialog::buildDocumentsTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_origins = linesEdit("originsEdit", tr("https://docs.example.com/applications/ (one per line)"), page);
    form->addRow(tr("Allowed &origins:"), m_origins);
    m_internalOrigins = linesEdit("internalOriginsEdit", tr("Origins on this network (one per line)"), page);
    form->addRow(tr("&Internal origins:"), m_internalOrigins);
    m_directories = linesEdit("directoriesEdit", tr("Folders for file: documents (one per line)"), page);
    form->addRow(tr("&Folders:"), m_directories);
    m_documentToken = secretEdit("documentTokenEdit", page);
    form->addRow(tr("&Token:"), m_documentToken);
    m_forgetDocumentToken = new QCheckBox(tr("Forget the stored token"), page);
    m_forgetDocumentToken->setObjectName(QStringLiteral("forgetDocumentTokenCheck"));
    form->addRow(QString(), m_forgetDocumentToken);
    m_documentTokenFile = lineEdit("documentTokenFileEdit", page);
    m_documentTokenFile->setPlaceholderText(tr("Or a file only you can read, holding the token"));
    form->addRow(tr("Token &file:"), m_documentTokenFile);
    m_clientCertificate = lineEdit("clientCertificateEdit", page);
    form->addRow(tr("Client &certificate (PEM):"), m_clientCertificate);
    m_clientKey = lineEdit("clientKeyEdit", page);
    m_clientKey->setToolTip(tr("A PEM key file only you can read (chmod 600)."));
    form->addRow(tr("Client &key (PEM):"), m_clientKey);
    m_caFile = lineEdit("caFileEdit", page);
    form->addRow(tr("Extra C&A certificates:"), m_caFile);
    form->addRow(note(tr("Documents are fetched only from these origins and folders. Takes effect when "
                         "ReissueDesk starts again."),
                      page));
    return page;
}

QWidget *SettingsDialog::buildGatewayTab()
{
    auto *page = new QWidget(this);
    auto *form = new QFormLayout(page);
    m_gatewayUrl = lineEdit("gatewayUrlEdit", page);
    m_gatewayUrl->setPlaceholderText(tr("Empty: this desk sends no customer messages"));
    form->addRow(tr("Gateway &URL:"), m_gatewayUrl);
    m_gatewayToken = secretEdit("gatewayTokenEdit", page);
    form->addRow(tr("&Token:"), m_gatewayToken);
    m_forgetGatewayToken = new QCheckBox(tr("Forget the stored token"), page);
    m_forgetGatewayToken->setObjectName(QStringLiteral("forgetGatewayTokenCheck"));
    form->addRow(QString(), m_forgetGatewayToken);
    m_gatewayTokenFile = lineEdit("gatewayTokenFileEdit", page);
    m_gatewayTokenFile->setPlaceholderText(tr("Or a file only you can read, holding the token"));
    form->addRow(tr("Token &file:"), m_gatewayTokenFile);
    form->addRow(note(tr("Only an embedded (SQLite) desk sends messages itself; with PostgreSQL the dispatcher "
                         "service does. Takes effect when ReissueDesk starts again."),
                      page));
    return page;
}

void SettingsDialog::showDraft(const SettingsDraft &draft)
{
    m_databaseUrl->setText(draft.databaseUrl);
    m_origins->setPlainText(draft.documentOrigins.join(QLatin1Char('\n')));
    m_internalOrigins->setPlainText(draft.documentInternalOrigins.join(QLatin1Char('\n')));
    m_directories->setPlainText(draft.documentDirectories.join(QLatin1Char('\n')));
    m_documentTokenFile->setText(draft.documentTokenFile);
    m_clientCertificate->setText(draft.documentClientCertificate);
    m_clientKey->setText(draft.documentClientKey);
    m_caFile->setText(draft.documentCaFile);
    m_gatewayUrl->setText(draft.gatewayUrl);
    m_gatewayTokenFile->setText(draft.gatewayTokenFile);
    const int language = m_language->findData(draft.language);
    m_language->setCurrentIndex(language >= 0 ? language : 0);
    m_leaseMinutes->setValue(draft.leaseMinutes);
    m_autoAdvance->setChecked(draft.autoAdvance);
    m_idleLockMinutes->setValue(draft.idleLockMinutes);
}

SettingsDraft SettingsDialog::draft() const
{
    SettingsDraft draft;
    draft.databaseUrl = m_databaseUrl->text();
    draft.documentOrigins = lines(m_origins);
    draft.documentInternalOrigins = lines(m_internalOrigins);
    draft.documentDirectories = lines(m_directories);
    draft.documentTokenFile = m_documentTokenFile->text();
    draft.documentClientCertificate = m_clientCertificate->text();
    draft.documentClientKey = m_clientKey->text();
    draft.documentCaFile = m_caFile->text();
    draft.gatewayUrl = m_gatewayUrl->text();
    draft.gatewayTokenFile = m_gatewayTokenFile->text();
    draft.language = m_language->currentData().toString();
    draft.leaseMinutes = m_leaseMinutes->value();
    draft.autoAdvance = m_autoAdvance->isChecked();
    draft.idleLockMinutes = m_idleLockMinutes->value();
    draft.databasePassword = secretValue(m_databasePassword, m_forgetDatabasePassword);
    draft.gatewayToken = secretValue(m_gatewayToken, m_forgetGatewayToken);
    draft.documentStoreToken = secretValue(m_documentToken, m_forgetDocumentToken);
    return draft;
}

bool SettingsDialog::hasChanges() const
{
    const SettingsDraft now = draft();
    if (!now.secretChanges().isEmpty())
        return true;
    return !restartNeeded(now).isEmpty() || now.autoAdvance != m_loaded.autoAdvance ||
           now.idleLockMinutes != m_loaded.idleLockMinutes;
}

// The changed settings that wait for a restart, named for people.
QStringList SettingsDialog::restartNeeded(const SettingsDraft &draft) const
{
    const auto trimmed = [](QStringList list) {
        for (QString &line : list)
            line = line.trimmed();
        list.removeAll(QString());
        return list;
    };
    QStringList names;
    if (draft.databaseUrl.trimmed() != m_loaded.databaseUrl || (draft.databasePassword.has_value()))
        names.append(tr("the database"));
    if (draft.language != m_loaded.language)
        names.append(tr("the language"));
    if (draft.leaseMinutes != m_loaded.leaseMinutes)
        names.append(tr("the lease"));
    if (trimmed(draft.documentOrigins) != m_loaded.documentOrigins ||
        trimmed(draft.documentInternalOrigins) != m_loaded.documentInternalOrigins ||
        trimmed(draft.documentDirectories) != m_loaded.documentDirectories ||
        draft.documentTokenFile.trimmed() != m_loaded.documentTokenFile ||
        draft.documentClientCertificate.trimmed() != m_loaded.documentClientCertificate ||
        draft.documentClientKey.trimmed() != m_loaded.documentClientKey ||
        draft.documentCaFile.trimmed() != m_loaded.documentCaFile || draft.documentStoreToken.has_value())
        names.append(tr("the document store"));
    if (draft.gatewayUrl.trimmed() != m_loaded.gatewayUrl ||
        draft.gatewayTokenFile.trimmed() != m_loaded.gatewayTokenFile || draft.gatewayToken.has_value())
        names.append(tr("the gateway"));
    return names;
}

// Wrapped sentences (where secrets live, problems, restart notes) arrive after
// the dialog took its size: grow rather than clip them.
void SettingsDialog::fitHeight()
{
    const int needed = layout()->totalHeightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

void SettingsDialog::updateRestartNote()
{
    const QStringList names = restartNeeded(draft());
    m_restartLabel->setVisible(!names.isEmpty());
    m_restartLabel->setText(
        names.isEmpty()
            ? QString()
            : tr("Changes to %1 take effect when ReissueDesk starts again.").arg(QLocale().createSeparatedList(names)));
    fitHeight();
}

void SettingsDialog::showProblems(const QStringList &problems)
{
    m_problemLabel->setText(problems.join(QLatin1Char('\n')));
    m_problemLabel->setVisible(!problems.isEmpty());
    fitHeight();
}

void SettingsDialog::loadSecretStatus()
{
    const std::shared_ptr<SecretStore> store = m_settings.secretStore();
    if (!store) {
        m_secretsLabel->setText(tr("This desk has no place for passwords and tokens: use token files."));
        return;
    }
    const QString databaseName = SettingsDraft::databaseSecretName(m_loaded.databaseUrl);
    m_runner.run(
        JobRunner::Lane::Background, m_statusSlot, this,
        [store, databaseName] {
            SecretStatus status;
            status.where = store->where();
            const auto has = [&store, &status](const SecretId &id) {
                const SecretStore::Lookup found = store->lookup(id);
                if (!found.ok() && status.error.isEmpty())
                    status.error = found.error;
                return found.secret.has_value();
            };
            status.databasePassword = !databaseName.isEmpty() && has(SecretId::databasePassword(databaseName));
            status.gatewayToken = has(SecretId::gatewayToken());
            status.documentStoreToken = has(SecretId::documentStoreToken());
            return status;
        },
        [this](const SecretStatus &status) {
            m_secretsLabel->setText(
                status.error.isEmpty()
                    ? tr("Passwords and tokens are kept in %1, never in the settings file.").arg(status.where)
                    : tr("Passwords and tokens are kept in %1, never in the settings file. %2")
                          .arg(status.where, status.error));
            const auto hint = [](QLineEdit *edit, bool stored) {
                edit->setPlaceholderText(stored ? tr("Stored: type to replace") : tr("None stored"));
            };
            hint(m_databasePassword, status.databasePassword);
            hint(m_gatewayToken, status.gatewayToken);
            hint(m_documentToken, status.documentStoreToken);
            fitHeight();
        },
        [this](const JobError &error) {
            m_secretsLabel->setText(error.message);
            fitHeight();
        });
}

void SettingsDialog::testDatabase()
{
    m_databaseTestResult->setText(tr("Trying…"));
    m_testDatabase->setEnabled(false);
    const std::shared_ptr<SecretStore> store = m_settings.secretStore();
    m_runner.run(
        JobRunner::Lane::Background, m_testSlot, this,
        [text = m_databaseUrl->text().trimmed(), typed = m_databasePassword->text(), store]() -> QString {
            DatabaseUrl url = DatabaseUrl::resolve(text);
            if (url.isSqlite() && !QFileInfo::exists(url.filePath()))
                return tr("There is no database at %1 yet: the desk would create it.").arg(url.display());
            if (!url.isSqlite() && url.password().isEmpty()) {
                if (!typed.isEmpty())
                    url = url.withPassword(typed);
                else if (store)
                    url = url.withPassword(
                        store->lookup(SecretId::databasePassword(url.display())).secret.value_or(QString()));
            }
            const Database database(url); // opens this worker's connection, or throws
            database.dropThreadConnection();
            return tr("ReissueDesk can open %1.").arg(url.display());
        },
        [this](const QString &sentence) {
            m_testDatabase->setEnabled(true);
            m_databaseTestResult->setText(sentence);
        },
        [this](const JobError &error) {
            m_testDatabase->setEnabled(true);
            m_databaseTestResult->setText(tr("ReissueDesk cannot open this database: %1").arg(error.message));
        });
}

void SettingsDialog::accept()
{
    if (m_saveSlot.isBusy())
        return;
    const SettingsDraft draft = this->draft();
    if (const QStringList problems = draft.problems(&m_loaded); !problems.isEmpty()) {
        showProblems(problems);
        return;
    }
    const QList<SettingsDraft::SecretChange> secrets = draft.secretChanges();
    const std::shared_ptr<SecretStore> store = m_settings.secretStore();
    if (!secrets.isEmpty() && !store) {
        showProblems({tr("This desk has no place for passwords and tokens: name token files instead.")});
        return;
    }
    showProblems({});
    m_pendingRestart = restartNeeded(draft);
    draft.apply(m_settings); // Settings::changed: the window audits what it must
    m_loaded = SettingsDraft::load(m_settings);
    if (secrets.isEmpty()) {
        finishSaving({}, {});
        return;
    }
    QStringList auditNames;
    for (const SettingsDraft::SecretChange &change : secrets)
        auditNames.append(change.auditName);
    m_buttons->setEnabled(false);
    m_secretsLabel->setText(tr("Saving passwords and tokens…"));
    m_runner.run(
        JobRunner::Lane::Background, m_saveSlot, this,
        [store, secrets] { return SettingsDraft::saveSecrets(*store, secrets); },
        [this, auditNames](const QStringList &failures) { finishSaving(failures, auditNames); },
        [this](const JobError &error) { finishSaving({error.message}, {}); });
}

void SettingsDialog::finishSaving(const QStringList &failures, const QStringList &auditNames)
{
    m_buttons->setEnabled(true);
    if (!failures.isEmpty()) {
        // The other settings are saved; the secrets stay typed for another try.
        showProblems(failures);
        loadSecretStatus();
        return;
    }
    if (!auditNames.isEmpty())
        Q_EMIT secretsChanged(auditNames);
    Q_EMIT saved(m_pendingRestart);
    QDialog::accept();
}

void SettingsDialog::reject()
{
    if (m_saveSlot.isBusy())
        return; // secrets are being written: closing now would hide the outcome
    if (!hasChanges()) {
        QDialog::reject();
        return;
    }
    if (m_question) {
        m_question->raise();
        return;
    }
    m_question = new QMessageBox(QMessageBox::Question, windowTitle(), tr("Discard the changed settings?"),
                                 QMessageBox::Discard | QMessageBox::Cancel, this);
    m_question->setObjectName(QStringLiteral("discardQuestion"));
    m_question->setTextFormat(Qt::PlainText);
    m_question->button(QMessageBox::Cancel)->setText(tr("Keep editing"));
    m_question->setDefaultButton(QMessageBox::Cancel);
    m_question->setEscapeButton(QMessageBox::Cancel);
    m_question->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_question, &QMessageBox::finished, this, [this] {
        const bool discard = m_question->clickedButton() == m_question->button(QMessageBox::Discard);
        m_question = nullptr;
        if (discard)
            QDialog::reject();
    });
    m_question->open();
}

} // namespace reissuedesk
