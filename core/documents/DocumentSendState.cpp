#include "core/documents/DocumentSendState.h"

#include "core/db/Statement.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"

namespace tsumugi {

namespace {
struct OutboxRow {
    OutboxItem::State state = OutboxItem::State::Pending;
    bool registered = false;
    bool frozen = false; // a payload is frozen: it goes out as it is, whatever happens to the document meanwhile
    QString lastError;

    // The service holds a version, or one is frozen and on its way (an unfrozen waiting item of a revised letter
    // sends nothing: the sender skips a version finalised for paper only).
    bool holdsAVersion() const { return registered || (frozen && waiting()); }
    bool waiting() const {
        return state == OutboxItem::State::Pending || state == OutboxItem::State::Sending ||
               state == OutboxItem::State::Failed;
    }
};

// A document has at most one outbox row (outbox_items_document is unique), found by that index.
std::optional<OutboxRow> outboxRow(ClinicRecord& record, qint64 documentId) {
    Statement st(record.db(), "SELECT state, registered, last_error, frozen_generation IS NOT NULL, id "
                              "FROM outbox_items WHERE kind = 'document' AND document_id = ?;");
    st.bind(1, documentId);
    if (!st.step()) {
        return std::nullopt;
    }
    OutboxRow row;
    row.state = OutboxItem::stateFromKey(st.text(0)).value_or(OutboxItem::State::Pending);
    row.registered = st.int64(1) != 0;
    // The service's words are sealed on the clinic server (Schema: 25).
    row.lastError = st.cellText(2, {QStringLiteral("outbox_items"), QStringLiteral("last_error"), st.int64(4)});
    row.frozen = st.int64(3) != 0;
    return row;
}
} // namespace

DocumentSendState DocumentSendState::of(ClinicRecord& record, const Document& d) {
    DocumentSendState s;
    if (d.id == 0 || !d.isOurs() || d.status != Document::Status::Final) {
        return s;
    }
    const std::optional<OutboxRow> row = outboxRow(record, d.id);
    if (row) {
        s.m_outboxState = row->state;
        s.m_lastError = row->lastError;
    }
    if (!d.sendRequested) {
        s.m_kind = Kind::PaperOnly;
        s.m_earlierOnService = row && row->holdsAVersion();
        return s;
    }
    if (!row || row->state == OutboxItem::State::NotNeeded) {
        s.m_kind = Kind::NotQueued;
    } else if (row->waiting()) {
        s.m_kind = Kind::Queued;
    } else if (row->state == OutboxItem::State::Sent) {
        s.m_kind = Kind::Sent;
    } else {
        s.m_kind = Kind::Rejected;
    }
    return s;
}

bool DocumentSendState::onService(ClinicRecord& record, qint64 documentId) {
    const std::optional<OutboxRow> row = outboxRow(record, documentId);
    return row && row->holdsAVersion();
}

QString DocumentSendState::key() const {
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("-");
    case Kind::PaperOnly:
        return m_earlierOnService ? QStringLiteral("paper-only;earlier-version-on-service")
                                  : QStringLiteral("paper-only");
    case Kind::NotQueued:
        return QStringLiteral("not-queued");
    case Kind::Queued:
        return QStringLiteral("queued");
    case Kind::Sent:
        return QStringLiteral("sent");
    case Kind::Rejected:
        return QStringLiteral("rejected");
    }
    return {};
}

QString DocumentSendState::shortText() const {
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::PaperOnly:
        return m_earlierOnService ? tr("not sent (paper only); an earlier version stays on the sharing service")
                                  : tr("not sent (paper only)");
    case Kind::NotQueued:
        return tr("not queued");
    case Kind::Queued:
    case Kind::Sent:
        return OutboxItem::displayState(*m_outboxState);
    case Kind::Rejected:
        return m_lastError.isEmpty() ? OutboxItem::displayState(OutboxItem::State::Rejected)
                                     : tr("rejected: %1").arg(m_lastError);
    }
    return {};
}

QString DocumentSendState::text() const {
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::PaperOnly:
        return m_earlierOnService
                   ? tr("Sharing service: not sent (paper only); an earlier version stays on the sharing service")
                   : tr("Sharing service: not sent (paper only)");
    case Kind::NotQueued:
        return tr("Sharing service: not queued");
    case Kind::Queued:
    case Kind::Sent:
        return tr("Sharing service: %1").arg(OutboxItem::displayState(*m_outboxState));
    case Kind::Rejected: {
        QString text = tr("Sharing service: %1").arg(OutboxItem::displayState(OutboxItem::State::Rejected));
        if (!m_lastError.isEmpty()) {
            text += tr(" (%1; correct it as a new version and send again)").arg(m_lastError);
        }
        return text;
    }
    }
    return {};
}

QString DocumentSendState::earlierVersionStaysWarning() {
    return tr("An earlier version of this letter was sent to the sharing service (or is queued for it). If this "
              "version is finalised without sending, the earlier version stays on the sharing service and the "
              "addressee keeps reading it.");
}

} // namespace tsumugi
