#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace tsumugi {

// What a desk needs to join the clinic server, in one file the administrator carries to it (`tsumugictl server
// certs issue`): the server's address, the clinic CA's certificate and the desk's own certificate and key. The file
// is sealed (AES-256-GCM under a key derived from a join code, PBKDF2-HMAC-SHA256) because it holds the desk's key:
// a lost USB stick joins nobody without the code shown on the administrator's screen.
class DeskJoin {
    Q_DECLARE_TR_FUNCTIONS(DeskJoin)
public:
    struct Contents {
        QString desk;
        QString host;
        int port = 5432;
        QString database;
        QString user;
        QByteArray caPem;
        QByteArray certificatePem;
        QByteArray keyPem;
    };

    // What the file says of itself before its code is typed (the desk's name and the server's address): shown so
    // that the clerk knows which file was picked. Error(Validation) when the bytes are no join file.
    struct Outline {
        QString desk;
        QString server;
    };
    static Outline outline(const QByteArray& file);

    // 16 letters and digits without the look-alikes (I, O, 0, 1), in groups of four: 80 bits.
    static QString newCode();
    static QByteArray seal(const Contents& contents, const QString& code);
    // Error(Validation) when the bytes are no join file, Error(WrongPassword) when the code does not open it.
    static Contents open(const QByteArray& file, const QString& code);
    // The CA, the certificate and the key written owner-only into folder; returns the record's location for this
    // desk: TLS with the server's certificate checked against the clinic's CA and its name (sslmode=verify-full).
    static QString install(const Contents& contents, const QString& folder);
    static QString locationFor(const Contents& contents, const QString& folder);
};

} // namespace tsumugi
