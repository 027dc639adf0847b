#pragma once

#include "core/documents/Document.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// One frequent addressee (紹介先) of referrals.
struct AddressBookEntry {
    qint64 id = 0;
    DocumentAddressee addressee;
    int useCount = 0;
    QDateTime lastUsedAt;
};

// The small address book of institutions the clinic refers to often. Doctors keep it (WriteCharts); an entry
// is retired (active = 0), never deleted. Finalising a referral counts a use of its addressee.
class AddressBookRepository {
    Q_DECLARE_TR_FUNCTIONS(AddressBookRepository)
public:
    explicit AddressBookRepository(ClinicRecord& record);

    // Adds or (with entry.id) changes an entry; the institution name and a valid 医療機関番号 are required.
    AddressBookEntry save(const AddressBookEntry& entry);
    void retire(qint64 id);
    // Active entries, most used first, then by name.
    QList<AddressBookEntry> list() const;
    std::optional<AddressBookEntry> find(qint64 id) const;
    std::optional<AddressBookEntry> findByNumber(const QString& institutionNumber) const;
    // Called when a referral is finalised: counts the use, adding the addressee when it is new. Joins the caller's
    // transaction.
    void noteUsed(const DocumentAddressee& addressee);

private:
    ClinicRecord& m_record;
};

} // namespace tsumugi
