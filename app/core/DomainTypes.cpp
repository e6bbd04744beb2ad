#include "core/DomainTypes.h"

#include <array>
#include <utility>

namespace reissuedesk {
namespace {

template <typename Enum, std::size_t N>
QString keyOf(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[candidate, key] : table) {
        if (candidate == value)
            return QString::fromLatin1(key);
    }
    return {};
}

template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char *>, N> &table, const QString &key)
{
    for (const auto &[candidate, candidateKey] : table) {
        if (key == QLatin1String(candidateKey))
            return candidate;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<ApplicationStatus, const char *>, 7> statusKeys{{
    {ApplicationStatus::Pending, "pending"},
    {ApplicationStatus::InReview, "in_review"},
    {ApplicationStatus::AwaitingSecondReview, "awaiting_second_review"},
    {ApplicationStatus::Approved, "approved"},
    {ApplicationStatus::Rejected, "rejected"},
    {ApplicationStatus::Shipped, "shipped"},
    {ApplicationStatus::Cancelled, "cancelled"},
}};
constexpr std::array<std::pair<ReplacementReason, const char *>, 3> reasonKeys{{
    {ReplacementReason::Lost, "lost"},
    {ReplacementReason::Damaged, "damaged"},
    {ReplacementReason::Other, "other"},
}};
constexpr std::array<std::pair<SalesChannel, const char *>, 2> channelKeys{{
    {SalesChannel::Direct, "direct"},
    {SalesChannel::Agent, "agent"},
}};
constexpr std::array<std::pair<DocumentKind, const char *>, 4> kindKeys{{
    {DocumentKind::IdFront, "id_front"},
    {DocumentKind::IdBack, "id_back"},
    {DocumentKind::PurchaseProof, "purchase_proof"},
    {DocumentKind::Other, "other"},
}};

} // namespace

QString toKey(ApplicationStatus status) { return keyOf(statusKeys, status); }
QString toKey(ReplacementReason reason) { return keyOf(reasonKeys, reason); }
QString toKey(SalesChannel channel) { return keyOf(channelKeys, channel); }
QString toKey(DocumentKind kind) { return keyOf(kindKeys, kind); }

std::optional<ApplicationStatus> applicationStatusFromKey(const QString &key) { return valueOf(statusKeys, key); }
std::optional<ReplacementReason> replacementReasonFromKey(const QString &key) { return valueOf(reasonKeys, key); }
std::optional<SalesChannel> salesChannelFromKey(const QString &key) { return valueOf(channelKeys, key); }
std::optional<DocumentKind> documentKindFromKey(const QString &key) { return valueOf(kindKeys, key); }

QList<ApplicationStatus> allApplicationStatuses()
{
    QList<ApplicationStatus> all;
    for (const auto &entry : statusKeys)
        all.append(entry.first);
    return all;
}

} // namespace reissuedesk
