// Where the desk keeps its secrets: the choice between the Secret Service and
// owner-only files, the libsecret back end against a real Secret Service (run
// as tst_secretstore_keyring, under dbus-run-session with a throwaway GNOME
// Keyring: tests/support/with-keyring.sh), and SettingsDraft's rules — among
// them that no secret ever reaches the settings file.

#include "core/FileSecretStore.h"
#include "models/DeskSecretStore.h"
#include "models/LibsecretSecretStore.h"
#include "models/Settings.h"
#include "models/SettingsDraft.h"
#include "net/DocumentStoreCredentials.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;

namespace {
bool underKeyring()
{
    return qEnvironmentVariable("REISSUEDESK_SECRET_SERVICE") == QLatin1String("1");
}
} // namespace

class TestSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void choice_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<bool>("sessionBus");
        QTest::addColumn<QString>("probeAnswer");
        QTest::addColumn<bool>("probeAllowed");
        QTest::addColumn<int>("expected");
        QTest::addColumn<bool>("explained");
        const int service = int(DeskSecretStore::Backend::SecretService);
        const int file = int(DeskSecretStore::Backend::File);
        QTest::newRow("desktop with a keyring") << QString() << true << QString() << true << service << false;
        QTest::newRow("bus without a keyring")
            << QString() << true << QStringLiteral("ServiceUnknown") << true << file << true;
        QTest::newRow("no bus: never probed") << QString() << false << QString() << false << file << true;
        QTest::newRow("forced file on a desktop")
            << QStringLiteral("file") << true << QString() << false << file << false;
        QTest::newRow("forced secret service without bus")
            << QStringLiteral("secret-service") << false << QString() << false << service << false;
    }

    void choice()
    {
        QFETCH(QString, requested);
        QFETCH(bool, sessionBus);
        QFETCH(QString, probeAnswer);
        QFETCH(bool, probeAllowed);
        QFETCH(int, expected);
        QFETCH(bool, explained);
        int probes = 0;
        DeskSecretStore::Facts facts;
        facts.requested = requested;
        facts.sessionBus = sessionBus;
        facts.probe = [&probes, probeAnswer] {
            ++probes;
            return probeAnswer;
        };
        QString why;
        QCOMPARE(int(DeskSecretStore::choose(facts, &why)), expected);
        QCOMPARE(!why.isEmpty(), explained);
        if (!probeAllowed)
            QCOMPARE(probes, 0);
        if (!probeAnswer.isEmpty())
            QVERIFY(why.contains(probeAnswer));
    }

    void fileChoiceWritesOwnerOnlyFiles()
    {
        QTemporaryDir temp;
        DeskSecretStore::Facts facts;
        facts.requested = QStringLiteral("file");
        DeskSecretStore store(facts, temp.path());
        QCOMPARE(store.backend(), DeskSecretStore::Backend::File);
        QCOMPARE(store.store(SecretId::gatewayToken(), QStringLiteral("g-token")), QString());
        QCOMPARE(store.lookup(SecretId::gatewayToken()).secret, std::optional<QString>(QStringLiteral("g-token")));
        QVERIFY(QFile::exists(FileSecretStore(temp.path()).filePath(SecretId::gatewayToken())));
        QVERIFY(store.where().contains(temp.path()));
    }

    void secretServiceRoundTrip()
    {
        if (!underKeyring())
            QSKIP("needs a Secret Service: runs as tst_secretstore_keyring");
        QCOMPARE(LibsecretSecretStore::probe(), QString());
        DeskSecretStore desk; // the environment's facts: the bus and the keyring are there
        QCOMPARE(desk.backend(), DeskSecretStore::Backend::SecretService);

        LibsecretSecretStore store;
        const SecretId database = SecretId::databasePassword(QStringLiteral("postgresql://desk@db/reissue"));
        QVERIFY(!store.lookup(database).secret.has_value());
        QVERIFY(store.lookup(database).ok());
        QCOMPARE(store.store(database, QStringLiteral("pw-1")), QString());
        QCOMPARE(store.store(SecretId::gatewayToken(), QStringLiteral("令牌-2")), QString());
        QCOMPARE(store.lookup(database).secret, std::optional<QString>(QStringLiteral("pw-1")));
        QCOMPARE(store.lookup(SecretId::gatewayToken()).secret, std::optional<QString>(QStringLiteral("令牌-2")));
        QVERIFY(!store.lookup(SecretId::documentStoreToken()).secret.has_value());
        QCOMPARE(store.store(database, QStringLiteral("pw-2")), QString()); // replaces
        QCOMPARE(desk.lookup(database).secret, std::optional<QString>(QStringLiteral("pw-2")));
        QCOMPARE(store.remove(database), QString());
        QVERIFY(!store.lookup(database).secret.has_value());
        QCOMPARE(store.remove(database), QString()); // nothing stored: not an error
        QVERIFY(!store.store(SecretId::gatewayToken(), QStringLiteral("a\nb")).isEmpty());
    }

    void draftProblems_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("gateway with credentials") << "gateway"
                                                  << "https://user:pw@gw.example.com/"
                                                  << "The gateway URL cannot be used";
        QTest::newRow("gateway not http") << "gateway"
                                          << "ftp://gw.example.com/"
                                          << "The gateway URL cannot be used";
        QTest::newRow("database garbage") << "database"
                                          << "mysql://x"
                                          << "The database URL is not valid";
        QTest::newRow("database password in URL") << "database"
                                                  << "postgresql://desk:pw@db/reissue"
                                                  << "holds a password";
        QTest::newRow("lease too short") << "lease"
                                         << "4"
                                         << "between 5 and 120 minutes";
        QTest::newRow("lease too long") << "lease"
                                        << "121"
                                        << "between 5 and 120 minutes";
        QTest::newRow("origin not a URL") << "origin"
                                          << "docs.example.com"
                                          << "Document store:";
    }

    void draftProblems()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, sentence);
        SettingsDraft draft;
        QCOMPARE(draft.problems(), QStringList());
        if (field == QLatin1String("gateway"))
            draft.gatewayUrl = value;
        else if (field == QLatin1String("database"))
            draft.databaseUrl = value;
        else if (field == QLatin1String("lease"))
            draft.leaseMinutes = value.toInt();
        else
            draft.documentOrigins = {value};
        const QStringList problems = draft.problems();
        QCOMPARE(problems.size(), 1);
        QVERIFY2(problems.first().contains(sentence), qPrintable(problems.first()));
        QVERIFY(!problems.first().contains(QStringLiteral(":pw@")));
    }

    // A lease the desk was started with (REISSUEDESK_LEASE_SECONDS=60) is not
    // the operator's doing: left alone, it does not block saving.
    void leaseLeftAsLoadedIsNotJudged()
    {
        QTemporaryDir temp;
        Settings settings(temp.filePath(QStringLiteral("desk.conf")));
        settings.setOverride(Settings::Key::LeaseSeconds, 60);
        const SettingsDraft loaded = SettingsDraft::load(settings);
        QCOMPARE(loaded.leaseMinutes, 1);
        QCOMPARE(loaded.problems(&loaded), QStringList());
        QCOMPARE(loaded.problems().size(), 1);
        SettingsDraft changed = loaded;
        changed.leaseMinutes = 2;
        QCOMPARE(changed.problems(&loaded).size(), 1);
        QCOMPARE(loaded.apply(settings), QList<Settings::Key>()); // the override is not written
    }

    void draftRoundTrip()
    {
        QTemporaryDir temp;
        Settings settings(temp.filePath(QStringLiteral("desk.conf")));
        SettingsDraft draft = SettingsDraft::load(settings);
        QCOMPARE(draft.leaseMinutes, 15);
        QCOMPARE(draft.language, QStringLiteral("system"));
        draft.leaseMinutes = 30;
        draft.gatewayUrl = QStringLiteral(" https://gw.example.com/ ");
        draft.language = QStringLiteral("zh_CN");
        draft.documentOrigins = {QStringLiteral("https://docs.example.com/a/"), QStringLiteral("  ")};
        QSignalSpy changed(&settings, &Settings::changed);
        const QList<Settings::Key> keys = draft.apply(settings);
        QCOMPARE(keys, (QList<Settings::Key>{Settings::Key::DocumentStoreOrigins, Settings::Key::GatewayUrl,
                                             Settings::Key::Language, Settings::Key::LeaseSeconds}));
        QCOMPARE(changed.size(), 4);
        QCOMPARE(settings.leaseSeconds(), 1800);
        QCOMPARE(settings.get(Settings::Key::GatewayUrl).toString(), QStringLiteral("https://gw.example.com/"));
        QCOMPARE(settings.get(Settings::Key::DocumentStoreOrigins).toStringList(),
                 QStringList{QStringLiteral("https://docs.example.com/a/")});
        QVERIFY(SettingsDraft::needsRestart(Settings::Key::LeaseSeconds));
        QVERIFY(!SettingsDraft::needsRestart(Settings::Key::AutoAdvance));
        QCOMPARE(draft.apply(settings), QList<Settings::Key>()); // nothing differs any more
    }

    // Each secret field, saved: its value is in the secret store and nowhere
    // in the settings file's bytes.
    void secretsNeverInSettingsFile()
    {
        QTemporaryDir temp;
        const QString confPath = temp.filePath(QStringLiteral("desk.conf"));
        Settings settings(confPath);
        FileSecretStore store(temp.filePath(QStringLiteral("secrets")));
        SettingsDraft draft = SettingsDraft::load(settings);
        draft.databaseUrl = QStringLiteral("postgresql://desk@db.example.com/reissue");
        draft.databasePassword = QStringLiteral("db-SECRET-1");
        draft.gatewayUrl = QStringLiteral("https://gw.example.com/");
        draft.gatewayToken = QStringLiteral("gw-SECRET-2");
        draft.documentStoreToken = QStringLiteral("doc-SECRET-3");
        QCOMPARE(draft.problems(), QStringList());
        draft.apply(settings);
        const QList<SettingsDraft::SecretChange> changes = draft.secretChanges();
        QCOMPARE(changes.size(), 3);
        QCOMPARE(SettingsDraft::saveSecrets(store, changes), QStringList());
        settings.sync();
        QFile conf(confPath);
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray bytes = conf.readAll();
        QVERIFY(bytes.contains("gw.example.com")); // the file was written
        for (const char *secret : {"db-SECRET-1", "gw-SECRET-2", "doc-SECRET-3", "SECRET"})
            QVERIFY2(!bytes.contains(secret), secret);
        QCOMPARE(
            store.lookup(SecretId::databasePassword(QStringLiteral("postgresql://desk@db.example.com/reissue"))).secret,
            std::optional<QString>(QStringLiteral("db-SECRET-1")));
        QCOMPARE(store.lookup(SecretId::documentStoreToken()).secret,
                 std::optional<QString>(QStringLiteral("doc-SECRET-3")));

        // An empty field with "forget": removed.
        SettingsDraft forget = SettingsDraft::load(settings);
        forget.gatewayToken = QString();
        QCOMPARE(forget.secretChanges().size(), 1);
        QCOMPARE(forget.secretChanges().first().auditName, QStringLiteral("GatewayToken"));
        QCOMPARE(SettingsDraft::saveSecrets(store, forget.secretChanges()), QStringList());
        QVERIFY(!store.lookup(SecretId::gatewayToken()).secret.has_value());
    }

    // Without a token file, a fetch from the document store sends the stored token.
    void documentStoreUsesTheStoredToken()
    {
        QTemporaryDir temp;
        auto store = std::make_shared<FileSecretStore>(temp.path());
        DocumentStoreConfig config;
        config.origins = {QStringLiteral("https://docs.example.com/a/")};
        config.secrets = store;
        QString error;
        QCOMPARE(DocumentStoreCredentials::load(config, true, &error).bearerToken, QByteArray());
        QCOMPARE(error, QString());
        QCOMPARE(store->store(SecretId::documentStoreToken(), QStringLiteral("doc-token-1")), QString());
        QCOMPARE(DocumentStoreCredentials::load(config, true, &error).bearerToken, QByteArray("doc-token-1"));
        QCOMPARE(DocumentStoreCredentials::load(config, false, &error).bearerToken, QByteArray()); // not for strangers
        QCOMPARE(store->store(SecretId::documentStoreToken(), QStringLiteral("two words")), QString());
        QCOMPARE(DocumentStoreCredentials::load(config, true, &error).bearerToken, QByteArray());
        QVERIFY2(error.contains(QStringLiteral("cannot have")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
