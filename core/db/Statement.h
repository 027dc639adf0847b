#pragma once

#include "core/db/DbConnection.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <string_view>

namespace tsumugi {

// One statement on the record, in the SQL both drivers read (`?` placeholders). Given back to its connection
// (reset and unbound) when it goes out of scope. Binding indices start at 1.
class Statement {
public:
    // file and line name the repository's statement (filled in by the compiler at the call): with
    // TSUMUGI_STATEMENT_SITES set, each site is noted once per process and driver, so scripts/statement-sites can say
    // which statements of the repositories the test suite has run on each driver.
    Statement(DbConnection& connection, std::string_view sql, const char* file = __builtin_FILE(),
              int line = __builtin_LINE());
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;

    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const char* value) { return bind(index, QString::fromUtf8(value)); }
    Statement& bind(int index, qint64 value);
    Statement& bind(int index, int value) { return bind(index, qint64(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, const QByteArray& blob);
    // Text that is UTF-8 already (a received resource's JSON): bound as text without a round trip via QString.
    Statement& bindUtf8(int index, const QByteArray& utf8);
    Statement& bindNull(int index);
    // A LIMIT: a negative one means every row (SQLite reads LIMIT -1 so; PostgreSQL refuses it).
    Statement& bindLimit(int index, qint64 limit);
    // Empty text is stored as NULL, so "not given" has one spelling.
    Statement& bindOptional(int index, const QString& value);

    // True when a row is ready; false when done.
    bool step();
    // Runs a statement that returns no rows.
    void run();
    // Runs an INSERT into a table keyed by `id` and returns the new id.
    qint64 insert();
    void reset();

    QString text(int column) const;
    qint64 int64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    std::unique_ptr<PreparedStatement> m_statement;
};

} // namespace tsumugi
