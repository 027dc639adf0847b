-- Schema version 16 on the clinic server (nothing on the embedded record, which keeps these in files beside it):
-- what a desk reads before anyone is signed in. The key slots (each user's password wraps the record key), the
-- current generation and the one before it, as the embedded RECORD.keys and RECORD.keys.previous; and the failed
-- logins that slow down guessing across every desk until a successful login audits them.
-- The tsumugi_ prefix marks the server's own tables: they have no embedded twin (core_test_schema_parity).
CREATE TABLE tsumugi_key_slots (
    generation TEXT COLLATE "C" PRIMARY KEY CHECK (generation IN ('current', 'previous')),
    content BYTEA NOT NULL,
    written_at TEXT COLLATE "C" NOT NULL
);
CREATE TABLE tsumugi_failed_logins (
    id BIGSERIAL PRIMARY KEY,
    user_name TEXT COLLATE "C" NOT NULL,
    failed_at TEXT COLLATE "C" NOT NULL
);
-- SQLite's instr(), by which the master search ranks what is found inside a name, as the server's strpos (1-based,
-- 0 when absent, as in SQLite): one SQL text serves both engines.
CREATE FUNCTION instr(haystack TEXT, needle TEXT) RETURNS INTEGER LANGUAGE sql IMMUTABLE STRICT
    AS $$ SELECT strpos(haystack, needle) $$;
