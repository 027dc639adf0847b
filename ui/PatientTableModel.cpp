#include "ui/PatientTableModel.h"

#include "ui/DisplayText.h"

namespace tsumugi::ui {

PatientTableModel::PatientTableModel(QObject* parent)
    : QAbstractTableModel(parent) {}

void PatientTableModel::setPatients(const QList<Patient>& patients, const QDate& today) {
    beginResetModel();
    m_patients = patients;
    m_today = today;
    endResetModel();
}

void PatientTableModel::clear() {
    beginResetModel();
    m_patients.clear();
    endResetModel();
}

int PatientTableModel::rowOf(qint64 patientId) const {
    for (int i = 0; i < m_patients.size(); ++i) {
        if (m_patients.at(i).id == patientId) {
            return i;
        }
    }
    return -1;
}

int PatientTableModel::rowCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : int(m_patients.size());
}

int PatientTableModel::columnCount(const QModelIndex& parent) const {
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PatientTableModel::data(const QModelIndex& index, int role) const {
    if (!index.isValid() || index.row() >= m_patients.size()) {
        return {};
    }
    const Patient& p = m_patients.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NumberColumn:
            return DisplayText::patientNumber(p.number);
        case NameColumn:
            return p.fullName();
        case KanaColumn:
            return p.fullKana();
        case SexColumn:
            return DisplayText::sex(p.sex);
        case BirthDateColumn:
            return DisplayText::birthDate(p.birthDate);
        case AgeColumn:
            return DisplayText::age(p, m_today);
        case PhoneColumn:
            return p.phone;
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (index.column() == NumberColumn || index.column() == AgeColumn)) {
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::UserRole) {
        return p.id;
    }
    return {};
}

QVariant PatientTableModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case NameColumn:
        return tr("Name");
    case KanaColumn:
        return tr("Kana");
    case SexColumn:
        return tr("Sex");
    case BirthDateColumn:
        return tr("Birth date");
    case AgeColumn:
        return tr("Age");
    case PhoneColumn:
        return tr("Phone");
    default:
        return {};
    }
}

} // namespace tsumugi::ui
