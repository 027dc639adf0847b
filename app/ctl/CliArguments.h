#pragma once

#include <QMap>
#include <QStringList>

namespace tsumugi::cli {

// Splits "--flag value" options from positional words; every option takes a value except the listed switches.
// Options before the command word are global (--db, --user, --password-file: who acts on which record); options
// after it belong to the command, so `user add NAME --password-file F2` can name the new user's password file.
class CliArguments {
public:
    CliArguments(const QStringList& args, const QStringList& switches);

    QStringList positional() const { return m_positional; }
    // A command option, else the global one of that name.
    QString value(const QString& name, const QString& fallback = {}) const;
    bool has(const QString& name) const { return m_command.contains(name) || m_global.contains(name); }
    // A global option, else the command's one of that name.
    QString global(const QString& name) const;
    // Only what was given after the command word.
    QString commandOption(const QString& name) const { return m_command.value(name); }
    QString error() const { return m_error; }

private:
    QStringList m_positional;
    QMap<QString, QString> m_global;
    QMap<QString, QString> m_command;
    QString m_error;
};

} // namespace tsumugi::cli
