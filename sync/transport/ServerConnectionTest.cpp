#include "sync/transport/ServerConnectionTest.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"

#include <QUrl>
#include <QUrlQuery>
#include <arpa/inet.h>
#include <cerrno>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace tsumugi {

namespace {
// The addresses a host name stands for (an address stands for itself), or the resolver's reason.
std::vector<sockaddr_storage> resolve(const QString& host, int port, QString* why) {
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    addrinfo* found = nullptr;
    const int rc = getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found);
    std::vector<sockaddr_storage> out;
    if (rc != 0) {
        *why = QString::fromLocal8Bit(gai_strerror(rc));
        return out;
    }
    for (addrinfo* a = found; a; a = a->ai_next) {
        sockaddr_storage s{};
        memcpy(&s, a->ai_addr, a->ai_addrlen);
        out.push_back(s);
    }
    freeaddrinfo(found);
    return out;
}

QString addressText(const sockaddr_storage& s) {
    char text[INET6_ADDRSTRLEN] = {0};
    const void* at = s.ss_family == AF_INET6
                         ? static_cast<const void*>(&reinterpret_cast<const sockaddr_in6&>(s).sin6_addr)
                         : static_cast<const void*>(&reinterpret_cast<const sockaddr_in&>(s).sin_addr);
    inet_ntop(s.ss_family, at, text, sizeof text);
    return QString::fromLatin1(text);
}

// A TCP connection to the port within the time, closed at once: something listens there.
bool portAnswers(const sockaddr_storage& s, int timeoutMs, QString* why) {
    const int fd = socket(s.ss_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (fd < 0) {
        *why = QString::fromLocal8Bit(strerror(errno));
        return false;
    }
    const socklen_t length = s.ss_family == AF_INET6 ? sizeof(sockaddr_in6) : sizeof(sockaddr_in);
    bool ok = ::connect(fd, reinterpret_cast<const sockaddr*>(&s), length) == 0;
    if (!ok && errno == EINPROGRESS) {
        pollfd p{fd, POLLOUT, 0};
        if (poll(&p, 1, timeoutMs) == 1) {
            int error = 0;
            socklen_t size = sizeof error;
            getsockopt(fd, SOL_SOCKET, SO_ERROR, &error, &size);
            ok = error == 0;
            if (!ok) {
                *why = QString::fromLocal8Bit(strerror(error));
            }
        } else {
            *why = ServerConnectionTest::tr("no answer within %1 s").arg(timeoutMs / 1000.0);
        }
    } else if (!ok) {
        *why = QString::fromLocal8Bit(strerror(errno));
    }
    close(fd);
    return ok;
}
} // namespace

bool ServerConnectionTest::allPassed(const std::vector<Step>& steps) {
    return std::all_of(steps.begin(), steps.end(), [](const Step& s) { return s.status == Status::Passed; });
}

std::vector<ServerConnectionTest::Step> ServerConnectionTest::run(const QString& location, const QString& user,
                                                                  int timeoutMs) {
    const QUrl url(location);
    const QString host = url.host();
    const int port = url.port(5432);
    std::vector<Step> steps{{tr("Server name %1").arg(host), Status::NotTried, {}},
                            {tr("Port %1").arg(port), Status::NotTried, {}},
                            {tr("TLS and the server's certificate"), Status::NotTried, {}},
                            {tr("This desk's certificate"), Status::NotTried, {}},
                            {tr("The record's schema"), Status::NotTried, {}},
                            {tr("The user's key"), Status::NotTried, {}}};
    const auto pass = [&](std::size_t i, const QString& detail) {
        steps[i].status = Status::Passed;
        steps[i].detail = detail;
    };
    const auto fail = [&](std::size_t i, const QString& detail) {
        steps[i].status = Status::Failed;
        steps[i].detail = detail;
        return steps;
    };

    QString why;
    const std::vector<sockaddr_storage> addresses = resolve(host, port, &why);
    if (addresses.empty()) {
        return fail(0, tr("The name cannot be resolved (%1): check the address in the join file, or this desk's "
                          "network.")
                           .arg(why));
    }
    pass(0, addressText(addresses.front()));
    if (!portAnswers(addresses.front(), timeoutMs, &why)) {
        return fail(1, tr("Nothing answers at port %1 of %2 (%3): the server may be stopped (tsumugictl server "
                          "status), or a firewall closes the port.")
                           .arg(port)
                           .arg(addressText(addresses.front()), why));
    }
    pass(1, tr("The server answers."));

    ClinicRecord::ServerProbe probe;
    try {
        probe = ClinicRecord::probeServer(location, user);
    } catch (const Error& e) {
        const QString cause = e.cause();
        if (cause == QLatin1String("revoked") || cause == QLatin1String("desk-certificate") ||
            cause == QLatin1String("not-allowed")) {
            pass(2, tr("The server's certificate is the clinic's (verify-full)."));
            return fail(3, e.message());
        }
        return fail(2, e.message());
    }
    pass(2, tr("The server's certificate is the clinic's (verify-full)."));
    pass(3, tr("The server accepted this desk's certificate."));
    if (probe.schema == 0) {
        return fail(4, tr("The server holds no Tsumugi record: set it up with tsumugictl server init."));
    }
    if (probe.schema < probe.programSchema) {
        return fail(4, tr("The record has schema %1 and this Tsumugi needs %2: an administrator runs tsumugictl "
                          "server upgrade on the server.")
                           .arg(probe.schema)
                           .arg(probe.programSchema));
    }
    if (probe.schema > probe.programSchema) {
        return fail(4, tr("The record has schema %1, newer than this Tsumugi (%2): update this desk's Tsumugi.")
                           .arg(probe.schema)
                           .arg(probe.programSchema));
    }
    pass(4, tr("Schema %1, as this Tsumugi.").arg(probe.schema));
    if (user.isEmpty()) {
        return steps;
    }
    if (!probe.userHasSlot) {
        return fail(5,
                    tr("The record has no user %1: an administrator adds the user (or check the spelling).").arg(user));
    }
    pass(5, tr("%1 can sign in with a password.").arg(user));
    return steps;
}

} // namespace tsumugi
