#pragma once

#include <QString>
#include <string>
#include <vector>

namespace tsumugi {

class DbConnection;

// The storage side of rotating the record key (RecordKeyRotation says when): a batch of one table's rows re-sealed
// under the connection's current key generation with their search tokens written anew, the keyed columns made anew
// from the values kept sealed beside them, and a batch of a retired generation's tokens deleted. Each works inside
// the caller's transaction and says where the next batch starts, so the rotation keeps its cursor in the record.
// Which tables and columns take part is read from the storage model, as the schema steps that sealed them did.
class KeyRotationBatches {
public:
    struct Batch {
        qint64 rows = 0;    // rows read
        qint64 refused = 0; // sealed values that did not open where they lie (left as they are; audited)
        QString after;      // the cursor after this batch (the last row's key)
        bool done = false;  // no rows after it
    };

    // The tables whose rows a rotation re-seals or re-tokenises, in the order it works through them.
    static std::vector<std::string> resealedTables(const DbConnection& db);
    // The tables of the retired generation's tokens.
    static std::vector<std::string> tokenTables();

    // Rows of a table that carries files, per batch (whatever limit asks).
    static constexpr int FileRows = 8;
    static Batch reseal(DbConnection& db, const std::string& table, const QString& after, int limit);
    // The keyed columns of every row made under the connection's searched generation (switched before this call);
    // returns the rows without a kept value (from before schema 27), which keep the tokens they had.
    static qint64 rekeyKeyedColumns(DbConnection& db);
    static Batch removeTokens(DbConnection& db, const std::string& table, int belowGeneration, const QString& after,
                              int limit);
};

} // namespace tsumugi
