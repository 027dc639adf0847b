#include "core/chart/ClinicalNoteRepository.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/util/Timestamp.h"

namespace tsumugi {

QString noteStatusToString(ClinicalNote::Status s) {
    switch (s) {
    case ClinicalNote::Status::Draft:
        return QStringLiteral("draft");
    case ClinicalNote::Status::Final:
        return QStringLiteral("final");
    case ClinicalNote::Status::Withdrawn:
        return QStringLiteral("withdrawn");
    }
    return QStringLiteral("draft");
}

namespace {
ClinicalNote::Status statusFromString(const QString& s) {
    if (s == QStringLiteral("final")) {
        return ClinicalNote::Status::Final;
    }
    if (s == QStringLiteral("withdrawn")) {
        return ClinicalNote::Status::Withdrawn;
    }
    return ClinicalNote::Status::Draft;
}

const char* const Select =
    "SELECT n.id, n.visit_id, n.patient_id, n.version, n.status, n.findings, n.orders, n.revision_reason, "
    "n.source_institution, n.updated_at, u.display_name, n.finalized_at, f.display_name, n.saves FROM notes n "
    "JOIN users u ON u.id = n.updated_by LEFT JOIN users f ON f.id = n.finalized_by ";

// A note's cell, and one of its versions' (keyed by note and version): sealed on the clinic server (Schema: 21).
SealedCell noteCell(qint64 id, const char* column) {
    return {QStringLiteral("notes"), QLatin1String(column), id};
}
SealedCell versionCell(qint64 noteId, int version, const char* column) {
    return {QStringLiteral("note_versions"), QLatin1String(column), QStringLiteral("%1/%2").arg(noteId).arg(version)};
}

ClinicalNote readNote(const Statement& st) {
    ClinicalNote n;
    n.id = st.int64(0);
    n.visitId = st.int64(1);
    n.patientId = st.int64(2);
    n.version = int(st.int64(3));
    n.status = statusFromString(st.text(4));
    n.findings = st.cellText(5, noteCell(n.id, "findings"));
    n.orders = st.cellText(6, noteCell(n.id, "orders"));
    n.revisionReason = st.cellText(7, noteCell(n.id, "revision_reason"));
    n.sourceInstitution = st.cellText(8, noteCell(n.id, "source_institution"));
    n.updatedAt = Timestamp::fromStorage(st.text(9));
    n.updatedBy = st.text(10);
    if (!st.isNull(11)) {
        n.finalizedAt = Timestamp::fromStorage(st.text(11));
    }
    n.finalizedBy = st.text(12);
    n.saves = int(st.int64(13));
    return n;
}

// Notes keep line breaks as typed, but one spelling of them.
QString cleaned(const QString& text) {
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    while (t.endsWith(QLatin1Char('\n'))) {
        t.chop(1);
    }
    return t;
}
} // namespace

ClinicalNoteRepository::ClinicalNoteRepository(ChartItemJournal& journal)
    : m_journal(journal) {}

Error ClinicalNoteRepository::savedMeanwhile(const ClinicalNote& current) {
    return Error(Error::Kind::Conflict,
                 tr("%1 saved this note at %2 (now version %3) while you were editing it. Nothing was saved and "
                    "nothing of theirs was overwritten: compare your text with theirs and save again.")
                     .arg(current.updatedBy, Timestamp::forMessage(current.updatedAt))
                     .arg(current.version));
}

std::optional<ClinicalNote> ClinicalNoteRepository::find(qint64 noteId) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE n.id = ?;");
    st.bind(1, noteId);
    if (!st.step()) {
        return std::nullopt;
    }
    return readNote(st);
}

std::optional<ClinicalNote> ClinicalNoteRepository::forVisit(qint64 visitId) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE n.visit_id = ?;");
    st.bind(1, visitId);
    if (!st.step()) {
        return std::nullopt;
    }
    return readNote(st);
}

QList<ClinicalNote> ClinicalNoteRepository::forPatient(qint64 patientId) const {
    Statement st(m_journal.record().db(), std::string(Select) + "WHERE n.patient_id = ?;");
    st.bind(1, patientId);
    QList<ClinicalNote> out;
    while (st.step()) {
        out.append(readNote(st));
    }
    return out;
}

