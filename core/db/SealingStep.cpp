#include "core/db/SealingStep.h"

#include "core/Error.h"
#include "core/db/DbConnection.h"
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
std::string joined(const std::vector<std::string>& parts, const std::string& separator) {
    std::string out;
    for (const std::string& p : parts) {
        out += (out.empty() ? "" : separator) + p;
    }
    return out;
}

struct Row {
    std::vector<qint64> key;
    std::vector<QString> values;
    std::vector<bool> nulls;
};
} // namespace

void SealingStep::run(DbConnection& db, int version) {
    const StorageModel& model = Schema::model();
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
            if (tokensNow && !c.tokenKind.empty()) {
                searched.push_back(&c);
            }
        }
        if (sealed.empty() && searched.empty()) {
            continue;
        }
        // Read every row first (a clinic's patients fit in memory), then write.
        const std::vector<std::string> key = StorageModel::rowKey(table);
        std::vector<std::string> columns = key;
        std::vector<const StorageModel::Column*> read;
        for (const auto* c : sealed) {
            read.push_back(c);
        }
        for (const auto* c : searched) {
            if (std::find(read.begin(), read.end(), c) == read.end()) {
                read.push_back(c);
            }
        }
        for (const auto* c : read) {
            columns.push_back(c->name);
        }
        std::vector<Row> rows;
        {
            Statement all(db, "SELECT " + joined(columns, ", ") + " FROM " + table.name + ";");
            while (all.step()) {
                Row r;
                for (std::size_t i = 0; i < key.size(); ++i) {
                    r.key.push_back(all.int64(int(i)));
                }
                for (std::size_t i = 0; i < read.size(); ++i) {
                    const int at = int(key.size() + i);
                    const bool bytesNow = db.seals() && model.sealedAt(*read[i], version);
                    r.nulls.push_back(all.isNull(at));
                    r.values.push_back(bytesNow ? QString::fromUtf8(all.blob(at)) : all.text(at));
                }
                rows.push_back(std::move(r));
            }
        }
        if (rows.empty()) {
            continue;
        }
        if (!db.columnSeal()) {
            throw Error(Error::Kind::Storage,
                        QCoreApplication::translate("SealingStep", "Bringing this record to schema %1 needs the "
                                                                   "record key: sign in at a desk to do it. The record "
                                                                   "was not changed.")
                            .arg(version));
        }
        if (!searched.empty()) {
            SearchTokens tokens(db);
            for (const Row& r : rows) {
                std::vector<std::pair<std::string, QString>> values;
                for (const auto* c : searched) {
                    const auto at = std::size_t(std::find(read.begin(), read.end(), c) - read.begin());
                    values.emplace_back(c->name, r.values[at]);
                }
                tokens.index(table.name, r.key.front(), values);
            }
        }
        if (sealed.empty()) {
            continue;
        }
        // The table's own rules (never changed) would refuse the rewrite: they rest for this step's transaction.
        db.exec(("ALTER TABLE " + table.name + " DISABLE TRIGGER USER;").c_str());
        std::vector<std::string> sets;
        for (const auto* c : sealed) {
            sets.push_back(c->name + " = ?");
        }
        std::vector<std::string> where;
        for (const std::string& k : key) {
            where.push_back(k + " = ?");
        }
        Statement update(db, "UPDATE " + table.name + " SET " + joined(sets, ", ") + " WHERE " +
                                 joined(where, " AND ") + ";");
        for (const Row& r : rows) {
            QStringList keyText;
            for (qint64 k : r.key) {
                keyText << QString::number(k);
            }
            const QString rowName = keyText.join(QLatin1Char('/'));
            int index = 1;
            for (std::size_t i = 0; i < sealed.size(); ++i) {
                const SealedCell cell(QString::fromStdString(table.name), QString::fromStdString(sealed[i]->name),
                                      rowName);
                if (r.nulls[i]) {
                    update.bindNull(index++);
                } else {
                    update.bindCell(index++, cell, r.values[i]);
                }
            }
            for (qint64 k : r.key) {
                update.bind(index++, k);
            }
            update.run();
            update.reset();
        }
        db.exec(("ALTER TABLE " + table.name + " ENABLE TRIGGER USER;").c_str());
    }
}

} // namespace tsumugi
