#include "core/db/EmbeddedHistory.h"

namespace tsumugi {

namespace {

// 1: the clinic, users, patients with their version history, and the hash-chained audit trail.
// Nothing clinical is ever deleted or rewritten in place: triggers refuse it even to a careless tool.
const char* const V1 = R"SQL(
CREATE TABLE clinic (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    name TEXT NOT NULL,
    institution_number TEXT NOT NULL,
    address TEXT,
    phone TEXT,
    created_at TEXT NOT NULL
);
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'doctor', 'clerk')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    created_by INTEGER REFERENCES users(id)
);
CREATE TABLE patients (
    id INTEGER PRIMARY KEY,
    patient_number INTEGER NOT NULL UNIQUE,
    version INTEGER NOT NULL,
    family_name TEXT NOT NULL,
    given_name TEXT NOT NULL,
    family_kana TEXT NOT NULL,
    given_kana TEXT NOT NULL,
    name_search TEXT NOT NULL,
    kana_search TEXT NOT NULL,
    sex TEXT NOT NULL CHECK (sex IN ('male', 'female', 'other', 'unknown')),
    birth_date TEXT NOT NULL,
    postal_code TEXT,
    address TEXT,
    phone TEXT,
    phone_search TEXT,
    insurer_number TEXT,
    insurance_symbol TEXT,
    insurance_number TEXT,
    insurance_branch TEXT,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX patients_kana ON patients(kana_search, patient_number);
CREATE INDEX patients_name ON patients(name_search, patient_number);
CREATE INDEX patients_birth ON patients(birth_date);
CREATE INDEX patients_phone ON patients(phone_search);
CREATE TABLE patient_versions (
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    version INTEGER NOT NULL,
    data TEXT NOT NULL,
    reason TEXT,
    author_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (patient_id, version)
) WITHOUT ROWID;
CREATE TRIGGER patients_never_deleted BEFORE DELETE ON patients
BEGIN SELECT RAISE(ABORT, 'patients are never deleted'); END;
CREATE TRIGGER patient_versions_never_changed BEFORE UPDATE ON patient_versions
BEGIN SELECT RAISE(ABORT, 'patient history is never changed'); END;
CREATE TRIGGER patient_versions_never_deleted BEFORE DELETE ON patient_versions
BEGIN SELECT RAISE(ABORT, 'patient history is never deleted'); END;
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    detail TEXT NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL
);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
)SQL";

// 2: today's reception list (受付). A patient may come back after a finished visit the same day,
// so only one unfinished entry per patient and day.
const char* const V2 = R"SQL(
CREATE TABLE reception_entries (
    id INTEGER PRIMARY KEY,
    visit_date TEXT NOT NULL,
    queue_number INTEGER NOT NULL,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    status TEXT NOT NULL CHECK (status IN ('waiting', 'in_consultation', 'done')),
    arrived_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id),
    UNIQUE (visit_date, queue_number)
);
CREATE UNIQUE INDEX reception_one_open_entry ON reception_entries(visit_date, patient_id) WHERE status <> 'done';
)SQL";

