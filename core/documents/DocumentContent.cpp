#include "core/documents/DocumentContent.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tsumugi {

namespace {
void putText(QJsonObject& o, const char* key, const QString& value) {
    if (!value.isEmpty()) {
        o.insert(QLatin1String(key), value);
    }
}

void putIds(QJsonObject& o, const char* key, const QList<qint64>& ids) {
    if (ids.isEmpty()) {
        return;
    }
    QJsonArray a;
    for (qint64 id : ids) {
        a.append(double(id));
    }
    o.insert(QLatin1String(key), a);
}

void putDate(QJsonObject& o, const char* key, const QDate& d) {
    if (d.isValid()) {
        o.insert(QLatin1String(key), d.toString(Qt::ISODate));
    }
}

QString text(const QJsonObject& o, const char* key) {
    return o.value(QLatin1String(key)).toString();
}

QList<qint64> ids(const QJsonObject& o, const char* key) {
    QList<qint64> out;
    for (const QJsonValue& v : o.value(QLatin1String(key)).toArray()) {
        out.append(qint64(v.toDouble()));
    }
    return out;
}

QDate date(const QJsonObject& o, const char* key) {
    return QDate::fromString(text(o, key), Qt::ISODate);
}
} // namespace

QString DocumentContent::encode(const Document& d) {
    QJsonObject o;
    putText(o, "chiefComplaint", d.chiefComplaint);
    putIds(o, "diagnosisIds", d.diagnosisIds);
    putText(o, "presentIllness", d.presentIllness);
    putText(o, "pastHistory", d.pastHistory);
    putIds(o, "allergyIds", d.allergyIds);
    putIds(o, "prescriptionIds", d.prescriptionIds);
    if (!d.medications.isEmpty()) {
        QJsonArray lines;
        for (const MedicationLine& m : d.medications) {
            QJsonObject l;
            l.insert(QStringLiteral("codeKind"), medicationCodeKindToString(m.codeKind));
            putText(l, "code", m.code);
            putText(l, "name", m.name);
            l.insert(QStringLiteral("dose"), m.dose);
            putText(l, "unit", m.unit);
            putText(l, "usageText", m.usageText);
            putText(l, "usageCode", m.usageCode);
            l.insert(QStringLiteral("days"), m.days);
            l.insert(QStringLiteral("quantity"), m.quantity);
            putDate(l, "startDate", m.startDate);
            lines.append(l);
        }
        o.insert(QStringLiteral("medications"), lines);
    }
    putIds(o, "labResultIds", d.labResultIds);
    putText(o, "clinicalCourse", d.clinicalCourse);
    putText(o, "remarks", d.remarks);
    QList<qint64> attachmentIds;
    for (const DocumentAttachment& a : d.attachments) {
        attachmentIds.append(a.id);
    }
    putIds(o, "attachmentIds", attachmentIds);
    putText(o, "department", d.department);

    if (!d.addressee.isEmpty()) {
        QJsonObject to;
        putText(to, "institutionName", d.addressee.institutionName);
        putText(to, "institutionNumber", d.addressee.institutionNumber);
        putText(to, "department", d.addressee.department);
        putText(to, "doctor", d.addressee.doctor);
        o.insert(QStringLiteral("addressee"), to);
    }
    putText(o, "purpose", d.purpose);
    putText(o, "instructions", d.instructions);
    if (d.attachedDischargeId != 0) {
        o.insert(QStringLiteral("attachedDischargeId"), double(d.attachedDischargeId));
    }

    putDate(o, "admissionDate", d.admissionDate);
    putDate(o, "dischargeDate", d.dischargeDate);
    putText(o, "reasonForAdmission", d.reasonForAdmission);
    putIds(o, "admissionDiagnosisIds", d.admissionDiagnosisIds);
    putText(o, "hospitalCourse", d.hospitalCourse);
    putText(o, "dischargeInstructions", d.dischargeInstructions);
    putText(o, "dischargeDisposition", d.dischargeDisposition);

    putText(o, "senderName", d.senderName);
    putText(o, "senderDoctor", d.senderDoctor);
    if (!d.otherSections.isEmpty()) {
        QJsonArray sections;
        for (const DocumentSectionText& t : d.otherSections) {
            QJsonObject section;
            putText(section, "code", t.code);
            putText(section, "title", t.title);
            putText(section, "text", t.text);
            sections.append(section);
        }
        o.insert(QStringLiteral("otherSections"), sections);
    }
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

void DocumentContent::decode(const QString& json, Document& d) {
    const QJsonObject o = QJsonDocument::fromJson(json.toUtf8()).object();
    d.chiefComplaint = text(o, "chiefComplaint");
    d.diagnosisIds = ids(o, "diagnosisIds");
    d.presentIllness = text(o, "presentIllness");
    d.pastHistory = text(o, "pastHistory");
    d.allergyIds = ids(o, "allergyIds");
    d.prescriptionIds = ids(o, "prescriptionIds");
    d.medications.clear();
    for (const QJsonValue& v : o.value(QStringLiteral("medications")).toArray()) {
        const QJsonObject l = v.toObject();
        MedicationLine m;
        m.codeKind = medicationCodeKindFromString(text(l, "codeKind")).value_or(MedicationLine::CodeKind::None);
        m.code = text(l, "code");
        m.name = text(l, "name");
        m.dose = l.value(QStringLiteral("dose")).toDouble();
        m.unit = text(l, "unit");
        m.usageText = text(l, "usageText");
        m.usageCode = text(l, "usageCode");
        m.days = l.value(QStringLiteral("days")).toInt();
        m.quantity = l.value(QStringLiteral("quantity")).toDouble();
        m.startDate = date(l, "startDate");
        d.medications.append(m);
    }
    d.labResultIds = ids(o, "labResultIds");
    d.clinicalCourse = text(o, "clinicalCourse");
    d.remarks = text(o, "remarks");
    d.attachments.clear();
    for (qint64 id : ids(o, "attachmentIds")) {
        DocumentAttachment a;
        a.id = id;
        d.attachments.append(a);
    }
    d.department = text(o, "department");
    const QJsonObject to = o.value(QStringLiteral("addressee")).toObject();
    d.addressee = {text(to, "institutionName"), text(to, "institutionNumber"), text(to, "department"),
                   text(to, "doctor")};
    d.purpose = text(o, "purpose");
    d.instructions = text(o, "instructions");
    d.attachedDischargeId = qint64(o.value(QStringLiteral("attachedDischargeId")).toDouble());
    d.admissionDate = date(o, "admissionDate");
    d.dischargeDate = date(o, "dischargeDate");
    d.reasonForAdmission = text(o, "reasonForAdmission");
    d.admissionDiagnosisIds = ids(o, "admissionDiagnosisIds");
    d.hospitalCourse = text(o, "hospitalCourse");
    d.dischargeInstructions = text(o, "dischargeInstructions");
    d.dischargeDisposition = text(o, "dischargeDisposition");
    d.senderName = text(o, "senderName");
    d.senderDoctor = text(o, "senderDoctor");
    d.otherSections.clear();
    for (const QJsonValue& v : o.value(QStringLiteral("otherSections")).toArray()) {
        const QJsonObject section = v.toObject();
        d.otherSections.append({text(section, "code"), text(section, "title"), text(section, "text")});
    }
}

} // namespace tsumugi
