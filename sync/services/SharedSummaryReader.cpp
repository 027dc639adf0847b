#include "sync/services/SharedSummaryReader.h"

#include "sync/fhir/FhirJson.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/JsonNesting.h"

#include <QCoreApplication>

namespace tsumugi::sync {

using fhir::Json;
using fhir::qstr;

namespace {
// The words of the detail column, for the user.
QString tr(const char* text) {
    return QCoreApplication::translate("SharedSummaryReader", text);
}

const char* const SectionSystem = "urn:tsumugi-sim:summary-section";
const char* const ModeSystem = "urn:tsumugi-sim:summary-mode";
const char* const WithheldSystem = "urn:tsumugi-sim:summary-withheld";

QString tagCode(const Json& resource, const char* system) {
    if (!resource.contains("meta") || !resource["meta"].contains("tag")) {
        return {};
    }
    for (const Json& t : resource["meta"]["tag"]) {
        if (t.value("system", "") == system) {
            return qstr(t.value("code", Json()));
        }
    }
    return {};
}

QString text(const Json& codeable) {
    if (!codeable.is_object()) {
        return {};
    }
    QString t = qstr(codeable.value("text", Json()));
    if (t.isEmpty() && codeable.contains("coding") && !codeable["coding"].empty()) {
        t = qstr(codeable["coding"][0].value("display", Json()));
    }
    return t;
}

QString firstCoding(const Json& codeable, QString* system) {
    if (!codeable.is_object() || !codeable.contains("coding") || codeable["coding"].empty()) {
        return {};
    }
    *system = qstr(codeable["coding"][0].value("system", Json()));
    return qstr(codeable["coding"][0].value("code", Json()));
}

QDate dateOf(const Json& r, std::initializer_list<const char*> fields) {
    for (const char* f : fields) {
        if (r.contains(f) && r[f].is_string()) {
            return QDate::fromString(qstr(r[f]).left(10), Qt::ISODate);
        }
    }
    if (r.contains("period") && r["period"].contains("start")) {
        return QDate::fromString(qstr(r["period"]["start"]).left(10), Qt::ISODate);
    }
    return {};
}

QString institutionOf(const Json& r) {
    if (!r.contains("extension") || !r["extension"].is_array()) {
        return {};
    }
    for (const Json& e : r["extension"]) {
        if (e.value("url", "") == fhir::uri::InstitutionNumberExt && e.contains("valueIdentifier")) {
            return qstr(e["valueIdentifier"].value("value", Json()));
        }
    }
    return {};
}

void describe(const Json& r, SharedSummaryItem& item) {
    const std::string type = r.value("resourceType", "");
    item.resourceType = QString::fromStdString(type);
    if (type == "Encounter") {
        item.date = dateOf(r, {});
        item.sourceName = qstr(r.value("serviceProvider", Json::object()).value("display", Json()));
        const std::string cls = r.value("class", Json::object()).value("code", "");
        item.title = item.sourceName;
        item.detail = cls == "IMP" ? tr("Inpatient") : cls == "EMER" ? tr("Emergency") : tr("Outpatient");
    } else if (type == "MedicationDispense") {
        item.date = dateOf(r, {"whenHandedOver"});
        item.title = text(r.value("medicationCodeableConcept", Json::object()));
        item.code = firstCoding(r.value("medicationCodeableConcept", Json::object()), &item.codeSystem);
        if (r.contains("performer") && !r["performer"].empty()) {
            item.sourceName = qstr(r["performer"][0].value("actor", Json::object()).value("display", Json()));
        }
        const Json q = r.value("quantity", Json::object());
        const Json days = r.value("daysSupply", Json::object());
        item.detail = tr("%1 %2 / %3 days")
                          .arg(q.value("value", 0))
                          .arg(qstr(q.value("unit", Json())))
                          .arg(days.value("value", 0));
    } else if (type == "MedicationStatement") {
        item.date = dateOf(r, {"effectiveDateTime"});
        item.title = text(r.value("medicationCodeableConcept", Json::object()));
        item.code = firstCoding(r.value("medicationCodeableConcept", Json::object()), &item.codeSystem);
        if (r.contains("dosage") && !r["dosage"].empty()) {
            item.detail = qstr(r["dosage"][0].value("text", Json()));
        }
    } else if (type == "Procedure") {
        item.date = dateOf(r, {"performedDateTime"});
        item.title = text(r.value("code", Json::object()));
        item.code = firstCoding(r.value("code", Json::object()), &item.codeSystem);
        item.detail = text(r.value("category", Json::object()));
    } else if (type == "AllergyIntolerance") {
        item.date = dateOf(r, {"recordedDate", "onsetDateTime"});
        item.title = text(r.value("code", Json::object()));
        item.code = firstCoding(r.value("code", Json::object()), &item.codeSystem);
        QStringList parts;
        if (r.contains("category") && r["category"].is_array() && !r["category"].empty() &&
            r["category"][0].is_string()) {
            const std::string c = r["category"][0].get<std::string>();
            parts << (c == "medication" ? tr("Drug contraindication") : c == "food" ? tr("Food") : tr("Environment"));
        }
        if (r.contains("reaction") && !r["reaction"].empty() && r["reaction"][0].contains("manifestation") &&
            !r["reaction"][0]["manifestation"].empty()) {
            parts << qstr(r["reaction"][0]["manifestation"][0].value("text", Json()));
        }
        item.detail = parts.join(QStringLiteral(" / "));
    } else if (type == "Condition") {
        item.date = dateOf(r, {"onsetDateTime", "recordedDate"});
        item.title = text(r.value("code", Json::object()));
        item.code = firstCoding(r.value("code", Json::object()), &item.codeSystem);
        const Json vs = r.value("verificationStatus", Json::object());
        QString dummy;
        if (firstCoding(vs, &dummy) == QLatin1String("unconfirmed")) {
            item.detail = tr("Suspected");
        }
    } else if (type == "Observation") {
        item.date = dateOf(r, {"effectiveDateTime"});
        item.title = text(r.value("code", Json::object()));
        item.code = firstCoding(r.value("code", Json::object()), &item.codeSystem);
        if (r.contains("valueQuantity")) {
            item.detail = QStringLiteral("%1 %2")
                              .arg(r["valueQuantity"].value("value", 0.0))
                              .arg(qstr(r["valueQuantity"].value("unit", Json())));
        } else if (r.contains("valueString")) {
            item.detail = qstr(r["valueString"]);
        } else if (r.contains("valueCodeableConcept")) {
            item.detail = text(r["valueCodeableConcept"]);
        }
    } else {
        item.title = item.resourceType;
    }
}
} // namespace

std::optional<SharedSummary> SharedSummaryReader::read(const QByteArray& bundleJson) {
    if (fhir::JsonNesting::tooDeep(bundleJson.constBegin(), bundleJson.constEnd())) {
        return std::nullopt;
    }
    const Json b = Json::parse(bundleJson.toStdString(), nullptr, false);
    if (!b.is_object() || b.value("resourceType", "") != "Bundle" || !b.contains("entry") || !b["entry"].is_array()) {
        return std::nullopt;
    }
    SharedSummary s;
    s.bundleJson = bundleJson;
    if (b.contains("meta") && b["meta"].contains("tag")) {
        for (const Json& t : b["meta"]["tag"]) {
            const std::string system = t.value("system", "");
            if (system == ModeSystem) {
                s.mode = t.value("code", "") == "emergency" ? SharedSummary::Mode::Emergency
                                                            : SharedSummary::Mode::Consented;
            } else if (system == WithheldSystem) {
                s.withheldSections << qstr(t.value("code", Json()));
            }
        }
    }
    for (const Json& e : b["entry"]) {
        if (!e.contains("resource")) {
            continue;
        }
        const Json& r = e["resource"];
        if (r.value("resourceType", "") == "Patient") {
            continue;
        }
        SharedSummaryItem item;
        item.section = tagCode(r, SectionSystem);
        if (item.section.isEmpty()) {
            item.section = QStringLiteral("shared");
        }
        item.sourceInstitution = institutionOf(r);
        describe(r, item);
        item.resourceJson = QByteArray::fromStdString(r.dump());
        s.items.append(item);
    }
    return s;
}

} // namespace tsumugi::sync
