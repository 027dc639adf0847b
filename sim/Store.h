#pragma once

#include "sim/BundleValidator.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace tsumugi::sim {

// Thrown by Store when SQLite refuses a statement; the open transaction is rolled back.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// The simulator's own SQLite file (WAL). Everything that must survive a restart lives here: registrations with
// their event log, the referral mailbox and issued access tokens. Every write is one transaction, so a
// registration and its event ("committed" mark) appear together or not at all.
class Store {
public:
    enum class RegisterOutcome { Created, Unchanged, Replaced };
    enum class DeleteOutcome { Deleted, AlreadyDeleted, NotFound, MemberMismatch };
    enum class ReceiptOutcome { Received, AlreadyReceived, NotFound };

    struct MailItem {
        std::string identifier;
        std::string sender;
        std::string memberId;
        std::string sha256;
        QDateTime deliveredAt;
        QDateTime receivedAt; // invalid until acknowledged
    };

    struct Token {
        std::string token;
        std::string personId;
        std::string memberId;
        std::string source; // card | card-data
        nlohmann::json consents;
        QDateTime issuedAt;
        QDateTime expiresAt;
        QDateTime consentExpiresAt;
    };

    explicit Store(QString path);
    ~Store();
    Store(const Store&) = delete;
    Store& operator=(const Store&) = delete;

    bool open(QString* error);

    RegisterOutcome registerBundle(const BundleInfo& info, const std::string& canonical, const std::string& sha256,
                                   const QDateTime& now);
    DeleteOutcome deleteBundle(const std::string& identifier, const std::string& memberId, const QDateTime& now);
    // Institution that owns an identifier ever registered (also deleted ones), for the certificate check.
    std::optional<std::string> institutionOf(const std::string& identifier);
    // Canonical bodies of the active 6-item bundles for a patient, from every institution.
    std::vector<std::string> activeClinsBodies(const std::string& memberId);

    std::vector<MailItem> mailbox(const std::string& addressee);
    std::optional<std::string> mailboxDocument(const std::string& addressee, const std::string& identifier);
    ReceiptOutcome acknowledge(const std::string& addressee, const std::string& identifier, const QDateTime& now,
                               QDateTime* receivedAt);
    // Deletes referrals a week after receipt and never-received ones after the retention period. Returns how many.
    int purgeMailbox(const QDateTime& now);
    static constexpr qint64 kDeleteAfterReceiptDays = 7;
    static constexpr int kReferralRetentionMonths = 6;

    void saveToken(const Token& t);
    std::optional<Token> token(const std::string& token);

    // Read-only inspection for tests: every identifier with hash and counters (and the event log if asked).
    nlohmann::json dump(bool withEvents);

private:
    bool exec(const QString& sql, QString* error = nullptr);
    void addEvent(const std::string& identifier, const char* action, const std::string& sha, const QDateTime& now);

    QString path_;
    QString connection_;
};

} // namespace tsumugi::sim
