#include "core/patients/PatientMatcher.h"

#include "core/chart/ReceivedItemStore.h"
#include "core/db/DbConnection.h"
#include "core/db/Schema.h"
#include "core/db/SearchTokens.h"
#include "core/db/Statement.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
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

namespace {
SealedCell cellOf(qint64 id, const char* column) {
    return {QStringLiteral("patients"), QLatin1String(column), id};
}

QString kindOf(const char* column) {
    return QString::fromStdString(Schema::model().column("patients", column).tokenKind);
}
} // namespace

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
    // The card number as typed may be in either width; the tokens find both, the full comparison decides.
    auto& db = m_record.db();
    const SearchTokens tokens(db);
    Statement st(db, "SELECT p.id, p.insurer_number, p.insurance_symbol, p.insurance_number, p.insurance_branch "
                     "FROM search_tokens t JOIN patients p ON p.id = t.row_id WHERE t.kind = ? AND t.token IN (?, ?) "
                     "ORDER BY p.id;");
    st.bind(1, kindOf("insurance_number"));
    st.bind(2, tokens.lookup("patients", "insurance_number", number));
    st.bind(3, tokens.lookup("patients", "insurance_number", memberId.section(QLatin1Char(':'), 2, 2).trimmed()));
    while (st.step()) {
        const qint64 id = st.int64(0);
        const Insurance ins{
            st.cellText(1, cellOf(id, "insurer_number")), st.cellText(2, cellOf(id, "insurance_symbol")),
            st.cellText(3, cellOf(id, "insurance_number")), st.cellText(4, cellOf(id, "insurance_branch"))};
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
    const auto linked = ReceivedItemStore(m_record).linkedPatient(key);
    return linked ? m_record.patients().open(*linked) : std::nullopt;
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
    auto& db = m_record.db();
    Statement st(db, "SELECT p.id, p.name_search, p.kana_search FROM search_tokens t JOIN patients p ON p.id = "
                     "t.row_id WHERE t.kind = ? AND t.token = ? ORDER BY p.id;");
    st.bind(1, kindOf("birth_date"))
        .bind(2, SearchTokens(db).lookup("patients", "birth_date", incoming.birthDate.toString(Qt::ISODate)));
    while (st.step()) {
        const qint64 id = st.int64(0);
        if (st.cellText(1, cellOf(id, "name_search")) == name && st.cellText(2, cellOf(id, "kana_search")) == kana) {
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
