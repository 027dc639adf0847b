#include "core/patients/PatientRepository.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/chart/ChartChangeListener.h"
#include "core/db/DbConnection.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/patients/PatientValidator.h"
#include "core/record/ClinicRecord.h"
#include "core/users/RolePolicy.h"
#include "core/util/Clock.h"
#include "core/util/JapaneseEra.h"
#include "core/util/KanaNormalizer.h"
#include "core/util/Timestamp.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace tsumugi {

namespace {

const char* const Columns =
    "p.id, p.patient_number, p.version, p.family_name, p.given_name, p.family_kana, p.given_kana, p.sex, "
    "p.birth_date, p.postal_code, p.address, p.phone, p.insurer_number, p.insurance_symbol, p.insurance_number, "
    "p.insurance_branch, p.updated_at, u.display_name";

// What a search result list shows: no join, no timestamps (parsing those for 200 rows costs more than the query).
const char* const ListColumns =
    "p.id, p.patient_number, p.version, p.family_name, p.given_name, p.family_kana, p.given_kana, p.sex, "
    "p.birth_date, p.postal_code, p.address, p.phone, p.insurer_number, p.insurance_symbol, p.insurance_number, "
    "p.insurance_branch";

Patient readPatient(const Statement& st, bool withAuthor = true) {
    Patient p;
    p.id = st.int64(0);
    p.number = st.int64(1);
    p.version = int(st.int64(2));
    p.familyName = st.text(3);
    p.givenName = st.text(4);
    p.familyKana = st.text(5);
    p.givenKana = st.text(6);
    p.sex = sexFromString(st.text(7)).value_or(Sex::Unknown);
    p.birthDate = QDate::fromString(st.text(8), Qt::ISODate);
    p.postalCode = st.text(9);
    p.address = st.text(10);
    p.phone = st.text(11);
    p.insurance = {st.text(12), st.text(13), st.text(14), st.text(15)};
    if (withAuthor) {
        p.updatedAt = Timestamp::fromStorage(st.text(16));
        p.updatedBy = st.text(17);
    }
    return p;
}

QJsonObject toJson(const Patient& p) {
    return QJsonObject{
        {QStringLiteral("number"), p.number},
        {QStringLiteral("familyName"), p.familyName},
        {QStringLiteral("givenName"), p.givenName},
        {QStringLiteral("familyKana"), p.familyKana},
        {QStringLiteral("givenKana"), p.givenKana},
        {QStringLiteral("sex"), sexToString(p.sex)},
        {QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate)},
        {QStringLiteral("postalCode"), p.postalCode},
        {QStringLiteral("address"), p.address},
        {QStringLiteral("phone"), p.phone},
        {QStringLiteral("insurerNumber"), p.insurance.insurerNumber},
        {QStringLiteral("insuranceSymbol"), p.insurance.symbol},
        {QStringLiteral("insuranceNumber"), p.insurance.number},
        {QStringLiteral("insuranceBranch"), p.insurance.branch},
    };
}

Patient fromJson(const QJsonObject& o) {
    Patient p;
    p.number = o.value(QStringLiteral("number")).toInteger();
    p.familyName = o.value(QStringLiteral("familyName")).toString();
    p.givenName = o.value(QStringLiteral("givenName")).toString();
    p.familyKana = o.value(QStringLiteral("familyKana")).toString();
    p.givenKana = o.value(QStringLiteral("givenKana")).toString();
    p.sex = sexFromString(o.value(QStringLiteral("sex")).toString()).value_or(Sex::Unknown);
    p.birthDate = QDate::fromString(o.value(QStringLiteral("birthDate")).toString(), Qt::ISODate);
    p.postalCode = o.value(QStringLiteral("postalCode")).toString();
    p.address = o.value(QStringLiteral("address")).toString();
    p.phone = o.value(QStringLiteral("phone")).toString();
    p.insurance = {
        o.value(QStringLiteral("insurerNumber")).toString(), o.value(QStringLiteral("insuranceSymbol")).toString(),
        o.value(QStringLiteral("insuranceNumber")).toString(), o.value(QStringLiteral("insuranceBranch")).toString()};
    return p;
}

