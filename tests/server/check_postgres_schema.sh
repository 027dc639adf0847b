#!/bin/bash
# The server schema (`tsumugictl schema sql`, from the declared model) on a real, private PostgreSQL 15 cluster
# (started here, stopped on exit): it loads, the append-only rules refuse what the embedded record refuses, and a
# kana prefix search orders by bytes as SQLite does.
set -euo pipefail
src=${1:?usage: check_postgres_schema.sh SOURCE_DIR TSUMUGICTL}
ctl=${2:?usage: check_postgres_schema.sh SOURCE_DIR TSUMUGICTL}
if [ ! -x /usr/lib/postgresql/15/bin/initdb ]; then
    if [ "${CI:-}" = true ]; then echo "postgresql-15 is missing: run scripts/setup" >&2; exit 1; fi
    echo "SKIP: postgresql-15 is not installed (scripts/setup installs it)"; exit 0
fi
dir=$(mktemp -d /tmp/tsumugi-pg.XXXXXX)
chmod 755 "$dir"
port=$((20000 + RANDOM % 20000))
trap '"$src/tests/support/pg-cluster" stop "$dir" || true; rm -rf "$dir"' EXIT
"$src/tests/support/pg-cluster" start "$dir" "$port"
psql_() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$port" -U postgres "$@"; }
# An ICU locale whose order is not the bytes' ('b' before 'C'): the schema itself must make text byte-ordered.
psql_ -c "CREATE DATABASE tsumugi TEMPLATE template0 ENCODING 'UTF8' LOCALE_PROVIDER icu ICU_LOCALE 'und';" postgres
"$ctl" schema sql --driver postgres > "$dir/schema.sql"
psql_ -f "$dir/schema.sql" tsumugi
fail() { echo "FAIL: $*" >&2; exit 1; }
refused() { # SQL and the message the trigger must give
    if out=$(psql_ -c "$1" tsumugi 2>&1); then fail "accepted: $1"; fi
    grep -q "$2" <<<"$out" || fail "refused for another reason: $1: $out"
}
psql_ tsumugi <<'SQL'
INSERT INTO users (name, display_name, role, created_at) VALUES ('admin', '管理者', 'admin', '2026-12-05T00:00:00Z');
INSERT INTO patients (patient_number, version, family_name, given_name, family_kana, given_kana, name_search,
    kana_search, sex, birth_date, updated_at, updated_by)
VALUES (1, 1, '伊藤', 'さくら', 'イトウ', 'サクラ', '伊藤さくら', 'イトウサクラ', 'female', '1985-03-03', 'x', 1),
       (2, 1, '伊東', '一郎', 'イトウ', 'イチロウ', '伊東一郎', 'イトウイチロウ', 'male', '1950-01-01', 'x', 1),
       (3, 1, '井上', '花', 'イノウエ', 'ハナ', '井上花', 'イノウエハナ', 'female', '1990-01-01', 'x', 1);
INSERT INTO audit_log (seq, at, user_name, action, record_type, record_id, detail, prev_hash, hash)
VALUES (1, 'x', 'admin', 'create', 'patient', '1', '', '\x00', '\x01');
SQL
refused "DELETE FROM patients WHERE id = 1;" "patients are never deleted"
psql_ -c "INSERT INTO allergies (patient_id, version, category, code_system, code, name, recorded_date, recorded_by,
    updated_at, updated_by) VALUES (1, 1, 'medication', 'drug_class', 'penicillin', 'ペニシリン系抗菌薬', '2026-12-06',
    1, 'x', 1);" tsumugi
refused "INSERT INTO allergies (patient_id, version, category, code_system, name, recorded_date, recorded_by,
    updated_at, updated_by) VALUES (1, 1, 'medication', 'class', 'x', '2026-12-06', 1, 'x', 1);" "allergies_code_system_check"
refused "UPDATE audit_log SET detail = 'cut' WHERE seq = 1;" "the audit trail is append-only"
refused "DELETE FROM audit_log;" "the audit trail is append-only"
[ "$(psql_ -At -c "SELECT count(*) FROM note_templates;" tsumugi)" = 5 ] || fail "the note templates were not seeded"
got=$(psql_ -At -c "SELECT string_agg(patient_number::text, ',' ORDER BY kana_search) FROM patients WHERE kana_search LIKE 'イト%';" tsumugi)
[ "$got" = "2,1" ] || fail "kana prefix search gave '$got', expected 2,1 (byte order)"
[ "$(psql_ -At -c "SELECT 'b' < 'C';" tsumugi)" = t ] || fail "the database's own order is bytes: the test proves nothing"
psql_ -c "UPDATE patients SET name_search = 'b' WHERE id = 1; UPDATE patients SET name_search = 'C' WHERE id = 2;" tsumugi
got=$(psql_ -At -c "SELECT string_agg(patient_number::text, ',' ORDER BY name_search) FROM patients WHERE id IN (1, 2);" tsumugi)
[ "$got" = "2,1" ] || fail "name_search ordered '$got', expected 2,1 ('C' before 'b', as bytes)"
refused "TRUNCATE audit_log;" "audit_log are never emptied"
refused "TRUNCATE patients CASCADE;" "are never emptied"
ids=$(psql_ -At -c "SELECT string_agg(id::text, ',' ORDER BY id) FROM patients;" tsumugi)
[ "$ids" = "1,2,3" ] || fail "ids are not allocated by the server: $ids"
echo "PASS: the server schema loads; append-only rules (TRUNCATE too), seeded templates and byte order hold"
