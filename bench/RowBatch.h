#pragma once

#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/security/ColumnSeal.h"

#include <QString>
#include <memory>
#include <string>
#include <variant>
#include <vector>

namespace tsumugi::bench {

// Rows for a benchmark's record, many to one INSERT: on the server one row per statement is one round trip, and a
// million visits took a quarter of an hour. At most 999 values per statement (SQLCipher's SQLite 3.15 allows no more).
class RowBatch {
public:
    // A value of a column the model may seal (Statement::bindCell).
    struct Cell {
        SealedCell cell;
        QString text;
    };
    // A number of a column the model may seal (Statement::bindCellNumber).
    struct NumberCell {
        SealedCell cell;
        double value = 0;
    };
    using Value = std::variant<std::nullptr_t, qint64, double, QString, QByteArray, Cell, NumberCell>;

    // head: "INSERT INTO visits (id, patient_id, …)"; columns: how many values a row has. Rows that refer to rows
    // of another batch (a note to its visit) name it as parent: it is written first.
    RowBatch(DbConnection& db, std::string head, int columns, RowBatch* parent = nullptr);
    void add(std::vector<Value> row);
    // Writes what is still held (call it before the commit: a batch dropped unflushed loses its last rows).
    void flush();

private:
    std::string statementFor(int rows) const;
    void write(Statement& statement, int rows);

    DbConnection& m_db;
    std::string m_head;
    int m_columns;
    int m_rowsPerStatement;
    RowBatch* m_parent;
    std::vector<Value> m_values;
    std::unique_ptr<Statement> m_full;
};

} // namespace tsumugi::bench
