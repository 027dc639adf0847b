#include "core/db/StorageModel.h"

#include <stdexcept>

namespace tsumugi {

namespace {
StorageModel::Column column(std::string name, StorageModel::Type type) {
    StorageModel::Column c;
    c.name = std::move(name);
    c.type = type;
    return c;
}

template <typename T> const T& named(const std::vector<T>& all, const std::string& name, const char* what) {
    for (const T& x : all) {
        if (x.name == name) {
            return x;
        }
    }
    throw std::logic_error(std::string("the storage model declares no ") + what + " " + name);
}
} // namespace

StorageModel::Column integer(std::string name) {
    return column(std::move(name), StorageModel::Type::Integer);
}
StorageModel::Column text(std::string name) {
    return column(std::move(name), StorageModel::Type::Text);
}
StorageModel::Column real(std::string name) {
    return column(std::move(name), StorageModel::Type::Real);
}
StorageModel::Column blob(std::string name) {
    return column(std::move(name), StorageModel::Type::Blob);
}
StorageModel::Column rowId(std::string name) {
    StorageModel::Column c = column(std::move(name), StorageModel::Type::Integer);
    c.primaryKey = true;
    c.generated = true;
    return c;
}

StorageModel::Column StorageModel::Column::since(int version) const {
    Column c = *this;
    c.sinceVersion = version;
    return c;
}
StorageModel::Column StorageModel::Column::sealedFrom(int version) const {
    Column c = *this;
    c.sealedSince = version;
    return c;
}
StorageModel::Column StorageModel::Column::searchedBy(std::string kind, bool byPrefix, int fromVersion) const {
    Column c = *this;
    c.tokenKind = std::move(kind);
    c.tokenPrefixes = byPrefix;
    c.tokensSince = fromVersion;
    return c;
}
StorageModel::Column StorageModel::Column::keyedFrom(int version, std::string kind) const {
    Column c = *this;
    c.keyedSince = version;
    c.keyedKind = std::move(kind);
    return c;
}
StorageModel::Column StorageModel::Column::valueKeptIn(std::string sealedColumn) const {
    Column c = *this;
    c.keyedValueColumn = std::move(sealedColumn);
    return c;
}
StorageModel::Column StorageModel::Column::required() const {
    Column c = *this;
    c.notNull = true;
    return c;
}
StorageModel::Column StorageModel::Column::isUnique() const {
    Column c = *this;
    c.unique = true;
    return c;
}
StorageModel::Column StorageModel::Column::key() const {
    Column c = *this;
    c.primaryKey = true;
    return c;
}
StorageModel::Column StorageModel::Column::orElse(std::string literal) const {
    Column c = *this;
    c.defaultValue = std::move(literal);
    return c;
}
StorageModel::Column StorageModel::Column::oneOf(std::vector<std::string> values) const {
    Column c = *this;
    c.allowed = std::move(values);
    return c;
}
StorageModel::Column StorageModel::Column::checked(std::string condition) const {
    Column c = *this;
    c.check = std::move(condition);
    return c;
}
StorageModel::Column StorageModel::Column::refersTo(std::string table) const {
    Column c = *this;
    c.references = std::move(table);
    return c;
}

StorageModel::Table::Table(std::string tableName, std::vector<Column> tableColumns)
    : name(std::move(tableName))
    , columns(std::move(tableColumns)) {}
StorageModel::Table StorageModel::Table::keyedBy(std::vector<std::string> key) const {
    Table t = *this;
    t.primaryKey = std::move(key);
    return t;
}
StorageModel::Table StorageModel::Table::uniqueOver(std::vector<std::string> key) const {
    Table t = *this;
    t.uniques.push_back(std::move(key));
    return t;
}
StorageModel::Table StorageModel::Table::checking(std::string condition) const {
    Table t = *this;
    t.checks.push_back(std::move(condition));
    return t;
}
StorageModel::Table StorageModel::Table::compact() const {
    Table t = *this;
    t.withoutRowid = true;
    return t;
}
StorageModel::Table StorageModel::Table::serverOnly() const {
    Table t = *this;
    t.onServerOnly = true;
    return t;
}

StorageModel::Table StorageModel::Table::since(int version) const {
    Table t = *this;
    t.sinceVersion = version;
    return t;
}

StorageModel::Index StorageModel::Index::since(int version) const {
    Index i = *this;
    i.sinceVersion = version;
    return i;
}

StorageModel::Index StorageModel::Index::droppedAt(int version) const {
    Index i = *this;
    i.droppedVersion = version;
    return i;
}

StorageModel::Index::Index(std::string indexName, std::string indexTable, std::string indexColumns, bool isUnique,
                           std::string condition)
    : name(std::move(indexName))
    , table(std::move(indexTable))
    , columns(std::move(indexColumns))
    , unique(isUnique)
    , where(std::move(condition)) {}

StorageModel::StorageModel(int firstVersion, int version, std::vector<Table> tables, std::vector<Index> indexes,
                           std::vector<Rule> rules, std::vector<Announcement> announcements, std::vector<Seed> seeds)
    : m_firstVersion(firstVersion)
    , m_version(version)
    , m_tables(std::move(tables))
    , m_indexes(std::move(indexes))
    , m_rules(std::move(rules))
    , m_announcements(std::move(announcements))
    , m_seeds(std::move(seeds)) {}

const StorageModel::Table& StorageModel::table(const std::string& name) const {
    return named(m_tables, name, "table");
}

const StorageModel::Column& StorageModel::column(const std::string& table, const std::string& name) const {
    return named(this->table(table).columns, name, "column");
}

const StorageModel::Column* StorageModel::findColumn(const std::string& table, const std::string& name) const {
    for (const Table& t : m_tables) {
        if (t.name == table) {
            for (const Column& c : t.columns) {
                if (c.name == name) {
                    return &c;
                }
            }
        }
    }
    return nullptr;
}

std::vector<std::string> StorageModel::rowKey(const Table& table) {
    if (!table.primaryKey.empty()) {
        return table.primaryKey;
    }
    for (const Column& c : table.columns) {
        if (c.primaryKey) {
            return {c.name};
        }
    }
    throw std::logic_error("the storage model declares no key of " + table.name);
}

} // namespace tsumugi
