// Settings: typed keys with defaults, a change signal, persistence in a real
// (temporary) settings file, overrides that are never stored; and the
// operator identity resolved against a real database.

#include "TestDatabase.h"
#include "models/OperatorIdentity.h"
#include "models/Settings.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/OperatorRepository.h"
#include "storage/ReviewService.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;
using namespace reissuedesk::test;

class TestSettings : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

private Q_SLOTS:
    void init() { QFile::remove(file()); }

    void defaults()
    {
        Settings settings(file());
        QCOMPARE(settings.get(Settings::Key::LeaseSeconds).toInt(), ReviewService::DefaultLeaseSeconds);
        QCOMPARE(settings.leaseSeconds(), ReviewService::DefaultLeaseSeconds);
        QCOMPARE(settings.get(Settings::Key::AutoAdvance).toBool(), true);
        QCOMPARE(settings.get(Settings::Key::QueueFilter).toMap(), QVariantMap());
        QCOMPARE(settings.get(Settings::Key::WindowGeometry).toByteArray(), QByteArray());
        // Every key has a storage name of its own.
        QSet<QString> names;
        for (int key = 0; key < int(Settings::Key::KEY_COUNT); ++key)
            names.insert(Settings::storageKey(Settings::Key(key)));
        QCOMPARE(names.size(), int(Settings::Key::KEY_COUNT));
        QVERIFY(!names.contains(QString()));
    }

    void changeSignalOnlyWhenTheValueChanges()
    {
        Settings settings(file());
        QSignalSpy changed(&settings, &Settings::changed);
        settings.set(Settings::Key::AutoAdvance, false);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<Settings::Key>(), Settings::Key::AutoAdvance);
        settings.set(Settings::Key::AutoAdvance, false); // the same again
        QCOMPARE(changed.count(), 1);
        settings.reset(Settings::Key::AutoAdvance);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(settings.autoAdvance(), true);
    }

    void persistsAcrossInstances()
    {
        {
            Settings settings(file());
            settings.set(Settings::Key::LeaseSeconds, 120);
            settings.set(Settings::Key::AutoAdvance, false);
            settings.set(Settings::Key::QueueHeader, QByteArray("\x01\x02header", 8));
            settings.sync();
        }
        Settings again(file());
        QCOMPARE(again.leaseSeconds(), 120);
        QCOMPARE(again.autoAdvance(), false);
        QCOMPARE(again.get(Settings::Key::QueueHeader).toByteArray(), QByteArray("\x01\x02header", 8));
        // The file holds the documented key names (older desks' layouts survive).
        QSettings raw(file(), QSettings::IniFormat);
        QCOMPARE(raw.value(QStringLiteral("review/leaseSeconds")).toInt(), 120);
    }

    void overridesWinAndAreNotStored()
    {
        {
            Settings settings(file());
            settings.set(Settings::Key::LeaseSeconds, 300);
            QSignalSpy changed(&settings, &Settings::changed);
            settings.setOverride(Settings::Key::LeaseSeconds, 5);
            QCOMPARE(changed.count(), 1);
            QCOMPARE(settings.leaseSeconds(), 5);
            settings.sync();
        }
        Settings again(file());
        QCOMPARE(again.leaseSeconds(), 300);
    }

    void nonsenseFallsBackToTheDefault()
    {
        {
            QSettings raw(file(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("review/leaseSeconds"), QStringLiteral("soon"));
        }
        Settings settings(file());
        QCOMPARE(settings.leaseSeconds(), ReviewService::DefaultLeaseSeconds);
    }

    // Nobody becomes an operator by starting the desk: an unknown or disabled
    // login resolves to nobody, and nothing is registered.
    void identityNeverRegistersAnUnknownLogin_data() { REISSUEDESK_ADD_BACKEND_ROWS(); }
    void identityNeverRegistersAnUnknownLogin()
    {
        QFETCH(QString, backend);
        REISSUEDESK_REQUIRE_BACKEND(backend);
        TestDatabase fixture(backend);
        Database database(fixture.url());
        Migrator(database).migrate();
        OperatorRepository(database).add(QStringLiteral("lead"), QStringLiteral("Team Lead"),
                                         QStringLiteral("supervisor"));

        const OperatorIdentity known = OperatorIdentity::resolve(database, QStringLiteral(" lead "));
        QVERIFY(known.isKnown());
        QCOMPARE(known.login, QStringLiteral("lead"));
        QCOMPARE(known.displayName, QStringLiteral("Team Lead"));
        QCOMPARE(known.role, QStringLiteral("supervisor"));

        QVERIFY(!OperatorIdentity::resolve(database, QStringLiteral("newcomer")).isKnown());
        QVERIFY(!OperatorRepository(database).findByLogin(QStringLiteral("newcomer")));
        QCOMPARE(OperatorIdentity::resolve(database, QString()).id, 0);
    }

    void loginFromEnvironment()
    {
        qputenv("REISSUEDESK_OPERATOR", "  desk7 ");
        QCOMPARE(OperatorIdentity::loginFromEnvironment(), QStringLiteral("desk7"));
        qunsetenv("REISSUEDESK_OPERATOR");
        qputenv("USER", "someone");
        QCOMPARE(OperatorIdentity::loginFromEnvironment(), QStringLiteral("someone"));
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
