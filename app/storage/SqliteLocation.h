#pragma once
// Checks where an SQLite database file lives before SQLite touches it. Opening
// is careful: SQLite itself would create a missing file (and Qt's old code the
// folders too), write WAL journal files beside it, and lock it with POSIX locks
// that network filesystems do not honour reliably, so a second desk on an NFS or
// SMB share could corrupt the file. Every refusal is a sentence that says what
// to do instead. Only `migrate` (and the desk's own embedded database on its
// first run) may create a file.

#include <QCoreApplication>
#include <QString>
#include <functional>

namespace reissuedesk {

class SqliteLocation {
    Q_DECLARE_TR_FUNCTIONS(SqliteLocation)

public:
    enum class Creation { ExistingOnly, CreateIfMissing };

    // statfs(2) f_type of the filesystem holding `path` (an existing path),
    // or 0 when it cannot be read. Replaceable so that tests can pretend a
    // folder is on NFS or SMB.
    using FilesystemTypeLookup = std::function<quint64(const QString &path)>;
    static quint64 filesystemType(const QString &path);

    // The network filesystem's name ("NFS", "SMB/CIFS", ...) for a statfs
    // f_type, or an empty string for a local one.
    static QString networkFilesystemName(quint64 type);

    // Throws StorageError (Connection, ReadOnly) unless `filePath` may be
    // opened as a database; with CreateIfMissing, creates its folder first.
    static void prepare(const QString &filePath, Creation creation,
                        const FilesystemTypeLookup &lookup = &SqliteLocation::filesystemType);
};

} // namespace reissuedesk