QString digitsOf(const QString& text) {
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_KC)) {
        if (c.isDigit()) {
            out.append(c);
        }
    }
    return out;
}

QString nameKey(const Patient& p) {
    return KanaNormalizer::normalize(p.familyName + p.givenName);
}

// Trims what a person typed into the form the record keeps.
Patient cleaned(Patient p) {
    const auto trim = [](QString& s) { s = s.trimmed(); };
    for (QString* s : {&p.familyName, &p.givenName, &p.familyKana, &p.givenKana, &p.postalCode, &p.address, &p.phone,
                       &p.insurance.insurerNumber, &p.insurance.symbol, &p.insurance.number, &p.insurance.branch}) {
        trim(*s);
    }
    // Readings are kept in katakana whatever the clerk's IME produced.
    p.familyKana = KanaNormalizer::normalize(p.familyKana);
    p.givenKana = KanaNormalizer::normalize(p.givenKana);
    p.insurance.insurerNumber = p.insurance.insurerNumber.normalized(QString::NormalizationForm_KC);
    p.insurance.branch = p.insurance.branch.normalized(QString::NormalizationForm_KC);
    return p;
}

void ensureValid(const Patient& p, const QDate& today) {
    const FieldErrors errors = PatientValidator::validate(p, today);
    if (!errors.isEmpty()) {
        QStringList messages;
        for (const auto& e : errors) {
            messages << e.message;
        }
        throw Error(Error::Kind::Validation, messages.join(QLatin1Char('\n')));
    }
}

// The half-open range [prefix, prefix + U+10FFFF) covers every string starting with prefix, and uses the index.
QString upperBound(const QString& prefix) {
    return prefix + QString::fromUcs4(U"\U0010FFFF");
}

} // namespace

PatientRepository::PatientRepository(ClinicRecord& record)
    : m_record(record) {}

Patient PatientRepository::create(const Patient& input) {
    m_record.require(Permission::RegisterPatients);
    Patient p = cleaned(input);
    ensureValid(p, m_record.clock().today());
    auto& db = m_record.db();
    Transaction tx(db);
    {
        Statement next(db, "SELECT COALESCE(MAX(patient_number), 0) + 1 FROM patients;");
        next.step();
        p.number = next.int64(0);
    }
    p.version = 1;
    p.updatedAt = m_record.clock().now();
    p.updatedBy = m_record.currentUser().displayName;
    Statement ins(db, "INSERT INTO patients (patient_number, version, family_name, given_name, family_kana, "
                      "given_kana, name_search, kana_search, sex, birth_date, postal_code, address, phone, "
                      "phone_search, insurer_number, insurance_symbol, insurance_number, insurance_branch, "
                      "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);");
    ins.bind(1, p.number).bind(2, p.version).bind(3, p.familyName).bind(4, p.givenName).bind(5, p.familyKana);
    ins.bind(6, p.givenKana).bind(7, nameKey(p)).bind(8, KanaNormalizer::normalize(p.familyKana + p.givenKana));
    ins.bind(9, sexToString(p.sex)).bind(10, p.birthDate.toString(Qt::ISODate)).bindOptional(11, p.postalCode);
    ins.bindOptional(12, p.address).bindOptional(13, p.phone).bindOptional(14, digitsOf(p.phone));
    ins.bindOptional(15, p.insurance.insurerNumber).bindOptional(16, p.insurance.symbol);
    ins.bindOptional(17, p.insurance.number).bindOptional(18, p.insurance.branch);
    ins.bind(19, Timestamp::toStorage(p.updatedAt)).bind(20, m_record.currentUser().id);
    p.id = ins.insert();
    saveVersion(p, {});
    m_record.audit().append(AuditTrail::Action::Create, QStringLiteral("patient"), QString::number(p.number));
    tx.commit();
    return p;
}

