#include "RowBatch.h"

#include <algorithm>
#include <stdexcept>

namespace tsumugi::bench {

RowBatch::RowBatch(DbConnection& db, std::string head, int columns, RowBatch* parent)
    : m_db(db)
    , m_head(std::move(head))
    , m_columns(columns)
    , m_rowsPerStatement(std::max(1, 999 / columns))
    , m_parent(parent) {}

std::string RowBatch::statementFor(int rows) const {
    std::string row = "(";
    for (int c = 0; c < m_columns; ++c) {
        row += c ? ",?" : "?";
    }
    row += ')';
    std::string sql = m_head + " VALUES ";
    for (int r = 0; r < rows; ++r) {
        sql += r ? "," + row : row;
    }
    return sql + ';';
}

void RowBatch::add(std::vector<Value> row) {
    if (int(row.size()) != m_columns) {
        throw std::logic_error("a benchmark row has the wrong number of values");
    }
    std::move(row.begin(), row.end(), std::back_inserter(m_values));
    if (int(m_values.size()) == m_columns * m_rowsPerStatement) {
        if (!m_full) {
            m_full = std::make_unique<Statement>(m_db, statementFor(m_rowsPerStatement));
        }
        write(*m_full, m_rowsPerStatement);
    }
}

void RowBatch::flush() {
    if (m_values.empty()) {
        return;
    }
    Statement rest(m_db, statementFor(int(m_values.size()) / m_columns));
    write(rest, int(m_values.size()) / m_columns);
}

void RowBatch::write(Statement& statement, int rows) {
    if (m_parent) {
        m_parent->flush();
    }
    statement.reset();
    for (int i = 0; i < rows * m_columns; ++i) {
        const Value& v = m_values[size_t(i)];
        if (const auto* n = std::get_if<qint64>(&v)) {
            statement.bind(i + 1, *n);
        } else if (const auto* d = std::get_if<double>(&v)) {
            statement.bind(i + 1, *d);
        } else if (const auto* s = std::get_if<QString>(&v)) {
            statement.bind(i + 1, *s);
        } else if (const auto* b = std::get_if<QByteArray>(&v)) {
            statement.bind(i + 1, *b);
        } else if (const auto* c = std::get_if<Cell>(&v)) {
            statement.bindCellOptional(i + 1, c->cell, c->text);
        } else if (const auto* n = std::get_if<NumberCell>(&v)) {
            statement.bindCellNumber(i + 1, n->cell, n->value);
        } else {
            statement.bindNull(i + 1);
        }
    }
    statement.run();
    m_values.clear();
}

} // namespace tsumugi::bench
