#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
struct EligibilityCheck;
} // namespace tsumugi

namespace tsumugi::cli {

class CliArguments;

// tsumugictl eligibility: オンライン資格確認 by card (the simulated reader's report) or card data, stored with the
// patient / reception entry like the desk does it; retry of a 未確認 check; accepting the reported insurance.
class EligibilityCommands {
    Q_DECLARE_TR_FUNCTIONS(EligibilityCommands)
public:
    static QString usage();

    EligibilityCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    int check(const CliArguments& a);
    int retry(const CliArguments& a);
    int accept(const CliArguments& a);
    int print(const EligibilityCheck& c);

    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
