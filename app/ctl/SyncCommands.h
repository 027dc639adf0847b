#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
struct OutboxItem;
} // namespace tsumugi

namespace tsumugi::cli {

class CliArguments;

// tsumugictl sync push | status | list | retry ID | show ID: the outbox to the national services from the
// command line (the same sender the app's worker uses).
class SyncCommands {
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
public:
    static QString usage();

    SyncCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    int push(const CliArguments& a);
    int status();
    int list(const CliArguments& a);
    int retry(const CliArguments& a);
    int show(const CliArguments& a);
    qint64 itemId(const CliArguments& a) const;
    QString describe(const OutboxItem& item) const;

    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
