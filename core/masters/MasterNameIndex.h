#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVector>

namespace tsumugi {

class DbConnection;

// The names and readings of every master entry, held in memory to find a query inside a name (「高血圧」 in
// 本態性高血圧症, 「ぜんそく」 in キカンシゼンソク): a scan of 27,000 disease names in SQL cost 7 ms a keystroke,
// here about one. Reloaded when an import has changed the masters (in this process or another desk's).
class MasterNameIndex {
public:
    // (kind, code) of the entries of these kinds whose reading (or name) holds key after its first character, at
    // most limit of them.
    QList<QPair<QString, QString>> inside(DbConnection& db, const QStringList& kinds, bool reading, const QString& key,
                                          int limit);

private:
    struct Entry {
        QString kind;
        QString code;
        QString nameKey;
        QString kanaKey;
    };
    void loadIfChanged(DbConnection& db);
    QVector<Entry> m_entries;
    qint64 m_generation = -1; // master_imports rows when loaded
};

} // namespace tsumugi
