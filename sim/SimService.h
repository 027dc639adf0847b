#pragma once

#include "sim/BundleValidator.h"
#include "sim/Clock.h"
#include "sim/Eligibility.h"
#include "sim/FaultInjector.h"
#include "sim/HttpMessage.h"
#include "sim/Seed.h"
#include "sim/Store.h"

namespace tsumugi::sim {

// The request router: every endpoint documented in sim/README.md. Handlers run synchronously on the server's
// thread and commit before they return, which is what lets the fault injector drop a connection "after commit".
class SimService {
public:
    struct Settings {
        bool requireClientCert = false;
        bool testControl = false;
        BundleValidator::GuideVersion clinsVersion = BundleValidator::GuideVersion::V1_11;
    };

    SimService(Settings settings, const Seed& seed, Store& store, Clock& clock, FaultInjector& faults);

    HttpResponse handle(const HttpRequest& request);

    // SHA-256 (hex) of the canonical form: nlohmann's dump() of the parsed body, keys sorted, no whitespace.
    static std::string canonical(const nlohmann::json& j);
    static std::string sha256Hex(const std::string& data);

private:
    HttpResponse dispatch(const HttpRequest& request);
    HttpResponse registerBundle(const HttpRequest& request);
    HttpResponse deleteBundle(const HttpRequest& request);
    HttpResponse eligibility(const HttpRequest& request, bool card);
    HttpResponse summary(const HttpRequest& request);
    HttpResponse mailbox(const HttpRequest& request, const QList<QByteArray>& parts);
    HttpResponse control(const HttpRequest& request);
    HttpResponse controlUnchecked(const HttpRequest& request);
    bool institutionAllowed(const HttpRequest& request, const std::string& institution) const;

    Settings settings_;
    const Seed& seed_;
    Store& store_;
    Clock& clock_;
    FaultInjector& faults_;
    Eligibility eligibility_;
    BundleValidator validator_;
};

} // namespace tsumugi::sim
