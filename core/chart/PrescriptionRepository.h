#pragma once

#include "core/chart/ChartItemJournal.h"
#include "core/chart/Prescription.h"

#include <QCoreApplication>
#include <optional>

namespace tsumugi {

class AllergyRepository;
class MasterCatalog;
class VisitRepository;

// Prescriptions of a visit: checks (contraindication, allergy, same drug still active), saving with an explicit
// acknowledgement when a check warns, and Do処方 (the previous visit's prescription again, in one action).
class PrescriptionRepository {
    Q_DECLARE_TR_FUNCTIONS(PrescriptionRepository)
public:
    PrescriptionRepository(ChartItemJournal& journal, MasterCatalog& masters, VisitRepository& visits,
                           AllergyRepository& allergies);

    // Completes the prescription (codes and unit from the drug master, dates, quantity) and lists its warnings.
    CheckedPrescription check(const Prescription& prescription);
    // Refuses with Error(Conflict) listing the warnings unless acknowledgeWarnings is true; the acknowledged
    // warnings are kept with the prescription.
    Prescription create(const Prescription& prescription, bool acknowledgeWarnings = false);
    Prescription update(const Prescription& prescription, bool acknowledgeWarnings = false, const QString& reason = {});
    Prescription withdraw(qint64 id, const QString& reason);

    // Do処方: the last earlier visit's prescriptions, copied for this visit (not saved), each with its warnings.
    QList<CheckedPrescription> previewRepeat(qint64 visitId);
    // Saves that copy in one transaction (all or nothing); the copies are then edited like any prescription.
    QList<Prescription> repeatPrevious(qint64 visitId, bool acknowledgeWarnings = false);

    std::optional<Prescription> find(qint64 id) const;
    QList<Prescription> forVisit(qint64 visitId) const;
    // Prescriptions whose days reach the given date (or later), newest first.
    QList<Prescription> activeOn(qint64 patientId, const QDate& date) const;
    QList<Prescription> forPatient(qint64 patientId, int limit = -1) const;
    QList<ChartItemVersion> history(qint64 id);

    // A drug another institution prescribed (a received letter's medication line), checked against this patient's
    // allergies and contraindications as a prescription of ours would be; no duplicate check.
    QList<PrescriptionWarning> allergyWarnings(qint64 patientId, const QString& drugName, const QString& yjCode);
    // The dose, usage and days to start a new line of this drug (its code in any code system) with, if any.
    std::optional<UsualDosage> usualDosage(qint64 patientId, const QString& drugCode) const;

    static QStringList problems(const Prescription& p);
    static QStringList dosageUnits();

private:
    // What a drug is known as, for matching allergies: its ingredient (YJ code's first 7 characters), every name of
    // the products of that ingredient, and its drug classes.
    struct KnownDrug {
        QString ingredient;
        QStringList nameKeys;
        QStringList classIds;
    };
    KnownDrug identify(const Prescription& p);
    void recordUse(const Prescription& p);
    Prescription completed(Prescription p);
    QList<PrescriptionWarning> warningsFor(const Prescription& p, const QList<qint64>& ignoreIds = {});
    QList<PrescriptionWarning> allergyWarningsFor(const Prescription& p);
    Prescription write(const Prescription& p, const QString& reason, ChartChange::Kind kind);
    Prescription save(const Prescription& input, bool acknowledgeWarnings, const QString& reason, bool creating);
    ChartItemJournal& m_journal;
    MasterCatalog& m_masters;
    VisitRepository& m_visits;
    AllergyRepository& m_allergies;
};

} // namespace tsumugi
