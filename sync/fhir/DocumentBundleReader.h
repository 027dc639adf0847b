#pragma once

#include "sync/fhir/FhirJson.h"
#include "sync/fhir/ImportNotes.h"

#include "core/documents/Document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tsumugi::fhir {

// A received JP_Bundle_eReferral (診療情報提供書, 57133-1) or JP_Bundle_eDischargeSummary (退院時サマリー, 18842-5)
// read into our document model: the Composition's sections become the document's fields (purpose, present
// illness, clinical course, …), the addressee and the sender come from sections 910 / 920 (or the custodian),
// prescriptions become medication lines, and the Conditions, AllergyIntolerances and lab Observations the sections
// point at are handed back for the importer to store as the patient's received items. Sections we have no field
// for keep their text (otherSections); their coded entries are noted, kept in the letter's raw JSON.
// Structural problems (no Composition first, an unknown document type, a reference to no entry) throw
// Error(Validation) naming the element path.
class DocumentBundleReader {
    Q_DECLARE_TR_FUNCTIONS(DocumentBundleReader)
public:
    // Where an item the letter points at belongs in the document.
    enum class Role { Diagnosis, AdmissionDiagnosis, OtherCondition, Allergy, Lab };
    struct ItemRef {
        const Json* resource = nullptr; // inside the bundle given to read()
        QString path;
        QList<Role> roles; // one Condition can be both the admission and the discharge diagnosis
    };
    struct Content {
        Document document; // kind, texts, addressee, dates, medications, sender; no ids yet
        const Json* patient = nullptr;
        QString patientPath;
        QString patientReference;
        QString senderInstitution; // the writing institution's 医療機関番号 (empty when the letter does not say)
        QString key;               // the sender's Bundle.identifier (what a corrected resend keeps)
        QList<ItemRef> items;
    };

    // bundle must outlive the returned Content (it points into it).
    static Content read(const Json& bundle, ImportNotes& notes);
    // The text of an XHTML narrative div: tags dropped, <br/> and block ends as line breaks, entities decoded.
    static QString narrativeText(const QString& div);
};

} // namespace tsumugi::fhir
