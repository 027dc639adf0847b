#include "core/documents/DocumentRepository.h"

#include "core/Error.h"
#include "core/chart/ChartItemJournal.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/documents/DocumentContent.h"
#include "core/documents/DocumentValidator.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Timestamp.h"

#include <QCryptographicHash>

namespace tsumugi {

namespace {
const char* const Select =
    "SELECT d.id, d.kind, d.patient_id, d.version, d.status, d.document_date, d.content, d.revision_reason, "
    "d.source_institution, d.raw_json, d.created_at, d.updated_at, u.display_name, d.finalized_at, f.display_name, "
    "d.send_requested, d.saves FROM documents d JOIN users u ON u.id = d.updated_by LEFT JOIN users f ON f.id = "
    "d.finalized_by ";

// A document's cells: what it says is sealed on the clinic server (Schema: 24), a version's by document and version.
SealedCell documentCell(qint64 id, const char* column) {
    return {QStringLiteral("documents"), QLatin1String(column), id};
}
SealedCell versionCell(qint64 documentId, int version, const char* column) {
    return {QStringLiteral("document_versions"), QLatin1String(column),
            QStringLiteral("%1/%2").arg(documentId).arg(version)};
}
SealedCell attachmentCell(qint64 id, const char* column) {
    return {QStringLiteral("document_attachments"), QLatin1String(column), id};
}

Document readDocument(const Statement& st) {
    Document d;
    d.id = st.int64(0);
    const auto cell = [&d](const char* column) { return documentCell(d.id, column); };
    d.kind = documentKindFromString(st.text(1)).value_or(Document::Kind::Referral);
    d.patientId = st.int64(2);
    d.version = int(st.int64(3));
    d.status = documentStatusFromString(st.text(4)).value_or(Document::Status::Draft);
    d.documentDate = QDate::fromString(st.text(5), Qt::ISODate);
    DocumentContent::decode(st.cellText(6, cell("content")), d);
    d.revisionReason = st.cellText(7, cell("revision_reason"));
    d.sourceInstitution = st.cellText(8, cell("source_institution"));
    d.rawJson = st.cellText(9, cell("raw_json"));
    d.createdAt = Timestamp::fromStorage(st.text(10));
    d.updatedAt = Timestamp::fromStorage(st.text(11));
    d.updatedBy = st.text(12);
    if (!st.isNull(13)) {
        d.finalizedAt = Timestamp::fromStorage(st.text(13));
    }
    d.finalizedBy = st.text(14);
    d.sendRequested = st.int64(15) != 0;
    d.saves = int(st.int64(16));
    return d;
}

// Text fields keep line breaks as typed, with one spelling of them and no trailing blank lines.
QString cleaned(const QString& text) {
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (t.endsWith(QLatin1Char('\n')) || t.endsWith(QLatin1Char(' '))) {
        t.chop(1);
    }
    return t;
}

Document normalised(Document d) {
    for (QString* s : {&d.chiefComplaint, &d.presentIllness, &d.pastHistory, &d.clinicalCourse, &d.remarks, &d.purpose,
                       &d.instructions, &d.reasonForAdmission, &d.hospitalCourse, &d.dischargeInstructions}) {
        *s = cleaned(*s);
    }
    d.department = d.department.trimmed();
    d.dischargeDisposition = d.dischargeDisposition.trimmed();
    d.addressee = {d.addressee.institutionName.trimmed(), d.addressee.institutionNumber.trimmed(),
                   d.addressee.department.trimmed(), d.addressee.doctor.trimmed()};
    for (MedicationLine& m : d.medications) {
        m.name = m.name.trimmed();
        m.code = m.code.trimmed();
        m.unit = m.unit.trimmed();
        m.usageText = m.usageText.trimmed();
        m.usageCode = m.usageCode.trimmed();
        if (m.codeKind == MedicationLine::CodeKind::None) {
            m.code.clear();
        }
        if (m.quantity == 0) {
            m.quantity = m.dose * m.days;
        }
    }
    return d;
}
} // namespace

DocumentRepository::DocumentRepository(ClinicRecord& record)
    : m_record(record)
    , m_journal(std::make_unique<ChartItemJournal>(record))
    , m_addressBook(record)
    , m_signatures(record) {}

DocumentRepository::~DocumentRepository() = default;

std::optional<Document> DocumentRepository::find(qint64 documentId) const {
    Statement st(m_record.db(), std::string(Select) + "WHERE d.id = ?;");
    st.bind(1, documentId);
    if (!st.step()) {
        return std::nullopt;
    }
    Document d = readDocument(st);
    fillAttachments(d);
    return d;
}

Document DocumentRepository::requireDocument(qint64 documentId) const {
    auto d = find(documentId);
    if (!d) {
        throw Error(Error::Kind::NotFound, tr("Document %1 was not found.").arg(documentId));
    }
    return *d;
}

void DocumentRepository::fillAttachments(Document& d) const {
    for (DocumentAttachment& a : d.attachments) {
        Statement st(m_record.db(), "SELECT file_name, media_type, title, size, sha256, added_at "
                                    "FROM document_attachments WHERE id = ? AND document_id = ?;");
        st.bind(1, a.id).bind(2, d.id);
        if (st.step()) {
            a.fileName = st.cellText(0, attachmentCell(a.id, "file_name"));
            a.mediaType = st.text(1);
            a.title = st.cellText(2, attachmentCell(a.id, "title"));
            a.size = st.int64(3);
            a.sha256 = st.cellText(4, attachmentCell(a.id, "sha256")).toLatin1();
            a.addedAt = Timestamp::fromStorage(st.text(5));
        }
    }
}

void DocumentRepository::checkReferences(const Document& d, bool finalising) const {
    QStringList problems;
    const auto check = [&](const char* table, const QList<qint64>& ids, const QString& what) {
        for (qint64 id : ids) {
            Statement st(m_record.db(), std::string("SELECT patient_id, status FROM ") + table + " WHERE id = ?;");
            st.bind(1, id);
            if (!st.step() || st.int64(0) != d.patientId) {
                problems << tr("%1 %2 is not in this patient's chart.").arg(what).arg(id);
            } else if (finalising && st.text(1) == QStringLiteral("withdrawn")) {
                problems << tr("%1 %2 was withdrawn from the chart; take it off the document.").arg(what).arg(id);
            }
        }
    };
    check("diagnoses", d.diagnosisIds, tr("Diagnosis"));
    check("diagnoses", d.admissionDiagnosisIds, tr("Diagnosis"));
    check("allergies", d.allergyIds, tr("Allergy"));
    check("prescriptions", d.prescriptionIds, tr("Prescription"));
    check("lab_results", d.labResultIds, tr("Lab result"));
    for (const DocumentAttachment& a : d.attachments) {
        Statement st(m_record.db(), "SELECT 1 FROM document_attachments WHERE id = ? AND document_id = ?;");
        st.bind(1, a.id).bind(2, d.id);
        if (!st.step()) {
            problems << tr("Attachment %1 does not belong to this document.").arg(a.id);
        }
    }
    if (d.attachedDischargeId != 0) {
        const auto summary = find(d.attachedDischargeId);
        if (!summary || summary->patientId != d.patientId || !summary->isDischarge()) {
            problems << tr("Document %1 is not a discharge summary of this patient.").arg(d.attachedDischargeId);
        } else if (finalising && summary->status != Document::Status::Final) {
            problems << tr("The attached discharge summary (document %1) must be finalised first.")
                            .arg(d.attachedDischargeId);
        }
    }
    ChartItemJournal::throwIfAny(problems);
}

Document DocumentRepository::createDraft(const Document& input) {
    m_journal->requireWrite();
    Document d = normalised(input);
    ChartItemJournal::throwIfAny(DocumentValidator::draftProblems(d));
    if (!d.attachments.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Save the document first, then add its attachments."));
    }
    auto& db = m_record.db();
    Transaction tx(db);
    m_journal->requirePatient(d.patientId);
    checkReferences(d, false);
    if (!d.documentDate.isValid()) {
        d.documentDate = m_journal->today();
    }
    const QString now = m_journal->nowForStorage();
    const qint64 id = db.reserveId("documents"); // first: its sealed cells carry it
    Statement ins(db, "INSERT INTO documents (patient_id, kind, version, status, document_date, "
                      "addressee_number, content, created_at, created_by, updated_at, updated_by, id) "
                      "VALUES (?,?,1,'draft',?,?,?,?,?,?,?,?);");
    ins.bind(1, d.patientId).bind(2, documentKindToString(d.kind)).bind(3, d.documentDate.toString(Qt::ISODate));
    ins.bindCellOptional(4, documentCell(id, "addressee_number"), d.addressee.institutionNumber);
    ins.bindCell(5, documentCell(id, "content"), DocumentContent::encode(d)).bind(6, now);
    ins.bind(7, m_journal->userId()).bind(8, now).bind(9, m_journal->userId()).bind(10, id).run();
    m_journal->changed(ChartChange::Item::Document, d.patientId, id, ChartChange::Kind::Created, 1);
    tx.commit();
    return requireDocument(id);
}

Document DocumentRepository::updateDraft(const Document& input) {
    m_journal->requireWrite();
    Document d = normalised(input);
    ChartItemJournal::throwIfAny(DocumentValidator::draftProblems(d));
    auto& db = m_record.db();
    Transaction tx(db);
    const Document current = requireDocument(d.id);
    m_journal->requireOurs(current.sourceInstitution);
    if (current.version != d.version || current.saves != d.saves) {
        throw Error(Error::Kind::Conflict,
                    tr("%1 saved this document at %2 (now version %3) while you were editing it. Nothing was saved "
                       "and nothing of theirs was overwritten.")
                        .arg(current.updatedBy, Timestamp::forMessage(current.updatedAt))
                        .arg(current.version));
    }
    if (current.status != Document::Status::Draft) {
        throw Error(Error::Kind::Conflict, tr("This document is %1; a finalised document is edited as a new version.")
                                               .arg(documentStatusToString(current.status)));
    }
    // Kind and patient are fixed when a document is created.
    d.kind = current.kind;
    d.patientId = current.patientId;
    if (!d.documentDate.isValid()) {
        d.documentDate = current.documentDate;
    }
    checkReferences(d, false);
    Statement upd(db, "UPDATE documents SET document_date=?, addressee_number=?, content=?, updated_at=?, "
                      "updated_by=?, saves=saves+1 WHERE id=? AND status='draft';");
    upd.bind(1, d.documentDate.toString(Qt::ISODate));
    upd.bindCellOptional(2, documentCell(d.id, "addressee_number"), d.addressee.institutionNumber);
    upd.bindCell(3, documentCell(d.id, "content"), DocumentContent::encode(d)).bind(4, m_journal->nowForStorage());
    upd.bind(5, m_journal->userId()).bind(6, d.id).run();
    m_journal->changed(ChartChange::Item::Document, d.patientId, d.id, ChartChange::Kind::Updated, d.version);
    tx.commit();
    return requireDocument(d.id);
}

Document DocumentRepository::finalize(qint64 documentId, FinalizeOptions options) {
    m_journal->requireWrite();
    auto& db = m_record.db();
    Transaction tx(db);
    const Document current = requireDocument(documentId);
    m_journal->requireOurs(current.sourceInstitution);
    if (current.status != Document::Status::Draft) {
        throw Error(
            Error::Kind::Conflict,
            tr("Only a draft can be finalised; this document is %1.").arg(documentStatusToString(current.status)));
    }
    ChartItemJournal::throwIfAny(DocumentValidator::finalProblems(current));
    checkReferences(current, true);
    const QString now = m_journal->nowForStorage();
    Statement upd(db, "UPDATE documents SET status='final', finalized_at=?, finalized_by=?, updated_at=?, "
                      "updated_by=?, send_requested=?, saves=saves+1 WHERE id=?;");
    upd.bind(1, now).bind(2, m_journal->userId()).bind(3, now).bind(4, m_journal->userId());
    upd.bind(5, options.send ? 1 : 0).bind(6, documentId).run();
    Statement hist(db, "INSERT INTO document_versions (document_id, version, status, document_date, content, "
                       "reason, author_id, created_at) VALUES (?,?,'final',?,?,?,?,?);");
    hist.bind(1, documentId).bind(2, current.version).bind(3, current.documentDate.toString(Qt::ISODate));
    hist.bindCell(4, versionCell(documentId, current.version, "content"), DocumentContent::encode(current));
    hist.bindCellOptional(5, versionCell(documentId, current.version, "reason"), current.revisionReason);
    hist.bind(6, m_journal->userId()).bind(7, now).run();
    if (current.isReferral()) {
        m_addressBook.noteUsed(current.addressee);
    }
    // A registered signer signs the version as finalised, in this transaction (no signer: nothing is recorded).
    m_signatures.signFinalised(requireDocument(documentId));
    m_journal->changed(ChartChange::Item::Document, current.patientId, documentId, ChartChange::Kind::Finalized,
                       current.version);
    tx.commit();
    return requireDocument(documentId);
}

Document DocumentRepository::startNewVersion(qint64 documentId, const QString& reason) {
    m_journal->requireWrite();
    auto& db = m_record.db();
    Transaction tx(db);
    const Document current = requireDocument(documentId);
    m_journal->requireOurs(current.sourceInstitution);
    if (current.status != Document::Status::Final) {
        throw Error(Error::Kind::Conflict,
                    tr("Only a finalised document gets a new version; this document is %1 (save the draft instead).")
                        .arg(documentStatusToString(current.status)));
    }
    const int version = current.version + 1;
    Statement upd(db, "UPDATE documents SET version=?, status='draft', revision_reason=?, updated_at=?, "
                      "updated_by=?, finalized_at=NULL, finalized_by=NULL, send_requested=0, saves=saves+1 "
                      "WHERE id=? AND version=?;");
    upd.bind(1, version).bindCellOptional(2, documentCell(documentId, "revision_reason"), reason.trimmed());
    upd.bind(3, m_journal->nowForStorage());
    upd.bind(4, m_journal->userId()).bind(5, documentId).bind(6, current.version).run();
    m_journal->changed(ChartChange::Item::Document, current.patientId, documentId, ChartChange::Kind::Updated, version);
    tx.commit();
    return requireDocument(documentId);
}

Document DocumentRepository::requestSend(qint64 documentId) {
    m_journal->requireWrite();
    auto& db = m_record.db();
    Transaction tx(db);
    const Document current = requireDocument(documentId);
    m_journal->requireOurs(current.sourceInstitution);
    if (current.status != Document::Status::Final) {
        throw Error(Error::Kind::Conflict, tr("Only a finalised document can be sent; this document is %1.")
                                               .arg(documentStatusToString(current.status)));
    }
    if (!current.sendRequested) {
        Statement upd(db, "UPDATE documents SET send_requested=1 WHERE id=?;");
        upd.bind(1, documentId).run();
    }
    // Audited as an update; the outbox queues it because the version now asks for sending.
    m_journal->changed(ChartChange::Item::Document, current.patientId, documentId, ChartChange::Kind::Updated,
                       current.version);
    tx.commit();
    return requireDocument(documentId);
}

Document DocumentRepository::withdraw(qint64 documentId, const QString& reason) {
    m_journal->requireWrite();
    if (reason.trimmed().isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Give the reason for withdrawing the document."));
    }
    auto& db = m_record.db();
    Transaction tx(db);
    const Document current = requireDocument(documentId);
    m_journal->requireOurs(current.sourceInstitution);
    if (current.status == Document::Status::Withdrawn) {
        throw Error(Error::Kind::Conflict, tr("The document is already withdrawn."));
    }
    Statement upd(db, "UPDATE documents SET status='withdrawn', revision_reason=?, updated_at=?, updated_by=?, "
                      "saves=saves+1 WHERE id=?;");
    upd.bindCell(1, documentCell(documentId, "revision_reason"), reason.trimmed());
    upd.bind(2, m_journal->nowForStorage()).bind(3, m_journal->userId()).bind(4, documentId).run();
    m_journal->changed(ChartChange::Item::Document, current.patientId, documentId, ChartChange::Kind::Withdrawn,
                       current.version);
    tx.commit();
    return requireDocument(documentId);
}

Document DocumentRepository::saveReceived(const Document& input) {
    return receive(input, {}).document;
}

DocumentRepository::Received DocumentRepository::receive(const Document& input, const QString& sourceKey) {
    m_journal->requireWrite();
    if (input.sourceInstitution.trimmed().isEmpty()) {
        throw Error(Error::Kind::Validation, tr("A received document needs the institution it came from."));
    }
    if (input.rawJson.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("A received document keeps the document as it was received."));
    }
    Document d = normalised(input);
    d.sourceInstitution = d.sourceInstitution.trimmed();
    d.attachments.clear();
    auto& db = m_record.db();
    Transaction tx(db);
    m_journal->requirePatient(d.patientId);
    if (!d.documentDate.isValid()) {
        d.documentDate = m_journal->today();
    }
    const QString hash =
        QString::fromLatin1(QCryptographicHash::hash(d.rawJson.toUtf8(), QCryptographicHash::Sha256).toHex());
    const QString now = m_journal->nowForStorage();
    const QString finalizedAt = d.finalizedAt.isValid() ? Timestamp::toStorage(d.finalizedAt) : now;
    const QString content = DocumentContent::encode(d);
    if (!sourceKey.isEmpty()) {
        // By the sender's key, then its sender (sealed on the server, so compared here).
        Statement find(db, "SELECT id, patient_id, version, kind, source_hash, source_institution FROM documents "
                           "WHERE source_key = ? ORDER BY id;");
        find.bind(1, sourceKey);
        bool known = false;
        while (!known && find.step()) {
            known = find.cellText(5, documentCell(find.int64(0), "source_institution")) == d.sourceInstitution;
        }
        if (known) {
            const qint64 id = find.int64(0);
            const int version = int(find.int64(2));
            if (find.int64(1) != d.patientId) {
                throw Error(Error::Kind::Conflict,
                            tr("This letter (%1) was received earlier for another patient; it is not filed twice.")
                                .arg(sourceKey));
            }
            if (find.cellText(4, documentCell(id, "source_hash")) == hash) {
                tx.commit();
                return {requireDocument(id), ReceiveOutcome::Unchanged};
            }
            // A corrected resend: the earlier version goes to the history, the new one becomes current.
            const Document earlier = requireDocument(id);
            Statement hist(db, "INSERT INTO document_versions (document_id, version, status, document_date, "
                               "content, reason, author_id, created_at) VALUES (?,?,'final',?,?,?,?,?);");
            hist.bind(1, id).bind(2, version).bind(3, earlier.documentDate.toString(Qt::ISODate));
            hist.bindCell(4, versionCell(id, version, "content"), DocumentContent::encode(earlier));
            hist.bindCell(5, versionCell(id, version, "reason"), tr("received again, changed by the sender"));
            hist.bind(6, m_journal->userId()).bind(7, now).run();
            Statement upd(db, "UPDATE documents SET kind=?, version=?, document_date=?, addressee_number=?, "
                              "content=?, raw_json=?, source_hash=?, updated_at=?, updated_by=?, "
                              "finalized_at=?, finalized_by=? WHERE id=?;");
            upd.bind(1, documentKindToString(d.kind)).bind(2, version + 1);
            upd.bind(3, d.documentDate.toString(Qt::ISODate));
            upd.bindCellOptional(4, documentCell(id, "addressee_number"), d.addressee.institutionNumber);
            upd.bindCell(5, documentCell(id, "content"), content).bindCell(6, documentCell(id, "raw_json"), d.rawJson);
            upd.bindCell(7, documentCell(id, "source_hash"), hash).bind(8, now).bind(9, m_journal->userId());
            upd.bind(10, finalizedAt).bind(11, m_journal->userId()).bind(12, id).run();
            m_journal->changed(ChartChange::Item::Document, d.patientId, id, ChartChange::Kind::Updated, version + 1);
            tx.commit();
            return {requireDocument(id), ReceiveOutcome::Updated};
        }
    }
    const qint64 id = db.reserveId("documents");
    const auto cell = [id](const char* column) { return documentCell(id, column); };
    Statement ins(db, "INSERT INTO documents (patient_id, kind, version, status, document_date, "
                      "addressee_number, content, source_institution, raw_json, created_at, created_by, "
                      "updated_at, updated_by, finalized_at, finalized_by, source_key, source_hash, id) "
                      "VALUES (?,?,1,'final',?,?,?,?,?,?,?,?,?,?,?,?,?,?);");
    ins.bind(1, d.patientId).bind(2, documentKindToString(d.kind)).bind(3, d.documentDate.toString(Qt::ISODate));
    ins.bindCellOptional(4, cell("addressee_number"), d.addressee.institutionNumber);
    ins.bindCell(5, cell("content"), content).bindCell(6, cell("source_institution"), d.sourceInstitution);
    ins.bindCell(7, cell("raw_json"), d.rawJson).bind(8, now).bind(9, m_journal->userId());
    ins.bind(10, now).bind(11, m_journal->userId()).bind(12, finalizedAt).bind(13, m_journal->userId());
    ins.bindOptional(14, sourceKey).bindCell(15, cell("source_hash"), hash).bind(16, id).run();
    m_journal->changed(ChartChange::Item::Document, d.patientId, id, ChartChange::Kind::Created, 1);
    tx.commit();
    return {requireDocument(id), ReceiveOutcome::Added};
}

