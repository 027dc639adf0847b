#include "sync/fhir/ClinsImporter.h"

#include "sync/fhir/AllergyIntoleranceReader.h"
#include "sync/fhir/ConditionReader.h"
#include "sync/fhir/DocumentBundleReader.h"
#include "sync/fhir/EcsReader.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/ImportNotes.h"
#include "sync/fhir/JsonNesting.h"
#include "sync/fhir/LabObservationReader.h"
#include "sync/fhir/PatientMapper.h"

#include "core/Error.h"
#include "core/chart/ReceivedItemStore.h"
#include "core/documents/DocumentRepository.h"
#include "core/patients/PatientMatcher.h"
#include "core/patients/PatientRepository.h"
#include "core/patients/PatientValidator.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <optional>
#include <variant>

namespace tsumugi::fhir {

struct ClinsImporter::Plan {
    QString bundleInstitution;  // Bundle.identifier {医療機関番号}^…
    QString patientInstitution; // the sender named by the patient's identifiers (or an earlier file)
    QString optionInstitution;  // Options::sourceInstitution
    std::optional<Patient> incoming;
    QString memberKey;
    QString senderKey;
    QString runKey;
    qint64 patientId = 0;
    FhirImportResult::PatientFound found = FhirImportResult::PatientFound::Created;
    bool create = false;
    bool needsConfirmation = false;
    QList<Patient> candidates;
    QString patientReference; // the Bundle's Patient fullUrl
    struct Item {
        std::variant<Diagnosis, Allergy, LabResult> item;
        ReceivedItemStore::Source source;
        QList<DocumentBundleReader::Role> roles; // where a received letter lists the item
    };
    QList<Item> items;
    std::optional<Document> document; // a received referral / discharge summary (its ids filled when written)
    QString documentKey;
    QStringList institutions;
    ImportNotes notes;
    QString ownInstitution; // this clinic's number, read once per file (not once per resource)
};

namespace {
const QRegularExpression& institutionPattern() {
    static const QRegularExpression re(QStringLiteral("^[0-9]{10}$"));
    return re;
}

bool isItemType(const std::string& type) {
    return type == "Condition" || type == "AllergyIntolerance" || type == "Observation";
}

// What identifies a resource at its sender. The resource identifier alone is not enough: senders reuse one
// identifier for several results of an order (the official CLINS example does), so the main code and the date
// are part of the key. Without an identifier, the resource id; without either, the content itself.
QString resourceKey(const Json& r, const QString& type, const QString& code, const QString& date) {
    QString id;
    const auto ids = r.find("identifier");
    if (ids != r.end() && ids->is_array() && !ids->empty() && ids->front().is_object()) {
        id = QString::fromStdString(EcsReader::plain(ids->front(), "system")) + QLatin1Char('|') +
             QString::fromStdString(EcsReader::plain(ids->front(), "value"));
    }
    if (id.size() <= 1) {
        const std::string rid = EcsReader::plain(r, "id");
        id = rid.empty() ? QStringLiteral("sha256:") +
                               QString::fromLatin1(QCryptographicHash::hash(QByteArray::fromStdString(r.dump()),
                                                                            QCryptographicHash::Sha256)
                                                       .toHex())
                         : QStringLiteral("id:") + QString::fromStdString(rid);
    }
    return QStringLiteral("%1|%2|%3|%4").arg(type, id, code, date);
}
} // namespace

ClinsImporter::ClinsImporter(ClinicRecord& record)
    : m_record(record) {}

FhirImportResult ClinsImporter::importFile(const QString& path, const Options& options) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        FhirImportResult result;
        result.fileName = path;
        result.error = tr("The file cannot be read (%1).").arg(f.errorString());
        return result;
    }
    return importData(f.readAll(), path, options);
}

