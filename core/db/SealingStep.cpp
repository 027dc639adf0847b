#include "core/db/SealingStep.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/RowKey.h"
#include "core/db/Schema.h"
#include "core/db/SearchTokens.h"
#include "core/db/Statement.h"
#include "core/security/ColumnSeal.h"

#include <QCoreApplication>
#include <QStringList>
#include <algorithm>
#include <stdexcept>

namespace tsumugi {

namespace {
// Rows are read and rewritten a page at a time, so that a clinic's million notes never sit in memory at once.
constexpr int PageRows = 2000;

std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    return RowKey::joined(parts, separator);
}

std::string updateByKey(const std::string& table, const std::vector<const StorageModel::Column*>& columns,
                        const std::vector<std::string>& key) {
    std::vector<std::string> names;
    for (const auto* c : columns) {
        names.push_back(c->name);
    }
    return RowKey::updateSql(table, names, key);
}

Error keyNeeded(int version) {
    return Error(Error::Kind::Storage,
                 QCoreApplication::translate("SealingStep", "Bringing this record to schema %1 needs the record key: "
                                                            "sign in at a desk to do it. The record was not changed.")
                     .arg(version));
}

struct Row {
    std::vector<QString> key;      // the key's values as text (a kind, an id)
    std::vector<QString> values;   // as text, for the tokens
    std::vector<QByteArray> bytes; // as stored (a text's UTF-8), for the seal
    std::vector<bool> nulls;
};

// One table's share of a step: its columns the step seals and those whose tokens it writes.
class TableStep {
public:
    TableStep(DbConnection& db, const StorageModel::Table& table, int version,
              std::vector<const StorageModel::Column*> sealed, std::vector<const StorageModel::Column*> searched)
        : m_db(db)
        , m_table(table)
        , m_version(version)
        , m_key(StorageModel::rowKey(table))
        , m_sealed(std::move(sealed))
        , m_searched(std::move(searched)) {
        m_read = m_sealed;
        for (const auto* c : m_searched) {
            if (std::find(m_read.begin(), m_read.end(), c) == m_read.end()) {
                m_read.push_back(c);
            }
        }
    }

    void run() {
        bool triggersRest = false;
        std::vector<QString> after;
        for (;;) {
            const std::vector<Row> rows = page(after);
            if (rows.empty()) {
                break;
            }
            if (!m_db.columnSeal()) {
                throw keyNeeded(m_version);
            }
            index(rows);
            if (!m_sealed.empty()) {
                if (!triggersRest) {
                    // The table's own rules (never changed) would refuse the rewrite: they rest for this step's
                    // transaction.
                    m_db.exec(("ALTER TABLE " + m_table.name + " DISABLE TRIGGER USER;").c_str());
                    triggersRest = true;
                }
                seal(rows);
            }
            after = rows.back().key;
        }
        if (triggersRest) {
            m_db.exec(("ALTER TABLE " + m_table.name + " ENABLE TRIGGER USER;").c_str());
        }
    }

private:
    // The next rows in key order after `after` (from the first when empty).
    std::vector<Row> page(const std::vector<QString>& after) {
        std::vector<std::string> columns = m_key;
        for (const auto* c : m_read) {
            columns.push_back(c->name);
        }
        std::vector<std::string> marks(m_key.size(), "?");
        const std::string where =
            after.empty() ? std::string() : " WHERE (" + joined(m_key, ", ") + ") > (" + joined(marks, ", ") + ")";
        Statement st(m_db, "SELECT " + joined(columns, ", ") + " FROM " + m_table.name + where + " ORDER BY " +
                               joined(m_key, ", ") + " LIMIT " + std::to_string(pageRows()) + ";");
        for (std::size_t i = 0; i < after.size(); ++i) {
            RowKey::bind(st, int(i + 1), m_table.name, m_key[i], after[i]);
        }
        const StorageModel& model = Schema::model();
        std::vector<Row> rows;
        while (st.step()) {
            Row r;
            for (std::size_t i = 0; i < m_key.size(); ++i) {
                r.key.push_back(RowKey::value(st, int(i), m_table.name, m_key[i]));
            }
            for (std::size_t i = 0; i < m_read.size(); ++i) {
                const int at = int(m_key.size() + i);
                // On the server the step's SQL made the sealed columns' text their UTF-8 bytes (a BLOB was bytes).
                const bool bytesNow = (m_db.seals() && model.sealedAt(*m_read[i], m_version)) ||
                                      m_read[i]->type == StorageModel::Type::Blob;
                r.nulls.push_back(st.isNull(at));
                r.bytes.push_back(bytesNow ? st.blob(at) : st.text(at).toUtf8());
                r.values.push_back(m_read[i]->type == StorageModel::Type::Blob ? QString()
                                                                               : QString::fromUtf8(r.bytes.back()));
            }
            rows.push_back(std::move(r));
        }
        return rows;
    }

    void index(const std::vector<Row>& rows) {
        if (m_searched.empty()) {
            return;
        }
        SearchTokens tokens(m_db, m_version);
        for (const Row& r : rows) {
            std::vector<std::pair<std::string, QString>> values;
            for (const auto* c : m_searched) {
                const auto at = std::size_t(std::find(m_read.begin(), m_read.end(), c) - m_read.begin());
                values.emplace_back(c->name, r.values[at]);
            }
            tokens.index(m_table.name, r.key.front().toLongLong(), values);
        }
    }

