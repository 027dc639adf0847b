#include "sync/fhir/ReferralBundleBuilder.h"

#include "sync/fhir/CompositionBundleAssembler.h"
#include "sync/fhir/CompositionParticipants.h"
#include "sync/fhir/CompositionProfiles.h"
#include "sync/fhir/CompositionSections.h"
#include "sync/fhir/DocumentReferenceMapper.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

namespace tsumugi::fhir {

namespace {
// 紹介目的 as JP_Encounter_eCS: status finished, outpatient, the purpose as reasonCode text.
Json purposeEncounter(const CompositionSource& s) {
    Json e;
    e["resourceType"] = "Encounter";
    e["meta"] = {{"lastUpdated", FhirTime::instant(s.now)},
                 {"profile", Json::array({profile::versioned(docprofile::Encounter)})}};
    e["language"] = "ja";
    e["identifier"] = Json::array(
        {{{"system", uri::ResourceInstance},
          {"value", utf8(QStringLiteral("%1-Referral-D%2").arg(s.clinic.institutionNumber).arg(s.document.id))}}});
    e["status"] = "finished";
    e["class"] = {{"system", uri::ActCode}, {"code", "AMB"}, {"display", "外来"}};
    e["reasonCode"] = Json::array({{{"text", utf8(s.document.purpose.trimmed())}}});
    return e;
}

QString addresseeText(const DocumentAddressee& a) {
    QStringList parts{a.institutionName};
    if (!a.department.isEmpty()) {
        parts << a.department;
    }
    if (!a.doctor.isEmpty()) {
        parts << a.doctor;
    }
    return parts.join(QLatin1Char(' '));
}
} // namespace

Json ReferralBundleBuilder::build(const CompositionSource& s, UuidSource& uuids) {
    const Document& d = s.document;
    CompositionBundleAssembler a(s, uuids);
    const QDateTime created = d.finalizedAt.isValid() ? d.finalizedAt : s.now;

    const QString author = a.add(CompositionParticipants::practitioner(s.authorName, s.now));
    const QString ours = a.add(CompositionParticipants::clinic(s.clinic, s.now));
    const QString to = a.add(CompositionParticipants::addressee(d.addressee, s.now));
    QString toDoctor;
    if (!d.addressee.doctor.isEmpty()) {
        toDoctor = a.add(CompositionParticipants::practitioner(d.addressee.doctor, s.now));
    }

    Json sections = Json::array();
    Json fromEntries = Json::array({CompositionSections::reference(ours, "Organization", "紹介元医療機関"),
                                    CompositionSections::reference(author, "Practitioner", "紹介元医師")});
    sections.push_back(CompositionSections::section("920", QStringLiteral("紹介元情報"),
                                                    s.clinic.name + QLatin1Char(' ') + s.authorName, fromEntries));
    Json toEntries = Json::array({CompositionSections::reference(to, "Organization", "紹介先医療機関")});
    if (!toDoctor.isEmpty()) {
        toEntries.push_back(CompositionSections::reference(toDoctor, "Practitioner", "紹介先医師"));
    }
    sections.push_back(
        CompositionSections::section("910", QStringLiteral("紹介先情報"), addresseeText(d.addressee), toEntries));

    Json structured = Json::array();
    const QString purposeUrl = a.add(purposeEncounter(s));
    structured.push_back(CompositionSections::section(
        "950", QStringLiteral("紹介目的"), d.purpose,
        Json::array({CompositionSections::reference(purposeUrl, "Encounter", "紹介目的")})));
    QString problemText = d.chiefComplaint.trimmed();
    const QString dxLines = CompositionBundleAssembler::conditionLines(s.diagnoses);
    if (!dxLines.isEmpty()) {
        problemText = problemText.isEmpty() ? dxLines : problemText + QLatin1Char('\n') + dxLines;
    }
    structured.push_back(CompositionSections::section("340", QStringLiteral("傷病名・主訴"), problemText,
                                                      a.addConditions(s.diagnoses, "傷病名・主訴")));
    structured.push_back(CompositionSections::section("360", QStringLiteral("現病歴"), d.presentIllness));
    if (!d.pastHistory.trimmed().isEmpty()) {
        structured.push_back(CompositionSections::section("370", QStringLiteral("既往歴"), d.pastHistory));
    }
    if (!s.allergies.isEmpty()) {
        structured.push_back(CompositionSections::section("510", QStringLiteral("アレルギー・不耐性反応"),
                                                          CompositionBundleAssembler::allergyLines(s.allergies),
                                                          a.addAllergies(s.allergies)));
    }
    if (!s.prescriptions.isEmpty() || !d.medications.isEmpty()) {
        const QString text = a.medicationLines();
        structured.push_back(
            CompositionSections::section("430", QStringLiteral("投薬指示"), text, a.addMedications(false)));
    }
    if (!s.labs.isEmpty()) {
        structured.push_back(CompositionSections::section(
            "620", QStringLiteral("検査結果"), CompositionBundleAssembler::labLines(s.labs), a.addLabs(s.labs)));
    }
    if (!d.clinicalCourse.trimmed().isEmpty()) {
        structured.push_back(CompositionSections::section("330", QStringLiteral("臨床経過"), d.clinicalCourse));
    }
    if (!d.instructions.trimmed().isEmpty()) {
        structured.push_back(CompositionSections::section("420", QStringLiteral("診療方針指示"), d.instructions));
    }
    Json structuredSection;
    structuredSection["title"] = "構造情報";
    structuredSection["code"] = CompositionSections::code("300");
    structuredSection["section"] = std::move(structured);
    sections.push_back(std::move(structuredSection));

    if (!d.remarks.trimmed().isEmpty()) {
        sections.push_back(CompositionSections::section("220", QStringLiteral("備考・連絡情報"), d.remarks));
    }
    Json pdfs = Json::array();
    Json others = Json::array();
    for (const CompositionSource::File& f : s.files) {
        const QString url = a.add(DocumentReferenceMapper::forAttachment(f.attachment, f.data, a.context(), created));
        const bool pdf = f.attachment.mediaType == QStringLiteral("application/pdf");
        (pdf ? pdfs : others).push_back(CompositionSections::reference(url, "DocumentReference", pdf ? "PDF" : "添付"));
    }
    if (s.attachedDischarge) {
        const QByteArray bytes = QByteArray::fromStdString(s.attachedDischarge->dump(-1, ' ', false));
        const QString url =
            a.add(DocumentReferenceMapper::forDischargeSummary(bytes, s.attachedDischargeTitle, a.context(), created));
        others.push_back(CompositionSections::reference(url, "DocumentReference", "退院時サマリー"));
    }
    if (!others.empty()) {
        sections.push_back(CompositionSections::section("210", QStringLiteral("添付情報"), {}, std::move(others)));
    }
    if (!pdfs.empty()) {
        sections.push_back(CompositionSections::section("230", QStringLiteral("PDF"), {}, std::move(pdfs)));
    }

    Json c = a.composition(docprofile::CompositionReferral, "57133-1", "診療情報提供書", "OUTPATIENT", "外来文書",
                           author, ours);
    c["event"] = Json::array({{{"code", Json::array({{{"text", "診療情報提供書発行"}}})},
                               {"period", {{"start", FhirTime::date(d.documentDate)}}}}});
    CompositionSections::markTextOnly(sections);
    c["section"] = std::move(sections);
    return a.build(docprofile::BundleReferral, std::move(c));
}

} // namespace tsumugi::fhir