// 3: charting. Visits, notes (2号用紙: findings left, orders right) with finalised versions, and the clinical
// items of the six-item set (diagnoses, allergies and drug contraindications, lab and infection results,
// prescriptions). Every item keeps the fields its JP-CLINS eCS profile needs, a source institution (NULL = ours;
// other clinics' items arrive read-only later) and an optional raw JSON. Changes are new versions in
// chart_item_versions / note_versions; withdrawal is a status, never a DELETE (triggers refuse it).
const char* const V3 = R"SQL(
CREATE TABLE visits (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    version INTEGER NOT NULL,
    visit_date TEXT NOT NULL,
    encounter_class TEXT NOT NULL CHECK (encounter_class IN ('outpatient', 'inpatient')),
    department TEXT NOT NULL,
    doctor_id INTEGER NOT NULL REFERENCES users(id),
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    withdrawn_reason TEXT,
    source_institution TEXT,
    raw_json TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX visits_patient_date ON visits(patient_id, visit_date, id);
CREATE TABLE notes (
    id INTEGER PRIMARY KEY,
    visit_id INTEGER NOT NULL UNIQUE REFERENCES visits(id),
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'final', 'withdrawn')),
    findings TEXT NOT NULL,
    orders TEXT NOT NULL,
    revision_reason TEXT,
    source_institution TEXT,
    raw_json TEXT,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id),
    finalized_at TEXT,
    finalized_by INTEGER REFERENCES users(id)
);
CREATE INDEX notes_patient ON notes(patient_id);
CREATE TABLE note_versions (
    note_id INTEGER NOT NULL REFERENCES notes(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    findings TEXT NOT NULL,
    orders TEXT NOT NULL,
    reason TEXT,
    author_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (note_id, version)
) WITHOUT ROWID;
CREATE TABLE note_templates (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    target TEXT NOT NULL CHECK (target IN ('findings', 'orders')),
    active INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL
);
INSERT INTO note_templates (title, body, target, created_at) VALUES
    ('かぜ症状', 'S) 咽頭痛、鼻汁、咳嗽。発熱なし。' || char(10) || 'O) 咽頭発赤軽度、扁桃腫大なし。胸部聴診 清。', 'findings', '2026-01-01T00:00:00.000Z'),
    ('高血圧 定期', 'S) 自覚症状なし。服薬遵守良好。' || char(10) || 'O) 血圧 /  mmHg、脈拍 /分 整。浮腫なし。', 'findings', '2026-01-01T00:00:00.000Z'),
    ('糖尿病 定期', 'S) 低血糖症状なし。食事・運動療法継続。' || char(10) || 'O) 体重  kg。足病変なし。', 'findings', '2026-01-01T00:00:00.000Z'),
    ('次回予約', '次回 週後 再診。症状増悪時は早めに受診。', 'orders', '2026-01-01T00:00:00.000Z'),
    ('採血オーダー', '採血: AST, ALT, γ-GT, Cre, eGFR, HbA1c, LDL-C, TG', 'orders', '2026-01-01T00:00:00.000Z');
CREATE TABLE diagnoses (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    visit_id INTEGER REFERENCES visits(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    name TEXT NOT NULL,
    medis_code TEXT NOT NULL,
    receipt_code TEXT,
    icd10 TEXT,
    modifiers TEXT NOT NULL DEFAULT '[]',
    start_date TEXT NOT NULL,
    principal INTEGER NOT NULL DEFAULT 0,
    suspected INTEGER NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT 'continuing'
        CHECK (outcome IN ('continuing', 'cured', 'died', 'discontinued', 'transferred')),
    end_date TEXT,
    long_term INTEGER NOT NULL DEFAULT 0,
    uninformed INTEGER NOT NULL DEFAULT 0,
    undelivered INTEGER NOT NULL DEFAULT 0,
    department TEXT,
    comment TEXT,
    recorded_at TEXT NOT NULL,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    source_institution TEXT,
    raw_json TEXT,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX diagnoses_patient ON diagnoses(patient_id, start_date);
CREATE TABLE allergies (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    visit_id INTEGER REFERENCES visits(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    category TEXT NOT NULL CHECK (category IN ('food', 'environment', 'other', 'medication')),
    code_system TEXT NOT NULL CHECK (code_system IN ('jfagy', 'yj', 'none')),
    code TEXT,
    name TEXT NOT NULL,
    reaction TEXT,
    severity TEXT NOT NULL DEFAULT 'unknown' CHECK (severity IN ('mild', 'moderate', 'severe', 'unknown')),
    criticality TEXT NOT NULL DEFAULT 'unable-to-assess' CHECK (criticality IN ('low', 'high', 'unable-to-assess')),
    verification TEXT NOT NULL DEFAULT 'confirmed' CHECK (verification IN ('confirmed', 'unconfirmed')),
    onset_date TEXT,
    recorded_date TEXT NOT NULL,
    long_term INTEGER NOT NULL DEFAULT 0,
    comment TEXT,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    source_institution TEXT,
    raw_json TEXT,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX allergies_patient ON allergies(patient_id);
CREATE TABLE lab_results (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    visit_id INTEGER REFERENCES visits(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    code_system TEXT NOT NULL CHECK (code_system IN ('jlac10', 'jlac11', 'local')),
    code TEXT NOT NULL,
    item_key TEXT NOT NULL,
    name TEXT NOT NULL,
    infection INTEGER NOT NULL DEFAULT 0,
    value_number REAL,
    value_text TEXT,
    unit TEXT,
    ucum_unit TEXT,
    reference_low REAL,
    reference_high REAL,
    reference_text TEXT,
    abnormal_flag TEXT NOT NULL DEFAULT '' CHECK (abnormal_flag IN ('', 'N', 'H', 'L', 'HH', 'LL', 'A', 'POS', 'NEG')),
    specimen TEXT NOT NULL,
    collected_at TEXT NOT NULL,
    origin TEXT NOT NULL DEFAULT 'manual' CHECK (origin IN ('manual', 'csv')),
    comment TEXT,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    source_institution TEXT,
    raw_json TEXT,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX lab_results_series ON lab_results(patient_id, item_key, collected_at);
CREATE INDEX lab_results_patient_time ON lab_results(patient_id, collected_at);
CREATE TABLE prescriptions (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    visit_id INTEGER NOT NULL REFERENCES visits(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    rp_number INTEGER NOT NULL DEFAULT 1,
    drug_code_system TEXT NOT NULL CHECK (drug_code_system IN ('yj', 'generic', 'receipt', 'none')),
    drug_code TEXT,
    yj_code TEXT,
    drug_name TEXT NOT NULL,
    dose REAL NOT NULL,
    unit TEXT NOT NULL,
    usage_code TEXT,
    usage_text TEXT NOT NULL,
    days INTEGER NOT NULL,
    quantity REAL NOT NULL,
    dispensing TEXT NOT NULL CHECK (dispensing IN ('in_house', 'outside')),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    acknowledged_warnings TEXT,
    comment TEXT,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    source_institution TEXT,
    raw_json TEXT,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX prescriptions_patient ON prescriptions(patient_id, end_date);
CREATE INDEX prescriptions_visit ON prescriptions(visit_id);
CREATE TABLE chart_item_versions (
    kind TEXT NOT NULL,
    item_id INTEGER NOT NULL,
    version INTEGER NOT NULL,
    data TEXT NOT NULL,
    reason TEXT,
    author_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (kind, item_id, version)
) WITHOUT ROWID;
CREATE TRIGGER visits_never_deleted BEFORE DELETE ON visits
BEGIN SELECT RAISE(ABORT, 'visits are never deleted'); END;
CREATE TRIGGER notes_never_deleted BEFORE DELETE ON notes
BEGIN SELECT RAISE(ABORT, 'notes are never deleted'); END;
CREATE TRIGGER notes_final_is_final BEFORE UPDATE ON notes
WHEN OLD.status = 'final' AND NEW.version = OLD.version AND NEW.status <> 'withdrawn'
BEGIN SELECT RAISE(ABORT, 'a finalised note is changed only by a new version'); END;
CREATE TRIGGER note_versions_never_changed BEFORE UPDATE ON note_versions
BEGIN SELECT RAISE(ABORT, 'note history is never changed'); END;
CREATE TRIGGER note_versions_never_deleted BEFORE DELETE ON note_versions
BEGIN SELECT RAISE(ABORT, 'note history is never deleted'); END;
CREATE TRIGGER diagnoses_never_deleted BEFORE DELETE ON diagnoses
BEGIN SELECT RAISE(ABORT, 'diagnoses are never deleted'); END;
CREATE TRIGGER allergies_never_deleted BEFORE DELETE ON allergies
BEGIN SELECT RAISE(ABORT, 'allergies are never deleted'); END;
CREATE TRIGGER lab_results_never_deleted BEFORE DELETE ON lab_results
BEGIN SELECT RAISE(ABORT, 'lab results are never deleted'); END;
CREATE TRIGGER prescriptions_never_deleted BEFORE DELETE ON prescriptions
BEGIN SELECT RAISE(ABORT, 'prescriptions are never deleted'); END;
CREATE TRIGGER chart_item_versions_never_changed BEFORE UPDATE ON chart_item_versions
BEGIN SELECT RAISE(ABORT, 'chart history is never changed'); END;
CREATE TRIGGER chart_item_versions_never_deleted BEFORE DELETE ON chart_item_versions
BEGIN SELECT RAISE(ABORT, 'chart history is never deleted'); END;
CREATE TABLE master_entries (
    kind TEXT NOT NULL CHECK (kind IN ('disease', 'modifier', 'drug', 'jfagy', 'jlac')),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kana TEXT NOT NULL DEFAULT '',
    kana_key TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    medis_code TEXT,
    icd10 TEXT,
    yj_code TEXT,
    generic_name TEXT,
    unit TEXT,
    group_code TEXT,
    category TEXT,
    detail TEXT,
    PRIMARY KEY (kind, code)
) WITHOUT ROWID;
CREATE INDEX master_entries_kana ON master_entries(kind, kana_key);
CREATE INDEX master_entries_name ON master_entries(kind, name_key);
CREATE INDEX master_entries_yj ON master_entries(kind, yj_code) WHERE yj_code IS NOT NULL;
CREATE TABLE master_imports (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL,
    source TEXT NOT NULL,
    entries INTEGER NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by INTEGER REFERENCES users(id)
);
)SQL";

// 4: documents — 診療情報提供書 (referral) and 退院時サマリー (discharge summary). The fields live as JSON in
// `content` (DocumentContent); each finalised version is kept in document_versions; attachments are BLOBs in
// the encrypted record; nothing is deleted (withdrawal is a status). A small address book of frequent addressees.
const char* const V4 = R"SQL(
CREATE TABLE documents (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    kind TEXT NOT NULL CHECK (kind IN ('referral', 'discharge')),
    version INTEGER NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'final', 'withdrawn')),
    document_date TEXT NOT NULL,
    addressee_number TEXT,
    content TEXT NOT NULL,
    revision_reason TEXT,
    source_institution TEXT,
    raw_json TEXT,
    created_at TEXT NOT NULL,
    created_by INTEGER NOT NULL REFERENCES users(id),
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id),
    finalized_at TEXT,
    finalized_by INTEGER REFERENCES users(id)
);
CREATE INDEX documents_patient ON documents(patient_id, document_date, id);
CREATE TABLE document_versions (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL,
    document_date TEXT NOT NULL,
    content TEXT NOT NULL,
    reason TEXT,
    author_id INTEGER NOT NULL REFERENCES users(id),
    created_at TEXT NOT NULL,
    PRIMARY KEY (document_id, version)
) WITHOUT ROWID;
CREATE TABLE document_attachments (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    file_name TEXT NOT NULL,
    media_type TEXT NOT NULL CHECK (media_type IN ('application/pdf', 'image/png', 'image/jpeg')),
    title TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    data BLOB NOT NULL,
    added_at TEXT NOT NULL,
    added_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX document_attachments_document ON document_attachments(document_id);
CREATE TABLE document_addressees (
    id INTEGER PRIMARY KEY,
    institution_name TEXT NOT NULL,
    institution_number TEXT NOT NULL,
    department TEXT,
    doctor TEXT,
    active INTEGER NOT NULL DEFAULT 1,
    use_count INTEGER NOT NULL DEFAULT 0,
    last_used_at TEXT,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE TRIGGER documents_never_deleted BEFORE DELETE ON documents
BEGIN SELECT RAISE(ABORT, 'documents are never deleted'); END;
CREATE TRIGGER documents_final_is_final BEFORE UPDATE ON documents
WHEN OLD.status = 'final' AND NEW.version = OLD.version AND NEW.status <> 'withdrawn'
BEGIN SELECT RAISE(ABORT, 'a finalised document is changed only by a new version'); END;
CREATE TRIGGER document_versions_never_changed BEFORE UPDATE ON document_versions
BEGIN SELECT RAISE(ABORT, 'document history is never changed'); END;
CREATE TRIGGER document_versions_never_deleted BEFORE DELETE ON document_versions
BEGIN SELECT RAISE(ABORT, 'document history is never deleted'); END;
CREATE TRIGGER document_attachments_never_changed BEFORE UPDATE ON document_attachments
BEGIN SELECT RAISE(ABORT, 'attachments are never changed'); END;
CREATE TRIGGER document_attachments_never_deleted BEFORE DELETE ON document_attachments
BEGIN SELECT RAISE(ABORT, 'attachments are never deleted'); END;
)SQL";

// 6: the sync outbox. One row per reporting unit (patient × CLINS resource type) or per document; written in
// the same transaction as the chart change. The payload is frozen (bytes + identifier + content hash) before
// the first attempt and resent unchanged until the service answers; a change meanwhile bumps `generation`,
// so a fresh snapshot follows under the same identifier.
const char* const V6 = R"SQL(
CREATE TABLE outbox_items (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('clins', 'document')),
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    resource_type TEXT,
    document_id INTEGER,
    state TEXT NOT NULL DEFAULT 'pending'
        CHECK (state IN ('pending', 'sending', 'sent', 'rejected', 'failed', 'not_needed')),
    generation INTEGER NOT NULL DEFAULT 1,
    frozen_generation INTEGER,
    sent_generation INTEGER NOT NULL DEFAULT 0,
    operation TEXT CHECK (operation IN ('register', 'delete')),
    bundle_identifier TEXT,
    first_year INTEGER,
    member_id TEXT,
    payload BLOB,
    payload_sha256 TEXT,
    registered INTEGER NOT NULL DEFAULT 0,
    registered_member_id TEXT,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    last_status INTEGER,
    last_error TEXT,
    last_attempt_at TEXT,
    last_success_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    CHECK ((kind = 'clins' AND resource_type IS NOT NULL) OR (kind = 'document' AND document_id IS NOT NULL))
);
CREATE UNIQUE INDEX outbox_items_unit ON outbox_items(patient_id, resource_type) WHERE kind = 'clins';
CREATE UNIQUE INDEX outbox_items_document ON outbox_items(document_id) WHERE kind = 'document';
CREATE INDEX outbox_items_due ON outbox_items(state, next_attempt_at);
)SQL";

// 5: items received from other institutions (JP-CLINS bundles, eCS resources). received_items maps a sender's
// resource (institution + resource key) to the chart row it became, so importing the same file again updates or
// skips instead of duplicating; received_patient_links remembers which of our patients a sender's identifiers
// (insured-person identifier, the sender's patient number) belong to; fhir_imports is the append-only log of
// every imported file with its report.
const char* const V5 = R"SQL(
CREATE TABLE received_items (
    source_institution TEXT NOT NULL,
    resource_key TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('diagnosis', 'allergy', 'lab-result')),
    item_id INTEGER NOT NULL,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    content_hash TEXT NOT NULL,
    received_at TEXT NOT NULL,
    PRIMARY KEY (source_institution, resource_key)
) WITHOUT ROWID;
CREATE INDEX received_items_item ON received_items(kind, item_id);
CREATE TABLE received_patient_links (
    identifier TEXT PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    linked_at TEXT NOT NULL,
    linked_by INTEGER NOT NULL REFERENCES users(id)
) WITHOUT ROWID;
CREATE TABLE fhir_imports (
    id INTEGER PRIMARY KEY,
    file_name TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    source_institution TEXT,
    patient_id INTEGER REFERENCES patients(id),
    added INTEGER NOT NULL,
    updated INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    report TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    imported_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE TRIGGER fhir_imports_never_changed BEFORE UPDATE ON fhir_imports
BEGIN SELECT RAISE(ABORT, 'the import log is append-only'); END;
CREATE TRIGGER fhir_imports_never_deleted BEFORE DELETE ON fhir_imports
BEGIN SELECT RAISE(ABORT, 'the import log is append-only'); END;
CREATE TRIGGER received_items_never_deleted BEFORE DELETE ON received_items
BEGIN SELECT RAISE(ABORT, 'received items are never deleted'); END;
-- Matching a received patient by the insured-person identifier reads the card number first.
CREATE INDEX patients_insurance_number ON patients(insurance_number) WHERE insurance_number IS NOT NULL;
)SQL";

// 7: online eligibility checks (オンライン資格確認) with their raw answers, summaries pulled from the sharing service
// (read-only copies, with the emergency reason when read without consent) and the referral inbox (letters stored
// before their receipt is acknowledged, so a crash never loses one; one row per document version).
const char* const V7 = R"SQL(
CREATE TABLE eligibility_checks (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER REFERENCES patients(id),
    reception_id INTEGER REFERENCES reception_entries(id),
    status TEXT NOT NULL CHECK (status IN ('checked', 'not_checked', 'error')),
    method TEXT NOT NULL CHECK (method IN ('card', 'card_data')),
    request TEXT NOT NULL,
    result_code TEXT,
    error_code TEXT,
    message TEXT,
    answer_json TEXT,
    access_token TEXT,
    token_expires_at TEXT,
    checked_at TEXT NOT NULL,
    checked_by INTEGER NOT NULL REFERENCES users(id),
    insurance_update_at TEXT,
    insurance_update_by INTEGER REFERENCES users(id)
);
CREATE INDEX eligibility_checks_patient ON eligibility_checks(patient_id, id);
CREATE INDEX eligibility_checks_reception ON eligibility_checks(reception_id, id);
CREATE TRIGGER eligibility_checks_never_deleted BEFORE DELETE ON eligibility_checks
BEGIN SELECT RAISE(ABORT, 'eligibility checks are never deleted'); END;
CREATE TABLE shared_summaries (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    eligibility_check_id INTEGER REFERENCES eligibility_checks(id),
    mode TEXT NOT NULL CHECK (mode IN ('consented', 'emergency')),
    reason TEXT,
    bundle_json TEXT NOT NULL,
    pulled_at TEXT NOT NULL,
    pulled_by INTEGER NOT NULL REFERENCES users(id)
);
CREATE INDEX shared_summaries_patient ON shared_summaries(patient_id, id);
CREATE TRIGGER shared_summaries_never_changed BEFORE UPDATE ON shared_summaries
BEGIN SELECT RAISE(ABORT, 'a pulled summary is never changed'); END;
CREATE TRIGGER shared_summaries_never_deleted BEFORE DELETE ON shared_summaries
BEGIN SELECT RAISE(ABORT, 'a pulled summary is never deleted'); END;
CREATE TABLE referral_inbox (
    id INTEGER PRIMARY KEY,
    bundle_identifier TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    sender TEXT NOT NULL,
    member_id TEXT,
    delivered_at TEXT,
    document_json TEXT NOT NULL,
    stored_at TEXT NOT NULL,
    stored_by INTEGER NOT NULL REFERENCES users(id),
    patient_id INTEGER REFERENCES patients(id),
    import_status TEXT NOT NULL DEFAULT 'not_imported' CHECK (import_status IN ('not_imported', 'imported', 'failed')),
    import_message TEXT,
    received_at TEXT,
    UNIQUE (bundle_identifier, sha256)
);
CREATE TRIGGER referral_inbox_never_deleted BEFORE DELETE ON referral_inbox
BEGIN SELECT RAISE(ABORT, 'received letters are never deleted'); END;
CREATE TRIGGER referral_inbox_document_kept BEFORE UPDATE OF document_json, bundle_identifier, sha256 ON referral_inbox
BEGIN SELECT RAISE(ABORT, 'a received letter is never changed'); END;
)SQL";

// 8: sending a finalised document to the sharing service is the doctor's choice (a letter handed over on paper
// must not reach the national service). The flag belongs to the current version: finalising sets it, a new
// version clears it, and "send" on a finalised document sets it later — the one change a final version allows.
const char* const V8 = R"SQL(
ALTER TABLE documents ADD COLUMN send_requested INTEGER NOT NULL DEFAULT 0;
DROP TRIGGER documents_final_is_final;
CREATE TRIGGER documents_final_is_final BEFORE UPDATE ON documents
WHEN OLD.status = 'final' AND NEW.version = OLD.version AND NEW.status <> 'withdrawn'
 AND NOT (NEW.status = 'final' AND NEW.send_requested = 1 AND NEW.content = OLD.content
          AND NEW.document_date = OLD.document_date AND NEW.finalized_at IS OLD.finalized_at)
BEGIN SELECT RAISE(ABORT, 'a finalised document is changed only by a new version'); END;
)SQL";

// 9: the worker asks for the last success after every round; without an index that is a scan of every outbox row,
// and the columns after the payload BLOB sit behind its overflow pages, so each round read every payload.
const char* const V9 = R"SQL(
CREATE INDEX outbox_items_last_success ON outbox_items(last_success_at);
)SQL";

