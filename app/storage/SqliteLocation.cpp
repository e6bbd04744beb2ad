#include "storage/SqliteLocation.h"

#include "storage/StorageError.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sys/statfs.h>
#include <unistd.h>

namespace reissuedesk {
namespace {

// The nearest ancestor of `filePath` that exists (a folder, or a file in the
// way of one).
QString nearestExisting(const QString &filePath)
{
    QString path = QFileInfo(filePath).absolutePath();
    while (!QFileInfo::exists(path) && path != QDir::rootPath())
        path = QFileInfo(path).absolutePath();
    return path;
}

// access(2), not QFileInfo::isWritable(): it also answers EROFS for a read-only
// mount and EPERM for an immutable folder, where root is refused too.
bool canWrite(const QString &path)
{
    return ::access(QFile::encodeName(path).constData(), W_OK) == 0;
}

void refuseNetworkFilesystem(const QString &filePath, const QString &folder,
                             const SqliteLocation::FilesystemTypeLookup &lookup)
{
    const QString network = SqliteLocation::networkFilesystemName(lookup(folder));
    if (network.isEmpty())
        return;
    throw StorageError(
        StorageError::Kind::Connection,
        SqliteLocation::tr("%1 is on a network filesystem (%2). SQLite's file locking is not reliable on network "
                           "filesystems, so two desks could corrupt the database: keep the file on a local disk, "
                           "or let several desks share a PostgreSQL server.")
            .arg(filePath, network));
}

} // namespace

quint64 SqliteLocation::filesystemType(const QString &path)
{
    struct statfs info {};
    if (::statfs(QFile::encodeName(path).constData(), &info) != 0)
        return 0;
    return quint64(static_cast<unsigned long>(info.f_type));
}

QString SqliteLocation::networkFilesystemName(quint64 type)
{
    // Magic numbers from linux/magic.h and the filesystems' own headers.
    switch (type) {
    case 0x6969:
        return QStringLiteral("NFS");
    case 0x517B:
    case 0xFF534D42:
    case 0xFE534D42:
        return QStringLiteral("SMB/CIFS");
    case 0x73757245:
        return QStringLiteral("Coda");
    case 0x5346414F:
    case 0x6B414653:
        return QStringLiteral("AFS");
    case 0x01021997:
        return QStringLiteral("9P");
    case 0x00C36400:
        return QStringLiteral("CephFS");
    case 0x564C:
        return QStringLiteral("NCP");
    case 0x0BD00BD0:
        return QStringLiteral("Lustre");
    case 0x47504653:
        return QStringLiteral("GPFS");
    default:
        return {};
    }
}

void SqliteLocation::prepare(const QString &filePath, Creation creation, const FilesystemTypeLookup &lookup)
{
    const QFileInfo file(filePath);
    if (file.isDir())
        throw StorageError(StorageError::Kind::Connection,
                           tr("%1 is a folder, not an SQLite database file.").arg(filePath));
    const QString folder = file.absolutePath();
    if (!file.exists()) {
        if (creation == Creation::ExistingOnly)
            throw StorageError(StorageError::Kind::Connection,
                               tr("There is no database file at %1. Check the path; a new database is created "
                                  "only by reissuedesk-admin migrate.")
                                   .arg(filePath));
        refuseNetworkFilesystem(filePath, nearestExisting(filePath), lookup);
        if (!QDir().mkpath(folder))
            throw StorageError(StorageError::Kind::ReadOnly,
                               tr("The folder %1 for the database file cannot be created: %2 is not a writable "
                                  "folder.")
                                   .arg(folder, nearestExisting(filePath)));
        if (!canWrite(folder))
            throw StorageError(
                StorageError::Kind::ReadOnly,
                tr("The database file %1 cannot be created: the folder %2 is read-only.").arg(filePath, folder));
        return;
    }
    refuseNetworkFilesystem(filePath, folder, lookup);
    if (!canWrite(filePath))
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("The database file %1 is read-only: ReissueDesk needs to write to it. Check its "
                              "owner and permissions.")
                               .arg(filePath));
    if (!canWrite(folder))
        throw StorageError(StorageError::Kind::ReadOnly,
                           tr("The folder %1 is read-only: SQLite keeps its write-ahead log (%2-wal and %2-shm) "
                              "beside the database file, so the database cannot be used there. Make the folder "
                              "writable or move the file to a writable folder.")
                               .arg(folder, file.fileName()));
}

} // namespace reissuedesk
