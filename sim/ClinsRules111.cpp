#include "sim/ClinsRules111.h"

#include "sim/JsonAccess.h"

#include <set>

namespace tsumugi::sim {

using json_access::at;
using json_access::list;
using json_access::present;
using json_access::str;
using nlohmann::json;

namespace {

void add(ValidationResult& r, const char* rule, const char* key, const char* code, const std::string& text,
         const std::string& where) {
    r.issues.push_back(Issue{rule, key, code, text, where});
}

// A coding with its system, code and display, as 1.10 asks of every status and code coding.
bool complete(const json& coding) {
    return present(at(coding, "system")) && present(at(coding, "code")) && present(at(coding, "display"));
}

// Exactly one coding, complete (clinicalStatus.coding, verificationStatus.coding: 1..1 with 1..1 children).
bool oneCompleteCoding(const json& cc) {
    const json& codings = at(cc, "coding");
    return codings.is_array() && codings.size() == 1 && complete(codings[0]);
}

std::string firstCode(const json& cc) {
    const json& codings = at(cc, "coding");
    return codings.is_array() && !codings.empty() ? str(at(codings[0], "code")) : std::string();
}

// The service's own flags (meta.tag of JP_ehrshrs_indication) allowed on a resource type; other systems may add
// their own tags (open slice, 1.6.0).
void checkTags(const json& res, const std::string& where, const std::set<std::string>& allowed, const char* type,
               ValidationResult& r) {
    const json tags = list(at(at(res, "meta"), "tag"));
    for (size_t i = 0; i < tags.size(); ++i) {
        if (str(at(tags[i], "system")) != ClinsRules111::kIndication)
            continue;
        const std::string code = str(at(tags[i], "code"));
        if (!allowed.count(code))
            add(r, "V111-T01", "meta.tag", "code-invalid",
                std::string(type) + " に付けられるサービスのフラグは " +
                    (allowed.empty() ? std::string("ない") : [&] {
                        std::string s;
                        for (const std::string& a : allowed)
                            s += (s.empty() ? "" : "・") + a;
                        return s;
                    }()) +
                    "。付けられたフラグ: " + code,
                where + ".meta.tag[" + std::to_string(i) + "]");
    }
}

bool isInfectionResult(const json& observation) {
    for (const json& c : list(at(at(observation, "code"), "coding")))
        if (str(at(c, "system")).find("InfectionLabo") != std::string::npos)
            return true;
    return false;
}

} // namespace

void ClinsRules111::check(const json& bundle, const std::string& kind, ValidationResult& r) {
    const json entries = list(at(bundle, "entry"));
    const bool clins = kind == "clins";
    for (size_t i = 0; i < entries.size(); ++i) {
        const json& res = at(entries[i], "resource");
        const std::string type = str(at(res, "resourceType"));
        const std::string where = "Bundle.entry[" + std::to_string(i) + "].resource";
        if (type == "Condition")
            condition(res, where, r);
        else if (type == "AllergyIntolerance")
            allergy(res, where, r);
        else if (type == "Observation" && (clins || present(at(res, "specimen"))))
            labResult(res, where, clins, r);
        else if (type == "MedicationRequest")
            medicationRequest(res, where, r);
        else if (type == "Composition" && i == 0)
            composition(res, kind, r);
        else
            supporting(res, where, r);
    }
}

void ClinsRules111::condition(const json& c, const std::string& where, ValidationResult& r) {
    checkTags(c, where, {"LTS", "UNINFORMED", "UNDELIVERED"}, "Condition", r);
    const json& clinical = at(c, "clinicalStatus");
    if (present(clinical) && !oneCompleteCoding(clinical))
        add(r, "V111-C01", "JP_Condition_eCS.clinicalStatus.coding", "required",
            "Condition.clinicalStatus.coding は1つで、system・code・display が必須である(1.10.0)。",
            where + ".clinicalStatus");
    if (!oneCompleteCoding(at(c, "verificationStatus")))
        add(r, "V111-C01", "JP_Condition_eCS.verificationStatus.coding", "required",
            "Condition.verificationStatus.coding は1つで、system・code・display が必須である(1.10.0)。",
            where + ".verificationStatus");
    const std::string status = firstCode(clinical);
    if (status == "recurrence" || status == "relapse" || status == "inactive")
        add(r, "V111-C02", "JP_Condition_eCS.clinicalStatus", "code-invalid",
            "Condition.clinicalStatus に " + status + " は使えない(active・remission・resolved のいずれか、1.10.0)。",
            where + ".clinicalStatus");
    for (const char* k : {"abatementDateTime", "abatementPeriod", "abatementString", "abatementAge", "abatementRange"})
        if (present(at(c, k)) && status != "remission" && status != "resolved")
            add(r, "V111-C03", "JP_Condition_eCS.abatementDateTime", "invariant",
                "Condition の終了日(" + std::string(k) +
                    ")は clinicalStatus が remission か resolved のときだけ記述できる(1.10.0)。",
                where + "." + k);
    const json codings = list(at(at(c, "code"), "coding"));
    for (size_t i = 0; i < codings.size(); ++i)
        if (!complete(codings[i]))
            add(r, "V111-C04", "JP_Condition_eCS.code.coding", "required",
                "Condition.code.coding には system・code・display が必須である(1.5.3)。",
                where + ".code.coding[" + std::to_string(i) + "]");
    const json exts = list(at(at(c, "code"), "extension"));
    for (size_t i = 0; i < exts.size(); ++i)
        for (const json& coding : list(at(at(exts[i], "valueCodeableConcept"), "coding")))
            if (!complete(coding))
                add(r, "V111-C04", "JP_Condition_eCS.code.extension.valueCodeableConcept.coding", "required",
                    "修飾語の valueCodeableConcept.coding には system・code・display が必須である(1.5.3)。",
                    where + ".code.extension[" + std::to_string(i) + "]");
}

void ClinsRules111::allergy(const json& a, const std::string& where, ValidationResult& r) {
    checkTags(a, where, {"LTS"}, "AllergyIntolerance", r);
    for (const char* k : {"clinicalStatus", "verificationStatus"})
        if (present(at(a, k)) && !oneCompleteCoding(at(a, k)))
            add(r, "V111-A01", "JP_AllergyIntolerance_eCS.clinicalStatus.coding", "required",
                std::string("AllergyIntolerance.") + k +
                    ".coding は1つで、system・code・display が必須である(1.10.0)。",
                where + "." + k);
    const json reactions = list(at(a, "reaction"));
    for (size_t i = 0; i < reactions.size(); ++i) {
        const json manifestations = list(at(reactions[i], "manifestation"));
        for (size_t j = 0; j < manifestations.size(); ++j)
            if (!present(at(manifestations[j], "text")))
                add(r, "V111-A02", "JP_AllergyIntolerance_eCS.reaction.manifestation.text", "required",
                    "AllergyIntolerance.reaction.manifestation.text は必須である(1.10.0-20250522)。",
                    where + ".reaction[" + std::to_string(i) + "].manifestation[" + std::to_string(j) + "]");
    }
}

void ClinsRules111::labResult(const json& o, const std::string& where, bool inClins, ValidationResult& r) {
    if (isInfectionResult(o))
        checkTags(o, where, {"LTS"}, "感染症の検査結果(Observation)", r);
    else
        checkTags(o, where, {}, "感染症以外の検査結果(Observation)", r);
    const std::string status = str(at(o, "status"));
    if (status == "amended" || status == "entered-in-error" || status == "unknown")
        add(r, "V111-O01", "JP_Observation_LabResult_eCS.status", "code-invalid",
            "Observation.status に " + status + " は使えない(1.10.0)。", where + ".status");
    bool hasValue = false;
    for (const char* k : {"valueQuantity", "valueCodeableConcept", "valueString", "valueBoolean", "valueInteger",
                          "valueRange", "valueRatio", "valueSampledData", "valueTime", "valueDateTime", "valuePeriod"})
        hasValue = hasValue || present(at(o, k));
    if (!hasValue && !present(at(at(o, "dataAbsentReason"), "text")))
        add(r, "V111-O02", "JP_Observation_LabResult_eCS.dataAbsentReason", "required",
            "結果の値がない検査結果には dataAbsentReason とその text が必須である(1.10.0)。",
            where + ".dataAbsentReason");
    if (present(at(o, "valueCodeableConcept")) && list(at(at(o, "valueCodeableConcept"), "coding")).size() != 1)
        add(r, "V111-O03", "JP_Observation_LabResult_eCS.valueCodeableConcept.coding", "required",
            "Observation.valueCodeableConcept.coding はちょうど1つである(1.10.0-20250522)。",
            where + ".valueCodeableConcept");
    const json& value = at(o, "valueQuantity");
    const json ranges = list(at(o, "referenceRange"));
    for (size_t i = 0; i < ranges.size(); ++i)
        for (const char* bound : {"low", "high"}) {
            const json& q = at(ranges[i], bound);
            if (!present(q))
                continue;
            const std::string path = where + ".referenceRange[" + std::to_string(i) + "]." + bound;
            if (!present(at(q, "value")))
                add(r, "V111-O04", "JP_Observation_LabResult_eCS.referenceRange.low/high.value", "required",
                    std::string("referenceRange.") + bound + " には value が必須である(1.9.0)。", path);
            for (const char* part : {"unit", "system", "code"})
                if (present(at(q, part)) && at(q, part) != at(value, part))
                    add(r, "V111-O04", "JP_Observation_LabResult_eCS.referenceRange.low/high.unit", "invariant",
                        std::string("referenceRange.") + bound + "." + part + " は結果の値(valueQuantity." + part +
                            ")と同じでなければならない(1.9.0)。",
                        path + "." + part);
        }
    if (!inClins)
        return;
    if (!present(at(o, "performer")))
        add(r, "V111-O05", "JP_Bundle_CLINS: Observation.performer", "required",
            "電子カルテ情報共有サービスに送る検査結果には performer(検査を依頼した医師または機関)が必須である(1.6.0)。",
            where + ".performer");
    bool local = false;
    for (const json& c : list(at(at(o, "code"), "coding")))
        local = local || (str(at(c, "system")) == kLocalLabCode && present(at(c, "code")));
    if (!local)
        add(r, "V111-O06", "JP_Bundle_CLINS: Observation.code.coding (local code)", "required",
            std::string("電子カルテ情報共有サービスに送る検査結果には、JLACコードと並べて医療機関の検査項目コード(") +
                kLocalLabCode + ")が必須である(1.9.0)。",
            where + ".code.coding");
}

void ClinsRules111::medicationRequest(const json& m, const std::string& where, ValidationResult& r) {
    checkTags(m, where, {}, "MedicationRequest", r);
    int request = 0;
    int rp = 0;
    int index = 0;
    const json ids = list(at(m, "identifier"));
    for (const json& id : ids) {
        const std::string system = str(at(id, "system"));
        request += system == kResourceInstance;
        rp += system == kRpNumber;
        index += system == kOrderInRp;
    }
    if (ids.size() < 3 || request != 1 || rp != 1 || index != 1)
        add(r, "V111-M01", "JP_MedicationRequest_eCS.identifier", "required",
            "MedicationRequest.identifier "
            "は3つ以上で、処方オーダのID(resourceInstance-identifier)・Rp番号・Rp内の順番が"
            "1つずつ必須である(1.10.0-20250522)。",
            where + ".identifier");
    const json codings = list(at(at(m, "medicationCodeableConcept"), "coding"));
    for (size_t i = 0; i < codings.size(); ++i) {
        const std::string system = str(at(codings[i], "system"));
        const std::string code = str(at(codings[i], "code"));
        if (system == kGeneralName && code.empty())
            add(r, "V111-M02", "JP_MedicationRequest_eCS.medicationCodeableConcept.coding[codingGeneralName].code",
                "required", "一般名コードの coding には code が必須である(1.5.3)。",
                where + ".medicationCodeableConcept.coding[" + std::to_string(i) + "]");
        if (system == kYjCode && code.size() >= 3 && code.compare(code.size() - 3, 3, "ZZZ") == 0)
            add(r, "V111-M02", "JP_MedicationRequest_eCS.medicationCodeableConcept.coding[codingKYS]", "code-invalid",
                "規格別薬剤成分コード(末尾ZZZのYJコード)は1.10.0-20250522で削除された。",
                where + ".medicationCodeableConcept.coding[" + std::to_string(i) + "]");
    }
    const json& quantity = at(at(m, "dispenseRequest"), "quantity");
    if (present(quantity) && !present(at(quantity, "unit")))
        add(r, "V111-M03", "JP_MedicationRequest_eCS.dispenseRequest.quantity.unit", "required",
            "dispenseRequest.quantity.unit は必須である(1.10.0-20250522)。", where + ".dispenseRequest.quantity");
    const json categories = list(at(m, "category"));
    for (size_t i = 0; i < categories.size(); ++i) {
        const json cc = list(at(categories[i], "coding"));
        bool ok = !cc.empty();
        for (const json& c : cc)
            ok = ok && complete(c);
        if (!ok)
            add(r, "V111-M04", "JP_MedicationRequest_eCS.category.coding", "required",
                "MedicationRequest.category には system・code・display のある coding が必須である(1.10.0-20250522)。",
                where + ".category[" + std::to_string(i) + "]");
    }
    const json dosages = list(at(m, "dosageInstruction"));
    for (size_t i = 0; i < dosages.size(); ++i) {
        const std::string path = where + ".dosageInstruction[" + std::to_string(i) + "]";
        const json usage = list(at(at(at(dosages[i], "timing"), "code"), "coding"));
        bool ok = !usage.empty();
        for (const json& c : usage)
            ok = ok && complete(c);
        if (!ok)
            add(r, "V111-M05", "JP_MedicationDosage_eCS.timing.code.coding", "required",
                "用法(timing.code.coding)は必須で、system・code・display が必要である。コード化できない用法はダミー"
                "コード 0X0XXXXXXXXX0000 と用法の文字列で記述する(1.5.3)。",
                path + ".timing");
        const json rates = list(at(dosages[i], "doseAndRate"));
        for (size_t j = 0; j < rates.size(); ++j)
            if (present(at(rates[j], "type")) && list(at(at(rates[j], "type"), "coding")).size() != 1)
                add(r, "V111-M06", "JP_MedicationDosage_eCS.doseAndRate.type.coding", "required",
                    "doseAndRate.type.coding はちょうど1つである(1.10.0-20250522)。",
                    path + ".doseAndRate[" + std::to_string(j) + "].type");
    }
}

void ClinsRules111::supporting(const json& res, const std::string& where, ValidationResult& r) {
    static const std::set<std::string> types = {"Encounter", "Practitioner",        "PractitionerRole", "Organization",
                                                "Coverage",  "FamilyMemberHistory", "CarePlan"};
    const std::string type = str(at(res, "resourceType"));
    if (!types.count(type))
        return;
    const json& meta = at(res, "meta");
    if (!present(at(meta, "lastUpdated")) || !present(at(meta, "profile")))
        add(r, "V111-S01", "meta, meta.lastUpdated, meta.profile", "required",
            type + " には meta.lastUpdated と meta.profile が必須である(1.10.0-20250522)。", where + ".meta");
    if (type != "Encounter")
        return;
    const json reasons = list(at(res, "reasonCode"));
    for (size_t i = 0; i < reasons.size(); ++i)
        for (const json& c : list(at(reasons[i], "coding")))
            if (!present(at(c, "display")))
                add(r, "V111-S02", "JP_Encounter_eCS.reasonCode.coding.display", "required",
                    "Encounter.reasonCode.coding.display は必須である(1.10.0)。",
                    where + ".reasonCode[" + std::to_string(i) + "]");
    const json diagnoses = list(at(res, "diagnosis"));
    for (size_t i = 0; i < diagnoses.size(); ++i)
        if (present(at(diagnoses[i], "use")) && list(at(at(diagnoses[i], "use"), "coding")).empty())
            add(r, "V111-S02", "JP_Encounter_eCS.diagnosis.use.coding", "required",
                "Encounter.diagnosis.use.coding は1つ以上必須である(1.10.0-20250522)。",
                where + ".diagnosis[" + std::to_string(i) + "].use");
}

void ClinsRules111::composition(const json& c, const std::string& kind, ValidationResult& r) {
    const size_t authors = list(at(c, "author")).size();
    if (kind == "referral" && (authors < 2 || authors > 3))
        add(r, "V111-D01", "JP_Composition_eReferral.author", "required",
            "診療情報提供書の author は2〜3件(作成者と作成機関、必要なら診療科)である(1.10.0-20250522)。件数: " +
                std::to_string(authors),
            "Bundle.entry[0].resource.author");
    if (kind == "discharge-summary" && authors != 2)
        add(r, "V111-D01", "JP_Composition_eDischargeSummary.author", "required",
            "退院時サマリーの author はちょうど2件(作成者と作成機関)である(1.10.0-20250522)。件数: " +
                std::to_string(authors),
            "Bundle.entry[0].resource.author");
}

} // namespace tsumugi::sim
