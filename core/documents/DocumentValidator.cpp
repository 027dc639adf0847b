#include "core/documents/DocumentValidator.h"

#include "core/util/InstitutionNumber.h"

#include <QRegularExpression>

namespace tsumugi {

namespace {
bool blank(const QString& s) {
    return s.trimmed().isEmpty();
}
} // namespace

QStringList DocumentValidator::draftProblems(const Document& d) {
    QStringList problems;
    const QList<QPair<QString, QString>> texts = {
        {tr("Chief complaint"), d.chiefComplaint},
        {tr("Present illness"), d.presentIllness},
        {tr("Past history"), d.pastHistory},
        {tr("Clinical course"), d.clinicalCourse},
        {tr("Remarks"), d.remarks},
        {tr("Purpose of referral"), d.purpose},
        {tr("Treatment policy"), d.instructions},
        {tr("Reason for admission"), d.reasonForAdmission},
        {tr("Hospital course"), d.hospitalCourse},
        {tr("Discharge instructions"), d.dischargeInstructions},
    };
    for (const auto& [label, value] : texts) {
        if (value.size() > Document::MaxTextLength) {
            problems << tr("%1 is longer than %2 characters.").arg(label).arg(Document::MaxTextLength);
        }
    }
    if (d.isReferral() && !d.addressee.institutionNumber.isEmpty() &&
        !InstitutionNumber::isValid(d.addressee.institutionNumber)) {
        problems << tr("The addressee's institution number (医療機関番号) \"%1\" is not valid: it has 10 digits, "
                       "prefecture (01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.")
                        .arg(d.addressee.institutionNumber);
    }
    if (d.isDischarge() && d.admissionDate.isValid() && d.dischargeDate.isValid() &&
        d.dischargeDate < d.admissionDate) {
        problems << tr("The discharge date (%1) is before the admission date (%2).")
                        .arg(d.dischargeDate.toString(Qt::ISODate), d.admissionDate.toString(Qt::ISODate));
    }
    static const QRegularExpression yjPattern(QStringLiteral("^[0-9A-Z]{12}$"));
    for (int i = 0; i < d.medications.size(); ++i) {
        const MedicationLine& m = d.medications.at(i);
        const int n = i + 1;
        if (blank(m.name)) {
            problems << tr("Medication %1: enter the drug name.").arg(n);
        }
        if (m.codeKind == MedicationLine::CodeKind::Yj && !yjPattern.match(m.code).hasMatch()) {
            problems << tr("Medication %1: a YJ code has 12 letters or digits (\"%2\" given).").arg(n).arg(m.code);
        }
        if (m.codeKind == MedicationLine::CodeKind::Generic && blank(m.code)) {
            problems << tr("Medication %1: enter the generic-name (一般名) code or choose \"no code\".").arg(n);
        }
        if (m.dose < 0 || m.days < 0 || m.quantity < 0) {
            problems << tr("Medication %1: dose, days and quantity cannot be negative.").arg(n);
        }
    }
    if (d.isDischarge() && d.attachedDischargeId != 0) {
        problems << tr("Only a referral can carry a discharge summary as an attachment.");
    }
    return problems;
}

QStringList DocumentValidator::finalProblems(const Document& d) {
    QStringList problems = draftProblems(d);
    if (d.isReferral()) {
        if (blank(d.addressee.institutionName)) {
            problems << tr("Enter the addressee institution (紹介先医療機関).");
        }
        if (d.addressee.institutionNumber.isEmpty()) {
            problems << tr("Enter the addressee's institution number (医療機関番号); the sharing service delivers "
                           "by it.");
        }
        if (blank(d.purpose)) {
            problems << tr("Enter the purpose of the referral (紹介目的).");
        }
        if (blank(d.chiefComplaint) && d.diagnosisIds.isEmpty()) {
            problems << tr("Enter the chief complaint or pick at least one diagnosis (傷病名・主訴).");
        }
        if (blank(d.presentIllness)) {
            problems << tr("Enter the present illness (現病歴).");
        }
    } else {
        if (!d.admissionDate.isValid()) {
            problems << tr("Enter the admission date.");
        }
        if (!d.dischargeDate.isValid()) {
            problems << tr("Enter the discharge date.");
        }
        if (blank(d.reasonForAdmission)) {
            problems << tr("Enter the reason for admission (入院理由).");
        }
        if (blank(d.chiefComplaint)) {
            problems << tr("Enter the chief complaint (主訴).");
        }
        if (blank(d.presentIllness)) {
            problems << tr("Enter the present illness (現病歴).");
        }
        if (d.diagnosisIds.isEmpty()) {
            problems << tr("Pick at least one diagnosis at discharge (退院時診断).");
        }
        if (blank(d.hospitalCourse)) {
            problems << tr("Enter the hospital course (入院中経過).");
        }
    }
    return problems;
}

bool DocumentValidator::isAllowedMediaType(const QString& mediaType) {
    return mediaType == QStringLiteral("application/pdf") || mediaType == QStringLiteral("image/png") ||
           mediaType == QStringLiteral("image/jpeg");
}

QString DocumentValidator::mediaTypeForFileName(const QString& fileName) {
    const QString lower = fileName.toLower();
    if (lower.endsWith(QStringLiteral(".pdf"))) {
        return QStringLiteral("application/pdf");
    }
    if (lower.endsWith(QStringLiteral(".png"))) {
        return QStringLiteral("image/png");
    }
    if (lower.endsWith(QStringLiteral(".jpg")) || lower.endsWith(QStringLiteral(".jpeg"))) {
        return QStringLiteral("image/jpeg");
    }
    return {};
}

QStringList DocumentValidator::attachmentProblems(const QString& fileName, const QString& mediaType,
                                                  const QByteArray& data) {
    QStringList problems;
    if (blank(fileName)) {
        problems << tr("The attachment has no file name.");
    }
    if (!isAllowedMediaType(mediaType)) {
        problems << tr("%1: only PDF, PNG and JPEG files can be attached.").arg(fileName);
        return problems;
    }
    if (data.isEmpty()) {
        problems << tr("%1 is empty.").arg(fileName);
        return problems;
    }
    if (data.size() > DocumentAttachment::MaxBytes) {
        problems << tr("%1 is %2 MB; an attachment can be at most %3 MB.")
                        .arg(fileName)
                        .arg(double(data.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                        .arg(DocumentAttachment::MaxBytes / (1024 * 1024));
    }
    const bool matches = (mediaType == QStringLiteral("application/pdf") && data.startsWith("%PDF-")) ||
                         (mediaType == QStringLiteral("image/png") && data.startsWith("\x89PNG\r\n\x1a\n")) ||
                         (mediaType == QStringLiteral("image/jpeg") && data.startsWith("\xff\xd8\xff"));
    if (!matches) {
        problems << tr("%1 is not a valid %2 file.").arg(fileName, mediaType);
    }
    return problems;
}

} // namespace tsumugi