FhirImportResult ClinsImporter::importData(const QByteArray& data, const QString& fileName, const Options& options) {
    FhirImportResult result;
    result.fileName = fileName;
    Plan plan;
    plan.optionInstitution = options.sourceInstitution.trimmed();
    plan.ownInstitution = m_record.clinic().institutionNumber;
    try {
        Json root;
        if (JsonNesting::tooDeep(data.constBegin(), data.constEnd())) {
            throw Error(Error::Kind::Validation,
                        tr("%1 nests its JSON more than %2 levels deep; no FHIR resource does. Nothing was imported.")
                            .arg(fileName)
                            .arg(JsonNesting::MaxDepth));
        }
        try {
            root = Json::parse(data.constBegin(), data.constEnd());
        } catch (const Json::parse_error& e) {
            throw Error(Error::Kind::Validation,
                        tr("The file is not valid JSON (error at byte %1).").arg(qulonglong(e.byte)));
        }
        if (!root.is_object()) {
            EcsReader::fail(QStringLiteral("(root)"), tr("is not a FHIR resource (a JSON object with resourceType)."));
        }
        const std::string type = EcsReader::plain(root, "resourceType");
        if (type == "Bundle") {
            planBundle(root, plan, options);
        } else if (type == "Patient") {
            planPatient(root, QStringLiteral("Patient"), plan, options);
        } else if (isItemType(type)) {
            planSingle(root, plan, options);
        } else {
            EcsReader::fail(QStringLiteral("resourceType"),
                            tr("'%1' cannot be imported; expected a Bundle (JP_Bundle_CLINS), Patient, Condition, "
                               "AllergyIntolerance or Observation.")
                                .arg(QString::fromStdString(type.empty() ? std::string("(none)") : type)));
        }
        if (plan.needsConfirmation) {
            result.status = FhirImportResult::Status::NeedsConfirmation;
            result.candidates = plan.candidates;
            result.notes = plan.notes.lines();
            return result;
        }
        write(plan, data, result);
        result.status = FhirImportResult::Status::Imported;
        result.notes = plan.notes.lines();
    } catch (const Error& e) {
        result = FhirImportResult();
        result.fileName = fileName;
        result.error = e.message();
    } catch (const Json::exception& e) {
        // A value of an unexpected JSON type somewhere the readers did not check by hand.
        result = FhirImportResult();
        result.fileName = fileName;
        result.error =
            tr("The JSON does not have the structure of a FHIR resource (%1).").arg(QString::fromUtf8(e.what()));
    }
    return result;
}

void ClinsImporter::planBundle(const Json& bundle, Plan& plan, const Options& options) {
    const QString type = EcsReader::string(bundle, "type", QStringLiteral("Bundle"));
    if (type == QStringLiteral("document")) {
        planDocument(bundle, plan, options);
        return;
    }
    if (type != QStringLiteral("collection")) {
        EcsReader::fail(QStringLiteral("Bundle.type"),
                        tr("must be 'collection' for a JP_Bundle_CLINS submission, not '%1'.").arg(type));
    }
    if (const Json* identifier = EcsReader::object(bundle, "identifier", QStringLiteral("Bundle"))) {
        const QString value = EcsReader::string(*identifier, "value", QStringLiteral("Bundle.identifier"));
        const QString institution = value.section(QLatin1Char('^'), 0, 0);
        if (institutionPattern().match(institution).hasMatch()) {
            plan.bundleInstitution = institution;
        } else if (!value.isEmpty()) {
            plan.notes.add(tr("Bundle.identifier %1 does not start with a 10-digit institution number.").arg(value));
        }
    }
    const Json* entries = EcsReader::array(bundle, "entry", QStringLiteral("Bundle"));
    if (!entries || entries->empty()) {
        EcsReader::fail(QStringLiteral("Bundle.entry"), tr("is required: the Patient and the resources."));
    }
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const Json& entry = (*entries)[i];
        const QString path = QStringLiteral("Bundle.entry[%1]").arg(i);
        if (!entry.is_object()) {
            EcsReader::fail(path, tr("must be an object."));
        }
        const Json* resource = EcsReader::object(entry, "resource", path);
        if (!resource) {
            EcsReader::fail(path + QStringLiteral(".resource"), tr("is required."));
        }
        const std::string rt = EcsReader::plain(*resource, "resourceType");
        const QString rpath = path + QStringLiteral(".resource");
        if (i == 0) {
            if (rt != "Patient") {
                EcsReader::fail(rpath, tr("the first entry of a JP_Bundle_CLINS must be the Patient."));
            }
            plan.patientReference = EcsReader::string(entry, "fullUrl", path);
            planPatient(*resource, rpath, plan, options);
            continue;
        }
        if (!isItemType(rt)) {
            EcsReader::fail(rpath + QStringLiteral(".resourceType"),
                            tr("'%1' cannot be imported from a JP_Bundle_CLINS (Condition, AllergyIntolerance or "
                               "Observation).")
                                .arg(QString::fromStdString(rt)));
        }
        const QString subjectKey = rt == "AllergyIntolerance" ? QStringLiteral("patient") : QStringLiteral("subject");
        if (const Json* subject = EcsReader::object(*resource, utf8(subjectKey).c_str(), rpath)) {
            const QString ref = EcsReader::string(*subject, "reference", rpath + QLatin1Char('.') + subjectKey);
            if (!ref.isEmpty() && !plan.patientReference.isEmpty() && ref != plan.patientReference) {
                EcsReader::fail(rpath + QLatin1Char('.') + subjectKey + QStringLiteral(".reference"),
                                tr("points to %1, which is not the Patient of this bundle.").arg(ref));
            }
        }
        planItem(*resource, rpath, plan);
    }
}

