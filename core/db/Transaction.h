#pragma once

namespace tsumugi {

class DbConnection;

// A write transaction on construction (a savepoint when already inside one); rolled back unless commit() was
// reached, so an exception anywhere in a change leaves the record as it was.
class Transaction {
public:
    explicit Transaction(DbConnection& connection);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    void commit();

private:
    DbConnection& m_connection;
    bool m_nested = false;
    bool m_done = false;
};

} // namespace tsumugi
