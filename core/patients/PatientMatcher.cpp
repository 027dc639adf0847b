#include "core/patients/PatientMatcher.h"

#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/InsurerNumber.h"
#include "core/util/KanaNormalizer.h"

#include <QStringList>

namespace tsumugi {

PatientMatcher::PatientMatcher(ClinicRecord& record)
    : m_record(record) {}

QString PatientMatcher::normalizedMemberId(const QString& memberId) {
    QStringList parts = memberId.normalized(QString::NormalizationForm_KC).split(QLatin1Char(':'));
    if (parts.size() != 4) {
        return {};
    }
    for (QString& p : parts) {
        p = p.trimmed();
    }
    if (parts.at(0).isEmpty() || parts.at(2).isEmpty()) {
        return {};
    }
    parts[0] = InsurerNumber::padded(parts.at(0));
    return parts.join(QLatin1Char(':'));
}

QString PatientMatcher::linkKeyForMember(const QString& memberId) {
    const QString normalized = normalizedMemberId(memberId);
    return normalized.isEmpty() ? QString() : QStringLiteral("member:") + normalized;
}

QString PatientMatcher::linkKeyForSender(const QString& institution, const QString& senderPatientNumber) {
    if (institution.isEmpty() || senderPatientNumber.trimmed().isEmpty()) {
        return {};
    }
    return QStringLiteral("local:%1:%2").arg(institution, senderPatientNumber.trimmed());
}

std::optional<Patient> PatientMatcher::byInsurance(const QString& memberId) const {
    const QString wanted = normalizedMemberId(memberId);
    if (wanted.isEmpty()) {
        return std::nullopt;
    }
    const QString number = wanted.section(QLatin1Char(':'), 2, 2);
    // The card number as typed may be in either width; the index finds both, the full comparison decides.
    Statement st(m_record.db(), "SELECT id, insurer_number, insurance_symbol, insurance_number, "
                                "insurance_branch FROM patients WHERE insurance_number IN (?, ?) ORDER BY id;");
    st.bind(1, number).bind(2, memberId.section(QLatin1Char(':'), 2, 2).trimmed());
    while (st.step()) {
        const Insurance ins{st.text(1), st.text(2), st.text(3), st.text(4)};
        if (normalizedMemberId(ins.memberId()) == wanted) {
            return m_record.patients().open(st.int64(0));
        }
    }
    return byLink(linkKeyForMember(memberId));
}

std::optional<Patient> PatientMatcher::byLink(const QString& key) const {
    if (key.isEmpty()) {
        return std::nullopt;
    }
    Statement st(m_record.db(), "SELECT patient_id FROM received_patient_links WHERE identifier = ?;");
    st.bind(1, key);
    if (!st.step()) {
        return std::nullopt;
    }
    return m_record.patients().open(st.int64(0));
}

QList<Patient> PatientMatcher::byNameKanaBirth(const Patient& incoming) const {
    QList<Patient> out;
    if (!incoming.birthDate.isValid()) {
        return out;
    }
    const auto fold = [](const QString& s) { return KanaNormalizer::normalize(s); };
    const QString name = fold(incoming.familyName + incoming.givenName);
    const QString kana = fold(incoming.familyKana + incoming.givenKana);
    if (name.isEmpty() || kana.isEmpty()) {
        return out;
    }
    Statement st(m_record.db(), "SELECT id, name_search, kana_search FROM patients WHERE birth_date = ? "
                                "ORDER BY id;");
    st.bind(1, incoming.birthDate.toString(Qt::ISODate));
    while (st.step()) {
        if (st.text(1) == name && st.text(2) == kana) {
            if (auto p = m_record.patients().open(st.int64(0))) {
                out.append(*p);
            }
        }
    }
    return out;
}

PatientMatcher::Match PatientMatcher::match(const Patient& incoming, const QString& senderKey) const {
    Match m;
    if (!incoming.insurance.isEmpty()) {
        if (auto p = byInsurance(incoming.insurance.memberId())) {
            m.how = How::InsuredIdentifier;
            m.patient = std::move(p);
            return m;
        }
    }
    if (auto p = byLink(senderKey)) {
        m.how = How::SenderPatientNumber;
        m.patient = std::move(p);
        return m;
    }
    m.candidates = byNameKanaBirth(incoming);
    if (!m.candidates.isEmpty()) {
        m.how = How::NameKanaBirth;
    }
    return m;
}

} // namespace tsumugi
