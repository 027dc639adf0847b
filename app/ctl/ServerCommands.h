#pragma once

#include "core/server/ServerCluster.h"

#include <QCoreApplication>
#include <QTextStream>
#include <functional>

namespace tsumugi::cli {

class CliArguments;

// tsumugictl server ...: the clinic server set up on its own machine (init, start, stop, status, upgrade), its
// desks' certificates (certs issue, revoke, list) and a desk joining it (join).
class ServerCommands {
    Q_DECLARE_TR_FUNCTIONS(ServerCommands)
public:
    using PasswordReader = std::function<QString(const QString& file)>;
    using RecoveryKeyWriter = std::function<void(const QString& key, const QString& file)>;

    static QString usage();

    ServerCommands(QTextStream& out, QTextStream& err, PasswordReader readPassword, RecoveryKeyWriter writeRecoveryKey);
    int run(const CliArguments& a);

private:
    int init(const CliArguments& a);
    int upgrade(const CliArguments& a);
    int certs(const CliArguments& a);
    int join(const CliArguments& a);
    int backup(const CliArguments& a);
    int restore(const CliArguments& a);
    QString folder(const CliArguments& a) const;
    QString caPassword(const CliArguments& a) const;
    ServerCluster::Setup serverSetup(const CliArguments& a) const;
    std::function<void(const QString&)> printer();

    QTextStream& m_out;
    QTextStream& m_err;
    PasswordReader m_readPassword;
    RecoveryKeyWriter m_writeRecoveryKey;
};

} // namespace tsumugi::cli
