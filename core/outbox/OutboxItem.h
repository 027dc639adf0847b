#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace tsumugi {

// One unit of work for the national services: a patient's CLINS snapshot of one resource type, or one
// document. See Schema migration 6 for the life cycle.
struct OutboxItem {
    enum class Kind { Clins, Document };
    // Failed = failed, retrying later (network trouble, 5xx, 429). NotNeeded = the unit is empty and the
    // service never held it, so there is nothing to send.
    enum class State { Pending, Sending, Sent, Rejected, Failed, NotNeeded };
    enum class Operation { None, Register, Delete };

    qint64 id = 0;
    Kind kind = Kind::Clins;
    qint64 patientId = 0;
    qint64 patientNumber = 0;
    QString resourceType; // Condition | AllergyIntolerance | Observation (CLINS units)
    qint64 documentId = 0;
    State state = State::Pending;
    qint64 generation = 0;       // bumped by every change of the unit
    qint64 frozenGeneration = 0; // generation of the frozen payload; 0 = nothing frozen
    qint64 sentGeneration = 0;   // generation the service has acknowledged
    Operation operation = Operation::None;
    QString bundleIdentifier;
    int firstYear = 0;
    QString memberId;
    QByteArray payload;    // the exact bytes sent (kept after success for "show")
    QString payloadSha256; // SHA-256 of the canonical JSON, as the service computes it
    bool registered = false;
    QString registeredMemberId;
    int attempts = 0;
    QDateTime nextAttemptAt;
    int lastStatus = 0;
    QString lastError;
    QDateTime lastAttemptAt;
    QDateTime lastSuccessAt;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool isFrozen() const { return frozenGeneration > 0; }
    bool isQueued() const { return state == State::Pending || state == State::Sending || state == State::Failed; }

    static QString stateKey(State s); // storage / CLI spelling: pending, sending, …
    static std::optional<State> stateFromKey(const QString& key);
    static QString displayState(State s); // translated, for people
};

} // namespace tsumugi
