#pragma once

#include "core/util/PartialDate.h"

#include "sync/fhir/FhirJson.h"
#include "sync/fhir/ImportNotes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <initializer_list>

namespace tsumugi::fhir {

// Reading received eCS resources: the elements every profile repeats (institution and department extensions,
// flags in meta.tag, notes, contained resources), dates that may be partial, and the check for elements we do
// not read. A missing or malformed required part throws Error(Validation) naming the element path
// (e.g. "Bundle.entry[2].resource.effectiveDateTime: …"); everything else becomes a note.
class EcsReader {
    Q_DECLARE_TR_FUNCTIONS(EcsReader)
public:
    [[noreturn]] static void fail(const QString& path, const QString& problem);

    // The string at key when there is one, else "" (for matching urls, systems and codes: a wrong type simply
    // does not match).
    static std::string plain(const Json& object, const char* key);

    // The string at key, empty when absent; a non-string value there is an error naming path.key.
    static QString string(const Json& object, const char* key, const QString& path);
    // The object at key (nullptr when absent); a non-object is an error.
    static const Json* object(const Json& object, const char* key, const QString& path);
    // The array at key (nullptr when absent); a non-array is an error.
    static const Json* array(const Json& object, const char* key, const QString& path);

    struct Coding {
        QString system;
        QString code;
        QString display;
    };
    // The codings of the CodeableConcept at codeable (path names it); malformed entries are errors.
    static QList<Coding> codings(const Json& codeable, const QString& path);
    // The code of the first coding of the CodeableConcept at key (clinicalStatus, verificationStatus, …).
    static QString firstCode(const Json& resource, const char* key, const QString& path);

    // JP_eCS_InstitutionNumber (the 医療機関番号 the resource was recorded at), empty when absent.
    static QString institution(const Json& resource, const QString& path);
    // JP_eCS_Department: its text, else the first coding's display.
    static QString department(const Json& resource, const QString& path);
    static bool hasTag(const Json& resource, const char* code);
    // note[].text, one per line.
    static QString notes(const Json& resource, const QString& path);
    // "#id" → the contained resource with that id, nullptr when none.
    static const Json* contained(const Json& resource, const QString& reference);

    // A FHIR date or dateTime as a date. Partial dates (2018, 2022-05) take the first day; given a precision, it
    // says how much was known (and the date is kept as such), else a note says the day was made up.
    // Empty text → invalid date; anything else that is not a date is an error naming path.
    static QDate date(const QString& text, const QString& path, ImportNotes& notes,
                      PartialDate::Precision* precision = nullptr);
    // A FHIR dateTime; a date alone is taken as midnight Japan time.
    static QDateTime dateTime(const QString& text, const QString& path, ImportNotes& notes);

    // Notes every top-level element of resource not in known as "not read" (the item keeps the raw JSON).
    static void noteElementsNotRead(const Json& resource, const char* resourceType,
                                    std::initializer_list<const char*> known, ImportNotes& notes);
};

} // namespace tsumugi::fhir
