#include "sync/fhir/ConditionMapper.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

#include <utility>

namespace tsumugi::fhir {

namespace {
// 転帰 → condition-clinical. Since 1.10 the guide allows only active, remission and resolved (never inactive), and an
// abatementDateTime only beside remission or resolved: every ended name is resolved with its end date, and a 転帰
// other than 治癒 travels as a note of its own (ConditionMapper::outcomeNote) so that it is not lost.
const char* clinicalStatusOf(Diagnosis::Outcome o) {
    return o == Diagnosis::Outcome::Continuing ? "active" : "resolved";
}

const char* clinicalStatusDisplay(Diagnosis::Outcome o) {
    return o == Diagnosis::Outcome::Continuing ? "Active" : "Resolved";
}

// The name as entered, with its modifiers but without (疑い): suspicion travels as verificationStatus.
QString enteredName(const Diagnosis& d) {
    QString prefix;
    QString suffix;
    for (const DiseaseModifier& m : d.modifiers) {
        (m.suffix ? suffix : prefix) += m.name;
    }
    return prefix + d.name + suffix;
}

void writeCoding(FhirWriter& w, const char* system, const QString& code, const QString& display) {
    w.object().field("system", system).field("code", code).field("display", display).end();
}
} // namespace

bool ConditionMapper::isReportable(const Diagnosis& d, const QDate& today) {
    if (d.withdrawn || !d.sourceInstitution.isEmpty() || !d.startDate.isValid()) {
        return false;
    }
    if (d.outcome == Diagnosis::Outcome::Continuing || !d.endDate.isValid()) {
        return true;
    }
    return d.endDate >= today.addYears(-5);
}

void ConditionMapper::write(FhirWriter& w, const Diagnosis& d, const EcsContext& context) {
    const Visit* visit = EcsElements::visitOf(context, d.visitId);
    w.object().field("resourceType", "Condition");
    EcsElements::beginMeta(w, context, profile::Condition);
    w.array("tag");
    if (d.longTerm) {
        EcsElements::writeTag(w, "LTS", "長期保存");
    }
    if (d.uninformed) {
        EcsElements::writeTag(w, "UNINFORMED", "未告知");
    }
    // 未提供 items are sent, tagged, not left out: JP_Condition_eCS defines meta.tag:undelivered for them, and the
    // vendor guide (技術解説書 v1.1.0, 補11) has the service share them between institutions while hiding them
    // from the patient's own view (マイナポータル). Leaving them out would hide them from other doctors too.
    if (d.undelivered) {
        EcsElements::writeTag(w, "UNDELIVERED", "未提供");
    }
    w.end().end().field("language", "ja");
    w.array("contained");
    EcsElements::writeContainedEncounter(w, visit);
    w.end().array("extension");
    EcsElements::writeInstitutionExtension(w, context.recordingInstitution());
    EcsElements::writeDepartmentExtension(w, EcsElements::departmentOf(d.department, visit));
    if (d.principal) {
        w.object().field("url", uri::DiagnosisTypeExt);
        EcsElements::writeCodeableConcept(w, "valueCodeableConcept", uri::DiagnosisType, "principal");
        w.end();
    }
    w.end();
    EcsElements::writeResourceIdentifier(w, context.clinic, "Condition", d.id);
    EcsElements::writeCodeableConcept(w, "clinicalStatus", uri::ConditionClinical, clinicalStatusOf(d.outcome),
                                      clinicalStatusDisplay(d.outcome));
    EcsElements::writeCodeableConcept(w, "verificationStatus", uri::ConditionVerification,
                                      d.suspected ? "unconfirmed" : "confirmed",
                                      d.suspected ? "Unconfirmed" : "Confirmed");
    w.array("category");
    w.object().array("coding").object().field("system", uri::ConditionCategory).field("code", "encounter-diagnosis");
    w.field("display", "Encounter Diagnosis").end().end().end();
    w.end();
    // MEDIS 病名管理番号 always; the all-9s number for a name not in the master (未コード化傷病名).
    w.object("code");
    // Each coded 修飾語 as JP Core's prefix/postfix extension; the composed wording is code.text.
    w.array("extension");
    for (const DiseaseModifier& m : d.modifiers) {
        if (m.medisCode.isEmpty()) {
            continue;
        }
        w.object().field("url", m.suffix ? uri::PostfixModifierExt : uri::PrefixModifierExt);
        w.object("valueCodeableConcept").array("coding");
        writeCoding(w, uri::MedisModifier, m.medisCode, m.name);
        w.end().end().end();
    }
    w.end();
    w.array("coding");
    writeCoding(w, uri::MedisDisease, d.medisCode.isEmpty() ? Diagnosis::UncodedMedisCode : d.medisCode,
                d.isUncoded() || d.medisCode.isEmpty() ? QStringLiteral("未コード化傷病名") : d.name);
    if (!d.receiptCode.isEmpty() && d.receiptCode != Diagnosis::UncodedReceiptCode) {
        writeCoding(w, uri::ReceiptDisease, d.receiptCode, d.name);
    }
    if (!d.icd10.isEmpty()) {
        writeCoding(w, uri::Icd10, d.icd10, d.name);
    }
    w.end().field("text", enteredName(d)).end();
    w.object("subject").field("reference", context.patientReference).end();
    w.object("encounter").field("reference", "#encounter").end();
    // A received onset known to the year or month goes out as it came ("2019"), never as a made-up first day.
    w.field("onsetDateTime", d.startText());
    if (d.outcome != Diagnosis::Outcome::Continuing && d.endDate.isValid()) {
        w.field("abatementDateTime", d.endText());
    }
    if (d.recordedAt.isValid()) {
        w.field("recordedDate", FhirTime::instant(d.recordedAt));
    }
    w.array("note");
    w.object().field("text", outcomeNote(d.outcome)).end();
    w.object().field("text", QStringView(d.comment).trimmed()).end();
    w.end();
    w.end();
}

QString ConditionMapper::outcomeNote(Diagnosis::Outcome o) {
    switch (o) {
    case Diagnosis::Outcome::Died:
        return QStringLiteral("転帰：死亡");
    case Diagnosis::Outcome::Discontinued:
        return QStringLiteral("転帰：中止");
    case Diagnosis::Outcome::Transferred:
        return QStringLiteral("転帰：転医");
    case Diagnosis::Outcome::Continuing:
    case Diagnosis::Outcome::Cured:
        return {};
    }
    return {};
}

std::optional<Diagnosis::Outcome> ConditionMapper::outcomeFromNote(const QString& note) {
    for (const Diagnosis::Outcome o :
         {Diagnosis::Outcome::Died, Diagnosis::Outcome::Discontinued, Diagnosis::Outcome::Transferred}) {
        if (note.trimmed() == outcomeNote(o)) {
            return o;
        }
    }
    return std::nullopt;
}

Json ConditionMapper::toFhir(const Diagnosis& d, const EcsContext& context) {
    FhirWriter w;
    write(w, d, context);
    return Json::parse(w.take());
}

} // namespace tsumugi::fhir
