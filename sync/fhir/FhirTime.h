#pragma once

#include <QDate>
#include <QDateTime>
#include <string>

namespace tsumugi::fhir {

// FHIR date and time texts as the guide writes them: Japan time with its offset (2026-11-21T10:02:03+09:00).
class FhirTime {
public:
    static std::string instant(const QDateTime& t);
    static std::string date(const QDate& d);
};

} // namespace tsumugi::fhir
