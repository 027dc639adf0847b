#pragma once

#include "core/Error.h"
#include "core/chart/ChartItemJournal.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Timestamp.h"

#include <functional>
#include <optional>

namespace tsumugi {

// How a repository refuses, in its own words (and its own translation context).
struct ChartItemWords {
    QString notFound;             // "The allergy was not found."
    QString alreadyWithdrawn;     // "The allergy is already withdrawn."
    QString withdrawnNotEditable; // "A withdrawn allergy cannot be edited."
    QString conflict;             // someone else saved first: %1 who, %2 when, %3 the version now
};

// The lifecycle every versioned chart item shares (diagnoses, allergies, lab results): each change is made in
// one transaction with its version row, audit row and outbox entry (the repository's write); an update names
// the version it was edited from and is refused when someone else saved first; withdrawn items and items
// received from another institution are never changed; nothing is deleted. The repository checks the item's own
// content first, and says how to find and write it.
template <typename Item> class ChartItemLifecycle {
public:
    using Find = std::function<std::optional<Item>(qint64 id)>;
    using Write = std::function<Item(const Item& item, const QString& reason, ChartChange::Kind kind)>;
    using Words = std::function<ChartItemWords()>;
    // What else belongs in the same transaction: after a create (e.g. recording a master code's use), or before
    // an update, copying from the current version what an update never changes.
    using AfterCreate = std::function<void(const Item& saved)>;
    using KeepOnUpdate = std::function<void(Item& edited, const Item& current)>;

    ChartItemLifecycle(ChartItemJournal& journal, Find find, Write write, Words words)
        : m_journal(journal)
        , m_find(std::move(find))
        , m_write(std::move(write))
        , m_words(std::move(words)) {}

    Item create(const Item& item, const AfterCreate& afterCreate = {}) {
        Item saved;
        m_journal.record().atomically([&] {
            m_journal.requirePatient(item.patientId);
            saved = m_write(item, {}, ChartChange::Kind::Created);
            if (afterCreate) {
                afterCreate(saved);
            }
            return true;
        });
        return saved;
    }

    // The patient and the visit stay those of the current version.
    Item update(Item edited, const QString& reason, const KeepOnUpdate& keep = {}) {
        Item saved;
        m_journal.record().atomically([&] {
            saved = updated(edited, reason, keep);
            return true;
        });
        return saved;
    }

    Item withdraw(qint64 id, const QString& reason) {
        Item saved;
        m_journal.record().atomically([&] {
            Item current = changeable(id);
            if (current.withdrawn) {
                throw Error(Error::Kind::Conflict, m_words().alreadyWithdrawn);
            }
            current.withdrawn = true;
            saved = m_write(current, reason, ChartChange::Kind::Withdrawn);
            return true;
        });
        return saved;
    }

private:
    Item updated(Item edited, const QString& reason, const KeepOnUpdate& keep) {
        const Item current = changeable(edited.id);
        if (current.version != edited.version) {
            throw Error(Error::Kind::Conflict,
                        m_words()
                            .conflict.arg(current.updatedBy, Timestamp::forMessage(current.updatedAt))
                            .arg(current.version));
        }
        if (current.withdrawn) {
            throw Error(Error::Kind::Conflict, m_words().withdrawnNotEditable);
        }
        edited.patientId = current.patientId;
        edited.visitId = current.visitId;
        if (keep) {
            keep(edited, current);
        }
        return m_write(edited, reason, ChartChange::Kind::Updated);
    }

    // The item as stored, if it exists and is ours to change.
    Item changeable(qint64 id) {
        const std::optional<Item> current = m_find(id);
        if (!current) {
            throw Error(Error::Kind::NotFound, m_words().notFound);
        }
        m_journal.requireOurs(current->sourceInstitution);
        return *current;
    }

    ChartItemJournal& m_journal;
    Find m_find;
    Write m_write;
    Words m_words;
};

} // namespace tsumugi
