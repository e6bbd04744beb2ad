// The gateway URL and token rules shared by `dispatch` and the desk.

#include "core/GatewayAccess.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace reissuedesk;

class TestGatewayAccess : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void urls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("problem"); // a part of the sentence; empty: accepted
        QTest::newRow("https") << QStringLiteral("https://gw.example.internal/") << QString();
        QTest::newRow("http with port and path") << QStringLiteral("http://127.0.0.1:8080/gw/") << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://gw.example/") << QStringLiteral("http:// or https://");
        QTest::newRow("relative") << QStringLiteral("gw.example") << QStringLiteral("http:// or https://");
        QTest::newRow("user") << QStringLiteral("https://me@gw.example/") << QStringLiteral("user name");
        QTest::newRow("password") << QStringLiteral("https://me:pw@gw.example/") << QStringLiteral("user name");
        QTest::newRow("query") << QStringLiteral("https://gw.example/?token=x") << QStringLiteral("query");
        QTest::newRow("no host") << QStringLiteral("https:///x") << QStringLiteral("no host");
    }
    void urls()
    {
        QFETCH(QString, url);
        QFETCH(QString, problem);
        const QString said = GatewayAccess::urlProblem(QUrl(url, QUrl::StrictMode));
        if (problem.isEmpty())
            QCOMPARE(said, QString());
        else
            QVERIFY2(said.contains(problem), qPrintable(said));
    }

    void displayDropsSecrets()
    {
        QCOMPARE(GatewayAccess::display(QUrl(QStringLiteral("https://me:pw@gw.example:8443/a/?k=v#f"))),
                 QStringLiteral("https://gw.example:8443/a/"));
    }

    void tokenFromEnvironmentOrFile()
    {
        GatewayAccess::Token none = GatewayAccess::readToken(QString(), QByteArray());
        QVERIFY(none.ok());
        QVERIFY(none.value.isEmpty());
        const GatewayAccess::Token fromEnvironment = GatewayAccess::readToken(QString(), "  abc.def-1  \n");
        QVERIFY(fromEnvironment.ok());
        QCOMPARE(fromEnvironment.value, QByteArray("abc.def-1"));
        const GatewayAccess::Token injected = GatewayAccess::readToken(QString(), "abc\r\nX-Evil: 1");
        QVERIFY(!injected.ok());
        QVERIFY(injected.value.isEmpty());
        QVERIFY(!injected.error.contains(QStringLiteral("abc")));

        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("token"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("file-token-9\nsecond line ignored\n");
        file.close();
        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        const GatewayAccess::Token fromFile = GatewayAccess::readToken(path, "environment-loses");
        QVERIFY2(fromFile.ok(), qPrintable(fromFile.error));
        QCOMPARE(fromFile.value, QByteArray("file-token-9"));

        QVERIFY(file.setPermissions(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        const GatewayAccess::Token refused = GatewayAccess::readToken(path, QByteArray());
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error.contains(QStringLiteral("gateway token file")) &&
                     refused.error.contains(QStringLiteral("chmod 600")),
                 qPrintable(refused.error));
        QVERIFY(!refused.error.contains(QStringLiteral("file-token-9")));

        const GatewayAccess::Token missing = GatewayAccess::readToken(dir.filePath(QStringLiteral("none")), "x");
        QVERIFY(!missing.ok());
        QVERIFY2(missing.error.contains(QStringLiteral("cannot be opened")), qPrintable(missing.error));
    }
};

QTEST_GUILESS_MAIN(TestGatewayAccess)
#include "tst_gatewayaccess.moc"
