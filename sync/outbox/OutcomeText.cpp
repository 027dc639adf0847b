#include "sync/outbox/OutcomeText.h"

#include <nlohmann/json.hpp>

namespace tsumugi::sync {

namespace {
using nlohmann::json;

json parsed(const QByteArray& body) {
    return json::parse(body.constData(), body.constData() + body.size(), nullptr, false);
}

QString str(const json& j, const char* key) {
    if (!j.is_object()) {
        return {};
    }
    const auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

const char* const RulesSystem = "http://jpfhir.jp/fhir/clins/rules";
} // namespace

QStringList OutcomeText::issues(const QByteArray& body) {
    const json j = parsed(body);
    QStringList out;
    if (j.is_object() && j.value("resourceType", "") == "OperationOutcome" && j.contains("issue") &&
        j["issue"].is_array()) {
        for (const json& issue : j["issue"]) {
            QString rule;
            const json details = issue.value("details", json::object());
            if (details.contains("coding") && details["coding"].is_array()) {
                for (const json& c : details["coding"]) {
                    if (c.value("system", "") == RulesSystem) {
                        rule = str(c, "code");
                    }
                }
            }
            QString text = str(details, "text");
            if (text.isEmpty()) {
                text = str(issue, "diagnostics");
            }
            // The guide's texts already start with their rule number ("R0211:…"); do not say it twice.
            out << (rule.isEmpty() || text.startsWith(rule) ? text : rule + QStringLiteral(": ") + text);
        }
    } else if (j.is_object() && j.contains("error")) {
        const json e = j["error"];
        const QString code = str(e, "code");
        const QString message = str(e, "message");
        out << (message.isEmpty() ? code : code + QStringLiteral(": ") + message);
    } else if (!body.trimmed().isEmpty()) {
        out << QString::fromUtf8(body.left(500)).trimmed();
    }
    return out;
}

QStringList OutcomeText::rules(const QByteArray& body) {
    const json j = parsed(body);
    QStringList out;
    if (j.is_object() && j.contains("issue") && j["issue"].is_array()) {
        for (const json& issue : j["issue"]) {
            const json details = issue.value("details", json::object());
            if (details.contains("coding") && details["coding"].is_array()) {
                for (const json& c : details["coding"]) {
                    const QString code = str(c, "code");
                    if (c.value("system", "") == RulesSystem && !out.contains(code)) {
                        out << code;
                    }
                }
            }
        }
    }
    return out;
}

QString OutcomeText::resultCode(const QByteArray& body) {
    const json j = parsed(body);
    if (j.is_object() && j.contains("issue") && j["issue"].is_array() && !j["issue"].empty()) {
        const json details = j["issue"][0].value("details", json::object());
        if (details.contains("coding") && details["coding"].is_array()) {
            for (const json& c : details["coding"]) {
                if (c.value("system", "") == "urn:tsumugi-sim:result" || !c.contains("system")) {
                    return str(c, "code");
                }
            }
        }
    }
    return {};
}

QString OutcomeText::rejection(int status, const QByteArray& body) {
    const QStringList r = rules(body);
    QString head =
        r.isEmpty()
            ? tr("The service refused this submission (HTTP %1).").arg(status)
            : tr("The service refused this submission (HTTP %1): %2.").arg(status).arg(r.join(QStringLiteral(", ")));
    const QStringList lines = issues(body);
    return lines.isEmpty() ? head : head + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

} // namespace tsumugi::sync
