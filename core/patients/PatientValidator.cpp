#include "core/patients/PatientValidator.h"

#include "core/util/InsurerNumber.h"
#include "core/util/KanaNormalizer.h"

#include <QRegularExpression>

namespace tsumugi {

QString PatientValidator::insurerNumberProblem(const QString& number) {
    switch (InsurerNumber::check(number)) {
    case InsurerNumber::Status::Valid:
    case InsurerNumber::Status::Empty:
        return {};
    case InsurerNumber::Status::NotDigits:
        return tr("The insurer number (保険者番号) may contain digits only.");
    case InsurerNumber::Status::WrongLength:
        return tr("The insurer number (保険者番号) has 8 digits (6 for National Health Insurance).");
    case InsurerNumber::Status::WrongCheckDigit:
        return tr("The insurer number (保険者番号) %1 is not valid: its last digit (check digit) should be %2. "
                  "Please check the card.")
            .arg(number)
            .arg(InsurerNumber::checkDigit(number.left(number.size() - 1)));
    }
    return {};
}

FieldErrors PatientValidator::validate(const Patient& p, const QDate& today) {
    FieldErrors errors;
    if (p.familyName.trimmed().isEmpty()) {
        errors.append({QStringLiteral("familyName"), tr("Enter the family name.")});
    }
    if (p.familyKana.trimmed().isEmpty()) {
        errors.append({QStringLiteral("familyKana"), tr("Enter the family name reading in kana.")});
    } else if (!KanaNormalizer::isKana(p.familyKana)) {
        errors.append({QStringLiteral("familyKana"), tr("The reading may contain kana only (hiragana or katakana).")});
    }
    if (!p.givenKana.trimmed().isEmpty() && !KanaNormalizer::isKana(p.givenKana)) {
        errors.append({QStringLiteral("givenKana"), tr("The reading may contain kana only (hiragana or katakana).")});
    }
    if (!p.givenName.trimmed().isEmpty() && p.givenKana.trimmed().isEmpty()) {
        errors.append({QStringLiteral("givenKana"), tr("Enter the given name reading in kana.")});
    }
    if (!p.birthDate.isValid()) {
        errors.append({QStringLiteral("birthDate"), tr("Enter a valid birth date.")});
    } else if (p.birthDate > today) {
        errors.append({QStringLiteral("birthDate"), tr("The birth date cannot be in the future.")});
    } else if (p.birthDate.year() < 1880) {
        errors.append({QStringLiteral("birthDate"), tr("The birth date is too far in the past; please check it.")});
    }
    if (const QString problem = insurerNumberProblem(p.insurance.insurerNumber); !problem.isEmpty()) {
        errors.append({QStringLiteral("insurerNumber"), problem});
    }
    if (!p.insurance.insurerNumber.isEmpty() && p.insurance.number.trimmed().isEmpty()) {
        errors.append({QStringLiteral("insuranceNumber"), tr("Enter the insured person's number (番号) from the card.")});
    }
    if (p.insurance.insurerNumber.isEmpty() && !p.insurance.number.isEmpty()) {
        errors.append({QStringLiteral("insurerNumber"), tr("Enter the insurer number (保険者番号) from the card.")});
    }
    static const QRegularExpression branch(QStringLiteral("^\\d{2}$"));
    if (!p.insurance.branch.isEmpty() && !branch.match(p.insurance.branch).hasMatch()) {
        errors.append({QStringLiteral("insuranceBranch"), tr("The branch number (枝番) has two digits, e.g. 01.")});
    }
    static const QRegularExpression phone(QStringLiteral("^\\+?[0-9][0-9\\-() ]{5,19}$"));
    if (!p.phone.isEmpty() && !phone.match(p.phone.normalized(QString::NormalizationForm_KC)).hasMatch()) {
        errors.append({QStringLiteral("phone"), tr("The phone number may contain digits, hyphens and brackets only.")});
    }
    static const QRegularExpression postal(QStringLiteral("^\\d{3}-?\\d{4}$"));
    if (!p.postalCode.isEmpty() && !postal.match(p.postalCode.normalized(QString::NormalizationForm_KC)).hasMatch()) {
        errors.append({QStringLiteral("postalCode"), tr("The postal code has seven digits, e.g. 160-0023.")});
    }
    return errors;
}

} // namespace tsumugi
