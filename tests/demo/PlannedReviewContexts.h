#pragma once
// The review contexts that a set of planned demo applications should produce
// once stored: shared by the generator's and the seeder's tests.

#include "core/ReviewChecks.h"
#include "core/RiskFlags.h"
#include "demo/DemoDataGenerator.h"

#include <QHash>
#include <QSet>

#include <map>
#include <utility>

namespace reissuedesk::test {

// What the review policy sees for each planned application once it is stored,
// worked out here the way storage does (ReviewContextRepository): the account's
// cards, documents whose file also belongs to another account's application, and
// the account's other, not cancelled applications in the 90 days up to this one.
inline QList<ReviewContext> plannedReviewContexts(const QList<demo::PlannedApplication> &plans, QDate today)
{
    // A file is known by the application that first uploaded it.
    const auto fileOf = [](qsizetype index, const demo::PlannedDocument &document, qsizetype position) {
        return document.reuseOf >= 0 ? std::pair(document.reuseOf, qsizetype(0)) : std::pair(index, position);
    };
    std::map<std::pair<qsizetype, qsizetype>, QSet<QString>> accountsByFile;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        for (qsizetype d = 0; d < plans.at(i).documents.size(); ++d)
            accountsByFile[fileOf(i, plans.at(i).documents.at(d), d)].insert(plans.at(i).account.accountNumber);
    }
    QHash<QString, QList<qsizetype>> applicationsByAccount;
    for (qsizetype i = 0; i < plans.size(); ++i)
        applicationsByAccount[plans.at(i).account.accountNumber].append(i);

    QList<ReviewContext> contexts;
    for (qsizetype i = 0; i < plans.size(); ++i) {
        const demo::PlannedApplication &plan = plans.at(i);
        ReviewContext context;
        context.application = plan.application;
        context.account = plan.account;
        context.accountCardNumbers = plan.account.cardNumbers;
        context.today = today;
        for (qsizetype d = 0; d < plan.documents.size(); ++d) {
            const QSet<QString> &accounts = accountsByFile[fileOf(i, plan.documents.at(d), d)];
            if (accounts.size() > 1 || !accounts.contains(plan.account.accountNumber))
                ++context.documentsSharedWithOtherAccounts;
        }
        const QDateTime mine = plan.application.submittedAt;
        for (const qsizetype other : applicationsByAccount.value(plan.account.accountNumber)) {
            const Application &earlier = plans.at(other).application;
            if (other != i && earlier.status != ApplicationStatus::Cancelled && earlier.submittedAt <= mine &&
                earlier.submittedAt > mine.addSecs(-RepeatReplacementWindowSeconds))
                ++context.replacementsWithin90Days;
        }
        contexts.append(context);
    }
    return contexts;
}

} // namespace reissuedesk::test
