#include "sync/fhir/LabObservationMapper.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"
#include "sync/fhir/JlacItemCatalog.h"

#include <QHash>
#include <algorithm>

#include <utility>

namespace tsumugi::fhir {

namespace {
std::optional<JlacItemCatalog::Item> itemOf(const LabResult& r) {
    if (r.codeSystem == LabResult::CodeSystem::Local || r.code.isEmpty()) {
        return std::nullopt;
    }
    return JlacItemCatalog::find(r.codeSystem == LabResult::CodeSystem::Jlac11, r.itemKey);
}

Json quantity(double value, const LabResult& r) {
    Json q;
    q["value"] = value;
    if (!r.unit.isEmpty()) {
        q["unit"] = utf8(r.unit);
    }
    if (!r.ucumUnit.isEmpty()) {
        q["system"] = uri::Ucum;
        q["code"] = utf8(r.ucumUnit);
    }
    return q;
}

bool earlier(const LabResult& a, const LabResult& b) {
    return a.collectedAt != b.collectedAt ? a.collectedAt < b.collectedAt : a.id < b.id;
}
} // namespace

bool LabObservationMapper::isSharedItem(const LabResult& r) {
    return itemOf(r).has_value();
}

QList<LabResult> LabObservationMapper::reportable(const QList<LabResult>& results, const QDate& today) {
    QList<LabResult> own;
    for (const LabResult& r : results) {
        if (!r.withdrawn && r.sourceInstitution.isEmpty() && r.collectedAt.isValid() && isSharedItem(r)) {
            own.append(r);
        }
    }
    std::sort(own.begin(), own.end(), earlier);
    // Newest first per item, to keep the latest three of each whatever their age.
    QHash<QString, int> seen;
    QList<LabResult> out;
    const QDateTime since(today.addYears(-1), QTime(0, 0), Qt::LocalTime);
    for (auto it = own.crbegin(); it != own.crend(); ++it) {
        const int n = ++seen[it->itemKey];
        if (n <= 3 || it->collectedAt >= since) {
            out.append(*it);
        }
    }
    std::sort(out.begin(), out.end(), earlier);
    return out;
}

Json LabObservationMapper::toFhir(const LabResult& r, const EcsContext& context) {
    const Visit* visit = EcsElements::visitOf(context, r.visitId);
    Json o;
    o["resourceType"] = "Observation";
    o["meta"] = {{"lastUpdated", FhirTime::instant(context.lastUpdated)},
                 {"profile", Json::array({profile::LabResult})}};
    o["language"] = "ja";
    Json encounter = EcsElements::containedEncounter(visit);
    Json specimen;
    specimen["resourceType"] = "Specimen";
    specimen["id"] = "specimen";
    specimen["meta"] = {{"profile", Json::array({profile::Specimen})}};
    specimen["type"] = {{"text", utf8(r.specimen.isEmpty() ? QStringLiteral("不明") : r.specimen)}};
    o["contained"] = Json::array({std::move(encounter), std::move(specimen)});
    o["extension"] = Json::array({EcsElements::institutionExtension(context.clinic),
                                  EcsElements::departmentExtension(EcsElements::departmentOf({}, visit))});
    o["identifier"] = EcsElements::resourceIdentifier(context.clinic, "Observation", r.id);
    o["status"] = "final";
    Json category;
    category["coding"] = Json::array({{{"system", uri::ObservationCategory}, {"code", "laboratory"}}});
    o["category"] = Json::array({std::move(category)});
    Json codings = Json::array();
    if (const auto item = itemOf(r)) {
        codings.push_back({{"system", utf8(item->system)}, {"code", utf8(r.code)}, {"display", utf8(item->display)}});
    } else {
        codings.push_back({{"system", uri::LabLocalCode}, {"code", utf8(r.code)}, {"display", utf8(r.name)}});
    }
    o["code"] = {{"coding", std::move(codings)}, {"text", utf8(r.name.isEmpty() ? r.itemKey : r.name)}};
    o["subject"] = {{"reference", utf8(context.patientReference)}};
    o["encounter"] = {{"reference", "#encounter"}};
    o["effectiveDateTime"] = FhirTime::instant(r.collectedAt);
    const QString text = r.valueText.trimmed();
    if (r.valueNumber) {
        Json q = quantity(*r.valueNumber, r);
        // A text like "<0.1" beside the number is the comparator of a value below/above the measurable range.
        for (const char* c : {"<=", ">=", "<", ">"}) {
            if (text.startsWith(QLatin1String(c))) {
                q["comparator"] = c;
                break;
            }
        }
        o["valueQuantity"] = std::move(q);
    } else if (!text.isEmpty()) {
        o["valueString"] = utf8(text);
    }
    if (!r.abnormalFlag.isEmpty()) {
        Json interpretation;
        interpretation["coding"] =
            Json::array({{{"system", uri::ObservationInterpretation}, {"code", utf8(r.abnormalFlag)}}});
        o["interpretation"] = Json::array({std::move(interpretation)});
    }
    if (!r.comment.trimmed().isEmpty()) {
        o["note"] = Json::array({{{"text", utf8(r.comment.trimmed())}}});
    }
    o["specimen"] = {{"reference", "#specimen"}};
    Json range;
    if (r.referenceLow) {
        range["low"] = quantity(*r.referenceLow, r);
    }
    if (r.referenceHigh) {
        range["high"] = quantity(*r.referenceHigh, r);
    }
    if (!r.referenceText.trimmed().isEmpty()) {
        range["text"] = utf8(r.referenceText.trimmed());
    }
    if (!range.empty()) {
        o["referenceRange"] = Json::array({std::move(range)});
    }
    return o;
}

} // namespace tsumugi::fhir
