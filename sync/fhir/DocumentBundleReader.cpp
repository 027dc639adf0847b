#include "sync/fhir/DocumentBundleReader.h"

#include "sync/fhir/CompositionProfiles.h"
#include "sync/fhir/EcsReader.h"
#include "sync/fhir/FhirProfiles.h"
#include "sync/fhir/MedicationRequestReader.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace tsumugi::fhir {

namespace {
struct Entry {
    const Json* resource = nullptr;
    QString path;
};

// The written text our own builders put where a discharge summary's section is required but empty.
const QString NotWritten = QStringLiteral("記載なし");

QString practitionerName(const Json& p) {
    const auto names = p.find("name");
    if (names == p.end() || !names->is_array()) {
        return {};
    }
    QString fallback;
    for (const Json& n : *names) {
        if (!n.is_object()) {
            continue;
        }
        QString text = QString::fromStdString(EcsReader::plain(n, "text"));
        if (text.isEmpty()) {
            text = QString::fromStdString(EcsReader::plain(n, "family"));
            const auto given = n.find("given");
            if (given != n.end() && given->is_array() && !given->empty() && given->front().is_string()) {
                text += QLatin1Char(' ') + QString::fromStdString(given->front().get<std::string>());
            }
        }
        bool ideographic = false;
        const auto ext = n.find("extension");
        if (ext != n.end() && ext->is_array()) {
            for (const Json& e : *ext) {
                ideographic = ideographic || (EcsReader::plain(e, "url") == uri::NameRepresentation &&
                                              EcsReader::plain(e, "valueCode") == "IDE");
            }
        }
        if (ideographic && !text.trimmed().isEmpty()) {
            return text.trimmed();
        }
        if (fallback.isEmpty()) {
            fallback = text.trimmed();
        }
    }
    return fallback;
}

QString institutionNumberOf(const Json& organization) {
    const auto ids = organization.find("identifier");
    if (ids == organization.end() || !ids->is_array()) {
        return {};
    }
    for (const Json& id : *ids) {
        if (EcsReader::plain(id, "system") == uri::InstitutionNumber) {
            return QString::fromStdString(EcsReader::plain(id, "value")).trimmed();
        }
    }
    return {};
}

class SectionWalker {
    Q_DECLARE_TR_FUNCTIONS(DocumentBundleReader)
public:
    SectionWalker(DocumentBundleReader::Content& content, const QHash<QString, Entry>& entries, ImportNotes& notes)
        : c(content)
        , d(content.document)
        , m_entries(entries)
        , m_notes(notes) {}

    void walk(const Json& section, const QString& path) {
        const QString code = sectionCode(section, path);
        const QString title = EcsReader::string(section, "title", path);
        QString text;
        if (const Json* narrative = EcsReader::object(section, "text", path)) {
            text = DocumentBundleReader::narrativeText(EcsReader::string(*narrative, "div", path + ".text"));
        }
        QList<Entry> refs;
        if (const Json* list = EcsReader::array(section, "entry", path)) {
            for (std::size_t i = 0; i < list->size(); ++i) {
                const QString refPath = path + QStringLiteral(".entry[%1]").arg(i);
                const QString ref = EcsReader::string((*list)[i], "reference", refPath);
                if (!m_entries.contains(ref)) {
                    EcsReader::fail(refPath + QStringLiteral(".reference"),
                                    tr("points to %1, which is not an entry of this bundle.").arg(ref));
                }
                refs.append(m_entries.value(ref));
            }
        }
        take(code, title, text, refs);
        if (const Json* children = EcsReader::array(section, "section", path)) {
            for (std::size_t i = 0; i < children->size(); ++i) {
                walk((*children)[i], path + QStringLiteral(".section[%1]").arg(i));
            }
        }
    }

private:
    static QString sectionCode(const Json& section, const QString& path) {
        if (const Json* code = EcsReader::object(section, "code", path)) {
            for (const EcsReader::Coding& c : EcsReader::codings(*code, path + QStringLiteral(".code"))) {
                if (!c.code.isEmpty()) {
                    return c.code;
                }
            }
        }
        return {};
    }

