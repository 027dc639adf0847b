#include "ui/ReceptionTableModel.h"

#include "ui/DisplayText.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace tsumugi::ui {

ReceptionTableModel::ReceptionTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void ReceptionTableModel::setEntries(const QList<ReceptionEntry>& entries, const QDate& today) {
    // The same day's list read again (another desk's arrival or status change): rows are updated and appended in
    // place, so the selection and the scroll position stay where the user left them. Anything else starts anew.
    bool sameRows = today == m_today && entries.size() >= m_entries.size();
    for (qsizetype i = 0; sameRows && i < m_entries.size(); ++i) {
        sameRows = entries.at(i).id == m_entries.at(i).id;
    }
    if (!sameRows) {
        beginResetModel();
        m_entries = entries;
        m_today = today;
        endResetModel();
        return;
    }
    const int kept = int(m_entries.size());
    for (int row = 0; row < kept; ++row) {
        m_entries[row] = entries.at(row);
    }
    if (kept > 0) {
        emit dataChanged(index(0, 0), index(kept - 1, ColumnCount - 1));
    }
    if (entries.size() > kept) {
        beginInsertRows({}, kept, int(entries.size()) - 1);
        for (qsizetype i = kept; i < entries.size(); ++i) {
            m_entries.append(entries.at(i));
        }
        endInsertRows();
    }
}

void ReceptionTableModel::clear() {
    beginResetModel();
    m_entries.clear();
    endResetModel();
}

int ReceptionTableModel::rowOfEntry(qint64 entryId) const {
    for (int i = 0; i < m_entries.size(); ++i) {
        if (m_entries.at(i).id == entryId) {
            return i;
        }
    }
    return -1;
}

int ReceptionTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ReceptionTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceptionTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_entries.size()) {
        return {};
    }
    const ReceptionEntry& e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case QueueColumn:
            return e.queueNumber;
        case ArrivedColumn:
            return e.arrivedAt.toLocalTime().toString(QStringLiteral("HH:mm"));
        case NumberColumn:
            return DisplayText::patientNumber(e.patient.number);
        case NameColumn:
            return e.patient.fullName();
        case KanaColumn:
            return e.patient.fullKana();
        case AgeColumn:
            return DisplayText::age(e.patient, m_today);
        case StatusColumn:
            return DisplayText::receptionStatus(e.status);
        default:
            return {};
        }
    case Qt::TextAlignmentRole:
        if (index.column() == QueueColumn || index.column() == NumberColumn || index.column() == AgeColumn) {
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        }
        return {};
    case Qt::BackgroundRole:
        // Calm colours so the desk sees at a glance who is still waiting.
        if (index.column() == StatusColumn) {
            switch (e.status) {
            case ReceptionStatus::Waiting:
                return QBrush(QColor(0xfff4d6));
            case ReceptionStatus::InConsultation:
                return QBrush(QColor(0xd9ecff));
            case ReceptionStatus::Done:
                return QBrush(QColor(0xeeeeee));
            }
        }
        return {};
    case Qt::ForegroundRole:
        if (e.status == ReceptionStatus::Done) {
            return QBrush(QColor(0x777777));
        }
        return {};
    case Qt::UserRole:
        return e.id;
    default:
        return {};
    }
}

QVariant ReceptionTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case QueueColumn:
        return tr("Queue");
    case ArrivedColumn:
        return tr("Arrived");
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Name");
    case KanaColumn:
        return tr("Kana");
    case AgeColumn:
        return tr("Age");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace tsumugi::ui
