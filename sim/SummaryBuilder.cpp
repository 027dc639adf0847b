#include "sim/SummaryBuilder.h"

#include <QCryptographicHash>
#include <QUuid>

namespace tsumugi::sim {

using nlohmann::json;

namespace {

std::string uuidFor(const std::string& seed) {
    static const QUuid ns = QUuid::fromString(QStringLiteral("{6f1b1f0e-5b55-4b0c-9a51-7473756d6769}"));
    return "urn:uuid:" +
           QUuid::createUuidV5(ns, QByteArray::fromStdString(seed)).toString(QUuid::WithoutBraces).toStdString();
}

std::string s(const json& j, const char* key) {
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// History items carry a fixed "date" or a "daysAgo" so the demo seed stays current whatever the clock says.
QDate itemDate(const json& item, const QDate& today) {
    if (item.contains("daysAgo") && item["daysAgo"].is_number_integer())
        return today.addDays(-item["daysAgo"].get<int>());
    return QDate::fromString(QString::fromStdString(s(item, "date")), Qt::ISODate);
}

json tag(const std::string& section) {
    return {{"tag", json::array({{{"system", "urn:tsumugi-sim:summary-section"}, {"code", section}}})}};
}

json codeable(const json& item, const char* textKey, const char* codeSystem = nullptr) {
    json c = {{"text", s(item, textKey)}};
    if (codeSystem && !s(item, "code").empty())
        c["coding"] = json::array({{{"system", codeSystem}, {"code", s(item, "code")}, {"display", s(item, textKey)}}});
    return c;
}

json historyResource(const std::string& section, const json& item, const std::string& date,
                     const std::string& patientUrl) {
    const json subject = {{"reference", patientUrl}};
    if (section == "visits")
        return {{"resourceType", "Encounter"},
                {"status", "finished"},
                {"class",
                 {{"system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"},
                  {"code", s(item, "class").empty() ? "AMB" : s(item, "class")}}},
                {"subject", subject},
                {"period", {{"start", date}}},
                {"serviceProvider", {{"display", s(item, "institutionName")}}}};
    if (section == "dispensing")
        return {{"resourceType", "MedicationDispense"},
                {"status", "completed"},
                {"medicationCodeableConcept", codeable(item, "drug", "urn:oid:1.2.392.100495.20.2.74")},
                {"subject", subject},
                {"whenHandedOver", date},
                {"quantity", {{"value", item.value("quantity", 0)}, {"unit", s(item, "unit")}}},
                {"daysSupply", {{"value", item.value("days", 0)}, {"unit", "日"}}},
                {"performer", json::array({{{"actor", {{"display", s(item, "pharmacy")}}}}})}};
    if (section == "medications")
        return {{"resourceType", "MedicationStatement"},
                {"status", "completed"},
                {"medicationCodeableConcept", codeable(item, "drug", "urn:oid:1.2.392.100495.20.2.74")},
                {"subject", subject},
                {"effectiveDateTime", date},
                {"dosage", json::array({{{"text", s(item, "dosage")}}})}};
    if (section == "surgery" || section == "treatments" || section == "dialysis") {
        const char* category = section == "surgery" ? "手術" : section == "dialysis" ? "透析" : "処置";
        return {{"resourceType", "Procedure"},
                {"status", "completed"},
                {"category", {{"text", category}}},
                {"code", codeable(item, "name", "urn:oid:1.2.392.200119.4.403.1")},
                {"subject", subject},
                {"performedDateTime", date}};
    }
    // health checks: the date only, no results (as the emergency summary shows them)
    return {{"resourceType", "Observation"},
            {"status", "final"},
            {"code", {{"text", s(item, "name").empty() ? "特定健診" : s(item, "name")}}},
            {"subject", subject},
            {"effectiveDateTime", date}};
}

void rewriteReferences(json& j, const std::string& from, const std::string& to) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == "reference" && it->is_string() && it->get<std::string>() == from)
                *it = to;
            else
                rewriteReferences(*it, from, to);
        }
    } else if (j.is_array()) {
        for (json& v : j)
            rewriteReferences(v, from, to);
    }
}

} // namespace