Patient PatientRepository::update(const Patient& input, const QString& reason) {
    m_record.require(Permission::RegisterPatients);
    Patient p = cleaned(input);
    ensureValid(p, m_record.clock().today());
    auto& db = m_record.db();
    Transaction tx(db);
    const auto current = load("p.id = ?", p.id);
    if (!current) {
        throw Error(Error::Kind::NotFound, tr("The patient was not found."));
    }
    if (current->version != p.version) {
        throw Error(Error::Kind::Conflict, tr("%1 changed this patient at %2 (now version %3) while you were editing "
                                              "it. Nothing was saved; reopen the patient and apply your change again.")
                                               .arg(current->updatedBy, Timestamp::forMessage(current->updatedAt))
                                               .arg(current->version));
    }
    p.number = current->number;
    p.version = current->version + 1;
    p.updatedAt = m_record.clock().now();
    p.updatedBy = m_record.currentUser().displayName;
    Statement upd(db, "UPDATE patients SET version=?, family_name=?, given_name=?, family_kana=?, given_kana=?, "
                      "name_search=?, kana_search=?, sex=?, birth_date=?, postal_code=?, address=?, phone=?, "
                      "phone_search=?, insurer_number=?, insurance_symbol=?, insurance_number=?, "
                      "insurance_branch=?, updated_at=?, updated_by=? WHERE id=? AND version=?;");
    upd.bind(1, p.version).bind(2, p.familyName).bind(3, p.givenName).bind(4, p.familyKana).bind(5, p.givenKana);
    upd.bind(6, nameKey(p)).bind(7, KanaNormalizer::normalize(p.familyKana + p.givenKana)).bind(8, sexToString(p.sex));
    upd.bind(9, p.birthDate.toString(Qt::ISODate)).bindOptional(10, p.postalCode).bindOptional(11, p.address);
    upd.bindOptional(12, p.phone).bindOptional(13, digitsOf(p.phone)).bindOptional(14, p.insurance.insurerNumber);
    upd.bindOptional(15, p.insurance.symbol).bindOptional(16, p.insurance.number);
    upd.bindOptional(17, p.insurance.branch).bind(18, Timestamp::toStorage(p.updatedAt));
    upd.bind(19, m_record.currentUser().id).bind(20, p.id).bind(21, current->version);
    upd.run();
    saveVersion(p, reason);
    m_record.audit().append(AuditTrail::Action::Update, QStringLiteral("patient"), QString::number(p.number),
                            QStringLiteral("version %1").arg(p.version));
    // The Patient rides in every bundle the service holds for this patient: the outbox re-queues them in this
    // same transaction (the record dispatches to its OutboxQueue first, as for chart changes).
    if (ChartChangeListener* listener = m_record.chartChangeListener()) {
        listener->chartChanged({p.id, ChartChange::Item::Patient, p.id, ChartChange::Kind::Updated});
    }
    tx.commit();
    return p;
}

void PatientRepository::saveVersion(const Patient& p, const QString& reason) {
    Statement hist(m_record.db(), "INSERT INTO patient_versions (patient_id, version, data, reason, author_id, "
                                  "created_at) VALUES (?,?,?,?,?,?);");
    hist.bind(1, p.id).bind(2, p.version);
    hist.bind(3, QString::fromUtf8(QJsonDocument(toJson(p)).toJson(QJsonDocument::Compact)));
    hist.bindOptional(4, reason.trimmed())
        .bind(5, m_record.currentUser().id)
        .bind(6, Timestamp::toStorage(p.updatedAt));
    hist.run();
}

std::optional<Patient> PatientRepository::load(const char* where, qint64 key) const {
    const QByteArray sql =
        QByteArray("SELECT ") + Columns + " FROM patients p JOIN users u ON u.id = p.updated_by WHERE " + where + ";";
    Statement st(m_record.db(), sql.toStdString());
    st.bind(1, key);
    if (!st.step()) {
        return std::nullopt;
    }
    return readPatient(st);
}

std::optional<Patient> PatientRepository::open(qint64 id) {
    auto p = load("p.id = ?", id);
    if (p) {
        m_record.audit().append(AuditTrail::Action::View, QStringLiteral("patient"), QString::number(p->number));
    }
    return p;
}

