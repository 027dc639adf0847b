#include "sync/fhir/PatientMapper.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

#include "core/util/KanaNormalizer.h"

namespace tsumugi::fhir {

namespace {
const char* genderOf(Sex sex) {
    switch (sex) {
    case Sex::Male:
        return "male";
    case Sex::Female:
        return "female";
    case Sex::Other:
        return "other";
    case Sex::Unknown:
        return "unknown";
    }
    return "unknown";
}

Json humanName(const char* representation, const QString& family, const QString& given) {
    Json n;
    n["extension"] = Json::array({{{"url", uri::NameRepresentation}, {"valueCode", representation}}});
    n["text"] = utf8(given.isEmpty() ? family : family + QLatin1Char(' ') + given);
    n["family"] = utf8(family);
    if (!given.isEmpty()) {
        n["given"] = Json::array({utf8(given)});
    }
    return n;
}
} // namespace

Json PatientMapper::toFhir(const Patient& p, const ClinicInfo& clinic, const QDateTime& lastUpdated) {
    Json r;
    r["resourceType"] = "Patient";
    r["meta"] = {{"lastUpdated", FhirTime::instant(lastUpdated)},
                 {"profile", Json::array({profile::versioned(profile::Patient)})}};
    Json ids = Json::array();
    ids.push_back({{"system", std::string(uri::PatientIdOidPrefix) + utf8(clinic.institutionNumber)},
                   {"value", std::to_string(p.number)}});
    if (!p.insurance.insurerNumber.isEmpty()) {
        ids.push_back({{"system", uri::InsuranceMemberId}, {"value", utf8(p.insurance.memberId())}});
    }
    r["identifier"] = ids;
    r["name"] = Json::array({humanName("IDE", p.familyName, p.givenName), humanName("SYL", p.familyKana, p.givenKana)});
    if (!p.phone.isEmpty()) {
        r["telecom"] = Json::array({{{"system", "phone"}, {"value", utf8(p.phone)}, {"use", "home"}}});
    }
    r["gender"] = genderOf(p.sex);
    r["birthDate"] = FhirTime::date(p.birthDate);
    Json address = {{"text", utf8(p.address.isEmpty() ? tr("unknown") : p.address)}};
    if (!p.postalCode.isEmpty()) {
        address["postalCode"] = utf8(p.postalCode);
    }
    r["address"] = Json::array({address});
    return r;
}

QString PatientMapper::exportProblem(const Patient& p) {
    if (p.insurance.insurerNumber.isEmpty() || p.insurance.number.isEmpty()) {
        return tr("Patient %1 has no health insurance registered; the sharing service identifies patients by their "
                  "insurance (R1012), so this patient's data cannot be shared.")
            .arg(p.number);
    }
    if (p.familyName.isEmpty() || p.familyKana.isEmpty() || !p.birthDate.isValid()) {
        return tr("Patient %1 lacks a name, reading or birth date.").arg(p.number);
    }
    return {};
}

PatientMapper::Imported PatientMapper::fromFhir(const Json& r) {
    Imported out;
    Patient& p = out.patient;
    if (!r.is_object() || r.value("resourceType", "") != "Patient") {
        out.problems << tr("Patient: the resource is not a Patient.");
        return out;
    }
    for (const Json& id : r.value("identifier", Json::array())) {
        const QString idSystem = qstr(id.value("system", Json()));
        const QString value = qstr(id.value("value", Json()));
        if (idSystem == QLatin1String(uri::InsuranceMemberId)) {
            const QStringList parts = value.split(QLatin1Char(':'));
            if (parts.size() == 4) {
                // Stored as on the card: a 6-digit 国保 number was zero-padded to 8 for the identifier.
                QString insurer = parts.at(0);
                if (insurer.startsWith(QStringLiteral("00")) && insurer.size() == 8) {
                    insurer = insurer.mid(2);
                }
                p.insurance = {insurer, parts.at(1), parts.at(2), parts.at(3)};
            } else {
                out.problems
                    << tr("Patient.identifier: the insured-person identifier %1 is not 保険者番号:記号:番号:枝番.")
                           .arg(value);
            }
        } else if (idSystem.startsWith(QLatin1String(uri::PatientIdOidPrefix))) {
            out.sourcePatientId = value;
        }
    }
    for (const Json& n : r.value("name", Json::array())) {
        QString representation;
        for (const Json& e : n.value("extension", Json::array())) {
            if (e.value("url", "") == uri::NameRepresentation) {
                representation = qstr(e.value("valueCode", Json()));
            }
        }
        const QString family = qstr(n.value("family", Json()));
        const Json given = n.value("given", Json::array());
        const QString givenName = given.empty() ? QString() : qstr(given.at(0));
        if (representation == QStringLiteral("SYL")) {
            p.familyKana = KanaNormalizer::normalize(family);
            p.givenKana = KanaNormalizer::normalize(givenName);
        } else if (representation == QStringLiteral("IDE") || p.familyName.isEmpty()) {
            p.familyName = family;
            p.givenName = givenName;
        }
    }
    if (p.familyName.isEmpty()) {
        out.problems << tr("Patient.name: no name.");
    }
    const std::string gender = r.value("gender", "unknown");
    p.sex = gender == "male"     ? Sex::Male
            : gender == "female" ? Sex::Female
            : gender == "other"  ? Sex::Other
                                 : Sex::Unknown;
    p.birthDate = QDate::fromString(qstr(r.value("birthDate", Json())), Qt::ISODate);
    if (!p.birthDate.isValid()) {
        out.problems << tr("Patient.birthDate: missing or not a date.");
    }
    const Json addresses = r.value("address", Json::array());
    if (!addresses.empty()) {
        p.address = qstr(addresses.at(0).value("text", Json()));
        p.postalCode = qstr(addresses.at(0).value("postalCode", Json()));
    }
    for (const Json& t : r.value("telecom", Json::array())) {
        if (t.value("system", "") == "phone" && p.phone.isEmpty()) {
            p.phone = qstr(t.value("value", Json()));
        }
    }
    return out;
}

} // namespace tsumugi::fhir
