#pragma once

#include <QCoreApplication>
#include <QString>

namespace tsumugi::fhir {

// Bundle.identifier of a JP-CLINS submission: {医療機関番号 10 digits}^{year}^{id, ≤ 36 of [A-Za-z0-9-]}.
// Sending the same identifier again replaces the earlier bundle, so one reporting unit (patient × resource
// type) keeps one identifier for good; the year is the year that unit was first sent, never "this year".
class BundleIdentifier {
    Q_DECLARE_TR_FUNCTIONS(BundleIdentifier)
public:
    // Empty when valid, else what is wrong (translated).
    static QString problem(const QString& value);
    static bool isValid(const QString& value) { return problem(value).isEmpty(); }
    static QString make(const QString& institutionNumber, int year, const QString& id);
    // The id part for a patient's reporting unit, e.g. "P0000042-Condition".
    static QString unitId(qint64 patientNumber, const QString& resourceType);
};

} // namespace tsumugi::fhir
