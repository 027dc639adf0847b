#pragma once

#include "core/patients/Patient.h"

#include <QCoreApplication>
#include <QList>
#include <optional>
#include <vector>

namespace tsumugi {

class ClinicRecord;

// One saved version of a patient's registration, as it was.
struct PatientVersion {
    int version = 0;
    Patient patient;
    QString reason;
    QString author;
    QDateTime at;
};

// Patients: registration, versioned edits (every edit is a new version, the old stays readable), and search.
class PatientRepository {
    Q_DECLARE_TR_FUNCTIONS(PatientRepository)
public:
    // A list longer than this is not read by a person; they type more of the name.
    static constexpr int DefaultSearchLimit = 100;

    explicit PatientRepository(ClinicRecord& record);

    // Validates, assigns the next patient number, and saves version 1. Throws Error(Validation) with all problems.
    Patient create(const Patient& patient);
    // Saves a new version. patient.version must be the version the user edited (otherwise Error(Conflict)).
    Patient update(const Patient& patient, const QString& reason = {});

    // Opening a patient is a view in the audit trail.
    std::optional<Patient> open(qint64 id);
    std::optional<Patient> openByNumber(qint64 number);
    QList<PatientVersion> history(qint64 id);

    // One box for everything a clerk types: a patient number, a phone number, a birth date (西暦 or 和暦),
    // a reading in kana (prefix), or a name in kanji (prefix). Results are list rows: updatedAt/updatedBy
    // are left empty (open() the patient for those).
    QList<Patient> search(const QString& query, int limit = DefaultSearchLimit) const;
    qint64 count() const;

private:
    std::optional<Patient> load(const char* where, qint64 key) const;
    void saveVersion(const Patient& p, const QString& reason);
    // Found by a search token of a column, opened, checked and ordered by kana here (the server holds them sealed).
    QList<Patient> byToken(const char* column, const QString& normalised, int limit) const;
    // The first `limit` patients whose reading starts with prefix, in kana order, opening only the rows the page
    // needs.
    std::vector<qint64> firstByKana(const QString& prefix, int limit) const;
    // Adds at least `need` rows of readings starting with prefix (or all of them), the first in kana order, and the
    // rest of each bucket read.
    struct Found;
    void collectByKana(const QString& prefix, qint64 need, std::vector<Found>& found) const;
    // Adds the id, number and reading of these rows, read by id; with a column, only those whose value of it starts
    // with prefix (a query longer than its token).
    void readFound(const std::vector<qint64>& ids, const char* column, const QString& prefix,
                   std::vector<Found>& found) const;
    // List rows of these patients, in this order.
    QList<Patient> byIds(const std::vector<qint64>& ids) const;

    ClinicRecord& m_record;
};

} // namespace tsumugi
