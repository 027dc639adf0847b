#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tsumugi {

// 紹介先: the institution a referral is addressed to (JP_Bundle_eReferral section 910).
struct DocumentAddressee {
    QString institutionName;
    QString institutionNumber; // 医療機関番号 (10 digits), see InstitutionNumber
    QString department;        // 診療科 as text
    QString doctor;            // 医師名 as text (often "担当医 先生")

    bool isEmpty() const {
        return institutionName.isEmpty() && institutionNumber.isEmpty() && department.isEmpty() && doctor.isEmpty();
    }
    bool operator==(const DocumentAddressee&) const = default;
};

// A medication written into the document itself (not picked from the chart's prescriptions), e.g. a drug the
// patient takes from another clinic. Maps to JP_MedicationRequest_eCS like a prescription line.
struct MedicationLine {
    enum class CodeKind { Yj, Generic, None };

    CodeKind codeKind = CodeKind::None;
    QString code; // YJ (12) or 一般名処方マスタ code; empty for None
    QString name;
    double dose = 0; // per day
    QString unit;
    QString usageText; // 用法 as written
    QString usageCode; // JAMI 16-digit 用法コード when known
    int days = 0;
    double quantity = 0; // 0 = dose × days
    QDate startDate;     // empty = the document's date

    bool operator==(const MedicationLine&) const = default;
};

// A file sent with a document (JP section 210 attachments / 230 PDF). The bytes live in the encrypted record
// (document_attachments); a Document carries only this description. Rows are never deleted: removing an
// attachment from a draft only drops it from the document's list, so older versions stay complete.
struct DocumentAttachment {
    static constexpr qint64 MaxBytes = 5 * 1024 * 1024;

    qint64 id = 0;
    QString fileName;
    QString mediaType; // application/pdf, image/png, image/jpeg
    QString title;
    qint64 size = 0;
    QByteArray sha256; // of the bytes, hex
    QDateTime addedAt;
};

// A part of a received letter that our document model has no field for (e.g. 家族歴, 身体所見): kept as the sender
// wrote it, so the viewer and the printout show everything the letter says.
struct DocumentSectionText {
    QString code; // the section code of the guide (e.g. "550")
    QString title;
    QString text;

    bool operator==(const DocumentSectionText&) const = default;
};

// 診療情報提供書 (referral) or 退院時サマリー (discharge summary) of one patient.
// Like a chart note: drafts are saved again and again; finalising (確定) stamps author and time; editing a
// finalised document starts the next version (the finalised ones stay readable); a document written in error
// is withdrawn, never deleted. A document received from another institution (sourceInstitution set) keeps its
// raw FHIR JSON and is read-only here.
struct Document {
    enum class Kind { Referral, Discharge };
    enum class Status { Draft, Final, Withdrawn };
    static constexpr int MaxTextLength = 100000;

    qint64 id = 0;
    Kind kind = Kind::Referral;
    qint64 patientId = 0;
    int version = 0;
    int saves = 0; // how many times it was saved: a draft saved again keeps its version (see ClinicalNote::saves)
    Status status = Status::Draft;
    QString revisionReason;    // why this version was started (optional) or why it was withdrawn
    QString sourceInstitution; // empty = ours
    QString rawJson;           // the received bundle, for received documents
    QDate documentDate;        // 作成日 (empty on input = today)
    QString department;        // the writing doctor's 診療科
    QDateTime createdAt;
    QDateTime updatedAt;
    QString updatedBy;
    QDateTime finalizedAt;
    QString finalizedBy;        // author (display name) of the finalised version
    bool sendRequested = false; // the doctor chose to send this finalised version to the sharing service

    // Shared by both kinds.
    QString chiefComplaint;     // 主訴 (referral 340, discharge 352)
    QList<qint64> diagnosisIds; // the patient's chart diagnoses: referral 傷病名 (340), discharge 退院時診断 (344)
    QString presentIllness;     // 現病歴 (360)
    QString pastHistory;        // 既往歴 (370)
    QList<qint64> allergyIds;          // the patient's allergies / contraindications (510)
    QList<qint64> prescriptionIds;     // referral 現在の処方 (430), discharge 退院時処方 (444)
    QList<MedicationLine> medications; // free lines, same sections as prescriptionIds
    QList<qint64> labResultIds;        // 検査結果 (620 / 623)
    QString clinicalCourse;            // referral 臨床経過 (330)
    QString remarks;                   // 備考・連絡 (220)
    QList<DocumentAttachment> attachments;

    // Referral only.
    DocumentAddressee addressee;    // 910
    QString purpose;                // 紹介目的 (950)
    QString instructions;           // 診療方針指示 (420), optional
    qint64 attachedDischargeId = 0; // a discharge summary of the same patient sent with the referral

    // Discharge summary only.
    QDate admissionDate;                 // 322 (Encounter.period.start)
    QDate dischargeDate;                 // 324 (Encounter.period.end)
    QString reasonForAdmission;          // 312
    QList<qint64> admissionDiagnosisIds; // 342 (diagnosisIds are the diagnoses at discharge, 344)
    QString hospitalCourse;              // 333
    QString dischargeInstructions;       // 424
    QString dischargeDisposition;        // 退院時転帰 as text (e.g. 軽快), optional

    // Received documents only: who wrote it (the sender's institution name and doctor) and the sections we
    // have no field for, in the order they came.
    QString senderName;
    QString senderDoctor;
    QList<DocumentSectionText> otherSections;

    bool isOurs() const { return sourceInstitution.isEmpty(); }
    bool isReferral() const { return kind == Kind::Referral; }
    bool isDischarge() const { return kind == Kind::Discharge; }
};

// One finalised version as it was (document_versions), for the history view and for re-export.
struct DocumentVersionInfo {
    int version = 0;
    QString reason;
    QString author;
    QDateTime finalizedAt;
};

QString documentKindToString(Document::Kind kind);
std::optional<Document::Kind> documentKindFromString(const QString& text);
QString documentStatusToString(Document::Status status);
std::optional<Document::Status> documentStatusFromString(const QString& text);
QString medicationCodeKindToString(MedicationLine::CodeKind kind);
std::optional<MedicationLine::CodeKind> medicationCodeKindFromString(const QString& text);

} // namespace tsumugi
