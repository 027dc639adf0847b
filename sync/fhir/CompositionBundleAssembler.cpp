#include "sync/fhir/CompositionBundleAssembler.h"

#include "sync/fhir/AllergyIntoleranceMapper.h"
#include "sync/fhir/CompositionProfiles.h"
#include "sync/fhir/CompositionSections.h"
#include "sync/fhir/ConditionMapper.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"
#include "sync/fhir/LabObservationMapper.h"
#include "sync/fhir/MedicationRequestMapper.h"
#include "sync/fhir/PatientMapper.h"

namespace tsumugi::fhir {

CompositionBundleAssembler::CompositionBundleAssembler(const CompositionSource& source, UuidSource& uuids)
    : m_source(source)
    , m_uuids(uuids) {
    m_compositionUrl = m_uuids.nextUrn();
    m_context.clinic = source.clinic;
    m_context.lastUpdated = source.now;
    m_context.today = source.now.toOffsetFromUtc(9 * 3600).date();
    m_context.visits = source.visits;
    m_patientUrl = add(PatientMapper::toFhir(source.patient, source.clinic, source.now));
    m_context.patientReference = m_patientUrl;
}

QString CompositionBundleAssembler::add(Json resource) {
    const QString url = m_uuids.nextUrn();
    Json entry = Json::object();
    entry["fullUrl"] = utf8(url);
    entry["resource"] = std::move(resource);
    m_entries.push_back(std::move(entry));
    return url;
}

Json CompositionBundleAssembler::addConditions(const QList<Diagnosis>& diagnoses, const char* display) {
    Json refs = Json::array();
    for (const Diagnosis& d : diagnoses) {
        // A diagnosis both on admission and at discharge is one resource referenced from both sections.
        auto it = m_conditionUrls.constFind(d.id);
        if (it == m_conditionUrls.constEnd()) {
            it = m_conditionUrls.insert(d.id, add(ConditionMapper::toFhir(d, m_context)));
        }
        refs.push_back(CompositionSections::reference(*it, "Condition", display));
    }
    return refs;
}

Json CompositionBundleAssembler::addAllergies(const QList<Allergy>& allergies) {
    Json refs = Json::array();
    for (const Allergy& a : allergies) {
        refs.push_back(CompositionSections::reference(add(AllergyIntoleranceMapper::toFhir(a, m_context)),
                                                      "AllergyIntolerance", "アレルギー・不耐性反応"));
    }
    return refs;
}

Json CompositionBundleAssembler::addLabs(const QList<LabResult>& labs) {
    Json refs = Json::array();
    for (const LabResult& r : labs) {
        refs.push_back(
            CompositionSections::reference(add(LabObservationMapper::toFhir(r, m_context)), "Observation", "検査結果"));
    }
    return refs;
}

Json CompositionBundleAssembler::addMedications(bool discharge) {
    const Document& d = m_source.document;
    const QDateTime authored = d.finalizedAt.isValid() ? d.finalizedAt : m_source.now;
    const auto setting =
        discharge ? MedicationRequestMapper::Setting::Discharge : MedicationRequestMapper::Setting::Current;
    Json refs = Json::array();
    for (const Prescription& p : m_source.prescriptions) {
        refs.push_back(CompositionSections::reference(
            add(MedicationRequestMapper::toFhir(MedicationOrder::fromPrescription(p, authored), m_context, setting)),
            "MedicationRequest", "処方"));
    }
    for (int i = 0; i < d.medications.size(); ++i) {
        const MedicationOrder o = MedicationOrder::fromLine(d.medications.at(i), d.id, i, d.documentDate, authored);
        refs.push_back(CompositionSections::reference(add(MedicationRequestMapper::toFhir(o, m_context, setting)),
                                                      "MedicationRequest", "処方"));
    }
    return refs;
}

Json CompositionBundleAssembler::composition(const char* compositionProfile, const char* typeCode, const char* title,
                                             const char* category, const char* categoryDisplay,
                                             const QString& authorPractitionerUrl,
                                             const QString& organizationUrl) const {
    const Document& d = m_source.document;
    Json c;
    c["resourceType"] = "Composition";
    c["meta"] = {{"lastUpdated", FhirTime::instant(m_source.now)},
                 {"profile", Json::array({profile::versioned(compositionProfile)})}};
    c["language"] = "ja";
    c["extension"] = Json::array({{{"url", docuri::VersionNumber}, {"valueString", std::to_string(d.version)}}});
    // One identifier per document version: 医療機関番号-D{document}-v{version}.
    c["identifier"] = {
        {"system", uri::ResourceInstance},
        {"value", utf8(QStringLiteral("%1-D%2-v%3").arg(m_source.clinic.institutionNumber).arg(d.id).arg(d.version))}};
    c["status"] = "final";
    c["type"] = {{"coding", Json::array({{{"system", docuri::DocType}, {"code", typeCode}, {"display", title}}})}};
    c["category"] = Json::array(
        {{{"coding",
           Json::array({{{"system", docuri::DocSubType}, {"code", category}, {"display", categoryDisplay}}})}}});
    c["subject"] = {{"reference", utf8(m_patientUrl)}, {"type", "Patient"}};
    c["date"] = FhirTime::instant(d.finalizedAt.isValid() ? d.finalizedAt : m_source.now);
    c["author"] = Json::array({CompositionSections::reference(authorPractitionerUrl, "Practitioner"),
                               CompositionSections::reference(organizationUrl, "Organization")});
    c["title"] = title;
    c["custodian"] = CompositionSections::reference(organizationUrl, "Organization");
    return c;
}

Json CompositionBundleAssembler::build(const char* bundleProfile, Json composition) {
    Json b;
    b["resourceType"] = "Bundle";
    b["meta"] = {{"lastUpdated", FhirTime::instant(m_source.now)},
                 {"profile", Json::array({profile::versioned(bundleProfile)})}};
    b["language"] = "ja";
    b["identifier"] = {{"system", uri::BundleIdentifier}, {"value", utf8(m_source.bundleIdentifier)}};
    b["type"] = "document";
    b["timestamp"] = FhirTime::instant(m_source.now);
    Json entries = Json::array();
    Json first = Json::object();
    first["fullUrl"] = utf8(m_compositionUrl);
    first["resource"] = std::move(composition);
    entries.push_back(std::move(first));
    for (Json& e : m_entries) {
        entries.push_back(std::move(e));
    }
    m_entries = Json::array();
    b["entry"] = std::move(entries);
    return b;
}

QString CompositionBundleAssembler::conditionLines(const QList<Diagnosis>& diagnoses) {
    QStringList lines;
    for (const Diagnosis& d : diagnoses) {
        QString line = d.displayName();
        if (d.principal) {
            line += QStringLiteral("（主病名）");
        }
        if (d.startDate.isValid()) {
            line += QStringLiteral(" 開始日 ") + d.startText();
        }
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

QString CompositionBundleAssembler::allergyLines(const QList<Allergy>& allergies) {
    QStringList lines;
    for (const Allergy& a : allergies) {
        lines << (a.reaction.isEmpty() ? a.name : QStringLiteral("%1（%2）").arg(a.name, a.reaction));
    }
    return lines.join(QLatin1Char('\n'));
}

QString CompositionBundleAssembler::labLines(const QList<LabResult>& labs) {
    QStringList lines;
    for (const LabResult& r : labs) {
        const QString value = r.valueNumber ? QString::number(*r.valueNumber, 'g', 10) +
                                                  (r.unit.isEmpty() ? QString() : QStringLiteral(" ") + r.unit)
                                            : r.valueText;
        lines << QStringLiteral("%1 %2 %3")
                     .arg(r.collectedAt.toOffsetFromUtc(9 * 3600).date().toString(Qt::ISODate), r.name, value);
    }
    return lines.join(QLatin1Char('\n'));
}

QString CompositionBundleAssembler::medicationLines() const {
    QStringList lines;
    const auto line = [](const QString& name, double dose, const QString& unit, const QString& usage, int days) {
        return QStringLiteral("%1 1日%2%3 %4 %5日分")
            .arg(name, QString::number(dose, 'g', 10), unit, usage)
            .arg(days)
            .simplified();
    };
    for (const Prescription& p : m_source.prescriptions) {
        lines << line(p.drugName, p.dose, p.unit, p.usageText, p.days);
    }
    for (const MedicationLine& m : m_source.document.medications) {
        lines << line(m.name, m.dose, m.unit, m.usageText, m.days);
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace tsumugi::fhir
