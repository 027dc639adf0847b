#pragma once

#include "core/masters/MasterCatalog.h"

#include <QCoreApplication>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::cli {

class CliArguments;

// `master import [KIND] FILE`, `master search KIND QUERY`, `master show KIND CODE`, `master info`.
class MasterCommands {
    Q_DECLARE_TR_FUNCTIONS(MasterCommands)
public:
    static QString usage();
    MasterCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    int printImport(const QList<MasterCatalog::ImportResult>& results);
    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
