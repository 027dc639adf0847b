#include "core/db/Statement.h"

#include <QByteArray>
#include <cstdio>
#include <limits>
#include <mutex>
#include <set>
#include <string>
#include <unistd.h>

namespace tsumugi {

namespace {
// Appends "core/…/File.cpp:LINE driver" to DIR/sites-PID.txt the first time this process runs that site on a driver.
void noteSite(const char* file, int line, DbConnection::Driver driver) {
    static const QByteArray folder = qgetenv("TSUMUGI_STATEMENT_SITES");
    if (folder.isEmpty()) {
        return;
    }
    std::string path(file);
    const std::size_t core = path.rfind("core/");
    if (core == std::string::npos || path.find("tests/") != std::string::npos) {
        return; // a test's or a tool's own statement
    }
    const std::string site = path.substr(core) + ':' + std::to_string(line) +
                             (driver == DbConnection::Driver::Postgres ? " postgres" : " sqlite");
    static std::mutex lock;
    static std::set<std::string> seen;
    const std::lock_guard<std::mutex> hold(lock);
    if (!seen.insert(site).second) {
        return;
    }
    const QByteArray out = folder + "/sites-" + QByteArray::number(qint64(::getpid())) + ".txt";
    if (FILE* f = std::fopen(out.constData(), "a")) {
        std::fprintf(f, "%s\n", site.c_str());
        std::fclose(f);
    }
}
} // namespace

Statement::Statement(DbConnection& connection, std::string_view sql, const char* file, int line)
    : m_statement(connection.prepare(sql)) {
    noteSite(file, line, connection.driver());
}

Statement::~Statement() = default;

Statement& Statement::bind(int index, const QString& value) {
    m_statement->bindText(index, value.toUtf8());
    return *this;
}

Statement& Statement::bindUtf8(int index, const QByteArray& utf8) {
    m_statement->bindText(index, utf8);
    return *this;
}

Statement& Statement::bind(int index, qint64 value) {
    m_statement->bindInt64(index, value);
    return *this;
}

Statement& Statement::bind(int index, double value) {
    m_statement->bindReal(index, value);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob) {
    m_statement->bindBlob(index, blob);
    return *this;
}

Statement& Statement::bindLimit(int index, qint64 limit) {
    return bind(index, limit < 0 ? std::numeric_limits<qint64>::max() : limit);
}

Statement& Statement::bindNull(int index) {
    m_statement->bindNull(index);
    return *this;
}

Statement& Statement::bindOptional(int index, const QString& value) {
    return value.isEmpty() ? bindNull(index) : bind(index, value);
}

bool Statement::step() {
    return m_statement->step();
}

void Statement::run() {
    while (m_statement->step()) {
    }
}

qint64 Statement::insert() {
    return m_statement->insert();
}

void Statement::reset() {
    m_statement->reset();
}

QString Statement::text(int column) const {
    return m_statement->text(column);
}

qint64 Statement::int64(int column) const {
    return m_statement->int64(column);
}

double Statement::real(int column) const {
    return m_statement->real(column);
}

QByteArray Statement::blob(int column) const {
    return m_statement->blob(column);
}

bool Statement::isNull(int column) const {
    return m_statement->isNull(column);
}

} // namespace tsumugi
