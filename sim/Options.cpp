#include "sim/Options.h"

namespace tsumugi::sim {

bool Options::parse(const QStringList& args, QString* error) {
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        auto value = [&](QString* out) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("%1 needs a value").arg(a);
                return false;
            }
            *out = args[++i];
            return true;
        };
        QString v;
        if (a == QLatin1String("--port")) {
            if (!value(&v))
                return false;
            bool ok = false;
            const uint p = v.toUInt(&ok);
            if (!ok || p > 65535) {
                *error = QStringLiteral("--port needs 0..65535");
                return false;
            }
            port = static_cast<quint16>(p);
        } else if (a == QLatin1String("--db")) {
            if (!value(&dbPath))
                return false;
        } else if (a == QLatin1String("--seed")) {
            if (!value(&seedPath))
                return false;
        } else if (a == QLatin1String("--certs")) {
            if (!value(&certDir))
                return false;
        } else if (a == QLatin1String("--require-client-cert")) {
            requireClientCert = true;
        } else if (a == QLatin1String("--http")) {
            allowHttp = true;
        } else if (a == QLatin1String("--faults")) {
            faults = true;
        } else if (a == QLatin1String("--fault")) {
            if (!value(&v))
                return false;
            faultSpecs << v;
        } else if (a == QLatin1String("--latency-ms")) {
            if (!value(&v))
                return false;
            faultSpecs << QStringLiteral("latency,count=-1,ms=%1").arg(v);
        } else if (a == QLatin1String("--test-control")) {
            testControl = true;
        } else if (a == QLatin1String("--clock-file")) {
            if (!value(&clockFile))
                return false;
        } else if (a == QLatin1String("--clock")) {
            if (!value(&clockStart))
                return false;
        } else if (a == QLatin1String("--clins-version")) {
            if (!value(&v))
                return false;
            if (v == QLatin1String("1.11") || v == QLatin1String("1.11.0")) {
                clinsVersion = BundleValidator::GuideVersion::V1_11;
            } else if (v == QLatin1String("1.5.2")) {
                clinsVersion = BundleValidator::GuideVersion::V1_5_2;
            } else {
                *error = QStringLiteral("--clins-version is 1.11 (the default) or 1.5.2");
                return false;
            }
        } else if (a == QLatin1String("--port-file")) {
            if (!value(&portFile))
                return false;
        } else {
            *error = QStringLiteral("unknown option %1").arg(a);
            return false;
        }
    }
    if (!faultSpecs.isEmpty() && !faults) {
        *error = QStringLiteral("--fault and --latency-ms need --faults");
        return false;
    }
    if (certDir.isEmpty() && !allowHttp) {
        *error = QStringLiteral("HTTPS needs --certs DIR (make one with: tsumugi-sim certs --out DIR); plain HTTP only "
                                "with an explicit --http");
        return false;
    }
    if (requireClientCert && certDir.isEmpty()) {
        *error = QStringLiteral("--require-client-cert needs --certs DIR");
        return false;
    }
    return true;
}

QString Options::usage() {
    return QStringLiteral(
        "usage:\n"
        "  tsumugi-sim serve [--port N] [--db FILE] [--seed FILE] (--certs DIR [--require-client-cert] | --http)\n"
        "                    [--faults [--fault SPEC]... [--latency-ms N]] [--test-control]\n"
        "                    [--clock-file FILE] [--clock ISO] [--port-file FILE] [--clins-version 1.11|1.5.2]\n"
        "  tsumugi-sim certs --out DIR [--institution NUM] [--client NAME]\n"
        "  tsumugi-sim dump --db FILE [--events]\n"
        "See sim/README.md.\n");
}

} // namespace tsumugi::sim
