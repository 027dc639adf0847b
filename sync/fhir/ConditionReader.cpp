#include "sync/fhir/ConditionReader.h"

#include "sync/fhir/ConditionMapper.h"
#include "sync/fhir/FhirProfiles.h"

#include <QRegularExpression>

namespace tsumugi::fhir {

Diagnosis ConditionReader::read(const Json& r, const QString& path, ImportNotes& notes) {
    Diagnosis d;
    const Json* code = EcsReader::object(r, "code", path);
    if (!code) {
        EcsReader::fail(path + QStringLiteral(".code"), tr("is required (the disease name and its code)."));
    }
    QString firstDisplay;
    for (const auto& c : EcsReader::codings(*code, path + QStringLiteral(".code"))) {
        if (c.system == QLatin1String(uri::MedisDisease)) {
            d.medisCode = c.code;
        } else if (c.system == QLatin1String(uri::ReceiptDisease)) {
            d.receiptCode = c.code;
        } else if (c.system == QLatin1String(uri::Icd10)) {
            d.icd10 = c.code;
        } else {
            notes.unknownCode(QStringLiteral("Condition.code"), c.system, c.code);
        }
        if (firstDisplay.isEmpty()) {
            firstDisplay = c.display;
        }
    }
    static const QRegularExpression medis(QStringLiteral("^[0-9]{8}$"));
    if (d.medisCode.isEmpty()) {
        // The guide requires one; without it the name is 未コード化傷病名 here, as for our own free-text names.
        d.medisCode = Diagnosis::UncodedMedisCode;
        notes.add(tr("Condition.code: no MEDIS disease number; kept as 未コード化傷病名 (99999999)."));
    } else if (!medis.match(d.medisCode).hasMatch()) {
        notes.unknownCode(QStringLiteral("Condition.code"), QLatin1String(uri::MedisDisease), d.medisCode);
    }
    d.name = EcsReader::string(*code, "text", path + QStringLiteral(".code")).trimmed();
    if (d.name.isEmpty()) {
        d.name = firstDisplay.trimmed();
    }
    if (d.name.isEmpty()) {
        EcsReader::fail(path + QStringLiteral(".code.text"), tr("is required: the disease name (text or display)."));
    }
    const QString clinical = EcsReader::firstCode(r, "clinicalStatus", path);
    if (clinical == QStringLiteral("resolved") || clinical == QStringLiteral("remission")) {
        d.outcome = Diagnosis::Outcome::Cured;
    } else if (clinical == QStringLiteral("inactive")) {
        d.outcome = Diagnosis::Outcome::Discontinued;
    } else if (!clinical.isEmpty() && clinical != QStringLiteral("active") &&
               clinical != QStringLiteral("recurrence") && clinical != QStringLiteral("relapse")) {
        notes.unknownCode(QStringLiteral("Condition.clinicalStatus"), QLatin1String(uri::ConditionClinical), clinical);
    }
    const QString verification = EcsReader::firstCode(r, "verificationStatus", path);
    d.suspected = verification == QStringLiteral("unconfirmed") || verification == QStringLiteral("provisional") ||
                  verification == QStringLiteral("differential");
    if (verification == QStringLiteral("refuted") || verification == QStringLiteral("entered-in-error")) {
        notes.add(tr("Condition.verificationStatus %1: kept as received; check it in the chart.").arg(verification));
    }
    if (const Json* ext = EcsReader::array(r, "extension", path)) {
        for (const Json& e : *ext) {
            if (EcsReader::plain(e, "url") == uri::DiagnosisTypeExt && e.contains("valueCodeableConcept")) {
                for (const auto& c : EcsReader::codings(e["valueCodeableConcept"],
                                                        path + QStringLiteral(".extension.valueCodeableConcept"))) {
                    d.principal = d.principal || c.code == QStringLiteral("principal");
                }
            }
        }
    }
    d.department = EcsReader::department(r, path);
    d.longTerm = EcsReader::hasTag(r, "LTS");
    d.uninformed = EcsReader::hasTag(r, "UNINFORMED");
    d.undelivered = EcsReader::hasTag(r, "UNDELIVERED");
    // A 転帰 other than 治癒 comes as a note of its own (ConditionMapper::outcomeNote): back into the outcome.
    QStringList comment;
    std::optional<Diagnosis::Outcome> notedOutcome;
    for (const QString& line : EcsReader::notes(r, path).split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const auto o = ConditionMapper::outcomeFromNote(line);
        if (o && !notedOutcome) {
            notedOutcome = o;
        } else {
            comment << line;
        }
    }
    d.comment = comment.join(QLatin1Char('\n'));

    d.startDate = EcsReader::date(EcsReader::string(r, "onsetDateTime", path), path + QStringLiteral(".onsetDateTime"),
                                  notes, &d.startPrecision);
    const QString recorded = EcsReader::string(r, "recordedDate", path);
    d.recordedAt = EcsReader::dateTime(recorded, path + QStringLiteral(".recordedDate"), notes);
    if (!d.startDate.isValid()) {
        // Documents carry problem-list Conditions without an onset; the chart needs a start: the day it was
        // recorded, else last updated, said in the report.
        QDateTime fallback = d.recordedAt;
        if (!fallback.isValid()) {
            if (const Json* meta = EcsReader::object(r, "meta", path)) {
                fallback = EcsReader::dateTime(EcsReader::string(*meta, "lastUpdated", path + QStringLiteral(".meta")),
                                               path + QStringLiteral(".meta.lastUpdated"), notes);
            }
        }
        if (!fallback.isValid()) {
            EcsReader::fail(path + QStringLiteral(".onsetDateTime"), tr("is required: the date the disease began."));
        }
        d.startDate = fallback.toOffsetFromUtc(9 * 3600).date();
        notes.add(tr("Condition.onsetDateTime: missing; the start date is taken from the date it was recorded (%1).")
                      .arg(d.startDate.toString(Qt::ISODate)));
    }
    const QString abatement = EcsReader::string(r, "abatementDateTime", path);
    d.endDate = EcsReader::date(abatement, path + QStringLiteral(".abatementDateTime"), notes, &d.endPrecision);
    if (d.endDate.isValid() && d.outcome == Diagnosis::Outcome::Continuing) {
        d.outcome = Diagnosis::Outcome::Discontinued;
    }
    if (notedOutcome && d.outcome != Diagnosis::Outcome::Continuing) {
        d.outcome = *notedOutcome;
    }
    EcsReader::noteElementsNotRead(r, "Condition",
                                   {"contained", "extension", "identifier", "clinicalStatus", "verificationStatus",
                                    "category", "code", "subject", "encounter", "onsetDateTime", "abatementDateTime",
                                    "recordedDate", "note"},
                                   notes);
    return d;
}

} // namespace tsumugi::fhir
