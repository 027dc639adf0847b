#pragma once

#include "core/patients/Patient.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

namespace tsumugi::ui {

// Search results: one patient a row.
class PatientTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NumberColumn,
        NameColumn,
        KanaColumn,
        SexColumn,
        BirthDateColumn,
        AgeColumn,
        PhoneColumn,
        ColumnCount
    };

    explicit PatientTableModel(QObject* parent = nullptr);

    void setPatients(const QList<Patient>& patients, const QDate& today);
    void clear();
    const Patient& patientAt(int row) const { return m_patients.at(row); }
    int rowOf(qint64 patientId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QList<Patient> m_patients;
    QDate m_today;
};

} // namespace tsumugi::ui
