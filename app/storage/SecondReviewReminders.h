#pragma once
// The "your application needs a second review, the result comes a little
// later" message (issue 10): queued for an application still awaiting its
// second review when its 24-hour due time is about to pass, so the customer is
// not left wondering why the promise was broken. The dispatcher calls
// queueDue() each cycle; it runs as reissuedesk_dispatcher on PostgreSQL,
// whose dispatcher_reminds policy lets it insert exactly these rows.

#include <QDateTime>

#include <chrono>

namespace reissuedesk {

class Database;

class SecondReviewReminders {
public:
    // Queues the reminder for every application in awaiting_second_review with
    // due_at - warnBefore <= now: an SMS unless the pending decision is
    // e-mail only (the phone is the lost card), an e-mail when the application
    // has an address; in the customer's language, decision_id the pending
    // decision. At most once per application and review round (idempotency
    // key "reminder:<application id>:<round>:<channel>"), however often it is
    // called and however many dispatchers call it. Returns the rows queued.
    // Throws StorageError.
    static int queueDue(const Database &database, const QDateTime &now, std::chrono::minutes warnBefore);
};

} // namespace reissuedesk