void ClinsImporter::planDocument(const Json& bundle, Plan& plan, const Options& options) {
    DocumentBundleReader::Content content = DocumentBundleReader::read(bundle, plan.notes);
    const QString keyInstitution = content.key.section(QLatin1Char('^'), 0, 0);
    QString institution = content.senderInstitution;
    if (institution.isEmpty()) {
        institution = institutionPattern().match(keyInstitution).hasMatch() ? keyInstitution : plan.optionInstitution;
    }
    requireSender(institution, plan.ownInstitution, QStringLiteral("Bundle.entry[0].resource.custodian"),
                  tr("the letter does not say which institution wrote it (give it with --from NUMBER)."),
                  tr("this letter was written by this clinic (%1); it is in the record already.").arg(institution));
    // Items of the letter without their own institution extension were recorded by the letter's writer.
    plan.bundleInstitution = institution;
    plan.patientReference = content.patientReference;
    planPatient(*content.patient, content.patientPath, plan, options);
    for (const DocumentBundleReader::ItemRef& ref : content.items) {
        planItem(*ref.resource, ref.path, plan);
        plan.items.last().roles = ref.roles;
    }
    if (!plan.institutions.contains(institution)) {
        plan.institutions.prepend(institution);
    }
    content.document.sourceInstitution = institution;
    plan.document = std::move(content.document);
    plan.documentKey = content.key;
}

void ClinsImporter::planSingle(const Json& resource, Plan& plan, const Options& options) {
    planSubjectOfSingle(resource, plan, options);
    planItem(resource, QString::fromStdString(EcsReader::plain(resource, "resourceType")), plan);
}

