#pragma once

#include "sim/BundleValidator.h"

#include <QString>
#include <QStringList>

namespace tsumugi::sim {

// Command line of `tsumugi-sim serve` (see sim/README.md, "Command line").
struct Options {
    quint16 port = 0; // 0: ephemeral, printed on the first stdout line
    QString dbPath = QStringLiteral("tsumugi-sim.sqlite");
    QString seedPath; // empty: the built-in demo seed
    QString certDir;  // ca.pem, server.pem, server.key as written by `tsumugi-sim certs`
    bool requireClientCert = false;
    bool allowHttp = false;
    bool faults = false;
    QStringList faultSpecs;
    bool testControl = false;
    QString clockFile;
    QString clockStart; // freeze the clock at this ISO time on start
    QString portFile;
    qint64 maxBodyBytes = 10 * 1024 * 1024;
    // The guide version registrations are checked by (--clins-version 1.11 | 1.5.2).
    BundleValidator::GuideVersion clinsVersion = BundleValidator::GuideVersion::V1_11;

    // Returns false with a message for unknown or incomplete options.
    bool parse(const QStringList& args, QString* error);
    static QString usage();
};

} // namespace tsumugi::sim
