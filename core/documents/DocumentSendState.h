#pragma once

#include "core/documents/Document.h"
#include "core/outbox/OutboxItem.h"

#include <QCoreApplication>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// Where one of our letters stands with the sharing service (電子診療情報提供書): the doctor's choice for the
// current version (Document::sendRequested) read together with the document's outbox item. The one place that
// turns these into words, for the editor, the chart's document list and tsumugictl.
class DocumentSendState {
    Q_DECLARE_TR_FUNCTIONS(DocumentSendState)
public:
    enum class Kind {
        None,      // a draft, a withdrawn or a received document: nothing to show
        PaperOnly, // finalised without sending
        NotQueued, // sending was chosen but the outbox has no waiting item (shown rather than hidden)
        Queued,    // waiting, being sent, or failed and retrying
        Sent,
        Rejected,
    };

    // Reads the document's outbox item (one indexed lookup).
    static DocumentSendState of(ClinicRecord& record, const Document& document);
    // Whether a version of this letter is on the sharing service or on its way there (registered, or its outbox
    // item waits). A new version finalised for paper only leaves that version there.
    static bool onService(ClinicRecord& record, qint64 documentId);

    Kind kind() const { return m_kind; }
    // PaperOnly while an earlier version of the letter stays on (or goes to) the sharing service.
    bool earlierVersionOnService() const { return m_earlierOnService; }
    std::optional<OutboxItem::State> outboxState() const { return m_outboxState; }
    const QString& lastError() const { return m_lastError; }

    // For scripts (tsumugictl): paper-only, queued, sent, rejected, not-queued; "-" when there is nothing to show.
    QString key() const;
    // A list cell: "not sent (paper only)", "queued", "sent", "rejected: …".
    QString shortText() const;
    // The editor's line: "Sharing service: sent", "Sharing service: rejected (…; correct it as a new version…)".
    QString text() const;
    // What the doctor is told when finalising a new version without sending while an earlier one went out.
    static QString earlierVersionStaysWarning();

private:
    Kind m_kind = Kind::None;
    bool m_earlierOnService = false;
    std::optional<OutboxItem::State> m_outboxState;
    QString m_lastError;
};

} // namespace tsumugi
