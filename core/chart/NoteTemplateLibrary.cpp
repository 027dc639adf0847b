#include "core/chart/NoteTemplateLibrary.h"

#include "core/Error.h"
#include "core/chart/ChartItemJournal.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/record/ClinicRecord.h"

namespace tsumugi {

NoteTemplateLibrary::NoteTemplateLibrary(ChartItemJournal& journal)
    : m_journal(journal) {}

QList<NoteTemplate> NoteTemplateLibrary::list() const {
    QList<NoteTemplate> out;
    Statement st(m_journal.record().db(),
                 "SELECT id, title, body, target FROM note_templates WHERE active = 1 ORDER BY target, title;");
    while (st.step()) {
        out.append(
            {st.int64(0), st.text(1), st.text(2),
             st.text(3) == QStringLiteral("orders") ? NoteTemplate::Target::Orders : NoteTemplate::Target::Findings});
    }
    return out;
}

NoteTemplate NoteTemplateLibrary::add(const NoteTemplate& input) {
    m_journal.requireWrite();
    NoteTemplate t = input;
    t.title = t.title.trimmed();
    QStringList problems;
    if (t.title.isEmpty() || t.title.size() > 60) {
        problems << tr("A template needs a title of at most 60 characters.");
    }
    if (t.body.trimmed().isEmpty()) {
        problems << tr("A template needs a text.");
    }
    ChartItemJournal::throwIfAny(problems);
    Statement ins(m_journal.record().db(),
                  "INSERT INTO note_templates (title, body, target, created_at) VALUES (?,?,?,?);");
    ins.bind(1, t.title).bind(2, t.body);
    ins.bind(3, t.target == NoteTemplate::Target::Orders ? QStringLiteral("orders") : QStringLiteral("findings"));
    ins.bind(4, m_journal.nowForStorage());
    t.id = ins.insert();
    return t;
}

void NoteTemplateLibrary::retire(qint64 id) {
    m_journal.requireWrite();
    Statement upd(m_journal.record().db(), "UPDATE note_templates SET active = 0 WHERE id = ?;");
    upd.bind(1, id).run();
}

QString NoteTemplateLibrary::insert(const QString& text, int cursor, const NoteTemplate& t) {
    const int at = std::clamp(cursor, 0, int(text.size()));
    QString body = t.body;
    // A template starts on its own line, so it never glues onto the doctor's sentence.
    if (at > 0 && text.at(at - 1) != QLatin1Char('\n')) {
        body.prepend(QLatin1Char('\n'));
    }
    return text.left(at) + body + text.mid(at);
}

} // namespace tsumugi