void ClinsImporter::planSubjectOfSingle(const Json& r, Plan& plan, const Options& options) {
    const std::string type = EcsReader::plain(r, "resourceType");
    const char* key = type == "AllergyIntolerance" ? "patient" : "subject";
    const QString path = QString::fromStdString(type) + QLatin1Char('.') + QLatin1String(key);
    const Json* subject = EcsReader::object(r, key, QString::fromStdString(type));
    PatientMatcher matcher(m_record);
    std::optional<Patient> byFile;
    QString described;
    if (subject) {
        if (const Json* id = EcsReader::object(*subject, "identifier", path)) {
            const QString system = EcsReader::string(*id, "system", path + QStringLiteral(".identifier"));
            const QString value = EcsReader::string(*id, "value", path + QStringLiteral(".identifier"));
            described = value;
            if (system == QLatin1String(uri::InsuranceMemberId)) {
                Patient probe;
                const QString normalized = PatientMatcher::normalizedMemberId(value);
                if (normalized.isEmpty()) {
                    EcsReader::fail(
                        path + QStringLiteral(".identifier.value"),
                        tr("'%1' is not an insured-person identifier (保険者番号:記号:番号:枝番).").arg(value));
                }
                const QStringList parts = normalized.split(QLatin1Char(':'));
                probe.insurance = {parts.at(0), parts.at(1), parts.at(2), parts.at(3)};
                const auto m = matcher.match(probe, {});
                byFile = m.patient;
                plan.found = FhirImportResult::PatientFound::InsuredIdentifier;
                plan.memberKey = PatientMatcher::linkKeyForMember(value);
            }
        }
        const QString ref = EcsReader::string(*subject, "reference", path);
        if (!byFile && !ref.isEmpty()) {
            described = ref;
            const QString runKey = ref.section(QLatin1Char('/'), -2);
            if (m_runPatients.contains(runKey)) {
                byFile = m_record.patients().open(m_runPatients.value(runKey));
                plan.found = FhirImportResult::PatientFound::EarlierFile;
                plan.patientInstitution = m_runInstitutions.value(runKey);
            }
        }
    }
    if (options.patientId != 0) {
        if (byFile && byFile->id != options.patientId) {
            EcsReader::fail(
                path, tr("names patient %1 in this record, not the patient given with --patient.").arg(byFile->number));
        }
        plan.patientId = options.patientId;
        plan.found = byFile ? plan.found : FhirImportResult::PatientFound::Given;
        if (!m_record.patients().open(options.patientId)) {
            throw Error(Error::Kind::NotFound, tr("The patient given for the import does not exist."));
        }
        return;
    }
    if (!byFile) {
        EcsReader::fail(path, described.isEmpty()
                                  ? tr("does not say which patient this is; give the patient with --patient.")
                                  : tr("no patient in this record has %1; import the patient's file first (in the "
                                       "same run) or give the patient with --patient.")
                                        .arg(described));
    }
    plan.patientId = byFile->id;
}

void ClinsImporter::planPatient(const Json& r, const QString& path, Plan& plan, const Options& options) {
    const PatientMapper::Imported in = PatientMapper::fromFhir(r);
    if (const std::string id = EcsReader::plain(r, "id"); !id.empty()) {
        plan.runKey = QStringLiteral("Patient/") + QString::fromStdString(id);
    }
    // The sender's patient number system is this OID + "1"… + its 医療機関番号: it also tells who sent the file.
    const QString prefix = QString::fromLatin1(uri::PatientIdOidPrefix);
    if (const Json* ids = EcsReader::array(r, "identifier", path)) {
        for (const Json& id : *ids) {
            const QString system = QString::fromStdString(EcsReader::plain(id, "system"));
            if (system.startsWith(prefix) && institutionPattern().match(system.mid(prefix.size())).hasMatch()) {
                plan.patientInstitution = system.mid(prefix.size());
            }
        }
    }
    plan.senderKey = PatientMatcher::linkKeyForSender(plan.patientInstitution, in.sourcePatientId);
    if (!in.patient.insurance.isEmpty()) {
        plan.memberKey = PatientMatcher::linkKeyForMember(in.patient.insurance.memberId());
    }
    const PatientMatcher::Match m = PatientMatcher(m_record).match(in.patient, plan.senderKey);
    if (options.patientId != 0) {
        if (m.patient && m.patient->id != options.patientId) {
            EcsReader::fail(path, tr("is patient %1 in this record (by identifier), not the patient given with "
                                     "--patient.")
                                      .arg(m.patient->number));
        }
        plan.patientId = options.patientId;
        plan.found = FhirImportResult::PatientFound::Given;
        return;
    }
    if (m.patient) {
        plan.patientId = m.patient->id;
        plan.found = m.how == PatientMatcher::How::InsuredIdentifier
                         ? FhirImportResult::PatientFound::InsuredIdentifier
                         : FhirImportResult::PatientFound::SenderPatientNumber;
        return;
    }
    if (m.how == PatientMatcher::How::NameKanaBirth && !options.createPatient) {
        if (options.acceptMatch && m.candidates.size() == 1) {
            plan.patientId = m.candidates.first().id;
            plan.found = FhirImportResult::PatientFound::Accepted;
            return;
        }
        if (options.acceptMatch) {
            plan.notes.add(tr("More than one patient has this name, reading and birth date; --accept-match cannot "
                              "choose. Import into one of them with --patient NUMBER."));
        }
        plan.needsConfirmation = true;
        plan.candidates = m.candidates;
        return;
    }
    // Nobody matches: register the patient as the sender describes them.
    if (!in.problems.isEmpty()) {
        EcsReader::fail(path, tr("no patient in this record matches, and a new one cannot be registered: %1")
                                  .arg(in.problems.join(QLatin1Char(' '))));
    }
    Patient p = in.patient;
    FieldErrors errors = PatientValidator::validate(p, m_record.clock().today());
    bool insuranceProblem = false;
    for (const FieldError& e : errors) {
        insuranceProblem = insuranceProblem || e.field.startsWith(QStringLiteral("insur"));
    }
    if (insuranceProblem) {
        QStringList why;
        for (const FieldError& e : errors) {
            if (e.field.startsWith(QStringLiteral("insur"))) {
                why << e.message;
            }
        }
        plan.notes.add(tr("Patient: the insurance %1 is not registered with the new patient (%2); the identifier is "
                          "remembered for matching later files.")
                           .arg(p.insurance.memberId(), why.join(QLatin1Char(' '))));
        p.insurance = {};
        errors = PatientValidator::validate(p, m_record.clock().today());
    }
    if (!errors.isEmpty()) {
        QStringList why;
        for (const FieldError& e : errors) {
            why << e.message;
        }
        EcsReader::fail(path, tr("no patient in this record matches, and a new one cannot be registered: %1")
                                  .arg(why.join(QLatin1Char(' '))));
    }
    plan.incoming = p;
    plan.create = true;
    plan.found = FhirImportResult::PatientFound::Created;
}

