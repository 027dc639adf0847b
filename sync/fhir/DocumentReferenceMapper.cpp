#include "sync/fhir/DocumentReferenceMapper.h"

#include "sync/fhir/CompositionProfiles.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/FhirTime.h"

#include <QCryptographicHash>

namespace tsumugi::fhir {

namespace {
Json base(const EcsContext& context, const QDateTime& created, Json type, const QString& description) {
    Json r;
    r["resourceType"] = "DocumentReference";
    r["meta"] = {{"lastUpdated", FhirTime::instant(context.lastUpdated)},
                 {"profile", Json::array({profile::versioned(docprofile::DocumentReference)})}};
    r["language"] = "ja";
    r["status"] = "current";
    r["type"] = std::move(type);
    r["subject"] = {{"reference", utf8(context.patientReference)}};
    r["date"] = FhirTime::instant(created);
    if (!description.trimmed().isEmpty()) {
        r["description"] = utf8(description.trimmed());
    }
    return r;
}

Json attachment(const QString& contentType, const QByteArray& data, const QString& title, const QDateTime& created) {
    Json a;
    a["contentType"] = utf8(contentType);
    a["language"] = "ja";
    a["data"] = data.toBase64().toStdString();
    a["size"] = static_cast<long long>(data.size());
    a["hash"] = QCryptographicHash::hash(data, QCryptographicHash::Sha1).toBase64().toStdString();
    if (!title.trimmed().isEmpty()) {
        a["title"] = utf8(title.trimmed());
    }
    a["creation"] = FhirTime::instant(created);
    return a;
}

Json loinc(const char* code, const char* display) {
    return {{"coding", Json::array({{{"system", docuri::Loinc}, {"code", code}, {"display", display}}})}};
}
} // namespace

Json DocumentReferenceMapper::forAttachment(const DocumentAttachment& a, const QByteArray& data,
                                            const EcsContext& context, const QDateTime& created) {
    // 11506-3 is what the guide's example uses for an attached clinical document.
    Json r = base(context, created, loinc("11506-3", "Progress note"), a.title);
    r["content"] = Json::array({{{"attachment", attachment(a.mediaType, data, a.fileName, created)}}});
    return r;
}

Json DocumentReferenceMapper::forText(const char* loincCode, const char* loincDisplay, const QString& title,
                                      const QString& text, const EcsContext& context, const QDateTime& created) {
    Json r = base(context, created, loinc(loincCode, loincDisplay), title);
    r["content"] = Json::array(
        {{{"attachment", attachment(QStringLiteral("text/plain; charset=utf-8"), text.toUtf8(), title, created)}}});
    return r;
}

Json DocumentReferenceMapper::forDischargeSummary(const QByteArray& bundleJson, const QString& title,
                                                  const EcsContext& context, const QDateTime& created) {
    Json r = base(context, created, loinc("18842-5", "Discharge summary"), title);
    r["content"] = Json::array(
        {{{"attachment", attachment(QStringLiteral("application/fhir+json"), bundleJson, title, created)}}});
    return r;
}

} // namespace tsumugi::fhir