ClinicalNote ClinicalNoteRepository::saveDraft(const ClinicalNote& input) {
    m_journal.requireWrite();
    const QString findings = cleaned(input.findings);
    const QString orders = cleaned(input.orders);
    QStringList problems;
    if (findings.trimmed().isEmpty() && orders.trimmed().isEmpty()) {
        problems << tr("The note is empty: write findings or orders.");
    }
    if (findings.size() > MaxColumnLength || orders.size() > MaxColumnLength) {
        problems << tr("A note column is longer than %1 characters.").arg(MaxColumnLength);
    }
    ChartItemJournal::throwIfAny(problems);
    auto& db = m_journal.record().db();
    Transaction tx(db);
    const QString now = m_journal.nowForStorage();
    auto current = input.id != 0 ? find(input.id) : forVisit(input.visitId);
    qint64 id = 0;
    if (!current) {
        if (input.version != 0) {
            throw Error(Error::Kind::NotFound, tr("The note was not found."));
        }
        Statement visit(db, "SELECT patient_id, status FROM visits WHERE id = ?;");
        visit.bind(1, input.visitId);
        if (!visit.step()) {
            throw Error(Error::Kind::NotFound, tr("The visit was not found."));
        }
        if (visit.text(1) == QStringLiteral("withdrawn")) {
            throw Error(Error::Kind::Conflict, tr("The visit was withdrawn; its note cannot be written."));
        }
        const qint64 patientId = visit.int64(0);
        id = db.reserveId("notes"); // first: the sealed words carry it
        Statement ins(db, "INSERT INTO notes (id, visit_id, patient_id, version, status, findings, orders, "
                          "updated_at, updated_by) VALUES (?,?,?,1,'draft',?,?,?,?);");
        ins.bind(1, id).bind(2, input.visitId).bind(3, patientId);
        ins.bindCell(4, noteCell(id, "findings"), findings).bindCell(5, noteCell(id, "orders"), orders);
        ins.bind(6, now).bind(7, m_journal.userId()).run();
        m_journal.changed(ChartChange::Item::Note, patientId, id, ChartChange::Kind::Created, 1);
    } else {
        m_journal.requireOurs(current->sourceInstitution);
        // A new note for a visit that has one already (another desk wrote it, or a second window), or a draft
        // saved by someone else since this desk read it.
        if (input.id == 0 || current->version != input.version || current->saves != input.saves) {
            throw savedMeanwhile(*current);
        }
        if (current->status != ClinicalNote::Status::Draft) {
            throw Error(Error::Kind::Conflict, tr("This note is %1; a finalised note is edited as a new version.")
                                                   .arg(noteStatusToString(current->status)));
        }
        Statement upd(db, "UPDATE notes SET findings=?, orders=?, updated_at=?, updated_by=?, saves=saves+1 "
                          "WHERE id=? AND status='draft';");
        upd.bindCell(1, noteCell(current->id, "findings"), findings);
        upd.bindCell(2, noteCell(current->id, "orders"), orders);
        upd.bind(3, now).bind(4, m_journal.userId()).bind(5, current->id).run();
        id = current->id;
        m_journal.changed(ChartChange::Item::Note, current->patientId, id, ChartChange::Kind::Updated,
                          current->version);
    }
    tx.commit();
    return *find(id);
}

ClinicalNote ClinicalNoteRepository::finalize(qint64 noteId) {
    m_journal.requireWrite();
    auto& db = m_journal.record().db();
    Transaction tx(db);
    const auto current = find(noteId);
    if (!current) {
        throw Error(Error::Kind::NotFound, tr("The note was not found."));
    }
    m_journal.requireOurs(current->sourceInstitution);
    if (current->status != ClinicalNote::Status::Draft) {
        throw Error(Error::Kind::Conflict,
                    tr("Only a draft can be finalised; this note is %1.").arg(noteStatusToString(current->status)));
    }
    const QString now = m_journal.nowForStorage();
    Statement upd(db, "UPDATE notes SET status='final', finalized_at=?, finalized_by=?, updated_at=?, "
                      "updated_by=?, saves=saves+1 WHERE id=?;");
    upd.bind(1, now).bind(2, m_journal.userId()).bind(3, now).bind(4, m_journal.userId()).bind(5, noteId).run();
    Statement hist(db, "INSERT INTO note_versions (note_id, version, status, findings, orders, reason, author_id, "
                       "created_at) VALUES (?,?,'final',?,?,?,?,?);");
    hist.bind(1, noteId).bind(2, current->version);
    hist.bindCell(3, versionCell(noteId, current->version, "findings"), current->findings);
    hist.bindCell(4, versionCell(noteId, current->version, "orders"), current->orders);
    hist.bindCellOptional(5, versionCell(noteId, current->version, "reason"), current->revisionReason);
    hist.bind(6, m_journal.userId()).bind(7, now).run();
    m_journal.changed(ChartChange::Item::Note, current->patientId, noteId, ChartChange::Kind::Finalized,
                      current->version);
    tx.commit();
    return *find(noteId);
}

