#include "core/documents/Document.h"

namespace tsumugi {

QString documentKindToString(Document::Kind kind) {
    return kind == Document::Kind::Discharge ? QStringLiteral("discharge") : QStringLiteral("referral");
}

std::optional<Document::Kind> documentKindFromString(const QString& text) {
    if (text == QStringLiteral("referral")) {
        return Document::Kind::Referral;
    }
    if (text == QStringLiteral("discharge")) {
        return Document::Kind::Discharge;
    }
    return std::nullopt;
}

QString documentStatusToString(Document::Status status) {
    switch (status) {
    case Document::Status::Draft:
        return QStringLiteral("draft");
    case Document::Status::Final:
        return QStringLiteral("final");
    case Document::Status::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("draft");
}

std::optional<Document::Status> documentStatusFromString(const QString& text) {
    if (text == QStringLiteral("draft")) {
        return Document::Status::Draft;
    }
    if (text == QStringLiteral("final")) {
        return Document::Status::Final;
    }
    if (text == QStringLiteral("withdrawn")) {
        return Document::Status::Withdrawn;
    }
    return std::nullopt;
}

QString medicationCodeKindToString(MedicationLine::CodeKind kind) {
    switch (kind) {
    case MedicationLine::CodeKind::Yj:
        return QStringLiteral("yj");
    case MedicationLine::CodeKind::Generic:
        return QStringLiteral("generic");
    case MedicationLine::CodeKind::None:
        return QStringLiteral("none");
    }
    return QStringLiteral("none");
}

std::optional<MedicationLine::CodeKind> medicationCodeKindFromString(const QString& text) {
    if (text == QStringLiteral("yj")) {
        return MedicationLine::CodeKind::Yj;
    }
    if (text == QStringLiteral("generic")) {
        return MedicationLine::CodeKind::Generic;
    }
    if (text == QStringLiteral("none")) {
        return MedicationLine::CodeKind::None;
    }
    return std::nullopt;
}

} // namespace tsumugi
