#include "ui/DisplayText.h"

#include "core/util/JapaneseEra.h"

namespace tsumugi::ui {

QString DisplayText::sex(Sex sex) {
    switch (sex) {
    case Sex::Male:
        return tr("Male");
    case Sex::Female:
        return tr("Female");
    case Sex::Other:
        return tr("Other");
    case Sex::Unknown:
        return tr("Not specified");
    }
    return {};
}

QString DisplayText::receptionStatus(ReceptionStatus status) {
    switch (status) {
    case ReceptionStatus::Waiting:
        return tr("Waiting");
    case ReceptionStatus::InConsultation:
        return tr("In consultation");
    case ReceptionStatus::Done:
        return tr("Done");
    }
    return {};
}

QString DisplayText::role(Role role) {
    switch (role) {
    case Role::Admin:
        return tr("Administrator");
    case Role::Doctor:
        return tr("Doctor");
    case Role::Clerk:
        return tr("Clerk");
    }
    return {};
}

QString DisplayText::birthDate(const QDate& date) {
    if (!date.isValid()) {
        return {};
    }
    return QStringLiteral("%1 (%2)").arg(date.toString(Qt::ISODate), JapaneseEra::format(date));
}

QString DisplayText::age(const Patient& patient, const QDate& today) {
    if (!patient.birthDate.isValid()) {
        return {};
    }
    return tr("%n years", nullptr, patient.ageOn(today));
}

QString DisplayText::patientNumber(qint64 number) {
    return QString::number(number);
}

QString DisplayText::insurance(const Insurance& insurance) {
    if (insurance.isEmpty()) {
        return tr("no insurance on file");
    }
    QStringList parts;
    if (!insurance.insurerNumber.isEmpty()) {
        parts << tr("insurer %1").arg(insurance.insurerNumber);
    }
    if (!insurance.symbol.isEmpty()) {
        parts << tr("symbol %1").arg(insurance.symbol);
    }
    if (!insurance.number.isEmpty()) {
        parts << tr("number %1").arg(insurance.number);
    }
    if (!insurance.branch.isEmpty()) {
        parts << tr("branch %1").arg(insurance.branch);
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace tsumugi::ui
