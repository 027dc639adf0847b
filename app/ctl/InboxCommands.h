#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::cli {

class CliArguments;

// tsumugictl inbox: fetch the referral letters addressed to this clinic (stored, then acknowledged) and list the
// letters kept in the record; file a letter into the patient's chart (import).
class InboxCommands {
    Q_DECLARE_TR_FUNCTIONS(InboxCommands)
public:
    static QString usage();

    InboxCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    int fetch();
    int list();
    int fileIntoChart(const CliArguments& a);

    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
