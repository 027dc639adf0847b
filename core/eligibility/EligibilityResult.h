#pragma once

#include "core/patients/Patient.h"

#include <QDateTime>
#include <QString>
#include <optional>

namespace tsumugi {

// One qualification as the eligibility service reports it (資格情報): the card fields plus what the desk needs
// for the copay (負担割合, 被保険者区分, 限度額適用区分, 高齢受給者区分), passed through as the service words them.
struct QualificationInfo {
    Insurance insurance;
    QString insurerName;
    QString memberId;
    QDate acquiredOn;
    QDate lostOn;
    QString copayRate;
    QString insuredCategory;
    QString limitCategory;
    QString elderlyCategory;
};

// The patient's choices at the card reader (閲覧同意): 診療情報, 薬剤情報, 特定健診, 手術情報; valid 24 hours.
struct ConsentFlags {
    bool clinical = false;
    bool medication = false;
    bool checkup = false;
    bool surgery = false;
    QDateTime expiresAt;

    bool any() const { return clinical || medication || checkup || surgery; }
    bool validAt(const QDateTime& t) const { return any() && expiresAt.isValid() && t < expiresAt; }
};

// The answer of オンライン資格確認 (MISSION §4): validity, the person, the qualification asked about, a newer one
// when there is one, consents and the access token for the summary pull.
struct EligibilityResult {
    enum class Validity { Valid, Invalid, NewQualification, NotFound, Multiple };

    Validity validity = Validity::NotFound;
    QString resultText; // as the service words it: 有効 / 無効 / 新しい資格あり / 該当なし / 複数該当
    QDateTime checkedAt;
    QString name;
    QString kana;
    Sex sex = Sex::Unknown;
    QDate birthDate;
    std::optional<QualificationInfo> insurance;    // the qualification the answer is about
    std::optional<QualificationInfo> newInsurance; // 新しい資格あり: the current one
    ConsentFlags consents;
    QString accessToken;
    QDateTime tokenExpiresAt;
    int matches = 0; // 複数該当

    // The qualification the clinic should bill: the new one when the card data were old.
    std::optional<QualificationInfo> current() const { return newInsurance ? newInsurance : insurance; }
    bool isValidToday() const { return validity == Validity::Valid || validity == Validity::NewQualification; }
    bool tokenValidAt(const QDateTime& t) const {
        return !accessToken.isEmpty() && tokenExpiresAt.isValid() && t < tokenExpiresAt;
    }

    static QString validityCode(Validity v);
    static std::optional<Validity> validityFromCode(const QString& code);
    // Reads the service's JSON answer (sim/README §6). std::nullopt when it is not such an answer.
    static std::optional<EligibilityResult> fromJson(const QByteArray& json);
};

} // namespace tsumugi
