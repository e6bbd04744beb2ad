#pragma once
// Where one ID document of an application stands with the OCR reader: the
// stored work state of its image (id_readings, keyed by sha256) and, once
// read, the reading. Storage fills it; the review checks judge it; the desk
// runs the reader itself for a document that is not done.

#include "core/DomainTypes.h"
#include "core/IdCardReading.h"

#include <QString>

namespace reissuedesk {

enum class IdReadingState {
    Missing, // no such document on the application (documentId 0), or not queued
    Pending, // queued, or given back after a failed attempt
    Reading, // claimed by a precheck
    Done,    // `reading` holds what was read
    Failed,  // given up after the maximum attempts; `lastError` says why
};

struct DocumentIdReading {
    qint64 documentId = 0; // 0: the application has no document of this kind
    DocumentKind kind = DocumentKind::IdFront;
    QString sha256;
    QString url;
    IdReadingState state = IdReadingState::Missing;
    IdCardReading reading; // meaningful when state is Done
    QString lastError;
    int attempts = 0;

    bool hasDocument() const { return documentId != 0; }
    bool isDone() const { return state == IdReadingState::Done; }
    // A done reading that read the card at all (no whole-image error).
    bool isUsable() const { return isDone() && reading.error.isEmpty(); }

    // "pending", "reading", "done", "failed" as stored; "" for Missing.
    static QString stateKey(IdReadingState state);
    static IdReadingState stateFromKey(const QString &key);
};

} // namespace reissuedesk
