#include "core/db/KeyRotationBatches.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
#include "core/db/RowKey.h"
#include "core/db/Schema.h"
#include "core/db/SearchTokens.h"
#include "core/db/Statement.h"
#include "core/security/ColumnSeal.h"

#include <QStringList>
#include <algorithm>
#include <stdexcept>

namespace tsumugi {

namespace {
const ColumnSeal& sealOf(const DbConnection& db) {
    if (!db.columnSeal()) {
        throw std::logic_error("a key rotation needs the record keys (a connection opened without them)");
    }
    return *db.columnSeal();
}

bool keyedKey(const StorageModel::Table& t) {
    for (const std::string& k : StorageModel::rowKey(t)) {
        if (!Schema::model().column(t.name, k).keyedKind.empty()) {
            return true;
        }
    }
    return false;
}

// The columns of a table a rotation rewrites on this driver: sealed ones (the server) and searched ones (both).
struct Columns {
    std::vector<const StorageModel::Column*> sealed;
    std::vector<const StorageModel::Column*> searched;
    std::vector<const StorageModel::Column*> read; // sealed first, then the searched ones not sealed
};

Columns columnsOf(const DbConnection& db, const StorageModel::Table& t) {
    Columns out;
    for (const StorageModel::Column& c : t.columns) {
        if (db.seals() && c.sealedSince >= 0) {
            out.sealed.push_back(&c);
        }
        if (!c.tokenKind.empty()) {
            out.searched.push_back(&c);
        }
    }
    out.read = out.sealed;
    for (const auto* c : out.searched) {
        if (std::find(out.read.begin(), out.read.end(), c) == out.read.end()) {
            out.read.push_back(c);
        }
    }
    return out;
}

QString rowName(const std::vector<QString>& key) {
    return QStringList(key.begin(), key.end()).join(QLatin1Char('/'));
}

bool refused(const Error& e) {
    return e.kind() == Error::Kind::Tampered || e.kind() == Error::Kind::KeyChanged;
}
} // namespace

std::vector<std::string> KeyRotationBatches::resealedTables(const DbConnection& db) {
    std::vector<std::string> out;
    for (const StorageModel::Table& t : Schema::model().tables()) {
        // Key slots are sealed apart; a table keyed by tokens is made anew at the switch.
        if (!t.onServerOnly && !columnsOf(db, t).read.empty() && !keyedKey(t)) {
            out.push_back(t.name);
        }
    }
    return out;
}

std::vector<std::string> KeyRotationBatches::tokenTables() {
    return {"search_tokens", "search_token_counts"};
}

KeyRotationBatches::Batch KeyRotationBatches::reseal(DbConnection& db, const std::string& table, const QString& after,
                                                     int limit) {
    const StorageModel::Table& t = Schema::model().table(table);
    const ColumnSeal& seal = sealOf(db);
    const Columns columns = columnsOf(db, t);
    const std::vector<std::string> key = StorageModel::rowKey(t);
    std::vector<std::string> names = key;
    for (const auto* c : columns.read) {
        names.push_back(c->name);
    }
    // A table of files (a document's attachments, megabytes each) is read a few rows at a time.
    if (std::any_of(columns.read.begin(), columns.read.end(),
                    [](const auto* c) { return c->type == StorageModel::Type::Blob; })) {
        limit = std::min(limit, FileRows);
    }
    const std::vector<QString> cursor = RowKey::values(after);
    Statement st(db, "SELECT " + RowKey::joined(names, ", ") + " FROM " + table + RowKey::after(key, !cursor.empty()) +
                         " LIMIT " + std::to_string(limit) + ";");
    for (std::size_t i = 0; i < cursor.size(); ++i) {
        RowKey::bind(st, int(i + 1), table, key[i], cursor[i]);
    }
    struct Row {
        std::vector<QString> key;
        std::vector<std::pair<const StorageModel::Column*, QByteArray>> resealed; // column, its opened value
        std::vector<std::pair<std::string, QString>> searched;
    };
    Batch batch;
    std::vector<Row> rows;
    const QString tableName = QString::fromStdString(table);
    while (st.step()) {
        Row r;
        for (std::size_t i = 0; i < key.size(); ++i) {
            r.key.push_back(RowKey::value(st, int(i), table, key[i]));
        }
        for (std::size_t i = 0; i < columns.read.size(); ++i) {
            const StorageModel::Column* c = columns.read[i];
            const int at = int(key.size() + i);
            const bool sealed = i < columns.sealed.size();
            const bool searched =
                std::find(columns.searched.begin(), columns.searched.end(), c) != columns.searched.end();
            if (st.isNull(at)) {
                if (searched) {
                    r.searched.emplace_back(c->name, QString());
                }
                continue;
            }
            QByteArray plain;
            if (sealed) {
                const QByteArray stored = st.blob(at);
                const SealedCell cell(tableName, QString::fromStdString(c->name), rowName(r.key));
                try {
                    plain = seal.open(cell, stored);
                } catch (const Error& e) {
                    if (!refused(e)) {
                        throw;
                    }
                    // Refused where it lies before as after: left as it is (its tokens too), and audited.
                    db.noteTampered(cell);
                    ++batch.refused;
                    continue;
                }
                if (ColumnSeal::generationOf(stored) != seal.currentGeneration()) {
                    r.resealed.emplace_back(c, plain);
                }
            } else {
                plain = c->type == StorageModel::Type::Blob ? st.blob(at) : st.text(at).toUtf8();
            }
            if (searched) {
                r.searched.emplace_back(c->name, QString::fromUtf8(plain));
            }
        }
        rows.push_back(std::move(r));
    }
    batch.rows = qint64(rows.size());
    batch.done = batch.rows < limit;
    if (rows.empty()) {
        return batch;
    }
    batch.after = RowKey::cursor(rows.back().key);
    const bool rewrites = std::any_of(rows.begin(), rows.end(), [](const Row& r) { return !r.resealed.empty(); });
    if (rewrites) {
        // The table's own rules (a row never changed) would refuse the rewrite of its seal: this batch's transaction
        // says it re-seals (schema 28), which they let through and the desks are not told of.
        db.exec("SELECT set_config('tsumugi.resealing', 'on', true);");
    }
    SearchTokens tokens(db);
    for (const Row& r : rows) {
        if (!r.resealed.empty()) {
            std::vector<std::string> set;
            for (const auto& [c, plain] : r.resealed) {
                set.push_back(c->name);
            }
            Statement update(db, RowKey::updateSql(table, set, key));
            int index = 1;
            for (const auto& [c, plain] : r.resealed) {
                update.bindCellBytes(index++, {tableName, QString::fromStdString(c->name), rowName(r.key)}, plain);
            }
            for (std::size_t i = 0; i < key.size(); ++i) {
                RowKey::bind(update, index++, table, key[i], r.key[i]);
            }
            update.run();
        }
        if (!r.searched.empty()) {
            tokens.index(table, r.key.front().toLongLong(), r.searched);
        }
    }
    if (rewrites) {
        db.exec("SELECT set_config('tsumugi.resealing', 'off', true);");
    }
    return batch;
}

qint64 KeyRotationBatches::rekeyKeyedColumns(DbConnection& db) {
    sealOf(db);
    qint64 kept = 0;
    for (const StorageModel::Table& t : Schema::model().tables()) {
        std::vector<const StorageModel::Column*> keyed;
        for (const StorageModel::Column& c : t.columns) {
            if (!c.keyedKind.empty()) {
                keyed.push_back(&c);
            }
        }
        if (keyed.empty()) {
            continue;
        }
        const QString tableName = QString::fromStdString(t.name);
        const std::vector<std::string> key = StorageModel::rowKey(t);
        std::vector<std::string> names = key;
        for (const auto* c : keyed) {
            if (c->keyedValueColumn.empty()) {
                throw std::logic_error("the storage model keeps no value beside the keyed column " + c->name);
            }
            names.push_back(c->keyedValueColumn);
        }
        // Every row first (a row rewritten changes its key, which may be the keyed column itself): a clinic's
        // received resources and links, a few megabytes.
        Statement read(db, "SELECT " + RowKey::joined(names, ", ") + " FROM " + t.name + ";");
        struct Row {
            std::vector<QString> key;
            std::vector<QString> values;
        };
        std::vector<Row> rows;
        while (read.step()) {
            Row r;
            for (std::size_t i = 0; i < key.size(); ++i) {
                r.key.push_back(RowKey::value(read, int(i), t.name, key[i]));
            }
            bool whole = true;
            for (std::size_t i = 0; i < keyed.size() && whole; ++i) {
                const int at = int(key.size() + i);
                if (read.isNull(at)) {
                    whole = false;
                    break;
                }
                r.values.push_back(
                    read.cellText(at, {tableName, QString::fromStdString(keyed[i]->keyedValueColumn), rowName(r.key)}));
            }
            if (whole) {
                rows.push_back(std::move(r));
            } else {
                ++kept;
            }
        }
        std::vector<std::string> set;
        for (const auto* c : keyed) {
            set.push_back(c->name);
            set.push_back(c->keyedValueColumn);
        }
        for (const Row& r : rows) {
            // The row's new name: its key with each keyed column's new token.
            std::vector<QString> newKey = r.key;
            for (std::size_t k = 0; k < key.size(); ++k) {
                for (std::size_t i = 0; i < keyed.size(); ++i) {
                    if (keyed[i]->name == key[k]) {
                        newKey[k] = Statement::keyedText(db, t.name, keyed[i]->name, r.values[i]);
                    }
                }
            }
            Statement update(db, RowKey::updateSql(t.name, set, key));
            int index = 1;
            for (std::size_t i = 0; i < keyed.size(); ++i) {
                update.bindKeyed(index++, t.name, keyed[i]->name, r.values[i]);
                update.bindCell(index++,
                                {tableName, QString::fromStdString(keyed[i]->keyedValueColumn), rowName(newKey)},
                                r.values[i]);
            }
            for (std::size_t i = 0; i < key.size(); ++i) {
                RowKey::bind(update, index++, t.name, key[i], r.key[i]);
            }
            update.run();
        }
    }
    return kept;
}

KeyRotationBatches::Batch KeyRotationBatches::removeTokens(DbConnection& db, const std::string& table,
                                                           int belowGeneration, const QString& after, int limit) {
    // Keyed by (kind, token[, row_id]): the cursor holds the kind, the token's hex and the row.
    const std::vector<std::string> key = StorageModel::rowKey(Schema::model().table(table));
    const std::vector<QString> cursor = RowKey::values(after);
    std::string where = " WHERE generation < ?";
    if (!cursor.empty()) {
        const std::vector<std::string> marks(key.size(), "?");
        where += " AND (" + RowKey::joined(key, ", ") + ") > (" + RowKey::joined(marks, ", ") + ")";
    }
    Statement st(db, "SELECT " + RowKey::joined(key, ", ") + " FROM " + table + where + " ORDER BY " +
                         RowKey::joined(key, ", ") + " LIMIT " + std::to_string(limit) + ";");
    const auto bindKey = [&](Statement& s, int from, const std::vector<QString>& values) {
        s.bind(from, values.at(0));
        s.bind(from + 1, QByteArray::fromHex(values.at(1).toLatin1()));
        if (key.size() == 3) {
            s.bind(from + 2, values.at(2).toLongLong());
        }
    };
    st.bind(1, qint64(belowGeneration));
    if (!cursor.empty()) {
        bindKey(st, 2, cursor);
    }
    std::vector<std::vector<QString>> rows;
    while (st.step()) {
        std::vector<QString> r{st.text(0), QString::fromLatin1(st.blob(1).toHex())};
        if (key.size() == 3) {
            r.push_back(QString::number(st.int64(2)));
        }
        rows.push_back(std::move(r));
    }
    Batch batch;
    batch.rows = qint64(rows.size());
    batch.done = batch.rows < limit;
    if (rows.empty()) {
        return batch;
    }
    std::vector<std::string> equal;
    for (const std::string& k : key) {
        equal.push_back(k + " = ?");
    }
    Statement remove(db, "DELETE FROM " + table + " WHERE " + RowKey::joined(equal, " AND ") + ";");
    for (const auto& r : rows) {
        bindKey(remove, 1, r);
        remove.run();
        remove.reset();
    }
    batch.after = RowKey::cursor(rows.back());
    return batch;
}

} // namespace tsumugi
