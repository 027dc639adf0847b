// tsumugi-sim: thin entry point; everything testable lives in tsumugi_sim_lib.
#include "sim/BundleValidator.h"
#include "sim/CertificateFactory.h"
#include "sim/Options.h"
#include "sim/SimServer.h"
#include "sim/Store.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace tsumugi::sim;

namespace {

int signalPipe[2] = {-1, -1};

// SIGTERM/SIGINT end the event loop normally (the self-pipe trick: the handler only writes a byte), so the SQLite
// file is closed and checkpointed instead of the process dying mid-statement.
void onSignal(int) {
    const char byte = 1;
    [[maybe_unused]] const ssize_t n = ::write(signalPipe[0], &byte, 1);
}

void quitOnSignals(QCoreApplication& app) {
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0)
        return;
    auto* notifier = new QSocketNotifier(signalPipe[1], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);
}

int fail(const QString& message) {
    std::fprintf(stderr, "tsumugi-sim: %s\n", qPrintable(message));
    return 2;
}

int certs(const QStringList& args) {
    QString out;
    QString client;
    QString institution = QString::fromLatin1(CertificateFactory::kDefaultInstitution);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--out") && i + 1 < args.size())
            out = args[++i];
        else if (args[i] == QLatin1String("--institution") && i + 1 < args.size())
            institution = args[++i];
        else if (args[i] == QLatin1String("--client") && i + 1 < args.size())
            client = args[++i];
        else
            return fail(QStringLiteral("unknown certs option %1\n%2").arg(args[i], Options::usage()));
    }
    if (out.isEmpty())
        return fail(QStringLiteral("certs needs --out DIR"));
    if (!BundleValidator::institutionNumberValid(institution.toStdString()))
        return fail(QStringLiteral("--institution must be a 10-digit 医療機関番号 (pref 01-47, 1-3, 7 digits)"));
    QString error;
    if (!client.isEmpty()) {
        if (!CertificateFactory::issueClient(out, institution, client, &error))
            return fail(error);
        std::printf("wrote %s.pem %s.key (client CN=%s) to %s\n", qPrintable(client), qPrintable(client),
                    qPrintable(institution), qPrintable(out));
        return 0;
    }
    if (!CertificateFactory::create(out, institution, &error))
        return fail(error);
    std::printf("wrote ca.pem ca.key server.pem server.key client.pem client.key (client CN=%s) to %s\n",
                qPrintable(institution), qPrintable(out));
    return 0;
}

int dump(const QStringList& args) {
    QString db;
    bool events = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--db") && i + 1 < args.size())
            db = args[++i];
        else if (args[i] == QLatin1String("--events"))
            events = true;
        else
            return fail(QStringLiteral("unknown dump option %1").arg(args[i]));
    }
    if (db.isEmpty() || !QFileInfo::exists(db))
        return fail(QStringLiteral("dump needs --db FILE of an existing simulator database"));
    Store store(db);
    QString error;
    if (!store.open(&error))
        return fail(error);
    try {
        std::printf("%s\n", store.dump(events).dump(2).c_str());
    } catch (const StoreError& e) {
        return fail(QString::fromUtf8(e.what()));
    }
    return 0;
}

} // namespace

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const QString command =
        args.isEmpty() || args.front().startsWith(QLatin1String("--")) ? QStringLiteral("serve") : args.takeFirst();
    if (command == QLatin1String("certs"))
        return certs(args);
    if (command == QLatin1String("dump"))
        return dump(args);
    if (command != QLatin1String("serve")) {
        std::fputs(qPrintable(Options::usage()), command == QLatin1String("help") ? stdout : stderr);
        return command == QLatin1String("help") ? 0 : 2;
    }
    Options options;
    QString error;
    if (!options.parse(args, &error))
        return fail(error + QLatin1Char('\n') + Options::usage());
    SimServer server(options);
    if (!server.start(&error))
        return fail(error);
    // First stdout line is the contract for scripts and tests that start us on port 0.
    std::printf("listening on %s\n", qPrintable(server.url()));
    std::fflush(stdout);
    quitOnSignals(app);
    return app.exec();
}