    void take(const QString& code, const QString& title, const QString& text, const QList<Entry>& refs) {
        const bool referral = d.isReferral();
        const QString value = text == NotWritten ? QString() : text;
        bool textTaken = true;
        if (code == QStringLiteral("300") || code == QStringLiteral("322") || code == QStringLiteral("324")) {
            // The structured part's container; the stay's dates come from its Encounter.
        } else if (code == QStringLiteral("920")) {
            for (const Entry& e : refs) {
                participant(*e.resource, d.senderName, d.senderDoctor, &c.senderInstitution);
            }
            textTaken = !d.senderName.isEmpty();
        } else if (code == QStringLiteral("910")) {
            QString number;
            for (const Entry& e : refs) {
                participant(*e.resource, d.addressee.institutionName, d.addressee.doctor, &number);
                if (EcsReader::plain(*e.resource, "resourceType") == "Organization") {
                    d.addressee.department = EcsReader::department(*e.resource, e.path);
                }
            }
            d.addressee.institutionNumber = number;
            if (d.addressee.institutionName.isEmpty()) {
                d.addressee.institutionName = value;
            }
        } else if (code == QStringLiteral("950")) {
            d.purpose = value;
            for (const Entry& e : refs) {
                if (d.purpose.isEmpty() && EcsReader::plain(*e.resource, "resourceType") == "Encounter") {
                    const auto reasons = e.resource->find("reasonCode");
                    if (reasons != e.resource->end() && reasons->is_array() && !reasons->empty()) {
                        d.purpose = QString::fromStdString(EcsReader::plain(reasons->front(), "text"));
                    }
                }
            }
        } else if (code == QStringLiteral("340") || code == QStringLiteral("352")) {
            d.chiefComplaint = value;
        } else if (code == QStringLiteral("360") || code == QStringLiteral("362")) {
            d.presentIllness = value;
        } else if (code == QStringLiteral("370") || code == QStringLiteral("372")) {
            d.pastHistory = value;
        } else if (code == QStringLiteral("330") && referral) {
            d.clinicalCourse = value;
        } else if (code == QStringLiteral("333")) {
            d.hospitalCourse = value;
        } else if (code == QStringLiteral("420") && referral) {
            d.instructions = value;
        } else if (code == QStringLiteral("424")) {
            d.dischargeInstructions = value;
        } else if (code == QStringLiteral("312")) {
            d.reasonForAdmission = value;
        } else if (code == QStringLiteral("220")) {
            d.remarks = value;
        } else if (code == QStringLiteral("342") || code == QStringLiteral("344") || code == QStringLiteral("510") ||
                   code == QStringLiteral("430") || code == QStringLiteral("444") || code == QStringLiteral("620") ||
                   code == QStringLiteral("623")) {
            // Written from the coded entries; the text is kept only when the sender coded nothing.
            textTaken = !refs.isEmpty();
        } else {
            textTaken = false;
        }
        if (!textTaken && !value.trimmed().isEmpty()) {
            d.otherSections.append({code, title, value});
        }
        for (const Entry& e : refs) {
            entry(code, title, e);
        }
    }

    // An Organization or Practitioner of sections 910 / 920.
    static void participant(const Json& r, QString& organizationName, QString& doctor, QString* number) {
        const std::string type = EcsReader::plain(r, "resourceType");
        if (type == "Organization") {
            organizationName = QString::fromStdString(EcsReader::plain(r, "name"));
            *number = institutionNumberOf(r);
        } else if (type == "Practitioner") {
            doctor = practitionerName(r);
        }
    }

    void entry(const QString& code, const QString& title, const Entry& e) {
        using Role = DocumentBundleReader::Role;
        const std::string type = EcsReader::plain(*e.resource, "resourceType");
        const auto add = [&](Role role) {
            if (const auto known = m_seen.constFind(e.resource); known != m_seen.cend()) {
                QList<Role>& roles = c.items[*known].roles;
                if (!roles.contains(role)) {
                    roles.append(role);
                }
                return;
            }
            m_seen.insert(e.resource, c.items.size());
            c.items.append({e.resource, e.path, {role}});
        };
        if (type == "Condition") {
            add(code == QStringLiteral("342")                                    ? Role::AdmissionDiagnosis
                : code == QStringLiteral("340") || code == QStringLiteral("344") ? Role::Diagnosis
                                                                                 : Role::OtherCondition);
        } else if (type == "AllergyIntolerance") {
            add(Role::Allergy);
        } else if (type == "Observation" && (code == QStringLiteral("620") || code == QStringLiteral("623"))) {
            add(Role::Lab);
        } else if (type == "MedicationRequest") {
            if (!m_medications.contains(e.resource)) {
                m_medications.insert(e.resource);
                d.medications.append(MedicationRequestReader::read(*e.resource, e.path, m_notes));
            }
        } else if (type == "Observation" || type == "DocumentReference" || type == "CarePlan" || type == "Procedure" ||
                   type == "Immunization" || type == "Device") {
            m_notes.add(tr("%1 in section %2 (%3) is kept in the received letter only.")
                            .arg(QString::fromStdString(type), code, title));
        }
    }

