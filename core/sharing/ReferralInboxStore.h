#pragma once

#include "core/sharing/ReferralLetter.h"

#include <QCoreApplication>
#include <QList>
#include <functional>
#include <optional>

namespace tsumugi {

class Statement;

class ClinicRecord;

// The referral inbox in the record. A letter is stored before its receipt is sent, so a crash between the two
// only means the receipt is sent again next time; the same document version is never stored twice.
class ReferralInboxStore {
    Q_DECLARE_TR_FUNCTIONS(ReferralInboxStore)
public:
    explicit ReferralInboxStore(ClinicRecord& record);

    std::optional<ReferralLetter> find(const QString& bundleIdentifier, const QString& sha256) const;
    std::optional<ReferralLetter> findById(qint64 id) const;
    // Stores a fetched letter (audited); when that version is already stored, returns the stored one unchanged.
    ReferralLetter store(const ReferralLetter& letter);
    void markReceived(qint64 id, const QDateTime& at);
    void setImportResult(qint64 id, qint64 patientId, ReferralLetter::ImportStatus status, const QString& message);
    // Newest first.
    QList<ReferralLetter> list(int limit = 500) const;
    QList<ReferralLetter> awaitingReceipt() const;

    static QString importStatusCode(ReferralLetter::ImportStatus s);

private:
    // bind gives the where clause its values, each with its own type (a server compares no id with text).
    QList<ReferralLetter> select(const QByteArray& where, const std::function<void(Statement&)>& bind, int limit) const;
    ClinicRecord& m_record;
};

} // namespace tsumugi
