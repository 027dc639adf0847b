#include "core/patients/PatientRepository.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/chart/ChartChangeListener.h"
#include "core/db/DbConnection.h"
#include "core/db/Schema.h"
#include "core/db/SearchTokens.h"
#include "core/db/Statement.h"
#include "core/db/Transaction.h"
#include "core/patients/PatientValidator.h"
#include "core/record/ClinicRecord.h"
#include "core/security/ColumnSeal.h"
#include "core/users/RolePolicy.h"
#include "core/util/Clock.h"
#include "core/util/JapaneseEra.h"
#include "core/util/KanaNormalizer.h"
#include "core/util/Timestamp.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <algorithm>
#include <vector>

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

// A patient's cell: its values are sealed on the clinic server (Schema: patients from 20).
SealedCell cellOf(qint64 id, const char* column) {
    return {QStringLiteral("patients"), QLatin1String(column), id};
}

// The columns of Columns / ListColumns from 3 on, in order, as the model names them.
const char* const PatientCells[] = {
    "family_name",      "given_name",       "family_kana",     "given_kana", "sex",
    "birth_date",       "postal_code",      "address",         "phone",      "insurer_number",
    "insurance_symbol", "insurance_number", "insurance_branch"};

Patient readPatient(const Statement& st, bool withAuthor = true) {
    Patient p;
    p.id = st.int64(0);
    p.number = st.int64(1);
    p.version = int(st.int64(2));
    QString v[std::size(PatientCells)];
    for (std::size_t i = 0; i < std::size(PatientCells); ++i) {
        v[i] = st.cellText(int(3 + i), cellOf(p.id, PatientCells[i]));
    }
    p.familyName = v[0];
    p.givenName = v[1];
    p.familyKana = v[2];
    p.givenKana = v[3];
    p.sex = sexFromString(v[4]).value_or(Sex::Unknown);
    p.birthDate = QDate::fromString(v[5], Qt::ISODate);
    p.postalCode = v[6];
    p.address = v[7];
    p.phone = v[8];
    p.insurance = {v[9], v[10], v[11], v[12]};
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

QString kanaKey(const Patient& p) {
    return KanaNormalizer::normalize(p.familyKana + p.givenKana);
}

// A version of a patient, as its seal names it (the table's key: patient, version).
QString versionRow(qint64 id, int version) {
    return QStringLiteral("%1/%2").arg(id).arg(version);
}

// The sixteen values from family_name to insurance_branch, in the order INSERT and UPDATE name them.
void bindCells(Statement& st, int first, const Patient& p) {
    const auto cell = [&p](const char* column) { return cellOf(p.id, column); };
    // Required columns first, then those an empty value leaves NULL; one placeholder each, in order.
    const std::pair<const char*, QString> required[] = {
        {"family_name", p.familyName}, {"given_name", p.givenName},
        {"family_kana", p.familyKana}, {"given_kana", p.givenKana},
        {"name_search", nameKey(p)},   {"kana_search", kanaKey(p)},
        {"sex", sexToString(p.sex)},   {"birth_date", p.birthDate.toString(Qt::ISODate)}};
    const std::pair<const char*, QString> optional[] = {{"postal_code", p.postalCode},
                                                        {"address", p.address},
                                                        {"phone", p.phone},
                                                        {"phone_search", digitsOf(p.phone)},
                                                        {"insurer_number", p.insurance.insurerNumber},
                                                        {"insurance_symbol", p.insurance.symbol},
                                                        {"insurance_number", p.insurance.number},
                                                        {"insurance_branch", p.insurance.branch}};
    int i = first;
    for (const auto& [column, value] : required) {
        st.bindCell(i++, cell(column), value);
    }
    for (const auto& [column, value] : optional) {
        st.bindCellOptional(i++, cell(column), value);
    }
}

// The search tokens of the columns the model marks as searched (SearchTokens).
void indexForSearch(DbConnection& db, const Patient& p) {
    SearchTokens(db).index("patients", p.id,
                           {{"name_search", nameKey(p)},
                            {"kana_search", kanaKey(p)},
                            {"phone_search", digitsOf(p.phone)},
                            {"birth_date", p.birthDate.toString(Qt::ISODate)},
                            {"insurance_number", p.insurance.number}});
}

} // namespace