// 10: a received letter is known by its sender and the sender's Bundle.identifier, so importing it again (a
// re-fetch, the same file twice) adds nothing and a corrected resend becomes the letter's next version.
const char* const V10 = R"SQL(
ALTER TABLE documents ADD COLUMN source_key TEXT;
ALTER TABLE documents ADD COLUMN source_hash TEXT;
CREATE UNIQUE INDEX documents_source_key ON documents(source_institution, source_key) WHERE source_key IS NOT NULL;
)SQL";

// 11: electronic signatures of finalised documents, made through the DocumentSigner seam (none is registered
// by default, so the table stays empty until one is). Append-only, like the versions they sign.
const char* const V11 = R"SQL(
CREATE TABLE document_signatures (
    id INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    version INTEGER NOT NULL,
    format TEXT NOT NULL,
    signature BLOB NOT NULL,
    signer_name TEXT NOT NULL,
    certificate BLOB,
    input_sha256 TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    UNIQUE (document_id, version)
);
CREATE TRIGGER document_signatures_no_update BEFORE UPDATE ON document_signatures
BEGIN SELECT RAISE(ABORT, 'a document signature is never changed'); END;
CREATE TRIGGER document_signatures_no_delete BEFORE DELETE ON document_signatures
BEGIN SELECT RAISE(ABORT, 'a document signature is never deleted'); END;
)SQL";

