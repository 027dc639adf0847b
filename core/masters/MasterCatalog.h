#pragma once

#include "core/masters/MasterEntry.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

namespace tsumugi {

class ClinicRecord;

// The masters inside the record: search (kana prefix, kanji prefix or exact code) and replacement by import.
// A kind that was never imported answers from the small starter master that ships with Tsumugi.
class MasterCatalog {
    Q_DECLARE_TR_FUNCTIONS(MasterCatalog)
public:
    static constexpr int DefaultLimit = 50;

    struct ImportResult {
        MasterKind kind = MasterKind::Disease;
        int entries = 0;
        QString source;
        QStringList notes; // what was skipped and why
    };

    explicit MasterCatalog(ClinicRecord& record);

    QList<MasterEntry> search(MasterKind kind, const QString& query, int limit = DefaultLimit);
    std::optional<MasterEntry> find(MasterKind kind, const QString& code);
    // Drugs by YJ code (or its first 7 characters: the same ingredient and route).
    QList<MasterEntry> drugsByYj(const QString& yjCode);
    qint64 count(MasterKind kind);

    // Replaces the whole master of that kind in one transaction (admins and doctors).
    ImportResult replace(MasterKind kind, const QList<MasterEntry>& entries, const QString& source,
                         const QStringList& notes = {});
    // Reads an official file (J-FAGY CSV, レセ電 b_/z_/y_ file, or the extracted JP-CLINS package folder for jlac).
    ImportResult importFile(MasterKind kind, const QString& path);

private:
    void ensureLoaded(MasterKind kind);
    ClinicRecord& m_record;
    QList<MasterKind> m_checked;
};

} // namespace tsumugi
