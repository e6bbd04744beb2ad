// The owner-only file back end of the secret store: files are 0600 in a 0700
// folder, a file others can read is refused, and store/lookup/remove round-trip.

#include "core/FileSecretStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace reissuedesk;

namespace {
mode_t modeOf(const QString &path)
{
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return info.st_mode & 07777;
}
} // namespace

class TestFileSecretStore : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void roundTripIsOwnerOnly()
    {
        QTemporaryDir temp;
        const QString folder = temp.filePath(QStringLiteral("secrets"));
        FileSecretStore store(folder);
        const SecretId id = SecretId::gatewayToken();
        QVERIFY(!store.lookup(id).secret.has_value());
        QVERIFY(store.lookup(id).ok());

        QCOMPARE(store.store(id, QStringLiteral("tok-123")), QString());
        QCOMPARE(modeOf(folder), mode_t(0700));
        QCOMPARE(modeOf(store.filePath(id)), mode_t(0600));
        QCOMPARE(store.lookup(id).secret, std::optional<QString>(QStringLiteral("tok-123")));
        QFile file(store.filePath(id));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("tok-123\n"));
        // Only the secret's file remains: no temporary left behind.
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1);

        QCOMPARE(store.store(id, QStringLiteral("密码-2")), QString());
        QCOMPARE(store.lookup(id).secret, std::optional<QString>(QStringLiteral("密码-2")));
    }

    void kindsAndNamesAreSeparate()
    {
        QTemporaryDir temp;
        FileSecretStore store(temp.path());
        const SecretId a = SecretId::databasePassword(QStringLiteral("postgresql://desk@db1/reissue"));
        const SecretId b = SecretId::databasePassword(QStringLiteral("postgresql://desk@db2/reissue"));
        QCOMPARE(store.store(a, QStringLiteral("one")), QString());
        QCOMPARE(store.store(b, QStringLiteral("two")), QString());
        QCOMPARE(store.store(SecretId::documentStoreToken(), QStringLiteral("three")), QString());
        QCOMPARE(store.lookup(a).secret, std::optional<QString>(QStringLiteral("one")));
        QCOMPARE(store.lookup(b).secret, std::optional<QString>(QStringLiteral("two")));
        QCOMPARE(store.lookup(SecretId::documentStoreToken()).secret, std::optional<QString>(QStringLiteral("three")));
        QVERIFY(!store.lookup(SecretId::gatewayToken()).secret.has_value());
        QVERIFY(QFileInfo(store.filePath(a)).fileName().startsWith(QStringLiteral("database-password-")));
        QVERIFY(!store.filePath(a).contains(QStringLiteral("db1")));
    }

    void refusesFileOthersCanRead()
    {
        QTemporaryDir temp;
        FileSecretStore store(temp.path());
        const SecretId id = SecretId::documentStoreToken();
        QCOMPARE(store.store(id, QStringLiteral("s3cr3t")), QString());
        QVERIFY(::chmod(QFile::encodeName(store.filePath(id)).constData(), 0644) == 0);
        const SecretStore::Lookup found = store.lookup(id);
        QVERIFY(!found.secret.has_value());
        QVERIFY2(found.error.contains(QStringLiteral("chmod 600")), qPrintable(found.error));
        QVERIFY(!found.error.contains(QStringLiteral("s3cr3t")));
        // Storing again writes a fresh 0600 file.
        QCOMPARE(store.store(id, QStringLiteral("tok2")), QString());
        QCOMPARE(modeOf(store.filePath(id)), mode_t(0600));
        QCOMPARE(store.lookup(id).secret, std::optional<QString>(QStringLiteral("tok2")));
    }

    void tightensAnOpenFolder()
    {
        QTemporaryDir temp;
        const QString folder = temp.filePath(QStringLiteral("open"));
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        FileSecretStore store(folder);
        QCOMPARE(store.store(SecretId::gatewayToken(), QStringLiteral("t")), QString());
        QCOMPARE(modeOf(folder), mode_t(0700));
    }

    void removeForgets()
    {
        QTemporaryDir temp;
        FileSecretStore store(temp.path());
        const SecretId id = SecretId::gatewayToken();
        QCOMPARE(store.remove(id), QString()); // nothing stored: not an error
        QCOMPARE(store.store(id, QStringLiteral("t")), QString());
        QCOMPARE(store.remove(id), QString());
        QVERIFY(!QFileInfo::exists(store.filePath(id)));
        QVERIFY(!store.lookup(id).secret.has_value());
        QVERIFY(store.lookup(id).ok());
    }

    void refusesLineBreaksAndEmpty()
    {
        QTemporaryDir temp;
        FileSecretStore store(temp.path());
        QVERIFY(!store.store(SecretId::gatewayToken(), QStringLiteral("a\nAuthorization: x")).isEmpty());
        QVERIFY(!store.store(SecretId::gatewayToken(), QString()).isEmpty());
        QVERIFY(!QFileInfo::exists(store.filePath(SecretId::gatewayToken())));
    }
};

QTEST_GUILESS_MAIN(TestFileSecretStore)
#include "tst_filesecretstore.moc"