std::optional<qint64> DocumentRepository::receivedDocumentId(const QString& sourceKey) const {
    Statement st(m_record.db(), "SELECT id FROM documents WHERE source_key = ? ORDER BY id LIMIT 1;");
    st.bind(1, sourceKey);
    if (!st.step()) {
        return std::nullopt;
    }
    return st.int64(0);
}

Document DocumentRepository::open(qint64 documentId) {
    m_journal->requireRead();
    Document d = requireDocument(documentId);
    m_journal->viewed(QStringLiteral("document"), d.patientId,
                      QStringLiteral("id %1 version %2").arg(documentId).arg(d.version));
    return d;
}

QList<Document> DocumentRepository::listForPatient(qint64 patientId) {
    m_journal->requireRead();
    m_journal->requirePatient(patientId);
    QList<Document> out;
    Statement st(m_record.db(),
                 std::string(Select) + "WHERE d.patient_id = ? ORDER BY d.document_date DESC, d.id DESC;");
    st.bind(1, patientId);
    while (st.step()) {
        out.append(readDocument(st));
    }
    for (Document& d : out) {
        fillAttachments(d);
    }
    m_journal->viewed(QStringLiteral("document-list"), patientId, QStringLiteral("%1 documents").arg(out.size()));
    return out;
}

