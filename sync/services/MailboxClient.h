#pragma once

#include "sync/transport/HttpClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace tsumugi::sync {

// The referral mailbox of one addressee institution (sim/README §5): list, download, acknowledge receipt.
class MailboxClient {
    Q_DECLARE_TR_FUNCTIONS(MailboxClient)
public:
    struct Entry {
        QString bundleIdentifier;
        QString sender;
        QString memberId;
        QString sha256;
        QDateTime deliveredAt;
        QDateTime receivedAt;
        QString status;
    };
    struct Listing {
        bool ok = false;
        QList<Entry> entries;
        QString message; // translated, when !ok
    };
    struct Document {
        bool ok = false;
        bool gone = false; // 404: deleted or expired meanwhile
        QByteArray body;
        QString message;
    };
    struct Receipt {
        bool ok = false;
        QDateTime receivedAt;
        QString message;
    };

    MailboxClient(HttpClient& http, const QString& institution);

    Listing list();
    Document download(const QString& bundleIdentifier);
    Receipt acknowledge(const QString& bundleIdentifier);

private:
    QString base() const;
    QString failure(const HttpResponse& res) const;

    HttpClient& m_http;
    QString m_institution;
};

} // namespace tsumugi::sync
