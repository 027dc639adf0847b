#include "core/db/Statement.h"

#include <limits>

namespace tsumugi {

Statement::Statement(DbConnection& connection, std::string_view sql)
    : m_statement(connection.prepare(sql)) {}

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
