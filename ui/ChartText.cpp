#include "ui/ChartText.h"

namespace tsumugi::ui {

QString ChartText::encounterClass(Visit::EncounterClass c) {
    switch (c) {
    case Visit::EncounterClass::Outpatient:
        return tr("Outpatient");
    case Visit::EncounterClass::Inpatient:
        return tr("Inpatient");
    }
    return {};
}

QString ChartText::noteStatus(ClinicalNote::Status s) {
    switch (s) {
    case ClinicalNote::Status::Draft:
        return tr("Draft");
    case ClinicalNote::Status::Final:
        return tr("Finalised");
    case ClinicalNote::Status::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString ChartText::outcome(Diagnosis::Outcome o) {
    switch (o) {
    case Diagnosis::Outcome::Continuing:
        return tr("Continuing");
    case Diagnosis::Outcome::Cured:
        return tr("Cured");
    case Diagnosis::Outcome::Died:
        return tr("Died");
    case Diagnosis::Outcome::Discontinued:
        return tr("Discontinued");
    case Diagnosis::Outcome::Transferred:
        return tr("Transferred");
    }
    return {};
}

QString ChartText::allergyCategory(Allergy::Category c) {
    switch (c) {
    case Allergy::Category::Food:
        return tr("Food");
    case Allergy::Category::Environment:
        return tr("Environment");
    case Allergy::Category::Other:
        return tr("Other");
    case Allergy::Category::Medication:
        return tr("Drug contraindication");
    }
    return {};
}

QString ChartText::severity(Allergy::Severity s) {
    switch (s) {
    case Allergy::Severity::Mild:
        return tr("Mild");
    case Allergy::Severity::Moderate:
        return tr("Moderate");
    case Allergy::Severity::Severe:
        return tr("Severe");
    case Allergy::Severity::Unknown:
        return {};
    }
    return {};
}

QString ChartText::dispensing(Prescription::Dispensing d) {
    switch (d) {
    case Prescription::Dispensing::InHouse:
        return tr("In-house");
    case Prescription::Dispensing::Outside:
        return tr("Outside pharmacy");
    }
    return {};
}

QString ChartText::warningKind(PrescriptionWarning::Kind k) {
    switch (k) {
    case PrescriptionWarning::Kind::Contraindication:
        return tr("Drug contraindication");
    case PrescriptionWarning::Kind::Allergy:
        return tr("Allergy");
    case PrescriptionWarning::Kind::Duplicate:
        return tr("Already prescribed");
    }
    return {};
}

QString ChartText::diagnosisFlags(const Diagnosis& d) {
    QStringList flags;
    if (d.longTerm) {
        flags << tr("LTS");
    }
    if (d.uninformed) {
        flags << tr("Not told");
    }
    if (d.undelivered) {
        flags << tr("Not shared");
    }
    return flags.join(QLatin1Char(' '));
}

QString ChartText::prescriptionLine(const Prescription& p) {
    const QString dose = QString::number(p.dose, 'g', 6) + p.unit;
    QString usage = p.usageText;
    return tr("%1  %2  %3  %4 days").arg(p.drugName, dose, usage).arg(p.days);
}

QString ChartText::dateTime(const QDateTime& t) {
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

} // namespace tsumugi::ui
