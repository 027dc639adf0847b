#include "sync/services/SummaryService.h"

#include "core/Error.h"
#include "core/eligibility/EligibilityLog.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"
#include "core/sharing/SharedSummaryStore.h"
#include "sync/services/SharedSummaryReader.h"
#include "sync/services/SummaryClient.h"
#include "sync/transport/HttpClient.h"

#include <QMap>

namespace tsumugi::sync {

SummaryService::SummaryService(ClinicRecord& record)
    : m_record(record) {}

SharedSummary SummaryService::pull(qint64 patientId, bool emergency, const QString& reason) {
    const Request request = prepare(patientId, emergency, reason);
    return store(request, ask(request));
}

SummaryService::Request SummaryService::prepare(qint64 patientId, bool emergency, const QString& reason) {
    Request r;
    r.patientId = patientId;
    r.mode = emergency ? SharedSummary::Mode::Emergency : SharedSummary::Mode::Consented;
    r.reason = reason;
    // Audited before the service is asked: reading without consent must leave its reason even if the pull fails.
    SharedSummaryStore(m_record).noteAccess(patientId, r.mode, reason);
    const auto check = EligibilityLog(m_record).latestWithTokenForPatient(patientId);
    if (!check) {
        throw Error(Error::Kind::Validation,
                    tr("There is no eligibility check of this patient from the last 24 hours. Check eligibility with "
                       "the My Number card first (its access token opens the summary)."));
    }
    r.eligibilityCheckId = check->id;
    r.accessToken = check->result->accessToken;
    r.transport = TransportSettings::fromClinicSettings(m_record.settings());
    return r;
}

SummaryClient::Answer SummaryService::ask(const Request& request, const std::atomic_bool* abort) {
    HttpClient http(request.transport);
    http.setAbortFlag(abort);
    return SummaryClient(http).pull(request.accessToken, request.mode == SharedSummary::Mode::Emergency);
}

SharedSummary SummaryService::store(const Request& request, const SummaryClient::Answer& answer) {
    if (!answer.ok) {
        throw Error(answer.errorCode == QLatin1String("consent-required") ? Error::Kind::PermissionDenied
                                                                          : Error::Kind::Validation,
                    answer.message);
    }
    auto summary = SharedSummaryReader::read(answer.bundle);
    if (!summary) {
        throw Error(Error::Kind::Validation, tr("The sharing service's answer is not a summary bundle."));
    }
    const SharedSummary saved = SharedSummaryStore(m_record).save(request.patientId, request.eligibilityCheckId,
                                                                  request.mode, request.reason, answer.bundle);
    summary->id = saved.id;
    summary->patientId = request.patientId;
    summary->reason = saved.reason;
    summary->pulledAt = saved.pulledAt;
    summary->pulledBy = saved.pulledBy;
    return *summary;
}

std::optional<SharedSummary> SummaryService::latest(qint64 patientId) {
    const auto stored = SharedSummaryStore(m_record).latestForPatient(patientId);
    if (!stored) {
        return std::nullopt;
    }
    auto summary = SharedSummaryReader::read(stored->bundleJson);
    if (!summary) {
        return std::nullopt;
    }
    summary->id = stored->id;
    summary->patientId = patientId;
    summary->reason = stored->reason;
    summary->pulledAt = stored->pulledAt;
    summary->pulledBy = stored->pulledBy;
    return summary;
}

QString SummaryService::sectionTitle(const QString& section) {
    static const QMap<QString, const char*> titles = {
        {QStringLiteral("shared"), QT_TR_NOOP("Shared items (diagnoses, allergies, labs)")},
        {QStringLiteral("visits"), QT_TR_NOOP("Visits (3 months)")},
        {QStringLiteral("dispensing"), QT_TR_NOOP("Dispensing (45 days)")},
        {QStringLiteral("medications"), QT_TR_NOOP("Medications (3 months)")},
        {QStringLiteral("surgery"), QT_TR_NOOP("Surgery (5 years)")},
        {QStringLiteral("treatments"), QT_TR_NOOP("Treatments (3 months)")},
        {QStringLiteral("dialysis"), QT_TR_NOOP("Dialysis (3 months)")},
        {QStringLiteral("healthChecks"), QT_TR_NOOP("Health checks (dates only)")}};
    const auto it = titles.find(section);
    return it == titles.end() ? section : tr(*it);
}

QString SummaryService::plainText(const SharedSummary& s) {
    QString out;
    out += s.mode == SharedSummary::Mode::Emergency ? tr("Mode: emergency (reason: %1)").arg(s.reason)
                                                    : tr("Mode: with consent");
    out += QLatin1Char('\n');
    for (const QString& section : SharedSummary::sectionOrder()) {
        out += QStringLiteral("== %1 ==\n").arg(sectionTitle(section));
        if (s.withheldSections.contains(section)) {
            out += QStringLiteral("  ") + tr("(withheld: no consent)") + QLatin1Char('\n');
            continue;
        }
        const QList<SharedSummaryItem> items = s.itemsOf(section);
        if (items.isEmpty()) {
            out += QStringLiteral("  ") + tr("(none)") + QLatin1Char('\n');
            continue;
        }
        // Grouped by type (shared items) and by source institution, as the panel shows them.
        QMap<QString, QList<SharedSummaryItem>> groups;
        for (const SharedSummaryItem& i : items) {
            const QString source = !i.sourceInstitution.isEmpty() ? i.sourceInstitution
                                   : !i.sourceName.isEmpty()      ? i.sourceName
                                                                  : tr("unknown source");
            const QString key =
                section == QLatin1String("shared") ? i.resourceType + QStringLiteral(" / ") + source : source;
            groups[key].append(i);
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            out += QStringLiteral("  [%1]\n").arg(it.key());
            for (const SharedSummaryItem& i : it.value()) {
                out += QStringLiteral("    %1  %2").arg(i.date.toString(Qt::ISODate), i.title);
                if (!i.detail.isEmpty()) {
                    out += QStringLiteral("  (%1)").arg(i.detail);
                }
                out += QLatin1Char('\n');
            }
        }
    }
    return out;
}

} // namespace tsumugi::sync
