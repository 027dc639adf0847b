#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::cli {

class CliArguments;

// tsumugictl export clins: writes a patient's JP-CLINS submission bundles (one file per resource type) and
// prints their paths, for checking a submission by hand or with the official validator.
// tsumugictl export referral|discharge: writes one finalised document as its JP-CLINS document bundle.
class ExportCommands {
    Q_DECLARE_TR_FUNCTIONS(ExportCommands)
public:
    static QString usage();

    ExportCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    int clins(const CliArguments& a);
    int document(const CliArguments& a);

    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
