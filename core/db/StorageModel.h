#pragma once

#include <algorithm>
#include <string>
#include <vector>

namespace tsumugi {

// The record's storage declared once, in the words both drivers share: each table with its columns, keys, indexes,
// the rules that keep clinical rows from being changed or deleted, and the rows a new record starts with.
// SchemaDdl writes a driver's own SQL from it (a new record on either driver, and the steps that change it later);
// core_test_schema_parity reads both databases' catalogs back and compares them with each other and with the
// embedded record's shipped history.
class StorageModel {
public:
    enum class Type { Integer, Text, Real, Blob };

    struct Column {
        std::string name;
        Type type = Type::Text;
        bool notNull = false;
        bool unique = false;
        bool primaryKey = false;          // a single-column key; several columns go in Table::primaryKey
        bool generated = false;           // the row's id, numbered by the database (SQLite's rowid, an identity)
        std::string defaultValue;         // an SQL literal both dialects read alike: 0, '', 'active'
        std::vector<std::string> allowed; // CHECK (name IN (...))
        std::string check;                // any other CHECK of this column alone, portable SQL
        std::string references;           // the table whose id this column holds
        int sinceVersion = 0;             // the schema version that added it (0: the model's first)
        // Sealed on the clinic server from this schema version (ColumnSeal; -1: never): the server holds BYTEA that
        // only a desk with the record key opens, and checks nothing of the value (the desk does). The embedded
        // record, encrypted whole, keeps it as declared.
        int sealedSince = -1;
        // The search tokens this column's value feeds (SearchTokens), on both drivers: a kind, and whether every
        // prefix of the value (up to SearchTokens::MaxPrefix characters) is a token or the whole value only.
        std::string tokenKind;
        bool tokenPrefixes = false;
        int tokensSince = 0; // the version whose step writes the tokens of existing rows (0: when the table came)
        // Held as a keyed token of its value from this schema version (-1: never), on both drivers: ColumnSeal::token
        // under keyedKind, as hex text. A row is found by the value's equality and the value is never read back (a
        // sender's identifier for one of our patients, the sender and key of a received resource), so the table
        // keeps no word of it, sealed or plain.
        std::string keyedKind;
        int keyedSince = -1;
        // The sealed column beside it that keeps the value (from 27), so that rotating the record key can make the
        // token anew; empty: none.
        std::string keyedValueColumn;

        Column since(int version) const;
        Column sealedFrom(int version) const;
        Column searchedBy(std::string kind, bool byPrefix, int fromVersion = 0) const;
        Column keyedFrom(int version, std::string kind) const;
        Column valueKeptIn(std::string sealedColumn) const;
        Column required() const;
        Column isUnique() const;
        Column key() const;
        Column orElse(std::string literal) const;
        Column oneOf(std::vector<std::string> values) const;
        Column checked(std::string condition) const;
        Column refersTo(std::string table) const;
    };

    struct Table {
        Table(std::string name, std::vector<Column> columns);
        Table keyedBy(std::vector<std::string> columns) const;
        Table uniqueOver(std::vector<std::string> columns) const;
        Table checking(std::string condition) const;
        Table compact() const;    // WITHOUT ROWID
        Table serverOnly() const; // see onServerOnly
        Table since(int version) const;

        std::string name;
        std::vector<Column> columns;
        std::vector<std::string> primaryKey;           // several columns
        std::vector<std::vector<std::string>> uniques; // UNIQUE (a, b)
        std::vector<std::string> checks;               // conditions over several columns
        bool withoutRowid = false;                     // SQLite keeps small rows in the key's own b-tree
        bool onServerOnly = false; // kept in files beside the embedded record (key slots, failed logins)
        int sinceVersion = 0;
    };

    struct Index {
        Index(std::string name, std::string table, std::string columns, bool unique = false, std::string where = {});
        Index since(int version) const;
        Index droppedAt(int version) const;

        std::string name;
        std::string table;
        std::string columns; // "kind, kana_key"
        bool unique = false;
        std::string where; // a partial index's condition, portable SQL
        int sinceVersion = 0;
        int droppedVersion = 0; // the step that drops it (0: kept)
    };

    // A change the database itself refuses, whatever program asks: never deleted, never changed, or changed only
    // when a condition holds. On the server a table whose rows are never deleted also refuses TRUNCATE.
    struct Rule {
        enum class Refuses { Delete, Update };
        std::string name;
        std::string table;
        Refuses refuses = Refuses::Delete;
        std::vector<std::string> ofColumns; // UPDATE OF these only
        // Portable SQL over OLD and NEW; "IS NOT DISTINCT FROM" is the null-safe equality (SQLite says IS).
        std::string when;
        std::string message;
        int sinceVersion = 0;
    };

    // A table whose changes every desk of a clinic server hears at once (after the commit, only if committed): its
    // name, the row's id and the patient it belongs to (patientColumn; "id" for the patients themselves). The
    // embedded record has one desk, which knows its own changes.
    struct Announcement {
        std::string table;
        std::string patientColumn;
        int sinceVersion = 0;
    };

    // Rows every new record starts with (the note templates).
    struct Seed {
        std::string table;
        std::vector<std::string> columns;
        std::vector<std::vector<std::string>> rows; // text values
    };

    StorageModel(int firstVersion, int version, std::vector<Table> tables, std::vector<Index> indexes,
                 std::vector<Rule> rules, std::vector<Announcement> announcements, std::vector<Seed> seeds);

    // The schema version this declaration is; a new record on either driver starts at it.
    int version() const { return m_version; }
    // The version the declaration began at: what carries no later `since` was there then. Each version after it is
    // one step, made of what carries its number (SchemaDdl::step).
    int firstVersion() const { return m_firstVersion; }
    // When a declared thing came: its own number, or the first version.
    int since(int sinceVersion) const { return std::max(sinceVersion, m_firstVersion); }
    const std::vector<Table>& tables() const { return m_tables; }
    const std::vector<Index>& indexes() const { return m_indexes; }
    const std::vector<Rule>& rules() const { return m_rules; }
    const std::vector<Announcement>& announcements() const { return m_announcements; }
    const std::vector<Seed>& seeds() const { return m_seeds; }

    // A name the model does not declare is a programming error.
    const Table& table(const std::string& name) const;
    // A column of a table (a programming error when not declared).
    const Column& column(const std::string& table, const std::string& name) const;
    // The column, or nullptr when the model declares no such table or column.
    const Column* findColumn(const std::string& table, const std::string& name) const;
    // True when the column is sealed on the clinic server at this schema version.
    bool sealedAt(const Column& column, int version) const {
        return column.sealedSince >= 0 && since(column.sealedSince) <= version;
    }
    // The columns whose values name a row of the table in a seal: its declared key, or its id.
    static std::vector<std::string> rowKey(const Table& table);

private:
    int m_firstVersion;
    int m_version;
    std::vector<Table> m_tables;
    std::vector<Index> m_indexes;
    std::vector<Rule> m_rules;
    std::vector<Announcement> m_announcements;
    std::vector<Seed> m_seeds;
};

// The column kinds, as the declaration reads them: integer("uses").required().
StorageModel::Column integer(std::string name);
StorageModel::Column text(std::string name);
StorageModel::Column real(std::string name);
StorageModel::Column blob(std::string name);
// The row's own id: numbered by the database, referred to by other tables.
StorageModel::Column rowId(std::string name = "id");

} // namespace tsumugi
