#pragma once

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

        std::string name;
        std::vector<Column> columns;
        std::vector<std::string> primaryKey;           // several columns
        std::vector<std::vector<std::string>> uniques; // UNIQUE (a, b)
        std::vector<std::string> checks;               // conditions over several columns
        bool withoutRowid = false;                     // SQLite keeps small rows in the key's own b-tree
        bool onServerOnly = false; // kept in files beside the embedded record (key slots, failed logins)
    };

    struct Index {
        Index(std::string name, std::string table, std::string columns, bool unique = false, std::string where = {});

        std::string name;
        std::string table;
        std::string columns; // "kind, kana_key"
        bool unique = false;
        std::string where; // a partial index's condition, portable SQL
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
    };

    // Rows every new record starts with (the note templates).
    struct Seed {
        std::string table;
        std::vector<std::string> columns;
        std::vector<std::vector<std::string>> rows; // text values
    };

    StorageModel(int version, std::vector<Table> tables, std::vector<Index> indexes, std::vector<Rule> rules,
                 std::vector<Seed> seeds);

    // The schema version this declaration is; a new record on either driver starts at it.
    int version() const { return m_version; }
    const std::vector<Table>& tables() const { return m_tables; }
    const std::vector<Index>& indexes() const { return m_indexes; }
    const std::vector<Rule>& rules() const { return m_rules; }
    const std::vector<Seed>& seeds() const { return m_seeds; }

    // Lookups for a step that adds one declared thing; a name the model does not declare is a programming error.
    const Table& table(const std::string& name) const;
    const Column& column(const std::string& table, const std::string& column) const;
    const Index& index(const std::string& name) const;
    const Rule& rule(const std::string& name) const;

private:
    int m_version;
    std::vector<Table> m_tables;
    std::vector<Index> m_indexes;
    std::vector<Rule> m_rules;
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
