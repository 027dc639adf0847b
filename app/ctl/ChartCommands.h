#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::cli {

class CliArguments;

// tsumugictl's chart commands: visit, note, diagnosis, allergy, lab, rx, chart. Each prints one line per item
// (ids first, so scripts can chain commands) and changes nothing when it fails.
class ChartCommands {
    Q_DECLARE_TR_FUNCTIONS(ChartCommands)
public:
    static const QStringList& commands();
    static const QStringList& switches();
    static QString usage();

    ChartCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    int dispatch(const CliArguments& a);
    int visit(const CliArguments& a);
    int note(const CliArguments& a);
    int diagnosis(const CliArguments& a);
    int allergy(const CliArguments& a);
    int lab(const CliArguments& a);
    int rx(const CliArguments& a);
    int chart(const CliArguments& a);
    int usageError();

    qint64 patientId(const QString& number);
    qint64 idArgument(const CliArguments& a, int index, const QString& what);

    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
