#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tsumugi {

class ChartItemJournal;

// A 定型文: a stock phrase the doctor inserts into one column of the note.
struct NoteTemplate {
    enum class Target { Findings, Orders };
    qint64 id = 0;
    QString title;
    QString body;
    Target target = Target::Findings;
};

// The record's 定型文 (a few defaults come with a new record); doctors add their own.
class NoteTemplateLibrary {
    Q_DECLARE_TR_FUNCTIONS(NoteTemplateLibrary)
public:
    explicit NoteTemplateLibrary(ChartItemJournal& journal);

    QList<NoteTemplate> list() const;
    NoteTemplate add(const NoteTemplate& t);
    // Retired templates disappear from the list; notes that used them are unaffected (the text was copied).
    void retire(qint64 id);
    // The text after inserting a template at a cursor position, for a plain-text editor.
    static QString insert(const QString& text, int cursor, const NoteTemplate& t);

private:
    ChartItemJournal& m_journal;
};

} // namespace tsumugi
