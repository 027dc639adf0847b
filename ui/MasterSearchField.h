#pragma once

#include "core/masters/MasterEntry.h"

#include <QList>
#include <QWidget>
#include <functional>
#include <optional>

class QLineEdit;
class QListWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// The master search every item dialog has: a line to type kana, kanji or a code, and the list of what the master
// offers for it (ranked by MasterCatalog). Typing searches; choosing a row emits picked(). The dialogs keep what a
// pick means for them (codes shown, units, the 一般名 choice).
class MasterSearchField : public QWidget {
    Q_OBJECT
public:
    using Filter = std::function<bool(const MasterEntry&)>;
    using RowText = std::function<QString(const MasterEntry&)>;
    using Key = std::function<QString(const MasterEntry&)>;

    // editName / listName: the object names the tests and screen readers know the two parts by.
    MasterSearchField(ClinicRecord& record, MasterKind kind, const QString& editName, const QString& listName,
                      QWidget* parent = nullptr);

    void setKind(MasterKind kind) { m_kind = kind; }
    void setFilter(Filter filter) { m_filter = std::move(filter); }
    void setRowText(RowText rowText) { m_rowText = std::move(rowText); }
    void setLimit(int limit) { m_limit = limit; }
    // One row per key (e.g. one per lab item): the best-ranked entry of each stands for the others.
    void setDistinct(Key key) { m_distinct = std::move(key); }

    QLineEdit* edit() const { return m_edit; }
    QListWidget* list() const { return m_list; }
    const QList<MasterEntry>& found() const { return m_found; }
    // The entry of the list's current row, if any.
    std::optional<MasterEntry> current() const;
    // Searches again for the text in the line (after the kind or filter changed).
    void search();
    // Shows a chosen entry's wording in the line without searching again.
    void showText(const QString& text);

signals:
    void edited(); // the user typed: an earlier pick no longer stands
    void picked(const MasterEntry& entry);
    void failed(const QString& message);

private:
    ClinicRecord& m_record;
    MasterKind m_kind;
    int m_limit = 30;
    Filter m_filter;
    RowText m_rowText;
    Key m_distinct;
    QLineEdit* m_edit = nullptr;
    QListWidget* m_list = nullptr;
    QList<MasterEntry> m_found;
};

} // namespace tsumugi::ui
