#include "core/reception/ReceptionEntry.h"

namespace tsumugi {

QString receptionStatusToString(ReceptionStatus status) {
    switch (status) {
    case ReceptionStatus::Waiting:
        return QStringLiteral("waiting");
    case ReceptionStatus::InConsultation:
        return QStringLiteral("in_consultation");
    case ReceptionStatus::Done:
        return QStringLiteral("done");
    }
    return QStringLiteral("waiting");
}

std::optional<ReceptionStatus> receptionStatusFromString(const QString& text) {
    if (text == QStringLiteral("waiting")) {
        return ReceptionStatus::Waiting;
    }
    if (text == QStringLiteral("in_consultation")) {
        return ReceptionStatus::InConsultation;
    }
    if (text == QStringLiteral("done")) {
        return ReceptionStatus::Done;
    }
    return std::nullopt;
}

} // namespace tsumugi