Document DocumentRepository::loadVersion(qint64 documentId, int version) {
    m_journal->requireRead();
    Document d = requireDocument(documentId);
    if (version != d.version) {
        Statement st(m_record.db(), "SELECT v.document_date, v.content, v.reason, u.display_name, v.created_at "
                                    "FROM document_versions v JOIN users u ON u.id = v.author_id "
                                    "WHERE v.document_id = ? AND v.version = ?;");
        st.bind(1, documentId).bind(2, version);
        if (!st.step()) {
            throw Error(Error::Kind::NotFound,
                        tr("Version %1 of document %2 does not exist.").arg(version).arg(documentId));
        }
        d.version = version;
        d.status = Document::Status::Final;
        d.documentDate = QDate::fromString(st.text(0), Qt::ISODate);
        DocumentContent::decode(st.cellText(1, versionCell(documentId, version, "content")), d);
        d.revisionReason = st.cellText(2, versionCell(documentId, version, "reason"));
        d.finalizedBy = st.text(3);
        d.finalizedAt = Timestamp::fromStorage(st.text(4));
        d.updatedBy = d.finalizedBy;
        d.updatedAt = d.finalizedAt;
        fillAttachments(d);
    }
    m_journal->viewed(QStringLiteral("document"), d.patientId,
                      QStringLiteral("id %1 version %2").arg(documentId).arg(version));
    return d;
}

