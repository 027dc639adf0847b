#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::cli {

class CliArguments;

// `master import KIND FILE` and `master search KIND QUERY` (KIND: disease, modifier, drug, jfagy, jlac).
class MasterCommands {
    Q_DECLARE_TR_FUNCTIONS(MasterCommands)
public:
    static QString usage();
    MasterCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