void ClinsImporter::planItem(const Json& r, const QString& path, Plan& plan) {
    QString institution = EcsReader::institution(r, path);
    if (institution.isEmpty()) {
        institution = !plan.bundleInstitution.isEmpty()    ? plan.bundleInstitution
                      : !plan.patientInstitution.isEmpty() ? plan.patientInstitution
                                                           : plan.optionInstitution;
    }
    requireSender(institution, plan.ownInstitution, path + QStringLiteral(".extension"),
                  tr("JP_eCS_InstitutionNumber is missing: the file does not say which institution recorded "
                     "this (give it with --from NUMBER)."),
                  tr("the item was recorded by this clinic (%1); it is in the record already and is not "
                     "imported as another institution's.")
                      .arg(institution));
    if (!plan.institutions.contains(institution)) {
        plan.institutions << institution;
    }
    const std::string type = EcsReader::plain(r, "resourceType");
    Plan::Item item;
    item.source.institution = institution;
    item.source.rawJson = QByteArray::fromStdString(r.dump());
    if (type == "Condition") {
        Diagnosis d = ConditionReader::read(r, path, plan.notes);
        item.source.resourceKey =
            resourceKey(r, QStringLiteral("Condition"), d.medisCode, EcsReader::string(r, "onsetDateTime", path));
        item.item = std::move(d);
    } else if (type == "AllergyIntolerance") {
        Allergy a = AllergyIntoleranceReader::read(r, path, plan.notes);
        item.source.resourceKey =
            resourceKey(r, QStringLiteral("AllergyIntolerance"), a.code.isEmpty() ? a.name : a.code, {});
        item.item = std::move(a);
    } else {
        LabResult l = LabObservationReader::read(r, path, plan.notes);
        item.source.resourceKey =
            resourceKey(r, QStringLiteral("Observation"), l.code, EcsReader::string(r, "effectiveDateTime", path));
        item.item = std::move(l);
    }
    plan.items.append(std::move(item));
}

