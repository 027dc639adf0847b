#pragma once

#include <QByteArray>

// JSON of the files tsumugictl import reads in test_import_cli (kept out of the test's .cpp: moc cannot read
// multi-line raw strings).
namespace import_cli_fixtures {
// A JP_Bundle_CLINS of one Condition from institution 1319990002, for the patient described by patientJson.
inline QByteArray conditionBundle(const QByteArray& patientJson, const QByteArray& name, const QByteArray& medis) {
    return R"({"resourceType":"Bundle","type":"collection",)"
           R"("meta":{"profile":["http://jpfhir.jp/fhir/clins/StructureDefinition/JP_Bundle_CLINS|1"],)"
           R"("tag":[{"system":"http://jpfhir.jp/fhir/clins/CodeSystem/BundleResourceType_CS","code":"Condition"}]},)"
           R"("identifier":{"system":"http://jpfhir.jp/fhir/clins/bundle-identifier","value":"1319990002^2026^P1-Condition"},)"
           R"("entry":[{"fullUrl":"urn:uuid:11111111-1111-4111-8111-111111111111","resource":)" +
           patientJson +
           R"(},)"
           R"({"fullUrl":"urn:uuid:22222222-2222-4222-8222-222222222222","resource":{"resourceType":"Condition",)"
           R"("identifier":[{"system":"http://jpfhir.jp/fhir/core/IdSystem/resourceInstance-identifier","value":"1319990002-Condition-)" +
           medis +
           R"("}],)"
           R"("extension":[{"url":"http://jpfhir.jp/fhir/clins/Extension/StructureDefinition/JP_eCS_InstitutionNumber",)"
           R"("valueIdentifier":{"system":"http://jpfhir.jp/fhir/core/IdSystem/insurance-medical-institution-no","value":"1319990002"}}],)"
           R"("clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-clinical","code":"active"}]},)"
           R"("verificationStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/condition-ver-status","code":"confirmed"}]},)"
           R"("code":{"coding":[{"system":"http://medis.or.jp/CodeSystem/master-disease-keyNumber","code":")" +
           medis + R"("}],"text":")" + name +
           R"("},)"
           R"("subject":{"reference":"urn:uuid:11111111-1111-4111-8111-111111111111"},)"
           R"("onsetDateTime":"2024-05-01","evidence":[{"detail":[{"display":"内視鏡"}]}]}}]})";
}

inline QByteArray patient(const QByteArray& family, const QByteArray& given, const QByteArray& familyKana,
                          const QByteArray& givenKana, const QByteArray& birth, const QByteArray& identifiers) {
    return R"({"resourceType":"Patient","identifier":[)" + identifiers +
           R"(],)"
           R"("name":[{"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation","valueCode":"IDE"}],)"
           R"("family":")" +
           family + R"(","given":[")" + given +
           R"("]},)"
           R"({"extension":[{"url":"http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation","valueCode":"SYL"}],)"
           R"("family":")" +
           familyKana + R"(","given":[")" + givenKana +
           R"("]}],)"
           R"("gender":"female","birthDate":")" +
           birth + R"("})";
}
// Hanako's insured-person identifier, and Ichiro's patient number at the sender (no insurance given).
inline const QByteArray HanakoMember =
    R"({"system":"http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID","value":"39131016::00012345:01"})";
inline const QByteArray IchiroAtSender = R"({"system":"urn:oid:1.2.392.100495.20.3.51.11319990002","value":"77"})";
inline const QByteArray GoodOnset = R"("onsetDateTime":"2024-05-01")";
inline const QByteArray BadOnset = R"("onsetDateTime":"yesterday")";

} // namespace import_cli_fixtures