const std::vector<std::string>& SummaryBuilder::sections() {
    static const std::vector<std::string> list = {"visits",     "dispensing", "medications", "surgery",
                                                  "treatments", "dialysis",   "healthChecks"};
    return list;
}

QDate SummaryBuilder::windowStart(const std::string& section, const QDate& today) {
    if (section == "dispensing")
        return today.addDays(-45);
    if (section == "surgery")
        return today.addYears(-5);
    if (section == "healthChecks")
        return {};
    return today.addMonths(-3); // visits, medications, treatments, dialysis
}

const char* SummaryBuilder::consentFor(const std::string& section) {
    if (section == "dispensing" || section == "medications")
        return "medication";
    if (section == "surgery")
        return "surgery";
    if (section == "healthChecks")
        return "checkup";
    return "clinical"; // visits, treatments, dialysis and the shared 6 items
}

json SummaryBuilder::build(const Request& r) {
    const Person& p = *r.person;
    const std::string patientUrl = uuidFor(p.id + "/Patient");
    auto allowed = [&](const std::string& section) {
        return r.emergency || r.consents.value(consentFor(section), false);
    };
    json entries = json::array();
    json memberIds = json::array();
    for (const Qualification& q : p.qualifications)
        memberIds.push_back(
            {{"system", "http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID"}, {"value", q.memberId()}});
    entries.push_back(
        {{"fullUrl", patientUrl},
         {"resource",
          {{"resourceType", "Patient"},
           {"identifier", memberIds},
           {"name",
            json::array({{{"use", "official"}, {"text", p.name}},
                         {{"use", "usual"},
                          {"text", p.kana},
                          {"extension",
                           json::array({{{"url", "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation"},
                                         {"valueCode", "SYL"}}})}}})},
           {"gender", p.sex},
           {"birthDate", p.birthDate.toString(Qt::ISODate).toStdString()}}}});
    json metaTags =
        json::array({{{"system", "urn:tsumugi-sim:summary-mode"}, {"code", r.emergency ? "emergency" : "consented"}}});
    auto withheld = [&](const std::string& section) {
        metaTags.push_back({{"system", "urn:tsumugi-sim:summary-withheld"}, {"code", section}});
    };
    // Shared 6 items from every institution: the registered resources, re-pointed at this summary's Patient.
    if (allowed("shared")) {
        for (const std::string& body : r.sharedBundles) {
            json bundle = json::parse(body, nullptr, false);
            if (!bundle.is_object() || !bundle.contains("entry"))
                continue;
            const std::string origPatient = bundle["entry"][0].value("fullUrl", "");
            for (size_t i = 1; i < bundle["entry"].size(); ++i) {
                json e = bundle["entry"][i];
                rewriteReferences(e, origPatient, patientUrl);
                json& meta = e["resource"]["meta"];
                meta["tag"].push_back({{"system", "urn:tsumugi-sim:summary-section"}, {"code", "shared"}});
                entries.push_back(std::move(e));
            }
        }
    } else {
        withheld("shared");
    }
    for (const std::string& section : sections()) {
        if (!allowed(section)) {
            withheld(section);
            continue;
        }
        const QDate start = windowStart(section, r.today);
        const json items = p.history.value(section, json::array());
        for (size_t i = 0; i < items.size(); ++i) {
            const QDate d = itemDate(items[i], r.today);
            if (!d.isValid() || d > r.today || (start.isValid() && d < start))
                continue;
            json res = historyResource(section, items[i], d.toString(Qt::ISODate).toStdString(), patientUrl);
            res["meta"] = tag(section);
            entries.push_back(
                {{"fullUrl", uuidFor(p.id + "/" + section + "/" + std::to_string(i))}, {"resource", res}});
        }
    }
    return {{"resourceType", "Bundle"},
            {"meta", {{"tag", metaTags}}},
            {"type", "collection"},
            {"timestamp", r.timestamp},
            {"entry", entries}};
}

} // namespace tsumugi::sim
