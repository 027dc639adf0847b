#include "sync/fhir/LabObservationReader.h"

#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/JlacItemCatalog.h"

#include <QLocale>
#include <cmath>

namespace tsumugi::fhir {

namespace {
const QString ClinsCodeSystems = QString::fromLatin1(uri::ClinsCodeSystemBase);
const QString MedisJlac10 = QStringLiteral("http://medis.or.jp/CodeSystem/master-JLAC10-17digits");
const QString MedisJlac11 = QStringLiteral("http://medis.or.jp/CodeSystem/master-JLAC11");

std::optional<double> number(const Json& quantity, const QString& path) {
    const auto it = quantity.find("value");
    if (it == quantity.end() || it->is_null()) {
        return std::nullopt;
    }
    if (!it->is_number() || !std::isfinite(it->get<double>())) {
        EcsReader::fail(path + QStringLiteral(".value"), LabObservationReader::tr("must be a number."));
    }
    return it->get<double>();
}

QString numberText(double v) {
    return QString::number(v, 'g', 15);
}
} // namespace

LabResult LabObservationReader::read(const Json& r, const QString& path, ImportNotes& notes) {
    LabResult l;
    const Json* code = EcsReader::object(r, "code", path);
    if (!code) {
        EcsReader::fail(path + QStringLiteral(".code"), tr("is required (the test and its JLAC code)."));
    }
    const auto codings = EcsReader::codings(*code, path + QStringLiteral(".code"));
    QString firstDisplay;
    QString itemDisplay;
    bool found = false;
    bool clinsItem = false;
    // First choice: a CLINS slice (core labs, infections), whose fixed display names the item.
    for (const auto& c : codings) {
        if (firstDisplay.isEmpty()) {
            firstDisplay = c.display;
        }
        if (!found && c.system.startsWith(ClinsCodeSystems + QStringLiteral("JLAC1")) && !c.code.isEmpty()) {
            l.codeSystem = c.system.startsWith(ClinsCodeSystems + QStringLiteral("JLAC11"))
                               ? LabResult::CodeSystem::Jlac11
                               : LabResult::CodeSystem::Jlac10;
            l.code = c.code;
            if (const auto key = JlacItemCatalog::itemKeyOf(c.system, c.display)) {
                l.itemKey = *key;
                l.infection = c.system.contains(QStringLiteral("Infection"));
                clinsItem = true;
            } else {
                l.itemKey = c.code;
                itemDisplay = c.display;
            }
            found = true;
        }
    }
    // Then a JLAC code from the MEDIS master, then the local code: kept, but not a JP-CLINS item.
    for (const auto& c : codings) {
        if (found) {
            break;
        }
        if ((c.system == MedisJlac10 || c.system == MedisJlac11) && !c.code.isEmpty()) {
            l.codeSystem = c.system == MedisJlac11 ? LabResult::CodeSystem::Jlac11 : LabResult::CodeSystem::Jlac10;
            l.code = c.code;
            l.itemKey = c.code;
            found = true;
        }
    }
    for (const auto& c : codings) {
        if (c.system == QLatin1String(uri::LabLocalCode) && !c.code.isEmpty()) {
            l.localCode = c.code; // the sender's own code of the item, kept beside its JLAC code
        }
        if (found) {
            continue;
        }
        if (c.system == QLatin1String(uri::LabLocalCode) && !c.code.isEmpty()) {
            l.codeSystem = LabResult::CodeSystem::Local;
            l.code = c.code;
            l.itemKey = c.code;
            found = true;
        }
    }
    if (found && !clinsItem) {
        // Kept as a result of its own (trend, table), but only JP-CLINS items are ever sent on.
        notes.add(tr("Observation.code: %1 '%2' is not a JP-CLINS core or infection item known here; kept, not sent "
                     "on.")
                      .arg(l.code, itemDisplay.isEmpty() ? firstDisplay : itemDisplay));
    }
    if (!found) {
        EcsReader::fail(path + QStringLiteral(".code.coding"),
                        tr("needs a JLAC10/JLAC11 or local laboratory code (system and code)."));
    }
    for (const auto& c : codings) {
        const bool known = c.system.startsWith(ClinsCodeSystems) || c.system == MedisJlac10 || c.system == MedisJlac11;
        if (!known) {
            notes.unknownCode(QStringLiteral("Observation.code"), c.system, c.code);
        }
    }
    l.name = EcsReader::string(*code, "text", path + QStringLiteral(".code")).trimmed();
    if (l.name.isEmpty()) {
        l.name = firstDisplay.trimmed();
    }
    if (l.name.isEmpty()) {
        EcsReader::fail(path + QStringLiteral(".code.text"), tr("is required: the name of the test."));
    }

    const QString effective = EcsReader::string(r, "effectiveDateTime", path);
    if (effective.isEmpty()) {
        EcsReader::fail(path + QStringLiteral(".effectiveDateTime"), tr("is required: when the specimen was taken."));
    }
    l.collectedAt = EcsReader::dateTime(effective, path + QStringLiteral(".effectiveDateTime"), notes);

    if (const Json* q = EcsReader::object(r, "valueQuantity", path)) {
        const QString p = path + QStringLiteral(".valueQuantity");
        l.valueNumber = number(*q, p);
        l.unit = EcsReader::string(*q, "unit", p);
        if (EcsReader::string(*q, "system", p) == QLatin1String(uri::Ucum)) {
            l.ucumUnit = EcsReader::string(*q, "code", p);
        }
        const QString comparator = EcsReader::string(*q, "comparator", p);
        if (!comparator.isEmpty() && l.valueNumber) {
            l.valueText = comparator + numberText(*l.valueNumber);
        }
    } else if (const QString s = EcsReader::string(r, "valueString", path); !s.isEmpty()) {
        l.valueText = s;
    } else if (const Json* cc = EcsReader::object(r, "valueCodeableConcept", path)) {
        l.valueText = EcsReader::string(*cc, "text", path + QStringLiteral(".valueCodeableConcept"));
        const auto list = EcsReader::codings(*cc, path + QStringLiteral(".valueCodeableConcept"));
        if (l.valueText.isEmpty() && !list.isEmpty()) {
            l.valueText = list.first().display.isEmpty() ? list.first().code : list.first().display;
        }
        if (!list.isEmpty()) {
            notes.add(tr("Observation.valueCodeableConcept: shown as its text '%1'; the coded value is kept in the raw "
                         "JSON.")
                          .arg(l.valueText));
        }
    }
    if (const Json* absent = EcsReader::object(r, "dataAbsentReason", path);
        absent && !l.valueNumber && l.valueText.isEmpty()) {
        // A result that could not be obtained: its words (測定不能, 検体不良, …) stand as the result.
        const QString p = path + QStringLiteral(".dataAbsentReason");
        l.valueText = EcsReader::string(*absent, "text", p);
        if (l.valueText.isEmpty()) {
            const auto list = EcsReader::codings(*absent, p);
            l.valueText = list.isEmpty()                   ? QString()
                          : list.first().display.isEmpty() ? list.first().code
                                                           : list.first().display;
        }
    }
    if (!l.valueNumber && l.valueText.isEmpty()) {
        notes.add(tr("Observation: no value (valueQuantity, valueString or valueCodeableConcept)."));
    }

    static const QStringList flags{QStringLiteral("N"),   QStringLiteral("H"),  QStringLiteral("L"),
                                   QStringLiteral("HH"),  QStringLiteral("LL"), QStringLiteral("A"),
                                   QStringLiteral("POS"), QStringLiteral("NEG")};
    if (const Json* list = EcsReader::array(r, "interpretation", path)) {
        if (!list->empty()) {
            const auto interp = EcsReader::codings(list->front(), path + QStringLiteral(".interpretation[0]"));
            if (!interp.isEmpty()) {
                if (flags.contains(interp.first().code)) {
                    l.abnormalFlag = interp.first().code;
                } else {
                    notes.unknownCode(QStringLiteral("Observation.interpretation"), interp.first().system,
                                      interp.first().code);
                }
            }
        }
    }
    if (const Json* ranges = EcsReader::array(r, "referenceRange", path)) {
        if (!ranges->empty() && ranges->front().is_object()) {
            const Json& range = ranges->front();
            const QString p = path + QStringLiteral(".referenceRange[0]");
            if (const Json* low = EcsReader::object(range, "low", p)) {
                l.referenceLow = number(*low, p + QStringLiteral(".low"));
            }
            if (const Json* high = EcsReader::object(range, "high", p)) {
                l.referenceHigh = number(*high, p + QStringLiteral(".high"));
            }
            l.referenceText = EcsReader::string(range, "text", p);
        }
    }
    if (const Json* specimen = EcsReader::object(r, "specimen", path)) {
        const QString p = path + QStringLiteral(".specimen");
        if (const Json* s = EcsReader::contained(r, EcsReader::string(*specimen, "reference", p))) {
            if (const Json* type = EcsReader::object(*s, "type", QStringLiteral("Specimen"))) {
                l.specimen = EcsReader::string(*type, "text", QStringLiteral("Specimen.type"));
                const auto list = EcsReader::codings(*type, QStringLiteral("Specimen.type"));
                if (l.specimen.isEmpty() && !list.isEmpty()) {
                    l.specimen = list.first().display;
                }
            }
        }
        if (l.specimen.isEmpty()) {
            l.specimen = EcsReader::string(*specimen, "display", p);
        }
    }
    if (l.specimen.isEmpty()) {
        l.specimen = QStringLiteral("不明");
        notes.add(tr("Observation.specimen: missing; shown as 不明 (unknown)."));
    }
    l.comment = EcsReader::notes(r, path);
    EcsReader::noteElementsNotRead(r, "Observation",
                                   {"contained", "extension", "identifier", "status", "category", "code", "subject",
                                    "encounter", "effectiveDateTime", "valueQuantity", "valueString",
                                    "valueCodeableConcept", "dataAbsentReason", "interpretation", "referenceRange",
                                    "specimen", "note"},
                                   notes);
    return l;
}

} // namespace tsumugi::fhir
