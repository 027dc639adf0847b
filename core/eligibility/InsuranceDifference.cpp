#include "core/eligibility/InsuranceDifference.h"

namespace tsumugi {

namespace {
// 6-digit (国保) and 8-digit insurer numbers name the same insurer when zero-padded.
QString padded(const QString& insurer) {
    return insurer.size() == 6 ? QStringLiteral("00") + insurer : insurer;
}
} // namespace

QList<InsuranceDifference::Field> InsuranceDifference::between(const Insurance& registered, const Insurance& reported) {
    QList<Field> out;
    if (padded(registered.insurerNumber) != padded(reported.insurerNumber)) {
        out.append({tr("Insurer number"), registered.insurerNumber, reported.insurerNumber});
    }
    if (registered.symbol != reported.symbol) {
        out.append({tr("Symbol"), registered.symbol, reported.symbol});
    }
    if (registered.number != reported.number) {
        out.append({tr("Number"), registered.number, reported.number});
    }
    if (registered.branch != reported.branch) {
        out.append({tr("Branch"), registered.branch, reported.branch});
    }
    return out;
}

std::optional<Insurance> InsuranceDifference::proposedFor(const EligibilityResult& result) {
    if (!result.isValidToday()) {
        return std::nullopt;
    }
    const auto q = result.current();
    if (!q) {
        return std::nullopt;
    }
    return q->insurance;
}

} // namespace tsumugi
