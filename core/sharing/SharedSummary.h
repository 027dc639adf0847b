#pragma once

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tsumugi {

// One entry of a pulled shared record / emergency summary, as the read-only panel lists it.
struct SharedSummaryItem {
    QString section;      // shared | visits | dispensing | medications | surgery | treatments | dialysis | healthChecks
    QString resourceType; // FHIR resource type
    QString sourceInstitution; // 医療機関番号 of the clinic that registered it (shared items)
    QString sourceName;        // institution / pharmacy name (claims-based history)
    QDate date;
    QString title;
    QString detail;
    QString code;
    QString codeSystem;
    QByteArray resourceJson;

    // Shared allergies, drug contraindications and diagnoses can be adopted into the own record.
    bool isAdoptable() const {
        return section == QLatin1String("shared") &&
               (resourceType == QLatin1String("AllergyIntolerance") || resourceType == QLatin1String("Condition"));
    }
};

// A pulled summary (MISSION §4, sim/README §7): the mode it was read in, the sections the consents kept closed,
// and its items. Kept in the record as the raw bundle; this is its reading.
struct SharedSummary {
    enum class Mode { Consented, Emergency };

    qint64 id = 0;
    qint64 patientId = 0;
    Mode mode = Mode::Consented;
    QString reason; // emergency only
    QStringList withheldSections;
    QList<SharedSummaryItem> items;
    QDateTime pulledAt;
    QString pulledBy;
    QByteArray bundleJson;

    // The order the panel shows sections in (shared items first: they are what a doctor adopts).
    static QStringList sectionOrder() {
        return {QStringLiteral("shared"),      QStringLiteral("visits"),      QStringLiteral("dispensing"),
                QStringLiteral("medications"), QStringLiteral("surgery"),     QStringLiteral("treatments"),
                QStringLiteral("dialysis"),    QStringLiteral("healthChecks")};
    }
    QList<SharedSummaryItem> itemsOf(const QString& section) const {
        QList<SharedSummaryItem> out;
        for (const auto& i : items) {
            if (i.section == section) {
                out.append(i);
            }
        }
        return out;
    }
};

} // namespace tsumugi
