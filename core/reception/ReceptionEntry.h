#pragma once

#include "core/patients/Patient.h"

#include <QDate>
#include <QDateTime>
#include <optional>

namespace tsumugi {

enum class ReceptionStatus { Waiting, InConsultation, Done };

QString receptionStatusToString(ReceptionStatus status);
std::optional<ReceptionStatus> receptionStatusFromString(const QString& text);

// One patient on a day's reception list (受付), with what the desk needs to call them.
struct ReceptionEntry {
    qint64 id = 0;
    QDate date;
    int queueNumber = 0;
    ReceptionStatus status = ReceptionStatus::Waiting;
    QDateTime arrivedAt;
    Patient patient;
};

} // namespace tsumugi
