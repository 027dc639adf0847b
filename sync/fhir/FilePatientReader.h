#pragma once

#include "core/patients/Patient.h"

#include <QByteArray>
#include <QString>
#include <optional>

namespace tsumugi::fhir {

// The patient a file to import describes (a Bundle's Patient entry or a single Patient), read only to show it
// next to our likely match when the importer asks for a confirmation. It writes nothing and never throws: a
// file it cannot read gives no patient (the importer reports what is wrong with it).
class FilePatientReader {
public:
    static std::optional<Patient> fromData(const QByteArray& data);
    static std::optional<Patient> fromFile(const QString& path);
};

} // namespace tsumugi::fhir
