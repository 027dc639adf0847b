#include "sync/fhir/DischargeSummaryBundleBuilder.h"

#include "sync/fhir/CompositionBundleAssembler.h"
#include "sync/fhir/CompositionParticipants.h"
#include "sync/fhir/CompositionProfiles.h"
#include "sync/fhir/CompositionSections.h"
#include "sync/fhir/DocumentReferenceMapper.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

namespace tsumugi::fhir {

namespace {
const QString NotWritten = QStringLiteral("記載なし");

QString orNotWritten(const QString& text) {
    return text.trimmed().isEmpty() ? NotWritten : text;
}

QString dispositionDisplay(const QString& code) {
    if (code == QStringLiteral("1")) {
        return QStringLiteral("傷病が治癒・軽快");
    }
    if (code == QStringLiteral("3")) {
        return QStringLiteral("傷病（白血病、潰瘍性大腸炎、クローン病等）が寛解");
    }
    if (code == QStringLiteral("4")) {
        return QStringLiteral("傷病が不変");
    }
    if (code == QStringLiteral("5")) {
        return QStringLiteral("傷病が増悪");
    }
    if (code == QStringLiteral("6")) {
        return QStringLiteral("傷病による死亡");
    }
    return QStringLiteral("その他（検査入院,正常分娩及び人間ドック含む）");
}

Json stayEncounter(const CompositionSource& s) {
    const Document& d = s.document;
    Json e;
    e["resourceType"] = "Encounter";
    e["meta"] = {{"lastUpdated", FhirTime::instant(s.now)},
                 {"profile", Json::array({profile::versioned(docprofile::Encounter)})}};
    e["language"] = "ja";
    e["identifier"] =
        Json::array({{{"system", uri::ResourceInstance},
                      {"value", utf8(QStringLiteral("%1-Admission-D%2").arg(s.clinic.institutionNumber).arg(d.id))}}});
    e["status"] = "finished";
    e["class"] = {{"system", uri::ActCode}, {"code", "IMP"}, {"display", "入院"}};
    e["period"] = {{"start", FhirTime::date(d.admissionDate)}, {"end", FhirTime::date(d.dischargeDate)}};
    e["length"] = {
        {"value", d.admissionDate.daysTo(d.dischargeDate) + 1}, {"unit", "日"}, {"system", uri::Ucum}, {"code", "d"}};
    if (!d.reasonForAdmission.trimmed().isEmpty()) {
        e["reasonCode"] = Json::array({{{"text", utf8(d.reasonForAdmission.trimmed())}}});
    }
    const QString disposition = DischargeSummaryBundleBuilder::dispositionCode(d.dischargeDisposition);
    if (!disposition.isEmpty()) {
        e["hospitalization"] = {{"dischargeDisposition",
                                 {{"coding", Json::array({{{"system", docuri::DischargeDisposition},
                                                           {"code", utf8(disposition)},
                                                           {"display", utf8(dispositionDisplay(disposition))}}})},
                                  {"text", utf8(d.dischargeDisposition.trimmed())}}}};
    }
    return e;
}
} // namespace

QString DischargeSummaryBundleBuilder::dispositionCode(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        return {};
    }
    if (t.contains(QStringLiteral("治癒")) || t.contains(QStringLiteral("軽快"))) {
        return QStringLiteral("1");
    }
    if (t.contains(QStringLiteral("寛解"))) {
        return QStringLiteral("3");
    }
    if (t.contains(QStringLiteral("不変"))) {
        return QStringLiteral("4");
    }
    if (t.contains(QStringLiteral("増悪"))) {
        return QStringLiteral("5");
    }
    if (t.contains(QStringLiteral("死亡"))) {
        return QStringLiteral("6");
    }
    return QStringLiteral("9");
}

