#include "core/eligibility/EligibilityRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>

namespace tsumugi {

namespace {
const std::pair<EligibilityRequest::Method, const char*> Methods[] = {{EligibilityRequest::Method::Face, "face"},
                                                                      {EligibilityRequest::Method::Pin, "pin"},
                                                                      {EligibilityRequest::Method::Visual, "visual"}};
QString tr(const char* text) {
    return QCoreApplication::translate("EligibilityRequest", text);
}
} // namespace

EligibilityRequest EligibilityRequest::card(const QString& cardId, Method method) {
    EligibilityRequest r;
    r.kind = Kind::Card;
    r.cardId = cardId.trimmed();
    r.method = method;
    return r;
}

EligibilityRequest EligibilityRequest::cardData(const Insurance& insurance, const QDate& birthDate) {
    EligibilityRequest r;
    r.kind = Kind::CardData;
    r.insurance = {insurance.insurerNumber.trimmed(), insurance.symbol.trimmed(), insurance.number.trimmed(),
                   insurance.branch.trimmed()};
    r.birthDate = birthDate;
    return r;
}

QString EligibilityRequest::methodCode(Method m) {
    for (const auto& [v, n] : Methods) {
        if (v == m) {
            return QString::fromLatin1(n);
        }
    }
    return {};
}

std::optional<EligibilityRequest::Method> EligibilityRequest::methodFromCode(const QString& code) {
    for (const auto& [v, n] : Methods) {
        if (code == QLatin1String(n)) {
            return v;
        }
    }
    return std::nullopt;
}

QStringList EligibilityRequest::problems() const {
    QStringList out;
    if (kind == Kind::Card) {
        if (cardId.isEmpty()) {
            out << tr("No card was read: place the My Number card on the reader.");
        }
        return out;
    }
    if (insurance.insurerNumber.isEmpty()) {
        out << tr("Enter the insurer number (保険者番号).");
    } else if (!(insurance.insurerNumber.size() == 6 || insurance.insurerNumber.size() == 8) ||
               !std::all_of(insurance.insurerNumber.begin(), insurance.insurerNumber.end(),
                            [](QChar c) { return c.isDigit(); })) {
        out << tr("The insurer number must be 6 or 8 digits (it is %1).").arg(insurance.insurerNumber);
    }
    if (insurance.number.isEmpty()) {
        out << tr("Enter the insured person's number (番号).");
    }
    if (!insurance.branch.isEmpty() &&
        (insurance.branch.size() != 2 || !insurance.branch.at(0).isDigit() || !insurance.branch.at(1).isDigit())) {
        out << tr("The branch number (枝番) must be empty or 2 digits.");
    }
    if (!birthDate.isValid()) {
        out << tr("Enter the birth date.");
    }
    return out;
}

QString EligibilityRequest::summary() const {
    if (kind == Kind::Card) {
        return QStringLiteral("card %1 (%2)").arg(cardId, methodCode(method));
    }
    return QStringLiteral("card data insurer %1").arg(insurance.insurerNumber);
}

QByteArray EligibilityRequest::toStorage() const {
    QJsonObject o;
    if (kind == Kind::Card) {
        o.insert(QStringLiteral("kind"), QStringLiteral("card"));
        o.insert(QStringLiteral("cardId"), cardId);
        o.insert(QStringLiteral("method"), methodCode(method));
        o.insert(QStringLiteral("verified"), verified);
        if (consents) {
            o.insert(QStringLiteral("consents"), QJsonObject{{QStringLiteral("clinical"), consents->clinical},
                                                             {QStringLiteral("medication"), consents->medication},
                                                             {QStringLiteral("checkup"), consents->checkup},
                                                             {QStringLiteral("surgery"), consents->surgery}});
        }
    } else {
        o.insert(QStringLiteral("kind"), QStringLiteral("card_data"));
        o.insert(QStringLiteral("insurerNumber"), insurance.insurerNumber);
        o.insert(QStringLiteral("symbol"), insurance.symbol);
        o.insert(QStringLiteral("number"), insurance.number);
        o.insert(QStringLiteral("branch"), insurance.branch);
        o.insert(QStringLiteral("birthDate"), birthDate.toString(Qt::ISODate));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

std::optional<EligibilityRequest> EligibilityRequest::fromStorage(const QByteArray& json) {
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject()) {
        return std::nullopt;
    }
    const QJsonObject o = doc.object();
    EligibilityRequest r;
    if (o.value(QStringLiteral("kind")).toString() == QLatin1String("card")) {
        r.kind = Kind::Card;
        r.cardId = o.value(QStringLiteral("cardId")).toString();
        r.method = methodFromCode(o.value(QStringLiteral("method")).toString()).value_or(Method::Face);
        r.verified = o.value(QStringLiteral("verified")).toBool(true);
        if (o.contains(QStringLiteral("consents"))) {
            const QJsonObject c = o.value(QStringLiteral("consents")).toObject();
            ConsentFlags f;
            f.clinical = c.value(QStringLiteral("clinical")).toBool();
            f.medication = c.value(QStringLiteral("medication")).toBool();
            f.checkup = c.value(QStringLiteral("checkup")).toBool();
            f.surgery = c.value(QStringLiteral("surgery")).toBool();
            r.consents = f;
        }
        return r;
    }
    r.kind = Kind::CardData;
    r.insurance = {o.value(QStringLiteral("insurerNumber")).toString(), o.value(QStringLiteral("symbol")).toString(),
                   o.value(QStringLiteral("number")).toString(), o.value(QStringLiteral("branch")).toString()};
    r.birthDate = QDate::fromString(o.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
    return r;
}

} // namespace tsumugi
