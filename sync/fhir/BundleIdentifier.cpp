#include "sync/fhir/BundleIdentifier.h"

#include "core/util/InstitutionNumber.h"

#include <QRegularExpression>

namespace tsumugi::fhir {

QString BundleIdentifier::problem(const QString& value) {
    const QStringList parts = value.split(QLatin1Char('^'));
    if (parts.size() != 3) {
        return tr("The bundle identifier %1 must have three parts: institution^year^id.").arg(value);
    }
    if (!InstitutionNumber::isValid(parts.at(0))) {
        return tr("The bundle identifier %1 does not start with a valid 10-digit institution number.").arg(value);
    }
    static const QRegularExpression year(QStringLiteral("^(19|20|21)\\d\\d$"));
    if (!year.match(parts.at(1)).hasMatch()) {
        return tr("The bundle identifier %1 has no 4-digit year in its middle part.").arg(value);
    }
    static const QRegularExpression id(QStringLiteral("^[A-Za-z0-9-]{1,36}$"));
    if (!id.match(parts.at(2)).hasMatch()) {
        return tr("The last part of the bundle identifier %1 must be 1 to 36 letters, digits or hyphens.").arg(value);
    }
    return {};
}

QString BundleIdentifier::make(const QString& institutionNumber, int year, const QString& id) {
    return QStringLiteral("%1^%2^%3").arg(institutionNumber).arg(year).arg(id);
}

QString BundleIdentifier::unitId(qint64 patientNumber, const QString& resourceType) {
    return QStringLiteral("P%1-%2").arg(patientNumber, 7, 10, QLatin1Char('0')).arg(resourceType);
}

} // namespace tsumugi::fhir
