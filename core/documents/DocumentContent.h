#pragma once

#include "core/documents/Document.h"

#include <QString>

namespace tsumugi {

// The fields of a document as stored in documents.content / document_versions.content: compact JSON (Qt's,
// the core has no other), empty fields left out. Attachments are stored by id; their descriptions come from
// document_attachments.
class DocumentContent {
public:
    static QString encode(const Document& document);
    // Fills the content fields of `document` (kind, ids, status and stamps are columns, set by the caller).
    // Attachments get only their ids here.
    static void decode(const QString& json, Document& document);
};

} // namespace tsumugi
