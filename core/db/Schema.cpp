#include "core/db/Schema.h"

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

} // namespace

std::vector<Migration> Schema::migrations() {
    return {
        {1, "clinic, users, patients, audit trail", V1},
        {2, "reception list", V2},
    };
}

} // namespace tsumugi