// 12: the official masters as they change. An ended code stays (old charts read it) with the last day it may be
// chosen (valid_until) and its 移行先 (successor); 一般名 entries ('generic'); a prior for common names (priority),
// the drugs' 一般名 as a search key, and what this clinic chooses most (master_usage). The masters are public data:
// no patient is tied to them, so the table is rebuilt freely. A rowid table now: its rows (a few hundred bytes) do not
// fit the 1 KB pages of a WITHOUT ROWID b-tree and each spilled into an overflow page (a new record was 60 MB).
// Allergies learn the 一般名 code system (GCM), so a received GCM code is no longer filed as YJ; the table is copied
// whole, row for row.
const char* const V12 = R"SQL(
CREATE TABLE master_entries_new (
    kind TEXT NOT NULL CHECK (kind IN ('disease', 'modifier', 'drug', 'generic', 'jfagy', 'jlac')),
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kana TEXT NOT NULL DEFAULT '',
    kana_key TEXT NOT NULL DEFAULT '',
    name_key TEXT NOT NULL DEFAULT '',
    generic_key TEXT,
    medis_code TEXT,
    icd10 TEXT,
    yj_code TEXT,
    generic_name TEXT,
    unit TEXT,
    group_code TEXT,
    category TEXT,
    detail TEXT,
    valid_until TEXT,
    successor TEXT,
    priority INTEGER NOT NULL DEFAULT 0,
    UNIQUE (kind, code)
);
INSERT INTO master_entries_new (kind, code, name, kana, kana_key, name_key, medis_code, icd10, yj_code, generic_name,
                                unit, group_code, category, detail)
    SELECT kind, code, name, kana, kana_key, name_key, medis_code, icd10, yj_code, generic_name, unit, group_code,
           category, detail FROM master_entries;
