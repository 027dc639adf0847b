#include "sync/fhir/FilePatientReader.h"

#include "sync/fhir/FhirJson.h"
#include "sync/fhir/JsonNesting.h"
#include "sync/fhir/PatientMapper.h"

#include <QFile>

namespace tsumugi::fhir {

namespace {
std::optional<Patient> read(const QByteArray& data) {
    if (JsonNesting::tooDeep(data.constBegin(), data.constEnd())) {
        return std::nullopt;
    }
    const Json root = Json::parse(data.constBegin(), data.constEnd(), nullptr, false);
    if (!root.is_object()) {
        return std::nullopt;
    }
    const auto isPatient = [](const Json& r) {
        return r.is_object() && r.contains("resourceType") && r["resourceType"] == "Patient";
    };
    if (isPatient(root)) {
        return PatientMapper::fromFhir(root).patient;
    }
    // JP-CLINS bundles carry the Patient first, documents after the Composition: take the first one anywhere.
    const auto entries = root.find("entry");
    if (entries == root.end() || !entries->is_array()) {
        return std::nullopt;
    }
    for (const Json& entry : *entries) {
        if (entry.is_object() && entry.contains("resource") && isPatient(entry["resource"])) {
            return PatientMapper::fromFhir(entry["resource"]).patient;
        }
    }
    return std::nullopt;
}
} // namespace

std::optional<Patient> FilePatientReader::fromData(const QByteArray& data) {
    try {
        return read(data);
    } catch (const Json::exception&) {
        // A value of an unexpected type: the importer names it; here there is simply nothing to show.
        return std::nullopt;
    }
}

std::optional<Patient> FilePatientReader::fromFile(const QString& path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return std::nullopt;
    }
    return fromData(f.readAll());
}

} // namespace tsumugi::fhir
