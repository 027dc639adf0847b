#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::cli {

class CliArguments;

// tsumugictl summary pull: the patient's shared record / emergency summary as plain text, grouped by section and
// source; --emergency reads it without consent and needs --reason (kept in the audit trail).
class SummaryCommands {
    Q_DECLARE_TR_FUNCTIONS(SummaryCommands)
public:
    static QString usage();
    static QStringList switches() { return {QStringLiteral("emergency")}; }

    SummaryCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