void ClinsImporter::requireSender(const QString& institution, const QString& own, const QString& path,
                                  const QString& missing, const QString& ours) {
    if (institution.isEmpty()) {
        EcsReader::fail(path, missing);
    }
    if (!institutionPattern().match(institution).hasMatch()) {
        EcsReader::fail(path, tr("'%1' is not a 10-digit institution number (医療機関番号).").arg(institution));
    }
    if (institution == own) {
        EcsReader::fail(path, ours);
    }
}

void ClinsImporter::write(Plan& plan, const QByteArray& data, FhirImportResult& result) {
    // The patient, every item, the document and the import log entry: all of the file or nothing.
    m_record.atomically([&] {
        writeAll(plan, data, result);
        return true;
    });
    if (!plan.runKey.isEmpty()) {
        m_runPatients.insert(plan.runKey, plan.patientId);
        m_runInstitutions.insert(plan.runKey, plan.patientInstitution);
    }
}

void ClinsImporter::writeAll(Plan& plan, const QByteArray& data, FhirImportResult& result) {
    ReceivedItemStore store(m_record);
    if (plan.create) {
        plan.patientId = m_record.patients().create(*plan.incoming).id;
    }
    for (const QString& key : {plan.memberKey, plan.senderKey}) {
        if (!key.isEmpty() && plan.patientId != 0) {
            store.link(key, plan.patientId);
        }
    }
    for (Plan::Item& item : plan.items) {
        ReceivedItemStore::Result r;
        std::visit(
            [&](auto& it) {
                it.patientId = plan.patientId;
                it.sourceInstitution = item.source.institution;
                r = store.receive(it, item.source);
            },
            item.item);
        for (const DocumentBundleReader::Role role : item.roles) {
            using Role = DocumentBundleReader::Role;
            switch (role) {
            case Role::Diagnosis:
                plan.document->diagnosisIds.append(r.itemId);
                break;
            case Role::AdmissionDiagnosis:
                plan.document->admissionDiagnosisIds.append(r.itemId);
                break;
            case Role::Allergy:
                plan.document->allergyIds.append(r.itemId);
                break;
            case Role::Lab:
                plan.document->labResultIds.append(r.itemId);
                break;
            case Role::OtherCondition:
                break;
            }
        }
        switch (r.outcome) {
        case ReceivedItemStore::Outcome::Added:
            ++result.added;
            break;
        case ReceivedItemStore::Outcome::Updated:
            ++result.updated;
            break;
        case ReceivedItemStore::Outcome::Unchanged:
            ++result.unchanged;
            break;
        }
    }
    if (plan.document) {
        plan.document->patientId = plan.patientId;
        plan.document->rawJson = QString::fromUtf8(data);
        const DocumentRepository::Received received = m_record.documents().receive(*plan.document, plan.documentKey);
        result.documentId = received.document.id;
        result.documentIsNew = received.outcome == DocumentRepository::ReceiveOutcome::Added;
        switch (received.outcome) {
        case DocumentRepository::ReceiveOutcome::Added:
            ++result.added;
            break;
        case DocumentRepository::ReceiveOutcome::Updated:
            ++result.updated;
            break;
        case DocumentRepository::ReceiveOutcome::Unchanged:
            ++result.unchanged;
            break;
        }
    }
    const std::optional<Patient> patient = m_record.patients().open(plan.patientId);
    if (!patient) {
        throw Error(Error::Kind::NotFound, tr("The patient of the import was not found."));
    }
    result.patientId = patient->id;
    result.patientNumber = patient->number;
    result.patientName = patient->fullName();
    result.patientFound = plan.found;
    result.sourceInstitution =
        plan.institutions.isEmpty() ? plan.patientInstitution : plan.institutions.join(QStringLiteral(", "));
    ReceivedItemStore::ImportLogEntry log;
    log.fileName = QFileInfo(result.fileName).fileName();
    log.sha256 = QCryptographicHash::hash(data, QCryptographicHash::Sha256);
    log.sourceInstitution = result.sourceInstitution;
    log.patientId = plan.patientId;
    log.added = result.added;
    log.updated = result.updated;
    log.unchanged = result.unchanged;
    log.report = plan.notes.lines().join(QLatin1Char('\n'));
    store.logImport(log);
}

} // namespace tsumugi::fhir
