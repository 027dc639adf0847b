#pragma once

#include <QByteArray>
#include <QString>
#include <optional>
#include <string>
#include <string_view>

struct sqlite3_stmt;

namespace tsumugi {

class SqliteConnection;

// One prepared statement, taken from its connection's cache of prepared statements and given back (reset and
// unbound) when it goes out of scope. Binding indices start at 1.
class SqliteStatement {
public:
    SqliteStatement(SqliteConnection& connection, std::string_view sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    SqliteStatement& bind(int index, const QString& value);
    SqliteStatement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    SqliteStatement& bind(int index, qint64 value);
    SqliteStatement& bind(int index, int value) { return bind(index, qint64(value)); }
    SqliteStatement& bind(int index, double value);
    SqliteStatement& bind(int index, const QByteArray& blob);
    // Text that is UTF-8 already (a received resource's JSON): bound as text without a round trip via QString.
    SqliteStatement& bindUtf8(int index, const QByteArray& utf8);
    SqliteStatement& bindNull(int index);
    // Empty text is stored as NULL, so "not given" has one spelling.
    SqliteStatement& bindOptional(int index, const QString& value);

    // True when a row is ready; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    sqlite3_stmt* handle() const { return m_stmt; }

private:
    SqliteConnection& m_connection;
    sqlite3_stmt* m_stmt = nullptr;
    const std::string* m_cacheKey = nullptr; // its SQL in the connection's cache; nullptr when not cached
};

} // namespace tsumugi