// Rows of a search, ordered by kana and number as the list shows them.
struct PatientRepository::Found {
    qint64 id;
    qint64 number;
    QString kana;
    // The list's order: by reading, then by number (the server cannot order what it holds sealed).
    bool operator<(const Found& other) const { return kana != other.kana ? kana < other.kana : number < other.number; }
};

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
    // The id comes first: the sealed values carry it.
    p.id = db.reserveId("patients");
    Statement ins(db, "INSERT INTO patients (id, patient_number, version, family_name, given_name, family_kana, "
                      "given_kana, name_search, kana_search, sex, birth_date, postal_code, address, phone, "
                      "phone_search, insurer_number, insurance_symbol, insurance_number, insurance_branch, "
                      "updated_at, updated_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?);");
    ins.bind(1, p.id).bind(2, p.number).bind(3, p.version);
    bindCells(ins, 4, p);
    ins.bind(20, Timestamp::toStorage(p.updatedAt)).bind(21, m_record.currentUser().id);
    ins.run();
    indexForSearch(db, p);
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
    upd.bind(1, p.version);
    bindCells(upd, 2, p);
    upd.bind(18, Timestamp::toStorage(p.updatedAt));
    upd.bind(19, m_record.currentUser().id).bind(20, p.id).bind(21, current->version);
    upd.run();
    indexForSearch(db, p);
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
    const QString row = versionRow(p.id, p.version);
    hist.bind(1, p.id).bind(2, p.version);
    hist.bindCell(3, {QStringLiteral("patient_versions"), QStringLiteral("data"), row},
                  QString::fromUtf8(QJsonDocument(toJson(p)).toJson(QJsonDocument::Compact)));
    hist.bindCellOptional(4, {QStringLiteral("patient_versions"), QStringLiteral("reason"), row}, reason.trimmed())
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
        const QString row = versionRow(id, v.version);
        v.patient =
            fromJson(QJsonDocument::fromJson(
                         st.cellText(1, {QStringLiteral("patient_versions"), QStringLiteral("data"), row}).toUtf8())
                         .object());
        v.patient.id = id;
        v.patient.version = v.version;
        v.reason = st.cellText(2, {QStringLiteral("patient_versions"), QStringLiteral("reason"), row});
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

QList<Patient> PatientRepository::byToken(const char* column, const QString& normalised, int limit) const {
    if (limit == 0) {
        return {};
    }
    if (limit > 0 && qstrcmp(column, "kana_search") == 0 && normalised.toUcs4().size() < SearchTokens::MaxPrefix) {
        return byIds(firstByKana(normalised, limit));
    }
    auto& db = m_record.db();
    const SearchTokens tokens(db);
    const StorageModel::Column& searched = Schema::model().column("patients", column);
    const bool checkPrefix = searched.tokenPrefixes && SearchTokens::clipped(normalised);
    std::vector<Found> found;
    readFound(
        tokens.rowIdsWith(QString::fromStdString(searched.tokenKind), {tokens.lookup("patients", column, normalised)}),
        checkPrefix ? column : nullptr, normalised, found);
    // Ordered here, not by the server: it holds the kana sealed.
    std::sort(found.begin(), found.end());
    if (limit >= 0 && found.size() > std::size_t(limit)) {
        found.resize(std::size_t(limit));
    }
    std::vector<qint64> ids;
    for (const Found& f : found) {
        ids.push_back(f.id);
    }
    return byIds(ids);
}

namespace {
// The kana a reading may go on with, in the order the list sorts them (code point order).
const std::vector<QString>& nextKana() {
    static const std::vector<QString> next = [] {
        std::vector<QString> out;
        for (char16_t c = u'\u30A1'; c <= u'\u30FC'; ++c) {
            out.emplace_back(QChar(c));
        }
        return out;
    }();
    return next;
}
} // namespace

std::vector<qint64> PatientRepository::firstByKana(const QString& prefix, int limit) const {
    std::vector<Found> found;
    collectByKana(prefix, limit, found);
    std::sort(found.begin(), found.end());
    std::vector<qint64> ids;
    for (std::size_t i = 0; i < found.size() && i < std::size_t(limit); ++i) {
        ids.push_back(found[i].id);
    }
    return ids;
}