    DocumentBundleReader::Content& c;
    Document& d;
    const QHash<QString, Entry>& m_entries;
    ImportNotes& m_notes;
    QHash<const Json*, qsizetype> m_seen; // resource → its index in c.items
    QSet<const Json*> m_medications;
};
} // namespace

QString DocumentBundleReader::narrativeText(const QString& div) {
    if (div.trimmed().isEmpty()) {
        return {};
    }
    QString html = div;
    // Block ends and <br/> are line breaks in the sender's layout.
    static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>|</p>|</div>\\s*<div[^>]*>|</li>|</tr>"),
                                           QRegularExpression::CaseInsensitiveOption);
    html.replace(breaks, QStringLiteral("\n"));
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    html.remove(tags);
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    html.replace(QStringLiteral("&apos;"), QStringLiteral("'"));
    html.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    QStringList lines = html.split(QLatin1Char('\n'));
    for (QString& line : lines) {
        line = line.trimmed();
    }
    return lines.join(QLatin1Char('\n')).trimmed();
}

DocumentBundleReader::Content DocumentBundleReader::read(const Json& bundle, ImportNotes& notes) {
    Content c;
    const Json* entries = EcsReader::array(bundle, "entry", QStringLiteral("Bundle"));
    if (!entries || entries->empty()) {
        EcsReader::fail(QStringLiteral("Bundle.entry"), tr("is required: the Composition and its resources."));
    }
    QHash<QString, Entry> byUrl;
    for (std::size_t i = 0; i < entries->size(); ++i) {
        const QString path = QStringLiteral("Bundle.entry[%1]").arg(i);
        const Json& entry = (*entries)[i];
        if (!entry.is_object()) {
            EcsReader::fail(path, tr("must be an object."));
        }
        const Json* resource = EcsReader::object(entry, "resource", path);
        if (!resource) {
            EcsReader::fail(path + QStringLiteral(".resource"), tr("is required."));
        }
        const QString url = EcsReader::string(entry, "fullUrl", path);
        if (url.isEmpty()) {
            EcsReader::fail(path + QStringLiteral(".fullUrl"), tr("is required in a document bundle."));
        }
        byUrl.insert(url, {resource, path + QStringLiteral(".resource")});
    }
    const Json& composition = *byUrl.value(EcsReader::string(entries->front(), "fullUrl", {})).resource;
    const QString cpath = QStringLiteral("Bundle.entry[0].resource");
    if (EcsReader::plain(composition, "resourceType") != "Composition") {
        EcsReader::fail(cpath, tr("the first entry of a document bundle must be its Composition."));
    }
    Document& d = c.document;
    QString typeCode;
    if (const Json* type = EcsReader::object(composition, "type", cpath)) {
        for (const EcsReader::Coding& coding : EcsReader::codings(*type, cpath + QStringLiteral(".type"))) {
            typeCode = typeCode.isEmpty() ? coding.code : typeCode;
        }
    }
    if (typeCode == QStringLiteral("57133-1")) {
        d.kind = Document::Kind::Referral;
    } else if (typeCode == QStringLiteral("18842-5")) {
        d.kind = Document::Kind::Discharge;
    } else {
        EcsReader::fail(cpath + QStringLiteral(".type"),
                        tr("'%1' is not a document Tsumugi reads; expected 57133-1 (診療情報提供書) or 18842-5 "
                           "(退院時サマリー).")
                            .arg(typeCode.isEmpty() ? QStringLiteral("(none)") : typeCode));
    }
    if (const Json* identifier = EcsReader::object(bundle, "identifier", QStringLiteral("Bundle"))) {
        c.key = EcsReader::string(*identifier, "value", QStringLiteral("Bundle.identifier"));
    }
    if (c.key.isEmpty()) {
        if (const Json* identifier = EcsReader::object(composition, "identifier", cpath)) {
            c.key = EcsReader::string(*identifier, "value", cpath + QStringLiteral(".identifier"));
        }
    }
    if (c.key.isEmpty()) {
        EcsReader::fail(QStringLiteral("Bundle.identifier"),
                        tr("is required: it is how a corrected resend of the letter is recognised."));
    }

    const Json* subject = EcsReader::object(composition, "subject", cpath);
    c.patientReference =
        subject ? EcsReader::string(*subject, "reference", cpath + QStringLiteral(".subject")) : QString();
    const Entry patient = byUrl.value(c.patientReference);
    if (!patient.resource || EcsReader::plain(*patient.resource, "resourceType") != "Patient") {
        EcsReader::fail(cpath + QStringLiteral(".subject"), tr("must point to the Patient entry of the bundle."));
    }
    c.patient = patient.resource;
    c.patientPath = patient.path;

    const QDateTime written =
        EcsReader::dateTime(EcsReader::string(composition, "date", cpath), cpath + QStringLiteral(".date"), notes);
    if (written.isValid()) {
        d.finalizedAt = written;
        d.documentDate = written.toOffsetFromUtc(9 * 3600).date();
    }
    if (const Json* event = EcsReader::array(composition, "event", cpath); event && !event->empty()) {
        if (const Json* period = EcsReader::object(event->front(), "period", cpath + QStringLiteral(".event[0]"))) {
            const QDate start = EcsReader::date(EcsReader::string(*period, "start", cpath + ".event[0].period"),
                                                cpath + QStringLiteral(".event[0].period.start"), notes);
            if (start.isValid()) {
                d.documentDate = start;
            }
        }
    }
    // The stay of a discharge summary: admission and discharge dates, and the outcome.
    if (const Json* encounter = EcsReader::object(composition, "encounter", cpath)) {
        const Entry stay = byUrl.value(EcsReader::string(*encounter, "reference", cpath + ".encounter"));
        if (stay.resource && d.isDischarge()) {
            if (const Json* period = EcsReader::object(*stay.resource, "period", stay.path)) {
                d.admissionDate = EcsReader::date(EcsReader::string(*period, "start", stay.path + ".period"),
                                                  stay.path + QStringLiteral(".period.start"), notes);
                d.dischargeDate = EcsReader::date(EcsReader::string(*period, "end", stay.path + ".period"),
                                                  stay.path + QStringLiteral(".period.end"), notes);
            }
            if (const Json* h = EcsReader::object(*stay.resource, "hospitalization", stay.path)) {
                if (const Json* disposition = EcsReader::object(*h, "dischargeDisposition", stay.path)) {
                    d.dischargeDisposition = QString::fromStdString(EcsReader::plain(*disposition, "text"));
                }
            }
        }
    }

    SectionWalker walker(c, byUrl, notes);
    if (const Json* sections = EcsReader::array(composition, "section", cpath)) {
        for (std::size_t i = 0; i < sections->size(); ++i) {
            walker.walk((*sections)[i], cpath + QStringLiteral(".section[%1]").arg(i));
        }
    }
    // Who wrote it when section 920 does not say (a discharge summary has none): the custodian and the author.
    const auto fromReference = [&](const Json& reference, const QString& path) {
        const Entry e = byUrl.value(EcsReader::string(reference, "reference", path));
        if (!e.resource) {
            return;
        }
        const std::string type = EcsReader::plain(*e.resource, "resourceType");
        if (type == "Organization" && c.senderInstitution.isEmpty()) {
            c.senderInstitution = institutionNumberOf(*e.resource);
            d.senderName = QString::fromStdString(EcsReader::plain(*e.resource, "name"));
        } else if (type == "Practitioner" && d.senderDoctor.isEmpty()) {
            d.senderDoctor = practitionerName(*e.resource);
        }
    };
    if (const Json* custodian = EcsReader::object(composition, "custodian", cpath)) {
        fromReference(*custodian, cpath + QStringLiteral(".custodian"));
    }
    if (const Json* authors = EcsReader::array(composition, "author", cpath)) {
        for (const Json& a : *authors) {
            fromReference(a, cpath + QStringLiteral(".author"));
        }
    }
    return c;
}

} // namespace tsumugi::fhir
