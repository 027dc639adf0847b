#include "ui/MasterSearchField.h"

#include "core/Error.h"
#include "core/masters/MasterCatalog.h"
#include "core/record/ClinicRecord.h"

#include <QLineEdit>
#include <QListWidget>
#include <QSet>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace tsumugi::ui {

MasterSearchField::MasterSearchField(ClinicRecord& record, MasterKind kind, const QString& editName,
                                     const QString& listName, QWidget* parent)
    : QWidget(parent)
    , m_record(record)
    , m_kind(kind) {
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(editName);
    m_list = new QListWidget(this);
    m_list->setObjectName(listName);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit);
    layout->addWidget(m_list);
    // A form label's mnemonic lands in the line, not on the frame around it.
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        search();
        emit edited();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row < m_found.size()) {
            emit picked(m_found.at(row));
        }
    });
}

std::optional<MasterEntry> MasterSearchField::current() const {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_found.size()) {
        return std::nullopt;
    }
    return m_found.at(row);
}

void MasterSearchField::showText(const QString& text) {
    const QSignalBlocker block(m_edit);
    m_edit->setText(text);
}

void MasterSearchField::search() {
    const QString query = m_edit->text().trimmed();
    const QSignalBlocker block(m_list);
    m_list->clear();
    m_found.clear();
    if (query.isEmpty()) {
        return;
    }
    QList<MasterEntry> found;
    try {
        found = m_record.masters().search(m_kind, query, m_limit);
    } catch (const Error& e) {
        emit failed(e.message());
        return;
    }
    QSet<QString> keys;
    for (const MasterEntry& e : std::as_const(found)) {
        if (m_filter && !m_filter(e)) {
            continue;
        }
        if (m_distinct) {
            const QString key = m_distinct(e);
            if (!key.isEmpty() && keys.contains(key)) {
                continue;
            }
            keys.insert(key);
        }
        m_found.append(e);
        m_list->addItem(m_rowText ? m_rowText(e) : e.name);
    }
}

} // namespace tsumugi::ui