    void seal(const std::vector<Row>& rows) {
        Statement update(m_db, updateByKey(m_table.name, m_sealed, m_key));
        const QString table = QString::fromStdString(m_table.name);
        for (const Row& r : rows) {
            const QString rowName = QStringList(r.key.begin(), r.key.end()).join(QLatin1Char('/'));
            int index = 1;
            for (std::size_t i = 0; i < m_sealed.size(); ++i) {
                if (r.nulls[i]) {
                    update.bindNull(index++);
                } else {
                    update.bindCellBytes(index++, {table, QString::fromStdString(m_sealed[i]->name), rowName},
                                         r.bytes[i]);
                }
            }
            for (std::size_t i = 0; i < r.key.size(); ++i) {
                RowKey::bind(update, index++, m_table.name, m_key[i], r.key[i]);
            }
            update.run();
            update.reset();
        }
    }

    // A table of files (a document's attachments, megabytes each) is read a few rows at a time.
    int pageRows() const {
        const bool files = std::any_of(m_read.begin(), m_read.end(),
                                       [](const auto* c) { return c->type == StorageModel::Type::Blob; });
        return files ? 8 : PageRows;
    }

    DbConnection& m_db;
    const StorageModel::Table& m_table;
    int m_version;
    std::vector<std::string> m_key;
    std::vector<const StorageModel::Column*> m_sealed;
    std::vector<const StorageModel::Column*> m_searched;
    std::vector<const StorageModel::Column*> m_read; // sealed first, in the same order
};
// A table whose columns a step turns into keyed tokens (StorageModel::Column::keyedSince), on both drivers. The
// token may be part of the row's key, so rows are not paged by key (a row rewritten would come again after the
// cursor): every row's key and values are read first (received resources and links: one row per received item,
// a few megabytes for a clinic's years), then each row is rewritten by its old key.
class KeyedStep {
public:
    KeyedStep(DbConnection& db, const StorageModel::Table& table, int version,
              std::vector<const StorageModel::Column*> keyed)
        : m_db(db)
        , m_table(table)
        , m_version(version)
        , m_key(StorageModel::rowKey(table))
        , m_keyed(std::move(keyed)) {}

    void run() {
        for (const StorageModel::Rule& r : Schema::model().rules()) {
            if (r.table == m_table.name && r.refuses == StorageModel::Rule::Refuses::Update) {
                throw std::logic_error("a step keys " + m_table.name + ", whose rule refuses the rewrite");
            }
        }
        std::vector<std::string> columns = m_key;
        for (const auto* c : m_keyed) {
            columns.push_back(c->name);
        }
        Statement read(m_db, "SELECT " + joined(columns, ", ") + " FROM " + m_table.name + ";");
        std::vector<std::vector<QString>> rows;
        std::vector<std::vector<bool>> nulls;
        while (read.step()) {
            rows.emplace_back();
            nulls.emplace_back();
            for (std::size_t i = 0; i < columns.size(); ++i) {
                nulls.back().push_back(read.isNull(int(i)));
                rows.back().push_back(RowKey::value(read, int(i), m_table.name, columns[i]));
            }
        }
        if (rows.empty()) {
            return;
        }
        if (!m_db.columnSeal()) {
            throw keyNeeded(m_version);
        }
        Statement update(m_db, updateByKey(m_table.name, m_keyed, m_key));
        for (std::size_t r = 0; r < rows.size(); ++r) {
            int index = 1;
            for (std::size_t i = 0; i < m_keyed.size(); ++i) {
                const std::size_t at = m_key.size() + i;
                if (nulls[r][at]) {
                    update.bindNull(index++);
                } else {
                    update.bindKeyed(index++, m_table.name, m_keyed[i]->name, rows[r][at]);
                }
            }
            for (std::size_t i = 0; i < m_key.size(); ++i) {
                RowKey::bind(update, index++, m_table.name, m_key[i], rows[r][i]);
            }
            update.run();
            update.reset();
        }
    }

private:
    DbConnection& m_db;
    const StorageModel::Table& m_table;
    int m_version;
    std::vector<std::string> m_key;
    std::vector<const StorageModel::Column*> m_keyed;
};
} // namespace

void SealingStep::run(DbConnection& db, int version) {
    const StorageModel& model = Schema::model();
    if (model.since(model.table("search_token_counts").sinceVersion) == version) {
        SearchTokens::recount(db); // the tokens written before the counts came
    }
    const bool tokensNow = model.since(model.table("search_tokens").sinceVersion) == version;
    for (const StorageModel::Table& table : model.tables()) {
        if (table.onServerOnly || model.since(table.sinceVersion) >= version) {
            continue; // made by this step: no rows yet
        }
        std::vector<const StorageModel::Column*> sealed;
        std::vector<const StorageModel::Column*> searched;
        for (const StorageModel::Column& c : table.columns) {
            if (model.since(c.sinceVersion) >= version) {
                continue;
            }
            if (db.seals() && c.sealedSince >= 0 && model.since(c.sealedSince) == version) {
                sealed.push_back(&c);
            }
            // A column searched from the start gets its tokens when the token table comes; a later one at its step.
            if (!c.tokenKind.empty() && (c.tokensSince > 0 ? model.since(c.tokensSince) == version : tokensNow)) {
                searched.push_back(&c);
            }
        }
        if (!sealed.empty() || !searched.empty()) {
            TableStep(db, table, version, std::move(sealed), std::move(searched)).run();
        }
        std::vector<const StorageModel::Column*> keyed;
        for (const StorageModel::Column& c : table.columns) {
            if (c.keyedSince >= 0 && model.since(c.keyedSince) == version && model.since(c.sinceVersion) < version) {
                keyed.push_back(&c);
            }
        }
        if (!keyed.empty()) {
            KeyedStep(db, table, version, std::move(keyed)).run();
        }
    }
}

} // namespace tsumugi