std::optional<Patient> PatientRepository::openByNumber(qint64 number) {
    auto p = load("p.patient_number = ?", number);
    if (p) {
        m_record.audit().append(AuditTrail::Action::View, QStringLiteral("patient"), QString::number(p->number));
    }
    return p;
}

QList<PatientVersion> PatientRepository::history(qint64 id) {
    QList<PatientVersion> out;
    Statement st(m_record.db(), "SELECT v.version, v.data, v.reason, u.display_name, v.created_at "
                                "FROM patient_versions v JOIN users u ON u.id = v.author_id "
                                "WHERE v.patient_id = ? ORDER BY v.version;");
    st.bind(1, id);
    while (st.step()) {
        PatientVersion v;
        v.version = int(st.int64(0));
        v.patient = fromJson(QJsonDocument::fromJson(st.text(1).toUtf8()).object());
        v.patient.id = id;
        v.patient.version = v.version;
        v.reason = st.text(2);
        v.author = st.text(3);
        v.at = Timestamp::fromStorage(st.text(4));
        v.patient.updatedAt = v.at;
        v.patient.updatedBy = v.author;
        out.append(v);
    }
    if (!out.isEmpty()) {
        m_record.audit().append(AuditTrail::Action::View, QStringLiteral("patient-history"),
                                QString::number(out.first().patient.number));
    }
    return out;
}

QList<Patient> PatientRepository::select(const char* where, const QList<QString>& args, int limit) const {
    const QByteArray sql = QByteArray("SELECT ") + ListColumns + " FROM patients p WHERE " + where +
                           " ORDER BY p.kana_search, p.patient_number LIMIT ?;";
    Statement st(m_record.db(), sql.toStdString());
    int i = 1;
    for (const QString& a : args) {
        st.bind(i++, a);
    }
    st.bindLimit(i, limit);
    QList<Patient> out;
    while (st.step()) {
        out.append(readPatient(st, false));
    }
    return out;
}

QList<Patient> PatientRepository::search(const QString& rawQuery, int limit) const {
    const QString query = rawQuery.normalized(QString::NormalizationForm_KC).trimmed();
    if (query.isEmpty()) {
        return {};
    }
    // A birth date, 西暦 (1975-04-12, 1975/4/12, 19750412) or 和暦 (S50.4.12, 昭和50年4月12日).
    static const QRegularExpression western(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    QDate date = JapaneseEra::parse(query);
    if (auto m = western.match(query); !date.isValid() && m.hasMatch()) {
        date = QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    if (date.isValid()) {
        return select("p.birth_date = ?", {date.toString(Qt::ISODate)}, limit);
    }
    static const QRegularExpression digitsAndDashes(QStringLiteral("^[0-9\\-() ]+$"));
    if (digitsAndDashes.match(query).hasMatch()) {
        const QString digits = digitsOf(query);
        if (digits.size() == 8 && !query.contains(QLatin1Char('-'))) {
            const QDate compact = QDate::fromString(digits, QStringLiteral("yyyyMMdd"));
            if (compact.isValid() && compact.year() > 1880) {
                return select("p.birth_date = ?", {compact.toString(Qt::ISODate)}, limit);
            }
        }
        // Short numbers are patient numbers; longer ones (or with dashes) phone numbers, matched by prefix.
        if (digits.size() <= 7 && !query.contains(QLatin1Char('-'))) {
            return select("p.patient_number = CAST(? AS INTEGER)", {digits}, limit);
        }
        return select("p.phone_search >= ? AND p.phone_search < ?", {digits, upperBound(digits)}, limit);
    }
    const QString key = KanaNormalizer::normalize(query);
    if (KanaNormalizer::isKana(query)) {
        return select("p.kana_search >= ? AND p.kana_search < ?", {key, upperBound(key)}, limit);
    }
    return select("p.name_search >= ? AND p.name_search < ?", {key, upperBound(key)}, limit);
}

qint64 PatientRepository::count() const {
    Statement st(m_record.db(), "SELECT count(*) FROM patients;");
    st.step();
    return st.int64(0);
}

} // namespace tsumugi
