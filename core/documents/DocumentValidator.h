#pragma once

#include "core/documents/Document.h"

#include <QCoreApplication>
#include <QStringList>

namespace tsumugi {

// What makes a document acceptable: as a draft (formats only, so half-written letters can be kept) and at
// finalisation (what JP_Bundle_eReferral / JP_Bundle_eDischargeSummary require). Every problem is a translated
// sentence naming the field; checks needing the record (ids of the patient's items) are the repository's.
class DocumentValidator {
    Q_DECLARE_TR_FUNCTIONS(DocumentValidator)
public:
    static QStringList draftProblems(const Document& document);
    static QStringList finalProblems(const Document& document);

    // File name, type and size of an attachment; the bytes must really be of the named type.
    static QStringList attachmentProblems(const QString& fileName, const QString& mediaType, const QByteArray& data);
    // application/pdf, image/png or image/jpeg from the file name's extension; empty when not allowed.
    static QString mediaTypeForFileName(const QString& fileName);
    static bool isAllowedMediaType(const QString& mediaType);
};

} // namespace tsumugi
