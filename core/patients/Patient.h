#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace tsumugi {

enum class Sex { Male, Female, Other, Unknown };

QString sexToString(Sex sex);
std::optional<Sex> sexFromString(const QString& text);

// The insurance as printed on the card (or read from the My Number card).
struct Insurance {
    QString insurerNumber; // 保険者番号, 6 or 8 digits with check digit
    QString symbol;        // 記号
    QString number;        // 番号
    QString branch;        // 枝番 (2 digits)

    bool isEmpty() const { return insurerNumber.isEmpty() && symbol.isEmpty() && number.isEmpty() && branch.isEmpty(); }
    // JP_Insurance_memberID: 保険者番号(8, zero-padded):記号:番号:枝番
    QString memberId() const;
    bool operator==(const Insurance&) const = default;
};

struct Patient {
    qint64 id = 0;
    qint64 number = 0; // clinic patient number (患者番号), sequential
    int version = 0;
    QString familyName;
    QString givenName;
    QString familyKana;
    QString givenKana;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    QString postalCode;
    QString address;
    QString phone;
    Insurance insurance;
    QDateTime updatedAt;
    QString updatedBy;

    QString fullName() const;
    QString fullKana() const;
    int ageOn(const QDate& day) const;
};

} // namespace tsumugi
