#pragma once
// Reads a `file:` document on the calling (worker) thread. A document URL comes
// from a public web form and the document root is a shared folder, so the path
// may name something that is not a file: a named pipe (opening it for reading
// waits for a writer, for ever), a device (/dev/zero never ends), a socket or a
// folder. Only regular files are read: the kind is checked before opening, the
// file is opened non-blocking (a pipe swapped in after the check cannot hang
// the worker) and checked again on the open descriptor; then at most the byte
// cap is read. Errors are sentences for people, like DocumentFetcher's.

#include "net/DocumentFetcher.h"

namespace reissuedesk {

class LocalFileReader {
public:
    // `url` must be a file: URL; the document store of `options` applies (its
    // folders, checked on the path and again on the file actually opened).
    // Blocks for the time the read takes: call it on a worker thread.
    static FetchResult read(const QUrl &url, const FetchOptions &options);

    // "the document file PATH is not a regular file (a named pipe)" and the like.
    static QString notRegularFileMessage(const QString &path, const QString &what);
};

} // namespace reissuedesk
