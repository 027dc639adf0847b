#pragma once

#include "core/reception/ReceptionEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace tsumugi::ui {

// Today's reception list (受付): one arrival a row, in queue order.
class ReceptionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        QueueColumn,
        ArrivedColumn,
        NumberColumn,
        NameColumn,
        KanaColumn,
        AgeColumn,
        StatusColumn,
        ColumnCount
    };

    explicit ReceptionTableModel(QObject* parent = nullptr);

    void setEntries(const QList<ReceptionEntry>& entries, const QDate& today);
    void clear();
    const ReceptionEntry& entryAt(int row) const { return m_entries.at(row); }
    int rowOfEntry(qint64 entryId) const;
    const QList<ReceptionEntry>& entries() const { return m_entries; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<ReceptionEntry> m_entries;
    QDate m_today;
};

} // namespace tsumugi::ui
