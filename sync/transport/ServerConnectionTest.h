#pragma once

#include <QCoreApplication>
#include <QString>
#include <vector>

namespace tsumugi {

// The setup window's 「接続テスト」 for a desk joining the clinic server: each thing a connection needs, in order,
// said in words: the server's name, its port, TLS with the server's certificate, this desk's certificate, the
// record's schema against this program's, the user's key slot. Stops at the first that fails (the rest are "not
// tried"). Blocking (a few seconds at most against a silent address): run it off the window's thread.
class ServerConnectionTest {
    Q_DECLARE_TR_FUNCTIONS(ServerConnectionTest)
public:
    enum class Status { Passed, Failed, NotTried };
    struct Step {
        QString name;
        Status status = Status::NotTried;
        QString detail;
    };

    // location: the desk's postgresql:// address (DeskJoin::locationFor); user: who will sign in (empty: not asked).
    static std::vector<Step> run(const QString& location, const QString& user, int timeoutMs = 3000);
    static bool allPassed(const std::vector<Step>& steps);
};

} // namespace tsumugi