ClinicalNote ClinicalNoteRepository::revise(qint64 noteId, int editedVersion, const QString& findingsText,
                                            const QString& ordersText, const QString& reason) {
    m_journal.requireWrite();
    const QString findings = cleaned(findingsText);
    const QString orders = cleaned(ordersText);
    if (findings.trimmed().isEmpty() && orders.trimmed().isEmpty()) {
        throw Error(Error::Kind::Validation, tr("The note is empty: write findings or orders."));
    }
    auto& db = m_journal.record().db();
    Transaction tx(db);
    const auto current = find(noteId);
    if (!current) {
        throw Error(Error::Kind::NotFound, tr("The note was not found."));
    }
    m_journal.requireOurs(current->sourceInstitution);
    if (current->version != editedVersion) {
        throw savedMeanwhile(*current);
    }
    if (current->status != ClinicalNote::Status::Final) {
        throw Error(Error::Kind::Conflict,
                    tr("Only a finalised note gets a new version; this note is %1 (save the draft instead).")
                        .arg(noteStatusToString(current->status)));
    }
    const int version = current->version + 1;
    Statement upd(
        db,
        "UPDATE notes SET version=?, status='draft', findings=?, orders=?, revision_reason=?, "
        "updated_at=?, updated_by=?, finalized_at=NULL, finalized_by=NULL, saves=saves+1 WHERE id=? AND version=?;");
    upd.bind(1, version).bindCell(2, noteCell(noteId, "findings"), findings);
    upd.bindCell(3, noteCell(noteId, "orders"), orders);
    upd.bindCellOptional(4, noteCell(noteId, "revision_reason"), reason.trimmed());
    upd.bind(5, m_journal.nowForStorage()).bind(6, m_journal.userId()).bind(7, noteId).bind(8, current->version).run();
    m_journal.changed(ChartChange::Item::Note, current->patientId, noteId, ChartChange::Kind::Updated, version);
    tx.commit();
    return *find(noteId);
}

ClinicalNote ClinicalNoteRepository::withdraw(qint64 noteId, const QString& reason) {
    m_journal.requireWrite();
    if (reason.trimmed().isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Give the reason for withdrawing the note."));
    }
    auto& db = m_journal.record().db();
    Transaction tx(db);
    const auto current = find(noteId);
    if (!current) {
        throw Error(Error::Kind::NotFound, tr("The note was not found."));
    }
    m_journal.requireOurs(current->sourceInstitution);
    if (current->status == ClinicalNote::Status::Withdrawn) {
        throw Error(Error::Kind::Conflict, tr("The note is already withdrawn."));
    }
    Statement upd(db, "UPDATE notes SET status='withdrawn', revision_reason=?, updated_at=?, updated_by=?, "
                      "saves=saves+1 WHERE id=?;");
    upd.bindCell(1, noteCell(noteId, "revision_reason"), reason.trimmed());
    upd.bind(2, m_journal.nowForStorage()).bind(3, m_journal.userId()).bind(4, noteId).run();
    m_journal.changed(ChartChange::Item::Note, current->patientId, noteId, ChartChange::Kind::Withdrawn,
                      current->version);
    tx.commit();
    return *find(noteId);
}

QList<NoteVersion> ClinicalNoteRepository::history(qint64 noteId) {
    m_journal.requireRead();
    const auto note = find(noteId);
    if (!note) {
        throw Error(Error::Kind::NotFound, tr("The note was not found."));
    }
    QList<NoteVersion> out;
    Statement st(m_journal.record().db(),
                 "SELECT v.version, v.findings, v.orders, v.reason, u.display_name, v.created_at "
                 "FROM note_versions v JOIN users u ON u.id = v.author_id WHERE v.note_id = ? ORDER BY v.version;");
    st.bind(1, noteId);
    while (st.step()) {
        const int version = int(st.int64(0));
        out.append({version, st.cellText(1, versionCell(noteId, version, "findings")),
                    st.cellText(2, versionCell(noteId, version, "orders")),
                    st.cellText(3, versionCell(noteId, version, "reason")), st.text(4),
                    Timestamp::fromStorage(st.text(5))});
    }
    m_journal.viewed(QStringLiteral("note-history"), note->patientId, QStringLiteral("id %1").arg(noteId));
    return out;
}

NoteDiff ClinicalNoteRepository::diff(qint64 noteId, int fromVersion, int toVersion) {
    const QList<NoteVersion> versions = history(noteId);
    const auto pick = [&](int v) -> std::optional<NoteVersion> {
        for (const NoteVersion& nv : versions) {
            if (nv.version == v) {
                return nv;
            }
        }
        return std::nullopt;
    };
    const auto from = pick(fromVersion);
    std::optional<NoteVersion> to;
    if (toVersion == 0) {
        const auto current = find(noteId);
        to = NoteVersion{current->version,        current->findings,  current->orders,
                         current->revisionReason, current->updatedBy, current->updatedAt};
    } else {
        to = pick(toVersion);
    }
    if (!from || !to) {
        throw Error(Error::Kind::NotFound,
                    tr("Version %1 of this note does not exist.").arg(!from ? fromVersion : toVersion));
    }
    return {from->version, to->version, LineDiff::compare(from->findings, to->findings),
            LineDiff::compare(from->orders, to->orders)};
}

} // namespace tsumugi