QList<DocumentVersionInfo> DocumentRepository::history(qint64 documentId) {
    m_journal->requireRead();
    const Document d = requireDocument(documentId);
    QList<DocumentVersionInfo> out;
    Statement st(m_record.db(), "SELECT v.version, v.reason, u.display_name, v.created_at "
                                "FROM document_versions v JOIN users u ON u.id = v.author_id "
                                "WHERE v.document_id = ? ORDER BY v.version;");
    st.bind(1, documentId);
    while (st.step()) {
        const int version = int(st.int64(0));
        out.append({version, st.cellText(1, versionCell(documentId, version, "reason")), st.text(2),
                    Timestamp::fromStorage(st.text(3))});
    }
    m_journal->viewed(QStringLiteral("document-history"), d.patientId, QStringLiteral("id %1").arg(documentId));
    return out;
}

DocumentAttachment DocumentRepository::addAttachment(qint64 documentId, const QString& fileName, const QByteArray& data,
                                                     const QString& title, const QString& mediaType) {
    m_journal->requireWrite();
    const QString type = mediaType.isEmpty() ? DocumentValidator::mediaTypeForFileName(fileName) : mediaType;
    ChartItemJournal::throwIfAny(DocumentValidator::attachmentProblems(fileName, type, data));
    auto& db = m_record.db();
    Transaction tx(db);
    Document d = requireDocument(documentId);
    m_journal->requireOurs(d.sourceInstitution);
    if (d.status != Document::Status::Draft) {
        throw Error(Error::Kind::Conflict,
                    tr("Attachments are added to a draft; start a new version of this finalised document first."));
    }
    const QString now = m_journal->nowForStorage();
    const QString shownTitle = title.trimmed().isEmpty() ? fileName : title.trimmed();
    const qint64 attachmentId = db.reserveId("document_attachments"); // first: its sealed cells carry it
    const auto cell = [attachmentId](const char* column) { return attachmentCell(attachmentId, column); };
    Statement ins(db, "INSERT INTO document_attachments (document_id, file_name, media_type, title, size, "
                      "sha256, data, added_at, added_by, id) VALUES (?,?,?,?,?,?,?,?,?,?);");
    ins.bind(1, documentId).bindCell(2, cell("file_name"), fileName).bind(3, type);
    ins.bindCell(4, cell("title"), shownTitle).bind(5, qint64(data.size()));
    ins.bindCell(6, cell("sha256"),
                 QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    ins.bindCellBytes(7, cell("data"), data).bind(8, now).bind(9, m_journal->userId()).bind(10, attachmentId).run();
    DocumentAttachment added;
    added.id = attachmentId;
    d.attachments.append(added);
    Statement upd(db, "UPDATE documents SET content=?, updated_at=?, updated_by=?, saves=saves+1 WHERE id=?;");
    upd.bindCell(1, documentCell(documentId, "content"), DocumentContent::encode(d)).bind(2, now);
    upd.bind(3, m_journal->userId()).bind(4, documentId).run();
    m_journal->changed(ChartChange::Item::Document, d.patientId, documentId, ChartChange::Kind::Updated, d.version);
    tx.commit();
    for (const DocumentAttachment& a : requireDocument(documentId).attachments) {
        if (a.id == attachmentId) {
            return a;
        }
    }
    return added;
}

Document DocumentRepository::removeAttachment(qint64 documentId, qint64 attachmentId) {
    m_journal->requireWrite();
    auto& db = m_record.db();
    Transaction tx(db);
    Document d = requireDocument(documentId);
    m_journal->requireOurs(d.sourceInstitution);
    if (d.status != Document::Status::Draft) {
        throw Error(Error::Kind::Conflict,
                    tr("Attachments are removed from a draft; start a new version of this finalised document first."));
    }
    const auto before = d.attachments.size();
    d.attachments.removeIf([&](const DocumentAttachment& a) { return a.id == attachmentId; });
    if (d.attachments.size() == before) {
        throw Error(Error::Kind::NotFound, tr("Attachment %1 is not on this document.").arg(attachmentId));
    }
    Statement upd(db, "UPDATE documents SET content=?, updated_at=?, updated_by=?, saves=saves+1 WHERE id=?;");
    upd.bindCell(1, documentCell(documentId, "content"), DocumentContent::encode(d));
    upd.bind(2, m_journal->nowForStorage()).bind(3, m_journal->userId()).bind(4, documentId).run();
    m_journal->changed(ChartChange::Item::Document, d.patientId, documentId, ChartChange::Kind::Updated, d.version);
    tx.commit();
    return requireDocument(documentId);
}

QByteArray DocumentRepository::attachmentData(qint64 attachmentId) {
    m_journal->requireRead();
    Statement st(m_record.db(), "SELECT a.data, d.patient_id, a.document_id FROM document_attachments a "
                                "JOIN documents d ON d.id = a.document_id WHERE a.id = ?;");
    st.bind(1, attachmentId);
    if (!st.step()) {
        throw Error(Error::Kind::NotFound, tr("Attachment %1 was not found.").arg(attachmentId));
    }
    const QByteArray data = st.cellBytes(0, attachmentCell(attachmentId, "data"));
    m_journal->viewed(QStringLiteral("document-attachment"), st.int64(1),
                      QStringLiteral("id %1 document %2").arg(attachmentId).arg(st.int64(2)));
    return data;
}

} // namespace tsumugi
