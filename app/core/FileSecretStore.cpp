#include "core/FileSecretStore.h"

#include "core/PasswordFile.h"
#include "core/PosixWrite.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace reissuedesk {
namespace {

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The folder exists, is a directory of ours and nobody else may enter it.
QString prepareFolder(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return QCoreApplication::translate("FileSecretStore", "The folder %1 for secrets cannot be created.")
            .arg(folder);
    const QByteArray name = QFile::encodeName(folder);
    struct stat info {};
    if (::lstat(name.constData(), &info) != 0)
        return QCoreApplication::translate("FileSecretStore", "The folder %1 for secrets cannot be examined: %2")
            .arg(folder, systemError());
    if (!S_ISDIR(info.st_mode) || info.st_uid != ::geteuid())
        return QCoreApplication::translate("FileSecretStore", "The folder %1 for secrets is not a folder of yours.")
            .arg(folder);
    if ((info.st_mode & (S_IRWXG | S_IRWXO)) != 0 && ::chmod(name.constData(), S_IRWXU) != 0)
        return QCoreApplication::translate("FileSecretStore", "The folder %1 for secrets cannot be made private: %2")
            .arg(folder, systemError());
    return {};
}

} // namespace

FileSecretStore::FileSecretStore(QString folder)
    : m_folder(std::move(folder))
{
}

QString FileSecretStore::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/secrets");
}

QString FileSecretStore::where() const
{
    return QCoreApplication::translate("FileSecretStore", "files only you can read in %1")
        .arg(QDir::toNativeSeparators(m_folder));
}

QString FileSecretStore::filePath(const SecretId &id) const
{
    const QByteArray hash = QCryptographicHash::hash(id.name.toUtf8(), QCryptographicHash::Sha256).toHex().left(24);
    return m_folder + QLatin1Char('/') + SecretId::kindName(id.kind) + QLatin1Char('-') + QString::fromLatin1(hash);
}

SecretStore::Lookup FileSecretStore::lookup(const SecretId &id) const
{
    Lookup result;
    const QString path = filePath(id);
    struct stat info {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        if (errno != ENOENT)
            result.error = QCoreApplication::translate("FileSecretStore", "The secret file %1 cannot be examined: %2")
                               .arg(path, systemError());
        return result;
    }
    const PasswordFile::Result read =
        PasswordFile::read(path, QCoreApplication::translate("FileSecretStore", "secret file"));
    if (!read.ok())
        result.error = read.error;
    else
        result.secret = read.password;
    return result;
}

QString FileSecretStore::store(const SecretId &id, const QString &secret)
{
    if (QString problem = secretProblem(secret); !problem.isEmpty())
        return problem;
    if (QString problem = prepareFolder(m_folder); !problem.isEmpty())
        return problem;
    const QString path = filePath(id);
    QByteArray temporary = QFile::encodeName(path + QStringLiteral(".XXXXXX"));
    // mkstemp creates the file 0600 and exclusively: nobody can open it in between.
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC);
    if (fd < 0)
        return QCoreApplication::translate("FileSecretStore", "The secret file %1 cannot be written: %2")
            .arg(path, systemError());
    const bool ok = writeAll(fd, secret.toUtf8() + '\n') && ::fchmod(fd, S_IRUSR | S_IWUSR) == 0 && ::fsync(fd) == 0;
    const QString error = ok ? QString() : systemError();
    ::close(fd);
    if (!ok || ::rename(temporary.constData(), QFile::encodeName(path).constData()) != 0) {
        const QString why = ok ? systemError() : error;
        ::unlink(temporary.constData());
        return QCoreApplication::translate("FileSecretStore", "The secret file %1 cannot be written: %2")
            .arg(path, why);
    }
    return {};
}

QString FileSecretStore::remove(const SecretId &id)
{
    const QString path = filePath(id);
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT)
        return QCoreApplication::translate("FileSecretStore", "The secret file %1 cannot be removed: %2")
            .arg(path, systemError());
    return {};
}

} // namespace reissuedesk
