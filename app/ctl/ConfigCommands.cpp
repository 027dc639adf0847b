#include "ConfigCommands.h"

#include "CliArguments.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"

namespace tsumugi::cli {

namespace {
int toNumber(const QString& key, const QString& value) {
    bool ok = false;
    const int n = value.trimmed().toInt(&ok);
    if (!ok) {
        throw Error(Error::Kind::Validation, ConfigCommands::tr("%1 takes a whole number, not '%2'.").arg(key, value));
    }
    return n;
}
} // namespace

QString ConfigCommands::usage() {
    return tr("  config list | config get KEY | config set KEY VALUE   (keys: %1; an empty VALUE clears a file "
              "setting)\n")
        .arg(keys().join(QStringLiteral(", ")));
}

QStringList ConfigCommands::keys() {
    return {QStringLiteral("server-url"),         QStringLiteral("ca-file"),
            QStringLiteral("client-cert"),        QStringLiteral("client-key"),
            QStringLiteral("connect-timeout-ms"), QStringLiteral("request-timeout-ms"),
            QStringLiteral("auto-lock-minutes")};
}

ConfigCommands::ConfigCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

int ConfigCommands::run(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    const QString key = a.positional().value(2);
    if (sub == QStringLiteral("list") && a.positional().size() == 2) {
        for (const QString& k : keys()) {
            m_out << k << " = " << get(k) << '\n';
        }
        return 0;
    }
    if (sub == QStringLiteral("get") && a.positional().size() == 3) {
        requireKnown(key);
        m_out << get(key) << '\n';
        return 0;
    }
    if (sub == QStringLiteral("set") && a.positional().size() == 4) {
        requireKnown(key);
        set(key, a.positional().value(3));
        m_out << key << " = " << get(key) << '\n';
        return 0;
    }
    m_err << usage();
    return 2;
}

void ConfigCommands::requireKnown(const QString& key) const {
    if (!keys().contains(key)) {
        throw Error(Error::Kind::Validation,
                    tr("Unknown setting '%1'. Known settings: %2.").arg(key, keys().join(QStringLiteral(", "))));
    }
}

QString ConfigCommands::get(const QString& key) const {
    const ClinicSettings& s = m_record.settings();
    if (key == QStringLiteral("server-url")) {
        return s.serverUrl();
    }
    if (key == QStringLiteral("ca-file")) {
        return s.caFile();
    }
    if (key == QStringLiteral("client-cert")) {
        return s.clientCertFile();
    }
    if (key == QStringLiteral("client-key")) {
        return s.clientKeyFile();
    }
    if (key == QStringLiteral("connect-timeout-ms")) {
        return QString::number(s.connectTimeoutMs());
    }
    if (key == QStringLiteral("request-timeout-ms")) {
        return QString::number(s.requestTimeoutMs());
    }
    return QString::number(s.autoLockMinutes());
}

void ConfigCommands::set(const QString& key, const QString& value) {
    ClinicSettings& s = m_record.settings();
    if (key == QStringLiteral("server-url")) {
        s.setServerUrl(value);
    } else if (key == QStringLiteral("ca-file")) {
        s.setCaFile(value);
    } else if (key == QStringLiteral("client-cert")) {
        s.setClientCertFile(value);
    } else if (key == QStringLiteral("client-key")) {
        s.setClientKeyFile(value);
    } else if (key == QStringLiteral("connect-timeout-ms")) {
        s.setConnectTimeoutMs(toNumber(key, value));
    } else if (key == QStringLiteral("request-timeout-ms")) {
        s.setRequestTimeoutMs(toNumber(key, value));
    } else {
        s.setAutoLockMinutes(toNumber(key, value));
    }
}

} // namespace tsumugi::cli
