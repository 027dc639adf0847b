#include "sync/fhir/MedicationRequestMapper.h"

#include "sync/fhir/CompositionProfiles.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

#include <QRegularExpression>
#include <cmath>

namespace tsumugi::fhir {

namespace {
// Whole numbers as integers ("1", not "1.0"), fractions as they are.
Json number(double v) {
    if (std::abs(v - std::round(v)) < 1e-9) {
        return Json(static_cast<long long>(std::llround(v)));
    }
    return Json(v);
}

QString formatNumber(double v) {
    return QString::number(v, 'g', 10);
}

Json quantity(double value, const QString& unit) {
    Json q;
    q["value"] = number(value);
    if (!unit.isEmpty()) {
        q["unit"] = utf8(unit);
    }
    const QString code = MedicationRequestMapper::merit9Unit(unit);
    if (!code.isEmpty()) {
        q["system"] = docuri::UnitMerit9;
        q["code"] = utf8(code);
    }
    return q;
}

Json days(int n) {
    return {{"value", n}, {"unit", "日"}, {"system", uri::Ucum}, {"code", "d"}};
}
} // namespace

MedicationOrder MedicationOrder::fromPrescription(const Prescription& p, const QDateTime& authoredOn) {
    MedicationOrder o;
    o.key = QStringLiteral("Rx%1").arg(p.id);
    o.rpNumber = p.rpNumber > 0 ? p.rpNumber : 1;
    o.orderInRp = 1;
    switch (p.codeSystem) {
    case Prescription::CodeSystem::Yj:
        o.coding = Coding::Yj;
        o.code = p.drugCode;
        break;
    case Prescription::CodeSystem::Generic:
        o.coding = Coding::Generic;
        o.code = p.drugCode;
        break;
    case Prescription::CodeSystem::Receipt:
        o.coding = p.yjCode.isEmpty() ? Coding::None : Coding::Yj;
        o.code = p.yjCode;
        break;
    case Prescription::CodeSystem::None:
        o.coding = Coding::None;
        break;
    }
    if (o.coding == Coding::Yj && o.code.isEmpty()) {
        o.coding = Coding::None;
    }
    o.name = p.drugName;
    o.dose = p.dose;
    o.unit = p.unit;
    o.usageText = p.usageText;
    o.usageCode = p.usageCode;
    o.days = p.days;
    o.quantity = p.quantity;
    o.startDate = p.startDate;
    o.authoredOn = authoredOn;
    return o;
}

MedicationOrder MedicationOrder::fromLine(const MedicationLine& line, qint64 documentId, int index,
                                          const QDate& documentDate, const QDateTime& authoredOn) {
    MedicationOrder o;
    o.key = QStringLiteral("D%1-M%2").arg(documentId).arg(index + 1);
    o.rpNumber = 100 + index; // after the chart's Rp numbers, one Rp per free line
    o.orderInRp = 1;
    switch (line.codeKind) {
    case MedicationLine::CodeKind::Yj:
        o.coding = Coding::Yj;
        break;
    case MedicationLine::CodeKind::Generic:
        o.coding = Coding::Generic;
        break;
    case MedicationLine::CodeKind::None:
        o.coding = Coding::None;
        break;
    }
    o.code = line.code;
    o.name = line.name;
    o.dose = line.dose;
    o.unit = line.unit;
    o.usageText = line.usageText;
    o.usageCode = line.usageCode;
    o.days = line.days;
    o.quantity = line.quantity > 0 ? line.quantity : line.dose * line.days;
    o.startDate = line.startDate.isValid() ? line.startDate : documentDate;
    o.authoredOn = authoredOn;
    return o;
}

QString MedicationRequestMapper::merit9Unit(const QString& unit) {
    const QString u = unit.trimmed().normalized(QString::NormalizationForm_KC).toLower();
    if (u == QStringLiteral("錠")) {
        return QStringLiteral("TAB");
    }
    if (u == QStringLiteral("カプセル") || u == QStringLiteral("cap")) {
        return QStringLiteral("CAP");
    }
    if (u == QStringLiteral("ml")) {
        return QStringLiteral("ML");
    }
    if (u == QStringLiteral("本")) {
        return QStringLiteral("HON");
    }
    if (u == QStringLiteral("瓶")) {
        return QStringLiteral("BTL");
    }
    return {};
}

Json MedicationRequestMapper::toFhir(const MedicationOrder& o, const EcsContext& context, Setting setting) {
    Json r;
    r["resourceType"] = "MedicationRequest";
    r["meta"] = {{"lastUpdated", FhirTime::instant(context.lastUpdated)},
                 {"profile", Json::array({docprofile::MedicationRequest})}};
    r["language"] = "ja";
    r["extension"] = Json::array({EcsElements::institutionExtension(context.clinic)});
    const std::string instanceId = utf8(context.clinic.institutionNumber) + "-MedicationRequest-" + utf8(o.key);
    r["identifier"] = Json::array({{{"system", docuri::RpNumber}, {"value", std::to_string(o.rpNumber)}},
                                   {{"system", docuri::OrderInRp}, {"value", std::to_string(o.orderInRp)}},
                                   {{"system", uri::ResourceInstance}, {"value", instanceId}}});
    r["status"] = "completed";
    r["intent"] = "order";
    if (setting == Setting::Discharge) {
        r["category"] = Json::array(
            {{{"coding",
               Json::array({{{"system", docuri::MedicationCategory}, {"code", "DCG"}, {"display", "退院処方"}}})},
              {"text", "退院時処方"}}});
    }
    Json coding;
    switch (o.coding) {
    case MedicationOrder::Coding::Yj:
        coding = {{"system", docuri::YjCode}, {"code", utf8(o.code)}, {"display", utf8(o.name)}};
        break;
    case MedicationOrder::Coding::Generic:
        coding = {{"system", docuri::GeneralNameCode}, {"code", utf8(o.code)}, {"display", utf8(o.name)}};
        break;
    case MedicationOrder::Coding::None:
        coding = {{"system", docuri::NoCode}, {"code", "NOCODED"}, {"display", "標準コードなし"}};
        break;
    }
    r["medicationCodeableConcept"] = {{"coding", Json::array({std::move(coding)})}, {"text", utf8(o.name)}};
    r["subject"] = {{"reference", utf8(context.patientReference)}};
    r["authoredOn"] = FhirTime::instant(o.authoredOn);

    Json dosage;
    if (o.startDate.isValid()) {
        Json period = {{"start", FhirTime::date(o.startDate)}};
        if (o.days > 0) {
            period["end"] = FhirTime::date(o.startDate.addDays(o.days - 1));
        }
        dosage["extension"] = Json::array({{{"url", docuri::PeriodOfUse}, {"valuePeriod", std::move(period)}}});
    }
    QString text = o.usageText;
    if (o.dose > 0) {
        text += QStringLiteral(" 1日%1%2").arg(formatNumber(o.dose), o.unit);
    }
    if (o.days > 0) {
        text += QStringLiteral(" %1日分").arg(o.days);
    }
    text = text.trimmed();
    if (!text.isEmpty()) {
        dosage["text"] = utf8(text);
    }
    static const QRegularExpression jamiCode(QStringLiteral("^[0-9A-Z]{16}$"));
    Json usageCoding =
        jamiCode.match(o.usageCode).hasMatch()
            ? Json{{"system", docuri::UsageJami},
                   {"code", utf8(o.usageCode)},
                   {"display", utf8(o.usageText.trimmed().isEmpty() ? o.usageCode : o.usageText.trimmed())}}
            : Json{{"system", docuri::UsageUncoded}, {"code", "0X0XXXXXXXXX0000"}, {"display", "ダミー用法コード"}};
    Json timing;
    Json timingCode = {{"coding", Json::array({std::move(usageCoding)})}};
    if (!o.usageText.trimmed().isEmpty()) {
        timingCode["text"] = utf8(o.usageText.trimmed());
    }
    timing["code"] = std::move(timingCode);
    if (o.days > 0) {
        timing["repeat"] = {{"boundsDuration", days(o.days)}};
    }
    dosage["timing"] = std::move(timing);
    if (o.dose > 0) {
        Json rate;
        rate["type"] = {
            {"coding", Json::array({{{"system", docuri::StrengthType}, {"code", "1"}, {"display", "製剤量"}}})}};
        rate["rateRatio"] = {{"numerator", quantity(o.dose, o.unit)},
                             {"denominator", {{"value", 1}, {"unit", "日"}, {"system", uri::Ucum}, {"code", "d"}}}};
        dosage["doseAndRate"] = Json::array({std::move(rate)});
    }
    r["dosageInstruction"] = Json::array({std::move(dosage)});

    Json dispense;
    if (o.quantity > 0 && !merit9Unit(o.unit).isEmpty()) {
        dispense["quantity"] = quantity(o.quantity, o.unit);
    }
    if (o.days > 0) {
        dispense["expectedSupplyDuration"] = days(o.days);
    }
    if (!dispense.empty()) {
        r["dispenseRequest"] = std::move(dispense);
    }
    return r;
}

} // namespace tsumugi::fhir
