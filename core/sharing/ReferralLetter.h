#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace tsumugi {

// A 診療情報提供書 addressed to this clinic, as fetched from the sharing service's mailbox and kept in the record.
struct ReferralLetter {
    enum class ImportStatus { NotImported, Imported, Failed };

    qint64 id = 0;
    QString bundleIdentifier;
    QString sha256;
    QString sender;   // 医療機関番号 of the referring clinic
    QString memberId; // the patient's JP_Insurance_memberID
    QDateTime deliveredAt;
    QByteArray documentJson; // the document as received (raw FHIR JSON)
    QDateTime storedAt;
    qint64 patientId = 0; // matched patient, 0 = none yet
    ImportStatus importStatus = ImportStatus::NotImported;
    QString importMessage;
    QDateTime receivedAt; // receipt acknowledged to the service

    bool isAcknowledged() const { return receivedAt.isValid(); }
};

} // namespace tsumugi
