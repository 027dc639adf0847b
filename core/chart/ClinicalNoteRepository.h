#pragma once

#include "core/Error.h"
#include "core/chart/ChartItemJournal.h"
#include "core/chart/ClinicalNote.h"

#include <QCoreApplication>
#include <optional>

namespace tsumugi {

// Visit notes with 真正性: drafts, finalisation with author and time, new versions for later edits, the
// history of finalised versions (readable for ever) and a line diff between any two of them.
class ClinicalNoteRepository {
    Q_DECLARE_TR_FUNCTIONS(ClinicalNoteRepository)
public:
    static constexpr int MaxColumnLength = 100000;

    explicit ClinicalNoteRepository(ChartItemJournal& journal);

    // Saves the draft of a visit's note: creates it (version 1) or overwrites the current draft.
    // note.version and note.saves must be those of the note being edited (0 for a new note): Error(Conflict) naming
    // who saved it meanwhile otherwise. A finalised note is changed with revise().
    ClinicalNote saveDraft(const ClinicalNote& note);
    // Draft → final, stamped with the signed-in doctor and the time.
    ClinicalNote finalize(qint64 noteId);
    // Starts the next version of a finalised note as a draft with the new text; the finalised one stays in history.
    // editedVersion is the finalised version the text was edited from (Error(Conflict) when another desk began a
    // newer one meanwhile).
    ClinicalNote revise(qint64 noteId, int editedVersion, const QString& findings, const QString& orders,
                        const QString& reason = {});
    ClinicalNote withdraw(qint64 noteId, const QString& reason);

    std::optional<ClinicalNote> find(qint64 noteId) const;
    std::optional<ClinicalNote> forVisit(qint64 visitId) const;
    // Every note of a patient in one query (for opening a chart).
    QList<ClinicalNote> forPatient(qint64 patientId) const;
    // Finalised versions, oldest first (audited as a view).
    QList<NoteVersion> history(qint64 noteId);
    // Differences between two finalised versions; toVersion 0 = the current text (draft or final).
    NoteDiff diff(qint64 noteId, int fromVersion, int toVersion = 0);

private:
    // Another desk saved the note after this one read it: who, when, and that nothing was overwritten.
    static Error savedMeanwhile(const ClinicalNote& current);

    ChartItemJournal& m_journal;
};

} // namespace tsumugi
