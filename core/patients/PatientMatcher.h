#pragma once

#include "core/patients/Patient.h"

#include <QList>
#include <QString>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// Finds which of our patients a patient described by another institution is (FHIR import): first by the
// insured-person identifier (JP_Insurance_memberID) on the card or remembered from an earlier import, then by
// the sender's own patient number remembered from an earlier import, and only then by name + reading + birth
// date — a likely match that a person must confirm, never taken silently.
class PatientMatcher {
public:
    enum class How { InsuredIdentifier, SenderPatientNumber, NameKanaBirth, None };
    struct Match {
        How how = How::None;
        std::optional<Patient> patient; // set for the two identifier matches
        QList<Patient> candidates;      // NameKanaBirth: the patients to confirm one of
    };

    explicit PatientMatcher(ClinicRecord& record);

    // incoming: what the sender said (name, kana, birth date, insurance); senderKey: linkKeyForSender() or empty.
    Match match(const Patient& incoming, const QString& senderKey) const;

    // 保険者番号(8, zero-padded):記号:番号:枝番 with full-width digits and letters folded (NFKC) and spaces trimmed;
    // empty when the text is not four parts.
    static QString normalizedMemberId(const QString& memberId);
    // The keys received_patient_links is searched by.
    static QString linkKeyForMember(const QString& memberId);
    static QString linkKeyForSender(const QString& institution, const QString& senderPatientNumber);

private:
    std::optional<Patient> byInsurance(const QString& memberId) const;
    std::optional<Patient> byLink(const QString& key) const;
    QList<Patient> byNameKanaBirth(const Patient& incoming) const;

    ClinicRecord& m_record;
};

} // namespace tsumugi
