#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>

namespace tsumugi {

// One encounter (受診): the day, outpatient or inpatient, the department and the doctor in charge.
struct Visit {
    enum class EncounterClass { Outpatient, Inpatient };

    qint64 id = 0;
    qint64 patientId = 0;
    int version = 0;
    QDate date;
    EncounterClass encounterClass = EncounterClass::Outpatient;
    QString department;
    qint64 doctorId = 0; // 0 = the signed-in doctor
    QString doctorName;
    bool withdrawn = false;
    QString withdrawnReason;
    QString sourceInstitution; // empty = ours
    QDateTime updatedAt;
    QString updatedBy;
};

QString encounterClassToString(Visit::EncounterClass c);
std::optional<Visit::EncounterClass> encounterClassFromString(const QString& text);

} // namespace tsumugi
