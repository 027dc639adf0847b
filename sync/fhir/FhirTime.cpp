#include "sync/fhir/FhirTime.h"

namespace tsumugi::fhir {

std::string FhirTime::instant(const QDateTime& t) {
    return t.toOffsetFromUtc(9 * 3600).toString(Qt::ISODate).toStdString();
}

std::string FhirTime::date(const QDate& d) {
    return d.toString(Qt::ISODate).toStdString();
}

} // namespace tsumugi::fhir
