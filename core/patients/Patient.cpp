#include "core/patients/Patient.h"

#include "core/util/InsurerNumber.h"

namespace tsumugi {

QString sexToString(Sex sex) {
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Other:
        return QStringLiteral("other");
    case Sex::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}

std::optional<Sex> sexFromString(const QString& text) {
    const QString t = text.trimmed().toLower();
    if (t == QStringLiteral("male") || t == QStringLiteral("m")) {
        return Sex::Male;
    }
    if (t == QStringLiteral("female") || t == QStringLiteral("f")) {
        return Sex::Female;
    }
    if (t == QStringLiteral("other") || t == QStringLiteral("o")) {
        return Sex::Other;
    }
    if (t == QStringLiteral("unknown") || t == QStringLiteral("u")) {
        return Sex::Unknown;
    }
    return std::nullopt;
}

QString Insurance::memberId() const {
    return QStringLiteral("%1:%2:%3:%4").arg(InsurerNumber::padded(insurerNumber), symbol, number, branch);
}

QString Patient::fullName() const {
    return givenName.isEmpty() ? familyName : familyName + QChar(0x3000) + givenName;
}

QString Patient::fullKana() const {
    return givenKana.isEmpty() ? familyKana : familyKana + QChar(0x3000) + givenKana;
}

int Patient::ageOn(const QDate& day) const {
    if (!birthDate.isValid() || !day.isValid()) {
        return -1;
    }
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day())) {
        --age;
    }
    return age;
}

} // namespace tsumugi
