#include "core/outbox/OutboxItem.h"

#include <QCoreApplication>

namespace tsumugi {

QString OutboxItem::stateKey(State s) {
    switch (s) {
    case State::Pending:
        return QStringLiteral("pending");
    case State::Sending:
        return QStringLiteral("sending");
    case State::Sent:
        return QStringLiteral("sent");
    case State::Rejected:
        return QStringLiteral("rejected");
    case State::Failed:
        return QStringLiteral("failed");
    case State::NotNeeded:
        return QStringLiteral("not_needed");
    }
    return {};
}

std::optional<OutboxItem::State> OutboxItem::stateFromKey(const QString& key) {
    for (State s : {State::Pending, State::Sending, State::Sent, State::Rejected, State::Failed, State::NotNeeded}) {
        if (stateKey(s) == key) {
            return s;
        }
    }
    return std::nullopt;
}

QString OutboxItem::displayState(State s) {
    switch (s) {
    case State::Pending:
        return QCoreApplication::translate("OutboxItem", "pending");
    case State::Sending:
        return QCoreApplication::translate("OutboxItem", "sending");
    case State::Sent:
        return QCoreApplication::translate("OutboxItem", "sent");
    case State::Rejected:
        return QCoreApplication::translate("OutboxItem", "rejected");
    case State::Failed:
        return QCoreApplication::translate("OutboxItem", "failed, retrying");
    case State::NotNeeded:
        return QCoreApplication::translate("OutboxItem", "nothing to send");
    }
    return {};
}

} // namespace tsumugi
