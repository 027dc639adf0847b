#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tsumugi::fhir {

// What an import kept without understanding it, or read with a caveat, for the per-file report: unknown codes,
// elements not read (all kept in the item's raw JSON), partial dates filled in. The same note on many resources
// (300 lab results with "issued") is one line with a count, so the report stays readable.
class ImportNotes {
    Q_DECLARE_TR_FUNCTIONS(ImportNotes)
public:
    void add(const QString& note);
    // element: e.g. "Observation.performer".
    void elementNotRead(const QString& element);
    void unknownCode(const QString& element, const QString& system, const QString& code);

    bool isEmpty() const { return m_counts.isEmpty(); }
    // One line per distinct note, in the order first seen, "×N" when repeated.
    QStringList lines() const;

private:
    QMap<QString, int> m_counts;
    QStringList m_order;
};

} // namespace tsumugi::fhir
