-- Schema version 14 on the clinic server (the embedded record's V14 changes nothing: SQLite already compares text
-- by bytes and has no TRUNCATE).
-- Every text column compares by bytes, as SQLite's BINARY does, whatever the database's locale or collation
-- provider: prefix searches (kana_search >= ? AND < ?), codes and ISO dates order the same on both drivers.
-- PostgreSQL will not retype a column a trigger's WHEN or UPDATE OF names: those three are set aside and made again.
DROP TRIGGER notes_final_is_final ON notes;
DROP TRIGGER referral_inbox_document_kept ON referral_inbox;
DROP TRIGGER documents_final_is_final ON documents;
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT table_name, column_name FROM information_schema.columns
             WHERE table_schema = 'public' AND data_type = 'text' AND collation_name IS DISTINCT FROM 'C' LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I TYPE text COLLATE "C"', c.table_name, c.column_name);
    END LOOP;
END $$;
CREATE TRIGGER notes_final_is_final BEFORE UPDATE ON notes FOR EACH ROW WHEN (OLD.status = 'final' AND NEW.version = OLD.version AND NEW.status <> 'withdrawn')
    EXECUTE FUNCTION tsumugi_refuse('a finalised note is changed only by a new version');
CREATE TRIGGER referral_inbox_document_kept BEFORE UPDATE OF document_json, bundle_identifier, sha256 ON referral_inbox FOR EACH ROW
    EXECUTE FUNCTION tsumugi_refuse('a received letter is never changed');
CREATE TRIGGER documents_final_is_final BEFORE UPDATE ON documents FOR EACH ROW WHEN (OLD.status = 'final' AND NEW.version = OLD.version AND NEW.status <> 'withdrawn' AND NOT (NEW.status = 'final' AND NEW.send_requested = 1 AND NEW.content = OLD.content AND NEW.document_date = OLD.document_date AND NEW.finalized_at IS NOT DISTINCT FROM OLD.finalized_at))
    EXECUTE FUNCTION tsumugi_refuse('a finalised document is changed only by a new version');
-- TRUNCATE empties a table without firing its DELETE triggers: every table whose rows are never deleted refuses it
-- too.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT DISTINCT event_object_table AS name FROM information_schema.triggers
             WHERE trigger_schema = 'public' AND event_manipulation = 'DELETE' LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION tsumugi_refuse(%L)',
                       t.name || '_never_truncated', t.name, t.name || ' are never emptied');
    END LOOP;
END $$;
