#include "CliArguments.h"

#include <QCoreApplication>

namespace tsumugi::cli {

CliArguments::CliArguments(const QStringList& args, const QStringList& switches) {
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if (a.startsWith(QStringLiteral("--")) && a.size() > 2) {
            const QString name = a.mid(2);
            auto& options = m_positional.isEmpty() ? m_global : m_command;
            if (switches.contains(name)) {
                options.insert(name, QStringLiteral("1"));
            } else if (i + 1 < args.size()) {
                options.insert(name, args.at(++i));
            } else {
                m_error = QCoreApplication::translate("tsumugictl", "The option --%1 needs a value.").arg(name);
            }
        } else {
            m_positional.append(a);
        }
    }
}

QString CliArguments::value(const QString& name, const QString& fallback) const {
    return m_command.value(name, m_global.value(name, fallback));
}

QString CliArguments::global(const QString& name) const {
    return m_global.value(name, m_command.value(name));
}

} // namespace tsumugi::cli
