#include "sync/fhir/LabObservationMapper.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"
#include "sync/fhir/JlacItemCatalog.h"

#include <QHash>
#include <algorithm>

#include <utility>
#include <vector>

namespace tsumugi::fhir {

namespace {
const JlacItemCatalog::Item* itemOf(const LabResult& r) {
    if (r.codeSystem == LabResult::CodeSystem::Local || r.code.isEmpty()) {
        return nullptr;
    }
    return JlacItemCatalog::find(r.codeSystem == LabResult::CodeSystem::Jlac11, r.itemKey);
}

// A Quantity member (value with the result's units); number() writes the decimal, ucum code after the unit.
void writeQuantity(FhirWriter& w, const char* key, double value, const LabResult& r, const char* comparator) {
    w.object(key).number("value", value).field("unit", r.unit);
    if (!r.ucumUnit.isEmpty()) {
        w.field("system", uri::Ucum).field("code", r.ucumUnit);
    }
    w.field("comparator", comparator).end();
}

} // namespace

std::optional<LabObservationMapper::AbsentReason> LabObservationMapper::absentReasonOf(const LabResult& r) {
    if (r.valueNumber) {
        return std::nullopt;
    }
    // What a lab company or a doctor writes when there is no result: a failed measurement, a bad specimen, a test
    // not done. Since 1.10 the guide carries these as dataAbsentReason with the words as its text.
    struct Marker {
        const char16_t* text;
        const char* code;
        const char* display;
    };
    static const Marker markers[] = {
        {u"測定不能", "error", "Error"},
        {u"測定不可", "error", "Error"},
        {u"検体不良", "error", "Error"},
        {u"溶血", "error", "Error"},
        {u"未実施", "not-performed", "Not Performed"},
        {u"検査中止", "not-performed", "Not Performed"},
        {u"検体未着", "not-performed", "Not Performed"},
        {u"検体なし", "not-performed", "Not Performed"},
    };
    const QString text = r.valueText.trimmed();
    if (text.isEmpty()) {
        return AbsentReason{"unknown", "Unknown", QStringLiteral("結果なし")};
    }
    for (const Marker& m : markers) {
        if (text.startsWith(QString::fromUtf16(m.text))) {
            return AbsentReason{m.code, m.display, text};
        }
    }
    return std::nullopt;
}

bool LabObservationMapper::isSharedItem(const LabResult& r) {
    return itemOf(r) != nullptr;
}

bool LabObservationMapper::isComplete(const LabResult& r) {
    return !r.localCode.trimmed().isEmpty() && r.orderedById != 0;
}

QList<LabResult> LabObservationMapper::reportable(const QList<LabResult>& results, const QDate& today,
                                                  const QSet<qint64>& received) {
    // Sorted by (collection time, id) as numbers: comparing QDateTimes in a sort costs more than the rest.
    struct Candidate {
        qint64 collected;
        qint64 id;
        const LabResult* result;
    };
    std::vector<Candidate> own;
    own.reserve(std::size_t(results.size()));
    for (const LabResult& r : results) {
        // A core item without the clinic's local code or the ordering doctor is kept back, never sent broken
        // (JP-CLINS 1.9, 1.6); the chart says so (LabSharing).
        if (!r.withdrawn && r.sourceInstitution.isEmpty() && r.collectedAt.isValid() && isSharedItem(r) &&
            (isComplete(r) || (received.contains(r.id) && !r.localCode.trimmed().isEmpty()))) {
            own.push_back({r.collectedAt.toMSecsSinceEpoch(), r.id, &r});
        }
    }
    const auto earlier = [](const Candidate& a, const Candidate& b) {
        return a.collected != b.collected ? a.collected < b.collected : a.id < b.id;
    };
    std::sort(own.begin(), own.end(), earlier);
    // Newest first per item, to keep the latest three of each whatever their age.
    QHash<QString, int> seen;
    std::vector<Candidate> kept;
    const qint64 since = QDateTime(today.addYears(-1), QTime(0, 0), Qt::LocalTime).toMSecsSinceEpoch();
    for (auto it = own.crbegin(); it != own.crend(); ++it) {
        const int n = ++seen[it->result->itemKey];
        if (n <= 3 || it->collected >= since) {
            kept.push_back(*it);
        }
    }
    QList<LabResult> out;
    out.reserve(qsizetype(kept.size()));
    for (auto it = kept.crbegin(); it != kept.crend(); ++it) {
        out.append(*it->result);
    }
    return out;
}

void LabObservationMapper::write(FhirWriter& w, const LabResult& r, const EcsContext& context) {
    const Visit* visit = EcsElements::visitOf(context, r.visitId);
    w.object().field("resourceType", "Observation");
    EcsElements::beginMeta(w, context, profile::LabResult);
    w.end().field("language", "ja");
    w.array("contained");
    EcsElements::writeContainedEncounter(w, visit);
    w.object().field("resourceType", "Specimen").field("id", "specimen");
    w.object("meta").array("profile").item(profile::Specimen).end().end();
    w.object("type").field("text", r.specimen.isEmpty() ? QStringView(u"不明") : QStringView(r.specimen)).end();
    w.end();
    // The doctor who ordered it (performer, required in a CLINS bundle since 1.6), identified in the institution's
    // own numbering as the guide's example does; another institution's result re-exported names that institution.
    if (r.orderedById == 0 && !context.recordedBy.isEmpty()) {
        w.object().field("resourceType", "Organization").field("id", "performer");
        w.array("identifier").object().field("system", uri::InstitutionNumber).field("value", context.recordedBy);
        w.end().end().end();
    } else if (r.orderedById != 0) {
        w.object().field("resourceType", "Practitioner").field("id", "performer");
        w.object("meta").array("profile").item(profile::Practitioner).end().end();
        w.array("identifier").object();
        w.field("system", std::string(uri::PractitionerIdOidPrefix) + context.recordingInstitution().toStdString());
        w.field("value", r.orderedByLogin.isEmpty() ? QString::number(r.orderedById) : r.orderedByLogin);
        w.end().end();
        w.array("name").object().array("extension").object().field("url", uri::NameRepresentation);
        w.field("valueCode", "IDE").end().end();
        w.field("text", QStringView(r.orderedByName).trimmed()).end().end();
        w.end();
    }
    w.end();
    w.array("extension");
    EcsElements::writeInstitutionExtension(w, context.recordingInstitution());
    EcsElements::writeDepartmentExtension(w, EcsElements::departmentOf({}, visit));
    w.end();
    EcsElements::writeResourceIdentifier(w, context.clinic, "Observation", r.id);
    w.field("status", "final");
    w.array("category").object().array("coding").object();
    w.field("system", uri::ObservationCategory).field("code", "laboratory").end().end().end().end();
    w.object("code").array("coding");
    // The clinic's own code first, then the JLAC code (the guide's example orders them so; 1.9 requires both).
    const JlacItemCatalog::Item* item = itemOf(r);
    const QString local = item ? r.localCode.trimmed() : r.code;
    if (!local.isEmpty()) {
        w.object().field("system", uri::LabLocalCode).field("code", local).field("display", r.name).end();
    }
    if (item) {
        w.object().field("system", item->system).field("code", r.code).field("display", item->display).end();
    }
    w.end().field("text", r.name.isEmpty() ? r.itemKey : r.name).end();
    w.object("subject").field("reference", context.patientReference).end();
    w.object("encounter").field("reference", "#encounter").end();
    w.field("effectiveDateTime", FhirTime::instant(r.collectedAt));
    if (r.orderedById != 0 || !context.recordedBy.isEmpty()) {
        w.array("performer").object().field("reference", "#performer").end().end();
    }
    const QStringView text = QStringView(r.valueText).trimmed();
    if (const auto absent = absentReasonOf(r)) {
        w.object("dataAbsentReason").array("coding").object().field("system", uri::DataAbsentReason);
        w.field("code", absent->code).field("display", absent->display).end().end();
        w.field("text", absent->text).end();
    } else if (r.valueNumber) {
        // A text like "<0.1" beside the number is the comparator of a value below/above the measurable range.
        const char* comparator = nullptr;
        for (const char* c : {"<=", ">=", "<", ">"}) {
            if (text.startsWith(QLatin1String(c))) {
                comparator = c;
                break;
            }
        }
        writeQuantity(w, "valueQuantity", *r.valueNumber, r, comparator);
    } else {
        w.field("valueString", text);
    }
    if (!r.abnormalFlag.isEmpty()) {
        w.array("interpretation").object().array("coding").object();
        w.field("system", uri::ObservationInterpretation).field("code", r.abnormalFlag).end().end().end().end();
    }
    w.array("note").object().field("text", QStringView(r.comment).trimmed()).end().end();
    w.object("specimen").field("reference", "#specimen").end();
    w.array("referenceRange").object();
    if (r.referenceLow) {
        writeQuantity(w, "low", *r.referenceLow, r, nullptr);
    }
    if (r.referenceHigh) {
        writeQuantity(w, "high", *r.referenceHigh, r, nullptr);
    }
    w.field("text", QStringView(r.referenceText).trimmed()).end().end();
    w.end();
}

Json LabObservationMapper::toFhir(const LabResult& r, const EcsContext& context) {
    FhirWriter w;
    write(w, r, context);
    return Json::parse(w.take());
}

} // namespace tsumugi::fhir
