#include "sync/fhir/ConditionMapper.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

#include <utility>

namespace tsumugi::fhir {

namespace {
const char* clinicalStatusOf(Diagnosis::Outcome o) {
    // 転帰 → condition-clinical: 治癒 resolved; 死亡, 中止, 転医 end the name other than by cure (inactive).
    switch (o) {
    case Diagnosis::Outcome::Continuing:
        return "active";
    case Diagnosis::Outcome::Cured:
        return "resolved";
    case Diagnosis::Outcome::Died:
    case Diagnosis::Outcome::Discontinued:
    case Diagnosis::Outcome::Transferred:
        return "inactive";
    }
    return "active";
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

Json codeable(const char* system, const char* code) {
    Json c;
    c["system"] = system;
    c["code"] = code;
    Json cc;
    cc["coding"] = Json::array({c});
    return cc;
}

Json coding(const char* system, const QString& code, const QString& display) {
    return {{"system", system}, {"code", utf8(code)}, {"display", utf8(display)}};
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

Json ConditionMapper::toFhir(const Diagnosis& d, const EcsContext& context) {
    const Visit* visit = EcsElements::visitOf(context, d.visitId);
    const QString name = enteredName(d);
    Json r;
    r["resourceType"] = "Condition";
    Json meta = {{"lastUpdated", FhirTime::instant(context.lastUpdated)},
                 {"profile", Json::array({profile::Condition})}};
    Json tags = Json::array();
    if (d.longTerm) {
        tags.push_back(EcsElements::tag("LTS", "長期保存"));
    }
    if (d.uninformed) {
        tags.push_back(EcsElements::tag("UNINFORMED", "未告知"));
    }
    // 未提供 items are sent, tagged, not left out: JP_Condition_eCS defines meta.tag:undelivered for them, and the
    // vendor guide (技術解説書 v1.1.0, 補11) has the service share them between institutions while hiding them
    // from the patient's own view (マイナポータル). Leaving them out would hide them from other doctors too.
    if (d.undelivered) {
        tags.push_back(EcsElements::tag("UNDELIVERED", "未提供"));
    }
    if (!tags.empty()) {
        meta["tag"] = std::move(tags);
    }
    r["meta"] = std::move(meta);
    r["language"] = "ja";
    r["contained"] = Json::array({EcsElements::containedEncounter(visit)});
    Json ext = Json::array({EcsElements::institutionExtension(context.clinic),
                            EcsElements::departmentExtension(EcsElements::departmentOf(d.department, visit))});
    if (d.principal) {
        Json principal;
        principal["url"] = uri::DiagnosisTypeExt;
        principal["valueCodeableConcept"] = codeable(uri::DiagnosisType, "principal");
        ext.push_back(std::move(principal));
    }
    r["extension"] = std::move(ext);
    r["identifier"] = EcsElements::resourceIdentifier(context.clinic, "Condition", d.id);
    r["clinicalStatus"] = codeable(uri::ConditionClinical, clinicalStatusOf(d.outcome));
    r["verificationStatus"] = codeable(uri::ConditionVerification, d.suspected ? "unconfirmed" : "confirmed");
    Json category = codeable(uri::ConditionCategory, "encounter-diagnosis");
    category["coding"][0]["display"] = "Encounter Diagnosis";
    r["category"] = Json::array({std::move(category)});
    // MEDIS 病名管理番号 always; the all-9s number for a name not in the master (未コード化傷病名).
    Json codings = Json::array();
    codings.push_back(coding(uri::MedisDisease, d.medisCode.isEmpty() ? Diagnosis::UncodedMedisCode : d.medisCode,
                             d.isUncoded() || d.medisCode.isEmpty() ? QStringLiteral("未コード化傷病名") : d.name));
    if (!d.receiptCode.isEmpty() && d.receiptCode != Diagnosis::UncodedReceiptCode) {
        codings.push_back(coding(uri::ReceiptDisease, d.receiptCode, d.name));
    }
    if (!d.icd10.isEmpty()) {
        codings.push_back(coding(uri::Icd10, d.icd10, d.name));
    }
    r["code"] = {{"coding", std::move(codings)}, {"text", utf8(name)}};
    r["subject"] = {{"reference", utf8(context.patientReference)}};
    r["encounter"] = {{"reference", "#encounter"}};
    r["onsetDateTime"] = FhirTime::date(d.startDate);
    if (d.outcome != Diagnosis::Outcome::Continuing && d.endDate.isValid()) {
        r["abatementDateTime"] = FhirTime::date(d.endDate);
    }
    if (d.recordedAt.isValid()) {
        r["recordedDate"] = FhirTime::instant(d.recordedAt);
    }
    if (!d.comment.trimmed().isEmpty()) {
        r["note"] = Json::array({{{"text", utf8(d.comment.trimmed())}}});
    }
    return r;
}

} // namespace tsumugi::fhir