void PatientRepository::collectByKana(const QString& prefix, qint64 need, std::vector<Found>& found) const {
    // A bucket this small is read as it is: narrowing it costs a statement more than reading it.
    constexpr qint64 ReadAtOnce = 200;
    auto& db = m_record.db();
    const SearchTokens tokens(db);
    const QString kind = QString::fromStdString(Schema::model().column("patients", "kana_search").tokenKind);
    const QByteArray whole = tokens.lookup("patients", "kana_search", prefix);
    std::vector<QByteArray> buckets;
    for (const QString& c : nextKana()) {
        buckets.push_back(tokens.lookup("patients", "kana_search", prefix + c));
    }
    // How many readings go on with each kana: kept beside the tokens (SearchTokens), read in one statement.
    std::vector<QByteArray> asked = buckets;
    asked.push_back(whole);
    const QHash<QByteArray, qint64> counts = tokens.rowsWith(kind, asked);
    qint64 inBuckets = 0;
    for (const QByteArray& b : buckets) {
        inBuckets += counts.value(b);
    }
    std::vector<QByteArray> batch;
    const auto readBatch = [&] {
        if (!batch.empty()) {
            readFound(tokens.rowIdsWith(kind, batch), nullptr, {}, found);
            batch.clear();
        }
    };
    if (counts.value(whole) != inBuckets) {
        // Someone's whole reading is the prefix itself (it sorts first): this part is read whole.
        batch.push_back(whole);
        readBatch();
        return;
    }
    // Buckets in order until the page is full: small ones read together, a large one narrowed by its own next kana
    // (while its tokens go deep enough), so a page of Tanakas does not open every Tanaka.
    const bool deeper = prefix.toUcs4().size() + 1 < SearchTokens::MaxPrefix;
    for (std::size_t i = 0; i < buckets.size() && need > 0; ++i) {
        const qint64 count = counts.value(buckets[i]);
        if (count == 0) {
            continue;
        }
        if (deeper && count > 2 * need && count > ReadAtOnce) {
            readBatch();
            const std::size_t before = found.size();
            collectByKana(prefix + nextKana()[i], need, found);
            need -= qint64(found.size() - before);
            continue;
        }
        batch.push_back(buckets[i]);
        need -= count;
    }
    readBatch();
}

void PatientRepository::readFound(const std::vector<qint64>& ids, const char* column, const QString& prefix,
                                  std::vector<Found>& found) const {
    constexpr std::size_t Batch = 100; // as byIds
    const std::string sql = std::string("SELECT id, patient_number, kana_search, ") + (column ? column : "NULL") +
                            " FROM patients WHERE id IN (" + Statement::marks(Batch) + ");";
    for (std::size_t from = 0; from < ids.size(); from += Batch) {
        Statement st(m_record.db(), sql);
        for (std::size_t i = 0; i < Batch; ++i) {
            st.bind(int(i + 1), from + i < ids.size() ? ids[from + i] : ids[from]);
        }
        while (st.step()) {
            const qint64 id = st.int64(0);
            if (column && !st.cellText(3, cellOf(id, column)).startsWith(prefix)) {
                continue;
            }
            found.push_back({id, st.int64(1), st.cellText(2, cellOf(id, "kana_search"))});
        }
    }
}

QList<Patient> PatientRepository::byIds(const std::vector<qint64>& ids) const {
    // A fixed number of placeholders per read (unused ones name no row): one statement text, which the file's
    // statement cache prepares once.
    constexpr std::size_t Batch = 100;
    static const std::string sql =
        std::string("SELECT ") + ListColumns + " FROM patients p WHERE p.id IN (" + Statement::marks(Batch) + ");";
    QHash<qint64, Patient> byId;
    for (std::size_t from = 0; from < ids.size(); from += Batch) {
        Statement st(m_record.db(), sql);
        for (std::size_t i = 0; i < Batch; ++i) {
            st.bind(int(i + 1), from + i < ids.size() ? ids[from + i] : qint64(0));
        }
        while (st.step()) {
            Patient p = readPatient(st, false);
            byId.insert(p.id, p);
        }
    }
    QList<Patient> out;
    for (qint64 id : ids) {
        if (byId.contains(id)) {
            out.append(byId.value(id));
        }
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
        return byToken("birth_date", date.toString(Qt::ISODate), limit);
    }
    static const QRegularExpression digitsAndDashes(QStringLiteral("^[0-9\\-() ]+$"));
    if (digitsAndDashes.match(query).hasMatch()) {
        const QString digits = digitsOf(query);
        if (digits.size() == 8 && !query.contains(QLatin1Char('-'))) {
            const QDate compact = QDate::fromString(digits, QStringLiteral("yyyyMMdd"));
            if (compact.isValid() && compact.year() > 1880) {
                return byToken("birth_date", compact.toString(Qt::ISODate), limit);
            }
        }
        // Short numbers are patient numbers; longer ones (or with dashes) phone numbers, matched by prefix.
        if (digits.size() <= 7 && !query.contains(QLatin1Char('-'))) {
            Statement st(m_record.db(), "SELECT id FROM patients WHERE patient_number = ?;");
            st.bind(1, digits.toLongLong());
            return st.step() && limit != 0 ? byIds({st.int64(0)}) : QList<Patient>();
        }
        return byToken("phone_search", digits, limit);
    }
    const QString key = KanaNormalizer::normalize(query);
    if (KanaNormalizer::isKana(query)) {
        return byToken("kana_search", key, limit);
    }
    return byToken("name_search", key, limit);
}

qint64 PatientRepository::count() const {
    Statement st(m_record.db(), "SELECT count(*) FROM patients;");
    st.step();
    return st.int64(0);
}

} // namespace tsumugi
