#pragma once

#include "core/db/DbConnection.h"

#include <string>
#include <vector>

struct pg_result;

namespace tsumugi {

class PostgresConnection;

// A statement of the server driver: parameters are collected, the statement runs on the first step(), and the
// rows are read from its result.
class PostgresPreparedStatement final : public PreparedStatement {
public:
    PostgresPreparedStatement(PostgresConnection& connection, std::string sql);
    ~PostgresPreparedStatement() override;
    PostgresPreparedStatement(const PostgresPreparedStatement&) = delete;
    PostgresPreparedStatement& operator=(const PostgresPreparedStatement&) = delete;

    void bindText(int index, const QByteArray& utf8) override;
    void bindInt64(int index, qint64 value) override;
    void bindReal(int index, double value) override;
    void bindBlob(int index, const QByteArray& blob) override;
    void bindNull(int index) override;
    bool step() override;
    qint64 insert() override;
    void reset() override;
    QString text(int column) const override;
    qint64 int64(int column) const override;
    double real(int column) const override;
    QByteArray blob(int column) const override;
    bool isNull(int column) const override;

private:
    struct Parameter {
        unsigned type = 0; // an OID; 0 lets the server infer it
        bool null = true;
        bool binary = false;
        QByteArray value;
    };
    Parameter& parameter(int index);
    void execute(const std::string& sql);
    void clearResult();

    PostgresConnection& m_connection;
    std::string m_sql;
    // Which $N the text names: a parameter bound for a statement's other form (MasterCatalog's optional ranges) or a
    // gap in ?NNN numbering is sent typed as text, since the server cannot infer the type of one it never reads.
    std::vector<bool> m_named;
    std::vector<Parameter> m_parameters;
    pg_result* m_result = nullptr;
    int m_row = -1;
    bool m_executed = false;
};

} // namespace tsumugi
