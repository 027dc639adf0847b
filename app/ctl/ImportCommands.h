#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::cli {

class CliArguments;

// tsumugictl import FILE...: JP-CLINS bundles and single eCS resources from other institutions into the record,
// one transaction per file, a report per file (patient, counts, what was kept without being understood).
// Exit status 0 only when every file was imported.
class ImportCommands {
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
public:
    static QString usage();
    static const QStringList& switches();

    ImportCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
