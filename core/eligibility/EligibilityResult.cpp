#include "core/eligibility/EligibilityResult.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tsumugi {

namespace {
const std::pair<EligibilityResult::Validity, const char*> Codes[] = {
    {EligibilityResult::Validity::Valid, "valid"},
    {EligibilityResult::Validity::Invalid, "invalid"},
    {EligibilityResult::Validity::NewQualification, "new-qualification"},
    {EligibilityResult::Validity::NotFound, "not-found"},
    {EligibilityResult::Validity::Multiple, "multiple"}};

QDate date(const QJsonValue& v) {
    return QDate::fromString(v.toString(), Qt::ISODate);
}

QDateTime time(const QJsonValue& v) {
    return QDateTime::fromString(v.toString(), Qt::ISODate).toUTC();
}

std::optional<QualificationInfo> qualification(const QJsonValue& v) {
    if (!v.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = v.toObject();
    QualificationInfo q;
    q.insurance.insurerNumber = o.value(QStringLiteral("insurerNumber")).toString();
    q.insurance.symbol = o.value(QStringLiteral("symbol")).toString();
    q.insurance.number = o.value(QStringLiteral("number")).toString();
    q.insurance.branch = o.value(QStringLiteral("branch")).toString();
    q.insurerName = o.value(QStringLiteral("insurerName")).toString();
    q.memberId = o.value(QStringLiteral("memberId")).toString();
    q.acquiredOn = date(o.value(QStringLiteral("acquiredOn")));
    q.lostOn = date(o.value(QStringLiteral("lostOn")));
    q.copayRate = o.value(QStringLiteral("copayRate")).toString();
    q.insuredCategory = o.value(QStringLiteral("insuredCategory")).toString();
    q.limitCategory = o.value(QStringLiteral("limitCategory")).toString();
    q.elderlyCategory = o.value(QStringLiteral("elderlyCategory")).toString();
    return q;
}
} // namespace

QString EligibilityResult::validityCode(Validity v) {
    for (const auto& [value, code] : Codes) {
        if (value == v) {
            return QString::fromLatin1(code);
        }
    }
    return {};
}

std::optional<EligibilityResult::Validity> EligibilityResult::validityFromCode(const QString& code) {
    for (const auto& [value, name] : Codes) {
        if (code == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

std::optional<EligibilityResult> EligibilityResult::fromJson(const QByteArray& json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    const auto validity = validityFromCode(o.value(QStringLiteral("resultCode")).toString());
    if (!validity) {
        return std::nullopt;
    }
    EligibilityResult r;
    r.validity = *validity;
    r.resultText = o.value(QStringLiteral("result")).toString();
    r.checkedAt = time(o.value(QStringLiteral("checkedAt")));
    const QJsonObject person = o.value(QStringLiteral("person")).toObject();
    r.name = person.value(QStringLiteral("name")).toString();
    r.kana = person.value(QStringLiteral("kana")).toString();
    r.sex = sexFromString(person.value(QStringLiteral("sex")).toString()).value_or(Sex::Unknown);
    r.birthDate = date(person.value(QStringLiteral("birthDate")));
    r.insurance = qualification(o.value(QStringLiteral("insurance")));
    r.newInsurance = qualification(o.value(QStringLiteral("newInsurance")));
    const QJsonObject c = o.value(QStringLiteral("consents")).toObject();
    r.consents.clinical = c.value(QStringLiteral("clinical")).toBool();
    r.consents.medication = c.value(QStringLiteral("medication")).toBool();
    r.consents.checkup = c.value(QStringLiteral("checkup")).toBool();
    r.consents.surgery = c.value(QStringLiteral("surgery")).toBool();
    r.consents.expiresAt = time(c.value(QStringLiteral("expiresAt")));
    r.accessToken = o.value(QStringLiteral("accessToken")).toString();
    r.tokenExpiresAt = time(o.value(QStringLiteral("tokenExpiresAt")));
    r.matches = o.value(QStringLiteral("matches")).toInt();
    return r;
}

} // namespace tsumugi