DROP TABLE master_entries;
ALTER TABLE master_entries_new RENAME TO master_entries;
CREATE INDEX master_entries_kana ON master_entries(kind, kana_key);
CREATE INDEX master_entries_name ON master_entries(kind, name_key);
CREATE INDEX master_entries_generic ON master_entries(kind, generic_key) WHERE generic_key IS NOT NULL;
CREATE INDEX master_entries_yj ON master_entries(kind, yj_code) WHERE yj_code IS NOT NULL;
CREATE INDEX master_entries_icd10 ON master_entries(kind, icd10) WHERE icd10 IS NOT NULL;
CREATE INDEX master_entries_medis ON master_entries(kind, medis_code) WHERE medis_code IS NOT NULL;
CREATE INDEX master_entries_group ON master_entries(kind, group_code) WHERE group_code IS NOT NULL;
CREATE INDEX master_entries_common_kana ON master_entries(kind, kana_key) WHERE priority > 0;
CREATE INDEX master_entries_common_name ON master_entries(kind, name_key) WHERE priority > 0;
ALTER TABLE master_imports ADD COLUMN added INTEGER;
ALTER TABLE master_imports ADD COLUMN changed INTEGER;
ALTER TABLE master_imports ADD COLUMN ended INTEGER;
CREATE TABLE allergies_new (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    visit_id INTEGER REFERENCES visits(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    category TEXT NOT NULL CHECK (category IN ('food', 'environment', 'other', 'medication')),
    code_system TEXT NOT NULL CHECK (code_system IN ('jfagy', 'yj', 'generic', 'none')),
    code TEXT,
    name TEXT NOT NULL,
    reaction TEXT,
    severity TEXT NOT NULL DEFAULT 'unknown' CHECK (severity IN ('mild', 'moderate', 'severe', 'unknown')),
    criticality TEXT NOT NULL DEFAULT 'unable-to-assess' CHECK (criticality IN ('low', 'high', 'unable-to-assess')),
    verification TEXT NOT NULL DEFAULT 'confirmed' CHECK (verification IN ('confirmed', 'unconfirmed')),
    onset_date TEXT,
    recorded_date TEXT NOT NULL,
    long_term INTEGER NOT NULL DEFAULT 0,
    comment TEXT,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    source_institution TEXT,
    raw_json TEXT,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
INSERT INTO allergies_new SELECT id, patient_id, visit_id, version, status, category,
    CASE WHEN code_system = 'yj' AND code LIKE 'GCM%' THEN 'generic' ELSE code_system END, code, name, reaction,
    severity, criticality, verification, onset_date, recorded_date, long_term, comment, recorded_by,
    source_institution, raw_json, updated_at, updated_by FROM allergies;
DROP TABLE allergies;
ALTER TABLE allergies_new RENAME TO allergies;
CREATE INDEX allergies_patient ON allergies(patient_id);
CREATE TRIGGER allergies_never_deleted BEFORE DELETE ON allergies
BEGIN SELECT RAISE(ABORT, 'allergies are never deleted'); END;
CREATE TABLE master_usage (
    kind TEXT NOT NULL,
    code TEXT NOT NULL,
    uses INTEGER NOT NULL,
    last_used_at TEXT NOT NULL,
    PRIMARY KEY (kind, code)
) WITHOUT ROWID;
)SQL";

// Drug allergies at the level the doctor means them: an ingredient wherever it appears, or a class of drugs.
const char* const V13 = R"SQL(
CREATE TABLE allergies_new (
    id INTEGER PRIMARY KEY,
    patient_id INTEGER NOT NULL REFERENCES patients(id),
    visit_id INTEGER REFERENCES visits(id),
    version INTEGER NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'withdrawn')),
    category TEXT NOT NULL CHECK (category IN ('food', 'environment', 'other', 'medication')),
    code_system TEXT NOT NULL CHECK (code_system IN ('jfagy', 'yj', 'generic', 'ingredient', 'drug_class', 'none')),
    code TEXT,
    name TEXT NOT NULL,
    reaction TEXT,
    severity TEXT NOT NULL DEFAULT 'unknown' CHECK (severity IN ('mild', 'moderate', 'severe', 'unknown')),
    criticality TEXT NOT NULL DEFAULT 'unable-to-assess' CHECK (criticality IN ('low', 'high', 'unable-to-assess')),
    verification TEXT NOT NULL DEFAULT 'confirmed' CHECK (verification IN ('confirmed', 'unconfirmed')),
    onset_date TEXT,
    recorded_date TEXT NOT NULL,
    long_term INTEGER NOT NULL DEFAULT 0,
    comment TEXT,
    recorded_by INTEGER NOT NULL REFERENCES users(id),
    source_institution TEXT,
    raw_json TEXT,
    updated_at TEXT NOT NULL,
    updated_by INTEGER NOT NULL REFERENCES users(id)
);
INSERT INTO allergies_new SELECT id, patient_id, visit_id, version, status, category,
    code_system, code, name, reaction,
    severity, criticality, verification, onset_date, recorded_date, long_term, comment, recorded_by,
    source_institution, raw_json, updated_at, updated_by FROM allergies;
