#include "sync/fhir/MedicationRequestReader.h"

#include "sync/fhir/CompositionProfiles.h"
#include "sync/fhir/EcsReader.h"

namespace tsumugi::fhir {

namespace {
double numberAt(const Json& object, const char* key) {
    const auto it = object.find(key);
    return it != object.end() && it->is_number() ? it->get<double>() : 0.0;
}

const Json* objectAt(const Json* object, const char* key) {
    if (!object || !object->is_object()) {
        return nullptr;
    }
    const auto it = object->find(key);
    return it != object->end() && it->is_object() ? &*it : nullptr;
}

const Json* firstOf(const Json* object, const char* key) {
    if (!object || !object->is_object()) {
        return nullptr;
    }
    const auto it = object->find(key);
    return it != object->end() && it->is_array() && !it->empty() && it->front().is_object() ? &it->front() : nullptr;
}
} // namespace

MedicationLine MedicationRequestReader::read(const Json& r, const QString& path, ImportNotes& notes) {
    MedicationLine m;
    const QString drugPath = path + QStringLiteral(".medicationCodeableConcept");
    const Json* drug = EcsReader::object(r, "medicationCodeableConcept", path);
    if (!drug) {
        EcsReader::fail(drugPath, tr("is required: the drug of the prescription."));
    }
    m.name = EcsReader::string(*drug, "text", drugPath);
    for (const EcsReader::Coding& c : EcsReader::codings(*drug, drugPath)) {
        if (c.system == QLatin1String(docuri::YjCode) && m.codeKind == MedicationLine::CodeKind::None) {
            m.codeKind = MedicationLine::CodeKind::Yj;
            m.code = c.code;
        } else if (c.system == QLatin1String(docuri::GeneralNameCode) && m.codeKind == MedicationLine::CodeKind::None) {
            m.codeKind = MedicationLine::CodeKind::Generic;
            m.code = c.code;
        } else if (c.system != QLatin1String(docuri::NoCode) && c.system != QLatin1String(docuri::YjCode) &&
                   c.system != QLatin1String(docuri::GeneralNameCode)) {
            notes.unknownCode(QStringLiteral("MedicationRequest.medicationCodeableConcept"), c.system, c.code);
        }
        if (m.name.isEmpty() && c.system != QLatin1String(docuri::NoCode)) {
            m.name = c.display;
        }
    }
    if (m.name.trimmed().isEmpty()) {
        EcsReader::fail(drugPath, tr("names no drug (neither text nor a coding's display)."));
    }

    const Json* dosage = firstOf(&r, "dosageInstruction");
    if (const Json* timing = objectAt(dosage, "timing")) {
        if (const Json* code = objectAt(timing, "code")) {
            m.usageText = QString::fromStdString(EcsReader::plain(*code, "text"));
            for (const EcsReader::Coding& c : EcsReader::codings(*code, path + QStringLiteral(".timing.code"))) {
                if (c.system == QLatin1String(docuri::UsageJami)) {
                    m.usageCode = c.code;
                }
                if (m.usageText.isEmpty() && c.system != QLatin1String(docuri::UsageUncoded)) {
                    m.usageText = c.display;
                }
            }
        }
        if (const Json* bounds = objectAt(objectAt(timing, "repeat"), "boundsDuration")) {
            m.days = int(numberAt(*bounds, "value"));
        }
    }
    if (m.usageText.isEmpty() && dosage) {
        m.usageText = QString::fromStdString(EcsReader::plain(*dosage, "text"));
    }
    if (const Json* rate = firstOf(dosage, "doseAndRate")) {
        if (const Json* numerator = objectAt(objectAt(rate, "rateRatio"), "numerator")) {
            m.dose = numberAt(*numerator, "value");
            m.unit = QString::fromStdString(EcsReader::plain(*numerator, "unit"));
        } else if (const Json* dose = objectAt(rate, "doseQuantity")) {
            // A dose per intake: the daily dose is not stated; keep the amount and say so.
            m.dose = numberAt(*dose, "value");
            m.unit = QString::fromStdString(EcsReader::plain(*dose, "unit"));
            notes.add(tr("MedicationRequest: %1 gives a dose per intake, shown as the dose.").arg(m.name));
        }
    }
    if (dosage) {
        if (const Json* extensions =
                EcsReader::array(*dosage, "extension", path + QStringLiteral(".dosageInstruction"))) {
            for (const Json& e : *extensions) {
                if (EcsReader::plain(e, "url") == docuri::PeriodOfUse) {
                    if (const Json* period = objectAt(&e, "valuePeriod")) {
                        m.startDate = EcsReader::date(QString::fromStdString(EcsReader::plain(*period, "start")),
                                                      path + QStringLiteral(".dosageInstruction.extension"), notes);
                    }
                }
            }
        }
    }
    if (const Json* dispense = objectAt(&r, "dispenseRequest")) {
        if (const Json* quantity = objectAt(dispense, "quantity")) {
            m.quantity = numberAt(*quantity, "value");
            if (m.unit.isEmpty()) {
                m.unit = QString::fromStdString(EcsReader::plain(*quantity, "unit"));
            }
        }
        if (m.days == 0) {
            if (const Json* supply = objectAt(dispense, "expectedSupplyDuration")) {
                m.days = int(numberAt(*supply, "value"));
            }
        }
    }
    return m;
}

} // namespace tsumugi::fhir
