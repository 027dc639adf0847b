#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
struct Document;
} // namespace tsumugi

namespace tsumugi::cli {

class CliArguments;

// tsumugictl document …: write, finalise, list and show referrals (診療情報提供書) and discharge summaries
// (退院時サマリー), to script documents for tests and demos. Each command is one transaction.
class DocumentCommands {
    Q_DECLARE_TR_FUNCTIONS(DocumentCommands)
public:
    static QString usage();
    // Options without a value (`document finalize ID --send`).
    static const QStringList& switches();

    DocumentCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    int dispatch(const CliArguments& a);
    int create(const CliArguments& a);
    int edit(const CliArguments& a);
    int finalize(const CliArguments& a);
    // A finalised letter that was kept on paper: queue it for the sharing service now.
    int send(const CliArguments& a);
    int revise(const CliArguments& a);
    int withdraw(const CliArguments& a);
    int list(const CliArguments& a);
    int show(const CliArguments& a);
    // Fills the fields named on the command line (others stay as they are).
    void applyOptions(const CliArguments& a, Document& d);
    void attachFiles(const CliArguments& a, qint64 documentId);
    qint64 patientId(const CliArguments& a);
    qint64 documentId(const CliArguments& a);

    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