DROP TABLE allergies;
ALTER TABLE allergies_new RENAME TO allergies;
CREATE INDEX allergies_patient ON allergies(patient_id);
CREATE TRIGGER allergies_never_deleted BEFORE DELETE ON allergies
BEGIN SELECT RAISE(ABORT, 'allergies are never deleted'); END;
)SQL";

// The server's step 14 (every text column byte-ordered, TRUNCATE refused on append-only tables) has nothing to do
// here: SQLite compares text by bytes and has no TRUNCATE. The versions stay in step.
const char* const V14 = "-- server only";

// A new prescription line starts from the clinic's recent habit for the drug, a lab entry from its last report of the
// item: both looked up across all patients, so each gets its own index.
const char* const V15 = R"SQL(
CREATE INDEX prescriptions_drug ON prescriptions(drug_code, id);
CREATE INDEX lab_results_item ON lab_results(item_key, collected_at);
)SQL";

// The server's step 16 (its key slots and failed logins in tables) has nothing to do here: the embedded record keeps
// them in files beside it (KeySlotFile, FailedLoginLog).
const char* const V16 = "-- server only";

// Reads stay reads: a view, a sign-in or a lock outside a change is written here at once, without the write lock,
// and the next change chains it into audit_log (AuditTrail). Never changed; chaining removes it.
const char* const V17 = R"SQL(
CREATE TABLE audit_pending (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    record_type TEXT NOT NULL,
    record_id TEXT NOT NULL,
    detail TEXT NOT NULL
);
CREATE TRIGGER audit_pending_never_changed BEFORE UPDATE ON audit_pending
BEGIN SELECT RAISE(ABORT, 'a pending audit row is never changed'); END;
)SQL";

} // namespace

std::vector<Migration> EmbeddedHistory::steps() {
    return {
        {1, "clinic, users, patients, audit trail", V1},
        {2, "reception list", V2},
        {3, "charting: visits, notes, diagnoses, allergies, labs, prescriptions, masters", V3},
        {4, "documents: referrals, discharge summaries, attachments, address book", V4},
        {5, "received items from other institutions, patient links, FHIR import log", V5},
        {6, "sync outbox", V6},
        {7, "eligibility checks, pulled shared summaries, referral inbox", V7},
        {8, "documents: sending to the sharing service is chosen per finalised version", V8},
        {9, "outbox: index for the last success", V9},
        {10, "received documents: sender's key and content hash", V10},
        {11, "electronic signatures of finalised documents", V11},
        {12, "masters: ended codes and successors, 一般名 entries, ranking by use", V12},
        {13, "allergies: ingredient and drug-class levels", V13},
        {14, "server: text compared by bytes, TRUNCATE refused (nothing to change here)", V14},
        {15, "indexes for the usual dosage of a drug and the last report of a lab item", V15},
        {16, "server only: key slots and failed logins in tables", V16},
        {17, "audit rows of reading written without the write lock, chained by the next change", V17},
    };
}

} // namespace tsumugi
