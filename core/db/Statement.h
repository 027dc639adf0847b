#pragma once

#include "core/db/DbConnection.h"

#include <QByteArray>
#include <QString>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tsumugi {

struct SealedCell;

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

    // A value of a column the storage model may seal (StorageModel::Column::sealedSince): sealed for exactly this
    // cell where the connection seals (the clinic server), bound as text elsewhere. The model decides, not the call;
    // binding a sealed column with bind() is refused as a programming error on either driver.
    Statement& bindCell(int index, const SealedCell& cell, const QString& value);
    // Empty text is stored as NULL, as bindOptional.
    Statement& bindCellOptional(int index, const SealedCell& cell, const QString& value);
    // The value of a column the model may seal, opened for the cell it was read from: Error(Tampered) (and the
    // record told, to audit it) when it was sealed for another cell or altered.
    QString cellText(int column, const SealedCell& cell) const;
    // A number the model may seal (a lab value, a dose): sealed as its shortest exact decimal text on the server,
    // bound as a number elsewhere; nullopt binds and reads NULL.
    Statement& bindCellNumber(int index, const SealedCell& cell, std::optional<double> value);
    std::optional<double> cellNumber(int column, const SealedCell& cell) const;

    // Bytes of a BLOB column the model may seal (a document's attachment): sealed as they are on the server, bound
    // as a BLOB elsewhere. The sealing step writes every sealed column's stored bytes (a text's UTF-8) this way.
    Statement& bindCellBytes(int index, const SealedCell& cell, const QByteArray& bytes);
    QByteArray cellBytes(int column, const SealedCell& cell) const;

    // A value of a column the model keeps as a keyed token (StorageModel::Column::keyedKind), on both drivers: its
    // token is bound, to write it or to find the row by it (WHERE column = ?). Binding such a column of an INSERT or
    // an UPDATE's SET with bind() is refused as a programming error.
    Statement& bindKeyed(int index, const std::string& table, const std::string& column, const QString& value);
    // The text a keyed column holds for value (what bindKeyed binds): a row keyed by it is named by it, so the
    // sealed copy of the value beside it (StorageModel::Column::keyedValueColumn) belongs to that row alone.
    static QString keyedText(DbConnection& db, const std::string& table, const std::string& column,
                             const QString& value);

    // "?,?,?": the placeholders of an IN list of n values.
    static std::string marks(std::size_t n);

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
    // A sealed cell's bytes opened (Error(Tampered), and the record told, when they do not open there).
    QByteArray opened(int column, const SealedCell& cell) const;
    // Refuses a plain value for a placeholder whose column the model seals.
    void refuseSealed(int index) const;

    DbConnection& m_connection;
    std::unique_ptr<PreparedStatement> m_statement;
    // Per placeholder (0 = the first): the sealed column it writes, or empty.
    std::shared_ptr<const std::vector<std::string>> m_sealedParameters;
};

} // namespace tsumugi
