#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>

namespace tsumugi {
class ClinicRecord;
struct Patient;
} // namespace tsumugi

namespace tsumugi::cli {

class CliArguments;

// `tsumugictl --db FILE --user NAME --password-file F <command> ...`: every capability of the record, scriptable.
// Results go to stdout, one line per item; errors to stderr with a non-zero exit; a failed command changes nothing.
class AdminCli {
    Q_DECLARE_TR_FUNCTIONS(AdminCli)
public:
    enum Exit { Ok = 0, Failed = 1, Usage = 2 };

    AdminCli();
    ~AdminCli();
    int run(const QStringList& args);

private:
    int dispatch(const CliArguments& a);
    std::unique_ptr<ClinicRecord> openRecord(const CliArguments& a);
    QString readPassword(const QString& file) const;

    int init(const CliArguments& a);
    int schema(const CliArguments& a);
    int events(const CliArguments& a);
    int user(const CliArguments& a);
    int keys(const CliArguments& a);
    int rotation(const CliArguments& a);
    int recover(const CliArguments& a);
    int check(const CliArguments& a);
    int recovery(const CliArguments& a);
    void writeRecoveryKey(const QString& recoveryKey, const QString& file);
    int patient(const CliArguments& a);
    int reception(const CliArguments& a);
    int audit(const CliArguments& a);
    int settings(const CliArguments& a);
    int demo(const CliArguments& a);

    Patient patientFromFlags(const CliArguments& a, Patient base) const;
    void printPatientLine(const Patient& p);
    int usage();

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace tsumugi::cli
