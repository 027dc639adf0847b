#pragma once
// A TCP proxy of the tests' own between a desk and the clinic server, on 127.0.0.1, that breaks the connection on
// demand: at the next message of the desk that contains a given text (a statement, "COMMIT"), either before the
// server gets it or after the server got it and before its answer comes back; or every connection at once; or it
// refuses new connections for a while (the server unreachable). Its own threads, so the desk under test may block.

#include <QByteArray>

#include <arpa/inet.h>
#include <atomic>
#include <chrono>
#include <mutex>
#include <netinet/in.h>
#include <poll.h>
#include <stdexcept>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace tsumugi::test {

class TcpFaultProxy {
public:
    enum class Fault {
        DropBefore, // the message never reaches the server
        LoseAnswer, // the server gets the message; its answer never reaches the desk
    };

    explicit TcpFaultProxy(int serverPort)
        : m_serverPort(serverPort) {
        m_listen = ::socket(AF_INET, SOCK_STREAM, 0);
        const int yes = 1;
        ::setsockopt(m_listen, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
        sockaddr_in at = loopback(0);
        if (::bind(m_listen, reinterpret_cast<sockaddr*>(&at), sizeof at) != 0 || ::listen(m_listen, 16) != 0) {
            throw std::runtime_error("the proxy cannot listen on 127.0.0.1");
        }
        socklen_t size = sizeof at;
        ::getsockname(m_listen, reinterpret_cast<sockaddr*>(&at), &size);
        m_port = ntohs(at.sin_port);
        m_threads.emplace_back([this] { acceptLoop(); });
    }
    ~TcpFaultProxy() {
        m_stop = true;
        std::vector<std::thread> threads;
        {
            const std::lock_guard lock(m_mutex);
            threads.swap(m_threads);
        }
        for (std::thread& t : threads) {
            t.join();
        }
        ::close(m_listen);
    }
    TcpFaultProxy(const TcpFaultProxy&) = delete;
    TcpFaultProxy& operator=(const TcpFaultProxy&) = delete;

    int port() const { return m_port; }
    // Armed once: the next desk message containing text (in one read) gets the fault, and the connection ends.
    void failAt(const QByteArray& text, Fault fault) {
        const std::lock_guard lock(m_mutex);
        m_text = text;
        m_fault = fault;
        m_armed = true;
    }
    bool fired() const { return m_fired.load(); }
    // Every open connection is cut at once (both sides closed).
    void dropAll() { ++m_generation; }
    // New connections are closed as soon as they come (the server cannot be reached).
    void refuse(bool refusing) { m_refusing = refusing; }
    // Nothing passes either way, on open and new connections, until stall(false): a dead switch, a server that
    // hangs (what was sent is taken but never answered).
    void stall(bool stalled) { m_stalled = stalled; }

private:
    static sockaddr_in loopback(int port) {
        sockaddr_in at{};
        at.sin_family = AF_INET;
        at.sin_port = htons(uint16_t(port));
        at.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        return at;
    }
    static bool sendAll(int fd, const char* data, ssize_t size) {
        while (size > 0) {
            const ssize_t n = ::send(fd, data, size_t(size), MSG_NOSIGNAL);
            if (n <= 0) {
                return false;
            }
            data += n;
            size -= n;
        }
        return true;
    }

    void acceptLoop() {
        while (!m_stop) {
            pollfd listening{m_listen, POLLIN, 0};
            if (::poll(&listening, 1, 50) <= 0) {
                continue;
            }
            const int desk = ::accept(m_listen, nullptr, nullptr);
            if (desk < 0) {
                continue;
            }
            if (m_refusing) {
                ::close(desk);
                continue;
            }
            const int server = ::socket(AF_INET, SOCK_STREAM, 0);
            sockaddr_in at = loopback(m_serverPort);
            if (::connect(server, reinterpret_cast<sockaddr*>(&at), sizeof at) != 0) {
                ::close(server);
                ::close(desk);
                continue;
            }
            const std::lock_guard lock(m_mutex);
            m_threads.emplace_back([this, desk, server] { pump(desk, server); });
        }
    }

    // What the desk sent, checked against the armed fault: the fault to apply, if this message has it.
    bool takeFault(const QByteArray& chunk, Fault* fault) {
        const std::lock_guard lock(m_mutex);
        if (!m_armed || !chunk.contains(m_text)) {
            return false;
        }
        m_armed = false;
        *fault = m_fault;
        return true;
    }

    void pump(int desk, int server) {
        const int generation = m_generation;
        char buffer[65536];
        while (!m_stop && m_generation == generation) {
            if (m_stalled) {
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
                continue;
            }
            pollfd fds[2] = {{desk, POLLIN, 0}, {server, POLLIN, 0}};
            if (::poll(fds, 2, 50) <= 0) {
                continue;
            }
            if (fds[0].revents != 0) {
                const ssize_t n = ::recv(desk, buffer, sizeof buffer, 0);
                if (n <= 0) {
                    break;
                }
                Fault fault{};
                if (takeFault(QByteArray::fromRawData(buffer, int(n)), &fault)) {
                    if (fault == Fault::LoseAnswer) {
                        sendAll(server, buffer, n);
                        // The desk's side goes first; the server's answer is read and thrown away, so the server has
                        // the whole message (no reset that could discard it) and commits before it sees the end.
                        ::close(desk);
                        desk = -1;
                        pollfd answer{server, POLLIN, 0};
                        if (::poll(&answer, 1, 2000) > 0) {
                            ::recv(server, buffer, sizeof buffer, 0);
                        }
                    }
                    m_fired = true;
                    break;
                }
                if (!sendAll(server, buffer, n)) {
                    break;
                }
            }
            if (fds[1].revents != 0) {
                const ssize_t n = ::recv(server, buffer, sizeof buffer, 0);
                if (n <= 0 || !sendAll(desk, buffer, n)) {
                    break;
                }
            }
        }
        if (desk >= 0) {
            ::close(desk);
        }
        ::close(server);
    }

    int m_serverPort = 0;
    int m_port = 0;
    int m_listen = -1;
    std::atomic_bool m_stop{false};
    std::atomic_bool m_refusing{false};
    std::atomic_bool m_stalled{false};
    std::atomic_int m_generation{0};
    std::atomic_bool m_fired{false};
    std::mutex m_mutex;
    std::vector<std::thread> m_threads;
    QByteArray m_text;
    Fault m_fault = Fault::DropBefore;
    bool m_armed = false;
};

} // namespace tsumugi::test