Json DischargeSummaryBundleBuilder::build(const CompositionSource& s, UuidSource& uuids) {
    const Document& d = s.document;
    CompositionBundleAssembler a(s, uuids);
    const QDateTime created = d.finalizedAt.isValid() ? d.finalizedAt : s.now;

    const QString author = a.add(CompositionParticipants::practitioner(s.authorName, s.now));
    const QString ours = a.add(CompositionParticipants::clinic(s.clinic, s.now));
    const QString stay = a.add(stayEncounter(s));
    const auto stayRef = [&](const char* display) {
        return Json::array({CompositionSections::reference(stay, "Encounter", display)});
    };

    Json st = Json::array();
    st.push_back(CompositionSections::section("322", QStringLiteral("入院時詳細"),
                                              QStringLiteral("入院日 %1").arg(d.admissionDate.toString(Qt::ISODate)),
                                              stayRef("入院時詳細")));
    st.push_back(
        CompositionSections::section("342", QStringLiteral("入院時診断"),
                                     orNotWritten(CompositionBundleAssembler::conditionLines(s.admissionDiagnoses)),
                                     a.addConditions(s.admissionDiagnoses, "入院時診断")));
    if (!s.allergies.isEmpty()) {
        st.push_back(CompositionSections::section("510", QStringLiteral("アレルギー・不耐性反応"),
                                                  CompositionBundleAssembler::allergyLines(s.allergies),
                                                  a.addAllergies(s.allergies)));
    }
    st.push_back(CompositionSections::section("352", QStringLiteral("主訴"), orNotWritten(d.chiefComplaint)));
    st.push_back(CompositionSections::section("312", QStringLiteral("入院理由"), orNotWritten(d.reasonForAdmission),
                                              stayRef("入院理由")));
    // 現病歴 and 既往歴 under the codes of 1.5.4 and later (360, 370); the 1.5.2 package fixed 362, 372.
    st.push_back(CompositionSections::section("360", QStringLiteral("現病歴"), orNotWritten(d.presentIllness)));
    if (!d.pastHistory.trimmed().isEmpty()) {
        st.push_back(CompositionSections::section("370", QStringLiteral("既往歴"), d.pastHistory));
    }
    const QString course = orNotWritten(d.hospitalCourse);
    const QString courseUrl = a.add(DocumentReferenceMapper::forText(
        "8648-8", "Hospital course Narrative", QStringLiteral("入院中経過"), course, a.context(), created));
    st.push_back(CompositionSections::section(
        "333", QStringLiteral("入院中経過"), course,
        Json::array({CompositionSections::reference(courseUrl, "DocumentReference", "入院中経過")})));
    QString dischargeText = QStringLiteral("退院日 %1").arg(d.dischargeDate.toString(Qt::ISODate));
    if (!d.dischargeDisposition.trimmed().isEmpty()) {
        dischargeText += QStringLiteral("\n退院時転帰 ") + d.dischargeDisposition.trimmed();
    }
    st.push_back(
        CompositionSections::section("324", QStringLiteral("退院時詳細"), dischargeText, stayRef("退院時詳細")));
    st.push_back(CompositionSections::section("344", QStringLiteral("退院時診断"),
                                              CompositionBundleAssembler::conditionLines(s.diagnoses),
                                              a.addConditions(s.diagnoses, "退院時診断")));
    const bool anyMedication = !s.prescriptions.isEmpty() || !d.medications.isEmpty();
    st.push_back(CompositionSections::section("444", QStringLiteral("退院時投薬指示"),
                                              anyMedication ? a.medicationLines() : QStringLiteral("退院時処方なし"),
                                              anyMedication ? a.addMedications(true) : Json::array()));
    st.push_back(
        CompositionSections::section("424", QStringLiteral("退院時方針指示"), orNotWritten(d.dischargeInstructions)));
    if (!s.labs.isEmpty()) {
        st.push_back(CompositionSections::section("623", QStringLiteral("入院中検査結果"),
                                                  CompositionBundleAssembler::labLines(s.labs), a.addLabs(s.labs)));
    }

    Json sections = Json::array();
    Json structured;
    structured["title"] = "構造情報";
    structured["code"] = CompositionSections::code("300");
    structured["section"] = std::move(st);
    sections.push_back(std::move(structured));
    Json pdfs = Json::array();
    Json others = Json::array();
    for (const CompositionSource::File& f : s.files) {
        const QString url = a.add(DocumentReferenceMapper::forAttachment(f.attachment, f.data, a.context(), created));
        const bool pdf = f.attachment.mediaType == QStringLiteral("application/pdf");
        (pdf ? pdfs : others).push_back(CompositionSections::reference(url, "DocumentReference", pdf ? "PDF" : "添付"));
    }
    if (!others.empty()) {
        sections.push_back(CompositionSections::section("210", QStringLiteral("添付情報"), {}, std::move(others)));
    }
    if (!pdfs.empty()) {
        sections.push_back(CompositionSections::section("230", QStringLiteral("PDF"), {}, std::move(pdfs)));
    }

    Json c = a.composition(docprofile::CompositionDischarge, "18842-5", "退院時サマリー", "DISCHARGE", "退院時文書",
                           author, ours);
    c["encounter"] = CompositionSections::reference(stay, "Encounter");
    c["event"] = Json::array(
        {{{"period", {{"start", FhirTime::date(d.admissionDate)}, {"end", FhirTime::date(d.dischargeDate)}}}}});
    c["section"] = std::move(sections);
    return a.build(docprofile::BundleDischarge, std::move(c));
}

} // namespace tsumugi::fhir
