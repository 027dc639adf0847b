#pragma once

#include "sync/fhir/EcsElements.h"

#include "core/documents/Document.h"

#include <QByteArray>

namespace tsumugi::fhir {

// JP_DocumentReference_eCS for what a document carries as a file: attachments (PDF for section 230, images for
// 210), a text written as a document part (the discharge summary's hospital course, section 333), and a discharge
// summary bundle attached to a referral (application/fhir+json). The bytes travel inline, base64.
class DocumentReferenceMapper {
public:
    static Json forAttachment(const DocumentAttachment& attachment, const QByteArray& data, const EcsContext& context,
                              const QDateTime& created);
    // LOINC type (e.g. 8648-8 "Hospital course Narrative") and the text as text/plain; charset=utf-8.
    static Json forText(const char* loincCode, const char* loincDisplay, const QString& title, const QString& text,
                        const EcsContext& context, const QDateTime& created);
    static Json forDischargeSummary(const QByteArray& bundleJson, const QString& title, const EcsContext& context,
                                    const QDateTime& created);
};

} // namespace tsumugi::fhir
