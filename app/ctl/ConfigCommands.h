#pragma once

#include <QCoreApplication>
#include <QTextStream>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::cli {

class CliArguments;

// tsumugictl config set KEY VALUE | config get KEY | config list: the clinic settings by name (server
// address, CA and client certificate for the national services, timeouts, automatic lock).
class ConfigCommands {
    Q_DECLARE_TR_FUNCTIONS(ConfigCommands)
public:
    static QString usage();
    static QStringList keys();

    ConfigCommands(ClinicRecord& record, QTextStream& out, QTextStream& err);
    int run(const CliArguments& a);

private:
    QString get(const QString& key) const;
    void set(const QString& key, const QString& value);
    void requireKnown(const QString& key) const;

    ClinicRecord& m_record;
    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace tsumugi::cli
