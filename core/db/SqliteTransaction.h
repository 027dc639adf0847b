#pragma once

namespace tsumugi {

class SqliteConnection;

// BEGIN IMMEDIATE on construction (a savepoint when already inside a transaction); rolled back unless
// commit() was reached, so an exception anywhere in a change leaves the record as it was.
class SqliteTransaction {
public:
    explicit SqliteTransaction(SqliteConnection& connection);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction&) = delete;
    SqliteTransaction& operator=(const SqliteTransaction&) = delete;

    void commit();

private:
    SqliteConnection& m_connection;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace tsumugi
