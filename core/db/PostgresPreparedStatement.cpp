#include "core/db/PostgresPreparedStatement.h"

#include "core/db/PostgresConnection.h"

#include <cstring>
#include <libpq-fe.h>
#include <stdexcept>

namespace tsumugi {

namespace {
// pg_type OIDs (catalog/pg_type_d.h is a server header; these values never change).
constexpr Oid Int8Oid = 20;
constexpr Oid TextOid = 25;
constexpr Oid Float8Oid = 701;
constexpr Oid ByteaOid = 17;
} // namespace

PostgresPreparedStatement::PostgresPreparedStatement(PostgresConnection& connection, std::string sql)
    : m_connection(connection)
    , m_sql(std::move(sql)) {
    char quote = 0;
    for (std::size_t i = 0; i < m_sql.size(); ++i) {
        const char c = m_sql[i];
        if (quote) {
            quote = c == quote ? 0 : quote;
        } else if (c == '\'' || c == '"') {
            quote = c;
        } else if (c == '$') {
            std::size_t number = 0;
            while (i + 1 < m_sql.size() && m_sql[i + 1] >= '0' && m_sql[i + 1] <= '9') {
                number = number * 10 + std::size_t(m_sql[++i] - '0');
            }
            if (number > 0) {
                m_named.resize(std::max(m_named.size(), number + 1));
                m_named[number] = true;
            }
        }
    }
}

PostgresPreparedStatement::~PostgresPreparedStatement() {
    clearResult();
}

PostgresPreparedStatement::Parameter& PostgresPreparedStatement::parameter(int index) {
    if (index > int(m_parameters.size())) {
        m_parameters.resize(std::size_t(index));
    }
    return m_parameters[std::size_t(index - 1)];
}

void PostgresPreparedStatement::bindText(int index, const QByteArray& utf8) {
    parameter(index) = {TextOid, false, false, utf8};
}

void PostgresPreparedStatement::bindInt64(int index, qint64 value) {
    parameter(index) = {Int8Oid, false, false, QByteArray::number(value)};
}

void PostgresPreparedStatement::bindReal(int index, double value) {
    parameter(index) = {Float8Oid, false, false, QByteArray::number(value, 'g', 17)};
}

void PostgresPreparedStatement::bindBlob(int index, const QByteArray& blob) {
    parameter(index) = {ByteaOid, false, true, blob};
}

void PostgresPreparedStatement::bindNull(int index) {
    parameter(index) = {};
}

namespace {
bool isRead(const std::string& sql) {
    const auto start = sql.find_first_not_of(" \t\n");
    return start != std::string::npos && sql.compare(start, 7, "SELECT ") == 0;
}
} // namespace

void PostgresPreparedStatement::execute(const std::string& sql) {
    clearResult();
    std::vector<Oid> types;
    std::vector<const char*> values;
    std::vector<int> lengths;
    std::vector<int> formats;
    for (std::size_t i = 0; i < m_parameters.size(); ++i) {
        const Parameter& p = m_parameters[i];
        const bool named = i + 1 < m_named.size() && m_named[i + 1];
        types.push_back(named || p.type != 0 ? p.type : TextOid);
        values.push_back(p.null ? nullptr : p.value.constData());
        lengths.push_back(int(p.value.size()));
        formats.push_back(p.binary ? 1 : 0);
    }
    m_connection.reconnectIfLost();
    PGresult* r = m_connection.execWatched(sql.c_str(), int(m_parameters.size()), types.data(), values.data(),
                                           lengths.data(), formats.data());
    // The connection had died unnoticed (the server ended the session a moment ago): a read outside a change is
    // asked once more over a new connection. Never a write: it may have been done before the answer was lost.
    if (PQstatus(m_connection.handle()) != CONNECTION_OK && !m_connection.inTransaction() && isRead(sql)) {
        PQclear(r);
        m_connection.reconnectIfLost();
        r = m_connection.execWatched(sql.c_str(), int(m_parameters.size()), types.data(), values.data(), lengths.data(),
                                     formats.data());
    }
    const ExecStatusType status = PQresultStatus(r);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        m_connection.fail(r, sql.c_str());
    }
    const char* tuples = PQcmdTuples(r);
    m_connection.setChanges(tuples && *tuples ? std::atoi(tuples) : 0);
    m_result = r;
    m_row = -1;
    m_executed = true;
}

bool PostgresPreparedStatement::step() {
    if (!m_executed) {
        execute(m_sql);
    }
    ++m_row;
    return m_row < PQntuples(m_result);
}

qint64 PostgresPreparedStatement::insert() {
    std::string sql = m_sql;
    while (!sql.empty() && (sql.back() == ';' || sql.back() == ' ' || sql.back() == '\n')) {
        sql.pop_back();
    }
    execute(sql + " RETURNING id");
    return PQntuples(m_result) > 0 ? std::strtoll(PQgetvalue(m_result, 0, 0), nullptr, 10) : 0;
}

void PostgresPreparedStatement::reset() {
    clearResult();
    m_parameters.clear();
    m_executed = false;
}

void PostgresPreparedStatement::clearResult() {
    if (m_result) {
        PQclear(m_result);
        m_result = nullptr;
    }
    m_row = -1;
}

QString PostgresPreparedStatement::text(int column) const {
    if (PQgetisnull(m_result, m_row, column)) {
        return {};
    }
    if (PQftype(m_result, column) == ByteaOid) {
        // bytea as text is its escaped form: a sealed column read without opening it (Statement::cellText).
        throw std::logic_error("a BYTEA column was read as text; read a sealed column with cellText");
    }
    return QString::fromUtf8(PQgetvalue(m_result, m_row, column), PQgetlength(m_result, m_row, column));
}

qint64 PostgresPreparedStatement::int64(int column) const {
    const char* v = PQgetvalue(m_result, m_row, column);
    if (v[0] == 't' && v[1] == 0) {
        return 1; // a boolean (EXISTS, comparisons) reads as SQLite's 1 / 0
    }
    return std::strtoll(v, nullptr, 10);
}

double PostgresPreparedStatement::real(int column) const {
    return std::strtod(PQgetvalue(m_result, m_row, column), nullptr);
}

QByteArray PostgresPreparedStatement::blob(int column) const {
    if (PQgetisnull(m_result, m_row, column)) {
        return {};
    }
    std::size_t length = 0;
    unsigned char* raw =
        PQunescapeBytea(reinterpret_cast<const unsigned char*>(PQgetvalue(m_result, m_row, column)), &length);
    QByteArray out(reinterpret_cast<const char*>(raw), qsizetype(length));
    PQfreemem(raw);
    return out;
}

bool PostgresPreparedStatement::isNull(int column) const {
    return PQgetisnull(m_result, m_row, column) != 0;
}

} // namespace tsumugi
