#include "sim/SimService.h"

#include "sim/OperationOutcome.h"
#include "sim/SummaryBuilder.h"

#include <QCryptographicHash>

namespace tsumugi::sim {

using nlohmann::json;

namespace {

HttpResponse jsonResponse(int status, const json& body) {
    HttpResponse r;
    r.status = status;
    r.body = QByteArray::fromStdString(body.dump());
    return r;
}

HttpResponse fhirResponse(int status, const json& body) {
    HttpResponse r = jsonResponse(status, body);
    r.contentType = "application/fhir+json; charset=utf-8";
    return r;
}

HttpResponse jsonError(int status, const std::string& code, const std::string& message) {
    return jsonResponse(status, Eligibility::error(code, message));
}

bool contentTypeIs(const HttpRequest& r, const char* type) {
    const QByteArray ct = r.header("content-type").toLower();
    const qsizetype semi = ct.indexOf(';');
    return (semi < 0 ? ct : ct.left(semi)).trimmed() == type;
}

std::string mailJsonTime(const QDateTime& t) {
    return t.isValid() ? Clock::iso(t).toStdString() : std::string();
}

} // namespace

SimService::SimService(Settings settings, const Seed& seed, Store& store, Clock& clock, FaultInjector& faults)
    : settings_(settings)
    , seed_(seed)
    , store_(store)
    , clock_(clock)
    , faults_(faults)
    , eligibility_(seed, store, clock)
    , validator_(settings.clinsVersion) {}

std::string SimService::canonical(const json& j) {
    return j.dump();
}

std::string SimService::sha256Hex(const std::string& data) {
    return QCryptographicHash::hash(QByteArrayView(data.data(), static_cast<qsizetype>(data.size())),
                                    QCryptographicHash::Sha256)
        .toHex()
        .toStdString();
}

HttpResponse SimService::handle(const HttpRequest& request) {
    if (request.path.startsWith("/_sim/"))
        return control(request);
    const FaultInjector::Plan plan = faults_.take(request.method.toStdString(), request.path.toStdString());
    HttpResponse response;
    if (plan.errorStatus) {
        response = jsonError(plan.errorStatus, "injected-fault", "fault injection: server error, nothing was done");
    } else if (plan.dropBeforeCommit) {
        response.delivery = HttpResponse::Delivery::Drop; // the handler never runs: nothing is committed
    } else {
        try {
            response = dispatch(request);
        } catch (const StoreError& e) {
            response = fhirResponse(
                500, OperationOutcome::error("SIM-X01", "exception",
                                             std::string("storage failure, nothing committed: ") + e.what()));
        }
        if (plan.dropAfterCommit)
            response.delivery = HttpResponse::Delivery::Drop; // committed, but the client never hears of it
    }
    response.latencyMs += plan.latencyMs;
    if (plan.slowChunk > 0) {
        response.slowChunkBytes = plan.slowChunk;
        response.slowIntervalMs = plan.slowIntervalMs;
    }
    return response;
}

HttpResponse SimService::dispatch(const HttpRequest& req) {
    // Time-driven deletions happen lazily on every request, so moving the clock is all a test has to do.
    store_.purgeMailbox(clock_.now());
    const QByteArray& path = req.path;
    const QByteArray& m = req.method;
    if (path == "/healthz" && m == "GET")
        return jsonResponse(200, {{"status", "ok"}, {"now", Clock::iso(clock_.now()).toStdString()}});
    if (path == "/clins/bundles")
        return m == "POST" ? registerBundle(req) : jsonError(405, "method-not-allowed", "use POST");
    if (path == "/clins/delete")
        return m == "POST" ? deleteBundle(req) : jsonError(405, "method-not-allowed", "use POST");
    if (path == "/eligibility/card" || path == "/eligibility/card-data")
        return m == "POST" ? eligibility(req, path == "/eligibility/card")
                           : jsonError(405, "method-not-allowed", "use POST");
    if (path == "/summary")
        return m == "GET" ? summary(req) : jsonError(405, "method-not-allowed", "use GET");
    if (path.startsWith("/mailbox/")) {
        const QList<QByteArray> parts = path.mid(1).split('/');
        return mailbox(req, parts);
    }
    return jsonError(404, "not-found", "no such endpoint: " + path.toStdString());
}

bool SimService::institutionAllowed(const HttpRequest& req, const std::string& institution) const {
    return !settings_.requireClientCert || req.clientInstitution.toStdString() == institution;
}

HttpResponse SimService::registerBundle(const HttpRequest& req) {
    if (!contentTypeIs(req, "application/fhir+json"))
        return fhirResponse(415, OperationOutcome::error("SIM-H01", "not-supported",
                                                         "Content-Type は application/fhir+json でなければならない。"));
    const json body = json::parse(req.body.constBegin(), req.body.constEnd(), nullptr, false);
    if (body.is_discarded())
        return fhirResponse(400, OperationOutcome::error("SIM-H02", "structure", "本文がJSONとして解釈できない。"));
    const ValidationResult v = validator_.validate(body);
    if (!v.ok())
        return fhirResponse(422, OperationOutcome::fromIssues(v.issues));
    if (!institutionAllowed(req, v.info.institution))
        return fhirResponse(403, OperationOutcome::error("SIM-S01", "forbidden",
                                                         "Bundle.identifier の医療機関番号(" + v.info.institution +
                                                             ")がクライアント証明書の医療機関番号(" +
                                                             req.clientInstitution.toStdString() + ")と一致しない。"));
    const std::string canon = canonical(body);
    const std::string sha = sha256Hex(canon);
    const Store::RegisterOutcome outcome = store_.registerBundle(v.info, canon, sha, clock_.now());
    const char* result = outcome == Store::RegisterOutcome::Created    ? "created"
                         : outcome == Store::RegisterOutcome::Replaced ? "replaced"
                                                                       : "unchanged";
    HttpResponse r =
        fhirResponse(outcome == Store::RegisterOutcome::Created ? 201 : 200,
                     OperationOutcome::information(result, v.info.kind + " " + v.info.identifier + " sha256=" + sha));
    r.headers.append(qMakePair(QByteArray("X-Sim-Result"), QByteArray(result)));
    r.headers.append(qMakePair(QByteArray("X-Sim-Content-Sha256"), QByteArray::fromStdString(sha)));
    r.headers.append(qMakePair(QByteArray("X-Sim-Bundle-Identifier"), QByteArray::fromStdString(v.info.identifier)));
    return r;
}

HttpResponse SimService::deleteBundle(const HttpRequest& req) {
    if (!contentTypeIs(req, "application/json") && !contentTypeIs(req, "application/fhir+json"))
        return fhirResponse(415, OperationOutcome::error("SIM-H01", "not-supported",
                                                         "Content-Type は application/json でなければならない。"));
    const json body = json::parse(req.body.constBegin(), req.body.constEnd(), nullptr, false);
    const std::string member = body.is_object() ? body.value("memberId", std::string()) : std::string();
    const std::string identifier = body.is_object() ? body.value("bundleIdentifier", std::string()) : std::string();
    if (identifier.empty() || member.empty())
        return fhirResponse(400,
                            OperationOutcome::error("SIM-H03", "required",
                                                    "削除コマンドには memberId と bundleIdentifier が必須である。"));
    if (!BundleValidator::bundleIdentifierValid(identifier))
        return fhirResponse(422, OperationOutcome::error("R2152", "value", "bundleIdentifier の形式が正しくない。"));
    if (!BundleValidator::memberIdValid(member))
        return fhirResponse(422, OperationOutcome::error("R1013", "value", "memberId の形式が正しくない。"));
    const std::string owner = store_.institutionOf(identifier).value_or(identifier.substr(0, 10));
    if (!institutionAllowed(req, owner))
        return fhirResponse(
            403, OperationOutcome::error("SIM-S01", "forbidden", "他の医療機関が登録したBundleは削除できない。"));
    switch (store_.deleteBundle(identifier, member, clock_.now())) {
    case Store::DeleteOutcome::Deleted:
        return fhirResponse(200, OperationOutcome::information("deleted", identifier));
    case Store::DeleteOutcome::AlreadyDeleted:
        return fhirResponse(200, OperationOutcome::information("already-deleted", identifier));
    case Store::DeleteOutcome::MemberMismatch:
        return fhirResponse(422, OperationOutcome::error("SIM-H04", "conflict",
                                                         "memberId が登録されたBundleの被保険者識別子と一致しない。"));
    case Store::DeleteOutcome::NotFound:
        break;
    }
    return fhirResponse(404, OperationOutcome::error("SIM-H05", "not-found", "該当するBundleが登録されていない。"));
}

HttpResponse SimService::eligibility(const HttpRequest& req, bool card) {
    if (!contentTypeIs(req, "application/json"))
        return jsonError(415, "unsupported-media-type", "Content-Type must be application/json");
    const json body = json::parse(req.body.constBegin(), req.body.constEnd(), nullptr, false);
    if (!body.is_object())
        return jsonError(400, "invalid-json", "the body must be a JSON object");
    const Eligibility::Answer a = card ? eligibility_.byCard(body) : eligibility_.byCardData(body);
    return jsonResponse(a.status, a.body);
}

HttpResponse SimService::summary(const HttpRequest& req) {
    const QByteArray auth = req.header("authorization");
    if (!auth.startsWith("Bearer "))
        return jsonError(401, "invalid-token", "Authorization: Bearer <accessToken> is required");
    const auto token = store_.token(auth.mid(7).trimmed().toStdString());
    const QDateTime now = clock_.now();
    if (!token)
        return jsonError(401, "invalid-token", "unknown access token");
    if (token->expiresAt <= now)
        return jsonError(401, "token-expired", "the access token expired; check eligibility again");
    const bool emergency = req.queryValue(QStringLiteral("emergency")) == QLatin1String("true");
    if (!emergency) {
        bool any = false;
        for (const char* k : {"clinical", "medication", "checkup", "surgery"})
            any = any || token->consents.value(k, false);
        if (!any)
            return jsonError(403, "consent-required",
                             "the patient gave no consent; only emergency mode (?emergency=true) may read without it");
        if (token->consentExpiresAt <= now)
            return jsonError(403, "consent-expired", "consent is valid for 24 hours; check eligibility again");
    }
    const Person* person = seed_.byId(token->personId);
    if (!person)
        return jsonError(404, "not-found", "the person of this token is no longer in the seed");
    SummaryBuilder::Request r;
    r.person = person;
    r.consents = token->consents;
    r.emergency = emergency;
    r.today = Clock::jstDate(now);
    r.timestamp = Clock::iso(now).toStdString();
    for (const Qualification& q : person->qualifications)
        for (std::string& b : store_.activeClinsBodies(q.memberId()))
            r.sharedBundles.push_back(std::move(b));
    return fhirResponse(200, SummaryBuilder::build(r));
}

HttpResponse SimService::mailbox(const HttpRequest& req, const QList<QByteArray>& parts) {
    // mailbox/{institution}/referrals[/{identifier}[/receipt]]
    if (parts.size() < 3 || parts.size() > 5 || parts[2] != "referrals")
        return jsonError(404, "not-found", "no such endpoint");
    const std::string institution = parts[1].toStdString();
    if (!BundleValidator::institutionNumberValid(institution))
        return jsonError(400, "invalid-institution", "the institution number must be 10 digits (pref 01–47, 1–3, 7)");
    if (!institutionAllowed(req, institution))
        return jsonError(403, "forbidden", "the client certificate belongs to another institution");
    if (parts.size() == 3) {
        if (req.method != "GET")
            return jsonError(405, "method-not-allowed", "use GET");
        json items = json::array();
        for (const Store::MailItem& m : store_.mailbox(institution))
            items.push_back({{"bundleIdentifier", m.identifier},
                             {"sender", m.sender},
                             {"memberId", m.memberId},
                             {"sha256", m.sha256},
                             {"deliveredAt", mailJsonTime(m.deliveredAt)},
                             {"receivedAt", m.receivedAt.isValid() ? json(mailJsonTime(m.receivedAt)) : json()},
                             {"status", m.receivedAt.isValid() ? "received" : "unread"}});
        return jsonResponse(200, {{"addressee", institution}, {"referrals", items}});
    }
    const std::string identifier = parts[3].toStdString();
    if (parts.size() == 4) {
        if (req.method != "GET")
            return jsonError(405, "method-not-allowed", "use GET");
        const auto doc = store_.mailboxDocument(institution, identifier);
        if (!doc)
            return jsonError(404, "not-found", "no such referral in this mailbox (never sent, deleted or expired)");
        HttpResponse r;
        r.contentType = "application/fhir+json; charset=utf-8";
        r.body = QByteArray::fromStdString(*doc);
        return r;
    }
    if (parts[4] != "receipt")
        return jsonError(404, "not-found", "no such endpoint");
    if (req.method != "POST")
        return jsonError(405, "method-not-allowed", "use POST");
    QDateTime receivedAt;
    const Store::ReceiptOutcome o = store_.acknowledge(institution, identifier, clock_.now(), &receivedAt);
    if (o == Store::ReceiptOutcome::NotFound)
        return jsonError(404, "not-found", "no such referral in this mailbox");
    return jsonResponse(200, {{"bundleIdentifier", identifier},
                              {"result", o == Store::ReceiptOutcome::Received ? "received" : "already-received"},
                              {"receivedAt", mailJsonTime(receivedAt)},
                              {"deleteAfter", mailJsonTime(receivedAt.addDays(Store::kDeleteAfterReceiptDays))}});
}

HttpResponse SimService::control(const HttpRequest& req) {
    try {
        return controlUnchecked(req);
    } catch (const StoreError& e) {
        return jsonError(500, "storage-failure", e.what());
    }
}

HttpResponse SimService::controlUnchecked(const HttpRequest& req) {
    const QByteArray& path = req.path;
    if (path == "/_sim/dump" && req.method == "GET") {
        store_.purgeMailbox(clock_.now());
        return jsonResponse(200, store_.dump(req.queryValue(QStringLiteral("events")) == QLatin1String("true")));
    }
    if (path == "/_sim/clock") {
        if (!settings_.testControl)
            return jsonError(404, "not-found", "/_sim/clock needs --test-control");
        if (req.method == "POST") {
            const json body = json::parse(req.body.constBegin(), req.body.constEnd(), nullptr, false);
            if (!body.is_object())
                return jsonError(400, "invalid-json",
                                 "body must be {\"now\": ISO} or {\"advanceSeconds\": N} or {\"reset\": true}");
            if (body.contains("now")) {
                const auto t = Clock::parse(QString::fromStdString(body.value("now", std::string())));
                if (!t)
                    return jsonError(400, "invalid-time", "now must be an ISO-8601 date-time");
                clock_.set(*t);
            } else if (body.contains("advanceSeconds") && body["advanceSeconds"].is_number_integer()) {
                clock_.advance(body["advanceSeconds"].get<qint64>());
            } else if (body.value("reset", false)) {
                clock_.reset();
            } else {
                return jsonError(400, "invalid-request", "give now, advanceSeconds or reset");
            }
        } else if (req.method != "GET") {
            return jsonError(405, "method-not-allowed", "use GET or POST");
        }
        const int purged = store_.purgeMailbox(clock_.now());
        return jsonResponse(
            200, {{"now", Clock::iso(clock_.now()).toStdString()}, {"frozen", clock_.isFrozen()}, {"purged", purged}});
    }
    if (path == "/_sim/faults") {
        if (!faults_.enabled())
            return jsonError(404, "not-found", "/_sim/faults needs --faults");
        if (req.method == "DELETE") {
            faults_.clear();
        } else if (req.method == "POST") {
            const json body = json::parse(req.body.constBegin(), req.body.constEnd(), nullptr, false);
            const json list = body.is_array()    ? body
                              : body.is_object() ? body.value("faults", json::array({body}))
                                                 : json();
            if (!list.is_array())
                return jsonError(400, "invalid-json", "body must be a fault object, an array, or {\"faults\": [...]}");
            for (const json& f : list) {
                QString error;
                if (!faults_.add(f, &error))
                    return jsonError(400, "invalid-fault", error.toStdString());
            }
        } else if (req.method != "GET") {
            return jsonError(405, "method-not-allowed", "use GET, POST or DELETE");
        }
        return jsonResponse(200, faults_.toJson());
    }
    return jsonError(404, "not-found", "no such control endpoint");
}

} // namespace tsumugi::sim
