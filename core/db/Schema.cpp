#include "core/db/Schema.h"

#include "core/db/EmbeddedHistory.h"
#include "core/db/SchemaDdl.h"

#include <iterator>

namespace tsumugi {

namespace {
using Rule = StorageModel::Rule;
using Table = StorageModel::Table;

// Shorthands the declaration reads by: the user who wrote a row, a patient's row, an item's life.
StorageModel::Column byUser(std::string name) {
    return integer(std::move(name)).required().refersTo("users");
}
StorageModel::Column ofPatient() {
    return integer("patient_id").required().refersTo("patients");
}
StorageModel::Column activeOrWithdrawn() {
    return text("status").required().orElse("'active'").oneOf({"active", "withdrawn"});
}
StorageModel::Column flag(std::string name, const char* otherwise = "0") {
    return integer(std::move(name)).required().orElse(otherwise);
}
// The columns a chart item's own ones are followed by: who recorded it, the institution it came from with the
// resource as received (another clinic's items), and its last change; the origin sealed from `sealedAt`.
std::vector<StorageModel::Column> chartItem(std::vector<StorageModel::Column> own, int sealedAt) {
    for (StorageModel::Column c :
         {byUser("recorded_by"), text("source_institution").sealedFrom(sealedAt), text("raw_json").sealedFrom(sealedAt),
          text("updated_at").required(), byUser("updated_by")}) {
        own.push_back(std::move(c));
    }
    return own;
}
// 27: the record key's generation a search token was made under, so that a rotation of the key deletes the retiring
// generation's tokens by it (RecordKeyRotation).
StorageModel::Column keyGeneration() {
    return flag("generation", "1").since(27);
}
// 27: a keyed column's value kept sealed beside its token (the embedded record, encrypted whole, keeps it as it is):
// rotating the record key makes every token anew from it. Rows from before 27 have none (their tokens stay as they
// are, found until the rotation's switch).
StorageModel::Column keyedValue(std::string name) {
    return text(std::move(name)).sealedFrom(27).since(27);
}
// How many times a draft-bearing row was saved (19): a desk names the count it read, so a draft saved by another
// desk in between is noticed instead of overwritten (drafts keep no versions of their own).
StorageModel::Column saves() {
    return flag("saves").since(19);
}
Rule neverDeleted(std::string table, std::string message) {
    Rule r;
    r.name = table + "_never_deleted";
    r.table = std::move(table);
    r.refuses = Rule::Refuses::Delete;
    r.message = std::move(message);
    return r;
}
Rule neverChanged(std::string table, std::string message) {
    Rule r;
    r.name = table + "_never_changed";
    r.table = std::move(table);
    r.refuses = Rule::Refuses::Update;
    r.message = std::move(message);
    return r;
}
Rule named(Rule r, std::string name) {
    r.name = std::move(name);
    return r;
}
Rule when(Rule r, std::string condition) {
    r.when = std::move(condition);
    return r;
}

StorageModel declare() {
    std::vector<StorageModel::Table> tables;
    std::vector<StorageModel::Index> indexes;
    std::vector<Rule> rules;

    // The clinic, its settings and users. Nothing clinical is ever deleted or rewritten in place: the rules refuse
    // it even to a careless tool.
    tables.push_back(Table("clinic", {integer("id").key().checked("id = 1"), text("name").required(),
                                      text("institution_number").required(), text("address"), text("phone"),
                                      text("created_at").required()}));
    tables.push_back(Table("settings", {text("key").key(), text("value").required()}).compact());
    tables.push_back(Table("users", {rowId(), text("name").required().isUnique(), text("display_name").required(),
                                     text("role").required().oneOf({"admin", "doctor", "clerk"}), flag("active", "1"),
                                     text("created_at").required(), integer("created_by").refersTo("users")}));

    // Patients with their version history; the search keys are normalised copies (KanaNormalizer). From 20 the
    // clinic server holds every word and number of a patient sealed (ColumnSeal), and search goes through keyed
    // tokens on both drivers (SearchTokens): kana and name by prefix, phone digits by prefix, the birth date and the
    // insured person's number whole.
    const auto sealed = [](StorageModel::Column c) { return c.sealedFrom(20); };
    tables.push_back(Table("patients", {rowId(),
                                        integer("patient_number").required().isUnique(),
                                        integer("version").required(),
                                        sealed(text("family_name").required()),
                                        sealed(text("given_name").required()),
                                        sealed(text("family_kana").required()),
                                        sealed(text("given_kana").required()),
                                        sealed(text("name_search").required()).searchedBy("patient-name", true),
                                        sealed(text("kana_search").required()).searchedBy("patient-kana", true),
                                        sealed(text("sex").required().oneOf({"male", "female", "other", "unknown"})),
                                        sealed(text("birth_date").required()).searchedBy("patient-birth", false),
                                        sealed(text("postal_code")),
                                        sealed(text("address")),
                                        sealed(text("phone")),
                                        sealed(text("phone_search")).searchedBy("patient-phone", true),
                                        sealed(text("insurer_number")),
                                        sealed(text("insurance_symbol")),
                                        sealed(text("insurance_number")).searchedBy("patient-insurance", false),
                                        sealed(text("insurance_branch")),
                                        text("updated_at").required(),
                                        byUser("updated_by")}));
    // 26: searched through tokens since 20 on both drivers, the indexes over a patient's words serve no statement
    // (and on the server would order ciphertext): dropped.
    indexes.push_back(StorageModel::Index("patients_kana", "patients", "kana_search, patient_number").droppedAt(26));
    indexes.push_back(StorageModel::Index("patients_name", "patients", "name_search, patient_number").droppedAt(26));
    indexes.push_back(StorageModel::Index("patients_birth", "patients", "birth_date").droppedAt(26));
    indexes.push_back(StorageModel::Index("patients_phone", "patients", "phone_search").droppedAt(26));
    indexes.push_back(StorageModel::Index("patients_insurance_number", "patients", "insurance_number", false,
                                          "insurance_number IS NOT NULL")
                          .droppedAt(26));
    tables.push_back(
        Table("patient_versions", {ofPatient(), integer("version").required(), sealed(text("data").required()),
                                   sealed(text("reason")), byUser("author_id"), text("created_at").required()})
            .keyedBy({"patient_id", "version"})
            .compact());
    // 20: the keyed search tokens of every searched column (SearchTokens), one table for both drivers. A token is
    // HMAC-SHA256 under a key of its kind: the server sees which rows share a token, never the value.
    tables.push_back(Table("search_tokens", {text("kind").required(), blob("token").required(),
                                             integer("row_id").required(), keyGeneration()})
                         .keyedBy({"kind", "token", "row_id"})
                         .compact()
                         .since(20));
    indexes.push_back(StorageModel::Index("search_tokens_row", "search_tokens", "row_id, kind").since(20));
    // 22: how many rows carry each token, kept with every change: a search page chooses the rows it reads from these
    // counts instead of counting on every search. They say no more than the tokens do.
    tables.push_back(Table("search_token_counts", {text("kind").required(), blob("token").required(),
                                                   integer("row_count").required(), keyGeneration()})
                         .keyedBy({"kind", "token"})
                         .compact()
                         .since(22));
    rules.push_back(neverDeleted("patients", "patients are never deleted"));
    rules.push_back(neverChanged("patient_versions", "patient history is never changed"));
    rules.push_back(neverDeleted("patient_versions", "patient history is never deleted"));

    // The hash-chained audit trail (AuditTrail numbers seq itself), and the reads written without the write lock
    // that the next change chains into it. From 25 the detail (which may name a lab item or a file) is sealed on the
    // server; who, when, what kind and which record stay plain.
    tables.push_back(Table("audit_log", {integer("seq").key(), text("at").required(), text("user_name").required(),
                                         text("action").required(), text("record_type").required(),
                                         text("record_id").required(), text("detail").required().sealedFrom(25),
                                         blob("prev_hash").required(), blob("hash").required()}));
    rules.push_back(named(neverChanged("audit_log", "the audit trail is append-only"), "audit_log_append_only_update"));
    rules.push_back(named(neverDeleted("audit_log", "the audit trail is append-only"), "audit_log_append_only_delete"));
    tables.push_back(Table("audit_pending", {rowId(), text("at").required(), text("user_name").required(),
                                             text("action").required(), text("record_type").required(),
                                             text("record_id").required(), text("detail").required().sealedFrom(25)}));
    rules.push_back(neverChanged("audit_pending", "a pending audit row is never changed"));

    // Today's reception list (受付). A patient may come back after a finished visit the same day, so only one
    // unfinished entry per patient and day.
    tables.push_back(Table("reception_entries",
                           {rowId(), text("visit_date").required(), integer("queue_number").required(), ofPatient(),
                            text("status").required().oneOf({"waiting", "in_consultation", "done"}),
                            text("arrived_at").required(), text("updated_at").required(), byUser("updated_by")})
                         .uniqueOver({"visit_date", "queue_number"}));
    indexes.push_back(
        {"reception_one_open_entry", "reception_entries", "visit_date, patient_id", true, "status <> 'done'"});

    // Charting: visits, notes (2号用紙: findings left, orders right) with finalised versions, and the clinical items
    // of the six-item set. Every item keeps the fields its JP-CLINS eCS profile needs, a source institution (NULL =
    // ours) and an optional raw JSON. Changes are new versions; withdrawal is a status, never a DELETE.
    tables.push_back(Table(
        "visits", {rowId(), ofPatient(), integer("version").required(), text("visit_date").required(),
                   text("encounter_class").required().oneOf({"outpatient", "inpatient"}), text("department").required(),
                   byUser("doctor_id"), activeOrWithdrawn(), text("withdrawn_reason").sealedFrom(21),
                   text("source_institution").sealedFrom(21), text("raw_json").sealedFrom(21),
                   text("created_at").required(), text("updated_at").required(), byUser("updated_by")}));
    indexes.push_back({"visits_patient_date", "visits", "patient_id, visit_date, id"});
    // 21: a note's words (and where a received one came from) sealed on the server, with their versions; a visit's
    // reason for withdrawal and origin too.
    const auto sealedNote = [](StorageModel::Column c) { return c.sealedFrom(21); };
    tables.push_back(
        Table("notes", {rowId(), integer("visit_id").required().isUnique().refersTo("visits"), ofPatient(),
                        integer("version").required(), text("status").required().oneOf({"draft", "final", "withdrawn"}),
                        sealedNote(text("findings").required()), sealedNote(text("orders").required()),
                        sealedNote(text("revision_reason")), sealedNote(text("source_institution")),
                        sealedNote(text("raw_json")), text("updated_at").required(), byUser("updated_by"),
                        text("finalized_at"), integer("finalized_by").refersTo("users"), saves()}));
    indexes.push_back({"notes_patient", "notes", "patient_id"});
    tables.push_back(
        Table("note_versions", {integer("note_id").required().refersTo("notes"), integer("version").required(),
                                text("status").required(), sealedNote(text("findings").required()),
                                sealedNote(text("orders").required()), sealedNote(text("reason")), byUser("author_id"),
                                text("created_at").required()})
            .keyedBy({"note_id", "version"})
            .compact());
    tables.push_back(Table("note_templates", {rowId(), text("title").required(), text("body").required(),
                                              text("target").required().oneOf({"findings", "orders"}),
                                              flag("active", "1"), text("created_at").required()}));
    rules.push_back(neverDeleted("visits", "visits are never deleted"));
    rules.push_back(neverDeleted("notes", "notes are never deleted"));
    rules.push_back(
        when(named(neverChanged("notes", "a finalised note is changed only by a new version"), "notes_final_is_final"),
             "OLD.status = 'final' AND NEW.version = OLD.version AND NEW.status <> 'withdrawn'"));
    rules.push_back(neverChanged("note_versions", "note history is never changed"));
    rules.push_back(neverDeleted("note_versions", "note history is never deleted"));

    // 22: what a diagnosis and an allergy name (words, codes, reactions, origin) sealed on the server, with every
    // item's version history; states, flags and dates stay plain.
    const auto sealedItem = [](StorageModel::Column c) { return c.sealedFrom(22); };
    tables.push_back(
        Table("diagnoses", chartItem({rowId(),
                                      ofPatient(),
                                      integer("visit_id").refersTo("visits"),
                                      integer("version").required(),
                                      activeOrWithdrawn(),
                                      sealedItem(text("name").required()),
                                      sealedItem(text("medis_code").required()),
                                      sealedItem(text("receipt_code")),
                                      sealedItem(text("icd10")),
                                      sealedItem(text("modifiers").required().orElse("'[]'")),
                                      text("start_date").required(),
                                      flag("principal"),
                                      flag("suspected"),
                                      text("outcome")
                                          .required()
                                          .orElse("'continuing'")
                                          .oneOf({"continuing", "cured", "died", "discontinued", "transferred"}),
                                      text("end_date"),
                                      flag("long_term"),
                                      flag("uninformed"),
                                      flag("undelivered"),
                                      text("department"),
                                      sealedItem(text("comment")),
                                      text("recorded_at").required()},
                                     22)));
    indexes.push_back({"diagnoses_patient", "diagnoses", "patient_id, start_date"});
    // Drug allergies at the level the doctor means them: a product (YJ), an ingredient wherever it appears, a 一般名,
    // or a class of drugs.
    tables.push_back(Table(
        "allergies",
        chartItem(
            {rowId(), ofPatient(), integer("visit_id").refersTo("visits"), integer("version").required(),
             activeOrWithdrawn(), text("category").required().oneOf({"food", "environment", "other", "medication"}),
             text("code_system").required().oneOf({"jfagy", "yj", "generic", "ingredient", "drug_class", "none"}),
             sealedItem(text("code")), sealedItem(text("name").required()), sealedItem(text("reaction")),
             text("severity").required().orElse("'unknown'").oneOf({"mild", "moderate", "severe", "unknown"}),
             text("criticality").required().orElse("'unable-to-assess'").oneOf({"low", "high", "unable-to-assess"}),
             text("verification").required().orElse("'confirmed'").oneOf({"confirmed", "unconfirmed"}),
             text("onset_date"), text("recorded_date").required(), flag("long_term"), sealedItem(text("comment"))},
            22)));
    indexes.push_back({"allergies_patient", "allergies", "patient_id"});
    // 23: a lab result's code, item, value, range and words, and a prescription's drug, dose, usage and words, sealed
    // on the server; the item and the drug are found through tokens of their codes (whole), on both drivers.
    const auto sealedOrder = [](StorageModel::Column c) { return c.sealedFrom(23); };
    tables.push_back(Table(
        "lab_results",
        chartItem({rowId(), ofPatient(), integer("visit_id").refersTo("visits"), integer("version").required(),
                   activeOrWithdrawn(), text("code_system").required().oneOf({"jlac10", "jlac11", "local"}),
                   sealedOrder(text("code").required()).searchedBy("lab-code", false, 23),
                   sealedOrder(text("item_key").required()).searchedBy("lab-item", false, 23),
                   sealedOrder(text("name").required()), flag("infection"), sealedOrder(real("value_number")),
                   sealedOrder(text("value_text")), sealedOrder(text("unit")), sealedOrder(text("ucum_unit")),
                   sealedOrder(real("reference_low")), sealedOrder(real("reference_high")),
                   sealedOrder(text("reference_text")),
                   sealedOrder(text("abnormal_flag")
                                   .required()
                                   .orElse("''")
                                   .oneOf({"", "N", "H", "L", "HH", "LL", "A", "POS", "NEG"})),
                   sealedOrder(text("specimen").required()), text("collected_at").required(),
                   text("origin").required().orElse("'manual'").oneOf({"manual", "csv"}), sealedOrder(text("comment")),
                   // 29: what JP-CLINS 1.9 and 1.6 ask of a shared result: the clinic's own
                   // code of the item and the doctor who ordered it.
                   text("local_code").sealedFrom(29).since(29), integer("ordered_by").refersTo("users").since(29)},
                  23)));
    indexes.push_back({"lab_results_patient_time", "lab_results", "patient_id, collected_at"});
    // A series of an item and the clinic's last report of an item are found through the item's tokens since 23; these
    // indexes over the sealed item key were dropped at 26.
    indexes.push_back(
        StorageModel::Index("lab_results_series", "lab_results", "patient_id, item_key, collected_at").droppedAt(26));
    indexes.push_back(StorageModel::Index("lab_results_item", "lab_results", "item_key, collected_at").droppedAt(26));
    tables.push_back(Table("prescriptions",
                           chartItem({rowId(),
                                      ofPatient(),
                                      integer("visit_id").required().refersTo("visits"),
                                      integer("version").required(),
                                      activeOrWithdrawn(),
                                      flag("rp_number", "1"),
                                      text("drug_code_system").required().oneOf({"yj", "generic", "receipt", "none"}),
                                      sealedOrder(text("drug_code")).searchedBy("prescription-drug", false, 23),
                                      sealedOrder(text("yj_code")),
                                      sealedOrder(text("drug_name").required()),
                                      sealedOrder(real("dose").required()),
                                      sealedOrder(text("unit").required()),
                                      sealedOrder(text("usage_code")),
                                      sealedOrder(text("usage_text").required()),
                                      sealedOrder(integer("days").required()),
                                      sealedOrder(real("quantity").required()),
                                      text("dispensing").required().oneOf({"in_house", "outside"}),
                                      text("start_date").required(),
                                      text("end_date").required(),
                                      sealedOrder(text("acknowledged_warnings")),
                                      sealedOrder(text("comment"))},
                                     23)));
    indexes.push_back({"prescriptions_patient", "prescriptions", "patient_id, end_date"});
    indexes.push_back({"prescriptions_visit", "prescriptions", "visit_id"});
    // A new prescription line starts from the clinic's recent habit for the drug, across all patients: found by the
    // drug's token since 23 (this index over the sealed code dropped at 26).
    indexes.push_back(StorageModel::Index("prescriptions_drug", "prescriptions", "drug_code, id").droppedAt(26));
    tables.push_back(
        Table("chart_item_versions", {text("kind").required(), integer("item_id").required(),
                                      integer("version").required(), sealedItem(text("data").required()),
                                      sealedItem(text("reason")), byUser("author_id"), text("created_at").required()})
            .keyedBy({"kind", "item_id", "version"})
            .compact());
    rules.push_back(neverDeleted("diagnoses", "diagnoses are never deleted"));
    rules.push_back(neverDeleted("allergies", "allergies are never deleted"));
    rules.push_back(neverDeleted("lab_results", "lab results are never deleted"));
    rules.push_back(neverDeleted("prescriptions", "prescriptions are never deleted"));
    rules.push_back(neverChanged("chart_item_versions", "chart history is never changed"));
    rules.push_back(neverDeleted("chart_item_versions", "chart history is never deleted"));

    // The official masters as they change. An ended code stays (old charts read it) with the last day it may be
    // chosen (valid_until) and its 移行先 (successor); a prior for common names (priority) and what this clinic
    // chooses most (master_usage). Public data, rebuilt freely. A rowid table: its rows (a few hundred bytes) do
    // not fit the 1 KB pages of a WITHOUT ROWID b-tree.
    tables.push_back(Table("master_entries",
                           {text("kind").required().oneOf({"disease", "modifier", "drug", "generic", "jfagy", "jlac"}),
                            text("code").required(), text("name").required(), text("kana").required().orElse("''"),
                            text("kana_key").required().orElse("''"), text("name_key").required().orElse("''"),
                            text("generic_key"), text("medis_code"), text("icd10"), text("yj_code"),
                            text("generic_name"), text("unit"), text("group_code"), text("category"), text("detail"),
                            text("valid_until"), text("successor"), flag("priority")})
                         .uniqueOver({"kind", "code"}));
    indexes.push_back({"master_entries_kana", "master_entries", "kind, kana_key"});
    indexes.push_back({"master_entries_name", "master_entries", "kind, name_key"});
    indexes.push_back(
        {"master_entries_generic", "master_entries", "kind, generic_key", false, "generic_key IS NOT NULL"});
    indexes.push_back({"master_entries_yj", "master_entries", "kind, yj_code", false, "yj_code IS NOT NULL"});
    indexes.push_back({"master_entries_icd10", "master_entries", "kind, icd10", false, "icd10 IS NOT NULL"});
    indexes.push_back({"master_entries_medis", "master_entries", "kind, medis_code", false, "medis_code IS NOT NULL"});
    indexes.push_back({"master_entries_group", "master_entries", "kind, group_code", false, "group_code IS NOT NULL"});
    indexes.push_back({"master_entries_common_kana", "master_entries", "kind, kana_key", false, "priority > 0"});
    indexes.push_back({"master_entries_common_name", "master_entries", "kind, name_key", false, "priority > 0"});
    tables.push_back(Table("master_imports",
                           {rowId(), text("kind").required(), text("source").required(), integer("entries").required(),
                            text("imported_at").required(), integer("imported_by").refersTo("users"), integer("added"),
                            integer("changed"), integer("ended")}));
    tables.push_back(Table("master_usage", {text("kind").required(), text("code").required(),
                                            integer("uses").required(), text("last_used_at").required()})
                         .keyedBy({"kind", "code"})
                         .compact());

    // Documents: 診療情報提供書 and 退院時サマリー. The fields live as JSON in `content`; each finalised version is
    // kept; attachments are BLOBs in the record. Sending a finalised version to the sharing service is the doctor's
    // choice (send_requested), the one change a final version allows. A received letter is known by its sender's key.
    // 24: what a document says (its content, versions, reasons, addressee, origin, the received original and its
    // hash) and its attachments' names and bytes, sealed on the server; kinds, states, dates and sizes stay plain.
    const auto sealedDocument = [](StorageModel::Column c) { return c.sealedFrom(24); };
    tables.push_back(Table("documents", {rowId(),
                                         ofPatient(),
                                         text("kind").required().oneOf({"referral", "discharge"}),
                                         integer("version").required(),
                                         text("status").required().oneOf({"draft", "final", "withdrawn"}),
                                         text("document_date").required(),
                                         sealedDocument(text("addressee_number")),
                                         sealedDocument(text("content").required()),
                                         sealedDocument(text("revision_reason")),
                                         sealedDocument(text("source_institution")),
                                         sealedDocument(text("raw_json")),
                                         text("created_at").required(),
                                         byUser("created_by"),
                                         text("updated_at").required(),
                                         byUser("updated_by"),
                                         text("finalized_at"),
                                         integer("finalized_by").refersTo("users"),
                                         flag("send_requested"),
                                         text("source_key"),
                                         sealedDocument(text("source_hash")),
                                         saves()}));
    indexes.push_back({"documents_patient", "documents", "patient_id, document_date, id"});
    // A received letter is found again by its sender's key (from 24 the sender is sealed: the desk compares it, and
    // from 26 the key alone is indexed, the pair being no longer comparable on the server).
    indexes.push_back(StorageModel::Index("documents_source_key", "documents", "source_institution, source_key", true,
                                          "source_key IS NOT NULL")
                          .droppedAt(26));
    indexes.push_back(
        StorageModel::Index("documents_source", "documents", "source_key", false, "source_key IS NOT NULL").since(26));
    tables.push_back(
        Table("document_versions",
              {integer("document_id").required().refersTo("documents"), integer("version").required(),
               text("status").required(), text("document_date").required(), sealedDocument(text("content").required()),
               sealedDocument(text("reason")), byUser("author_id"), text("created_at").required()})
            .keyedBy({"document_id", "version"})
            .compact());
    tables.push_back(Table("document_attachments",
                           {rowId(), integer("document_id").required().refersTo("documents"),
                            sealedDocument(text("file_name").required()),
                            text("media_type").required().oneOf({"application/pdf", "image/png", "image/jpeg"}),
                            sealedDocument(text("title").required()), integer("size").required(),
                            sealedDocument(text("sha256").required()), sealedDocument(blob("data").required()),
                            text("added_at").required(), byUser("added_by")}));
    indexes.push_back({"document_attachments_document", "document_attachments", "document_id"});
    tables.push_back(Table("document_addressees",
                           {rowId(), text("institution_name").required(), text("institution_number").required(),
                            text("department"), text("doctor"), flag("active", "1"), flag("use_count"),
                            text("last_used_at"), text("updated_at").required(), byUser("updated_by")}));
    // Electronic signatures of finalised documents (DocumentSigner); append-only like the versions they sign.
    tables.push_back(
        Table("document_signatures",
              {rowId(), integer("document_id").required().refersTo("documents"), integer("version").required(),
               text("format").required(), blob("signature").required(), text("signer_name").required(),
               blob("certificate"), text("input_sha256").required(), text("signed_at").required()})
            .uniqueOver({"document_id", "version"}));
    rules.push_back(neverDeleted("documents", "documents are never deleted"));
    rules.push_back(when(named(neverChanged("documents", "a finalised document is changed only by a new version"),
                               "documents_final_is_final"),
                         "OLD.status = 'final' AND NEW.version = OLD.version AND NEW.status <> 'withdrawn' AND NOT "
                         "(NEW.status = 'final' AND NEW.send_requested = 1 AND NEW.content = OLD.content AND "
                         "NEW.document_date = OLD.document_date AND NEW.finalized_at IS NOT DISTINCT FROM "
                         "OLD.finalized_at)"));
    rules.push_back(neverChanged("document_versions", "document history is never changed"));
    rules.push_back(neverDeleted("document_versions", "document history is never deleted"));
    rules.push_back(neverChanged("document_attachments", "attachments are never changed"));
    rules.push_back(neverDeleted("document_attachments", "attachments are never deleted"));
    rules.push_back(named(neverChanged("document_signatures", "a document signature is never changed"),
                          "document_signatures_no_update"));
    rules.push_back(named(neverDeleted("document_signatures", "a document signature is never deleted"),
                          "document_signatures_no_delete"));

    // Items received from other institutions: received_items maps a sender's resource to the chart row it became
    // (importing again updates or skips), received_patient_links which of our patients a sender's identifier is,
    // fhir_imports every imported file with its report.
    // 26: on both drivers a received resource is known by keyed tokens of its sender, its key (which names a code and
    // a date) and its content's hash, and a sender's identifier for one of our patients (an insured-person number)
    // by its token: what they name is in the item's own sealed cells.
    tables.push_back(
        Table("received_items",
              {text("source_institution")
                   .required()
                   .keyedFrom(26, "received-sender")
                   .valueKeptIn("source_institution_value"),
               text("resource_key").required().keyedFrom(26, "received-resource").valueKeptIn("resource_key_value"),
               text("kind").required().oneOf({"diagnosis", "allergy", "lab-result"}), integer("item_id").required(),
               ofPatient(),
               text("content_hash").required().keyedFrom(26, "received-content").valueKeptIn("content_hash_value"),
               text("received_at").required(), keyedValue("source_institution_value"), keyedValue("resource_key_value"),
               keyedValue("content_hash_value")})
            .keyedBy({"source_institution", "resource_key"})
            .compact());
    indexes.push_back({"received_items_item", "received_items", "kind, item_id"});
    tables.push_back(
        Table("received_patient_links",
              {text("identifier").key().keyedFrom(26, "received-link").valueKeptIn("identifier_value"), ofPatient(),
               text("linked_at").required(), byUser("linked_by"), keyedValue("identifier_value")})
            .compact());
    // 25: what the clinic received and sends, sealed on the server: an imported file's name, origin and report, the
    // outbox's frozen bundles with the patient's identifier and the service's words, an eligibility check's request
    // and answer, a pulled summary, a received letter with its sender (received_items and received_patient_links:
    // 26).
    const auto sealedExchange = [](StorageModel::Column c) { return c.sealedFrom(25); };
    tables.push_back(
        Table("fhir_imports",
              {rowId(), sealedExchange(text("file_name").required()), text("sha256").required(),
               sealedExchange(text("source_institution")), integer("patient_id").refersTo("patients"),
               integer("added").required(), integer("updated").required(), integer("unchanged").required(),
               sealedExchange(text("report").required()), text("imported_at").required(), byUser("imported_by")}));
    rules.push_back(named(neverChanged("fhir_imports", "the import log is append-only"), "fhir_imports_never_changed"));
    rules.push_back(named(neverDeleted("fhir_imports", "the import log is append-only"), "fhir_imports_never_deleted"));
    rules.push_back(neverDeleted("received_items", "received items are never deleted"));

    // The sync outbox: one row per reporting unit (patient × CLINS resource type) or per document, written with the
    // chart change. The payload is frozen before the first attempt and resent unchanged until the service answers; a
    // change meanwhile bumps `generation`.
    tables.push_back(
        Table("outbox_items", {rowId(),
                               text("kind").required().oneOf({"clins", "document"}),
                               ofPatient(),
                               text("resource_type"),
                               integer("document_id"),
                               text("state")
                                   .required()
                                   .orElse("'pending'")
                                   .oneOf({"pending", "sending", "sent", "rejected", "failed", "not_needed"}),
                               flag("generation", "1"),
                               integer("frozen_generation"),
                               flag("sent_generation"),
                               text("operation").oneOf({"register", "delete"}),
                               text("bundle_identifier"),
                               integer("first_year"),
                               sealedExchange(text("member_id")),
                               sealedExchange(blob("payload")),
                               text("payload_sha256"),
                               flag("registered"),
                               sealedExchange(text("registered_member_id")),
                               flag("attempts"),
                               text("next_attempt_at"),
                               integer("last_status"),
                               sealedExchange(text("last_error")),
                               text("last_attempt_at"),
                               text("last_success_at"),
                               text("created_at").required(),
                               text("updated_at").required()})
            .checking(
                "(kind = 'clins' AND resource_type IS NOT NULL) OR (kind = 'document' AND document_id IS NOT NULL)"));
    indexes.push_back({"outbox_items_unit", "outbox_items", "patient_id, resource_type", true, "kind = 'clins'"});
    indexes.push_back({"outbox_items_document", "outbox_items", "document_id", true, "kind = 'document'"});
    indexes.push_back({"outbox_items_due", "outbox_items", "state, next_attempt_at"});
    // The worker asks for the last success after every round.
    indexes.push_back({"outbox_items_last_success", "outbox_items", "last_success_at"});

    // Online eligibility checks (オンライン資格確認) with their raw answers, summaries pulled from the sharing service
    // (read-only copies, with the emergency reason when read without consent) and the referral inbox (letters
    // stored before their receipt is acknowledged; one row per document version).
    tables.push_back(Table(
        "eligibility_checks",
        {rowId(), integer("patient_id").refersTo("patients"), integer("reception_id").refersTo("reception_entries"),
         text("status").required().oneOf({"checked", "not_checked", "error"}),
         text("method").required().oneOf({"card", "card_data"}), sealedExchange(text("request").required()),
         text("result_code"), text("error_code"), sealedExchange(text("message")), sealedExchange(text("answer_json")),
         sealedExchange(text("access_token")), text("token_expires_at"), text("checked_at").required(),
         byUser("checked_by"), text("insurance_update_at"), integer("insurance_update_by").refersTo("users")}));
    indexes.push_back({"eligibility_checks_patient", "eligibility_checks", "patient_id, id"});
    indexes.push_back({"eligibility_checks_reception", "eligibility_checks", "reception_id, id"});
    rules.push_back(neverDeleted("eligibility_checks", "eligibility checks are never deleted"));
    tables.push_back(
        Table("shared_summaries",
              {rowId(), ofPatient(), integer("eligibility_check_id").refersTo("eligibility_checks"),
               text("mode").required().oneOf({"consented", "emergency"}), sealedExchange(text("reason")),
               sealedExchange(text("bundle_json").required()), text("pulled_at").required(), byUser("pulled_by")}));
    indexes.push_back({"shared_summaries_patient", "shared_summaries", "patient_id, id"});
    rules.push_back(neverChanged("shared_summaries", "a pulled summary is never changed"));
    rules.push_back(neverDeleted("shared_summaries", "a pulled summary is never deleted"));
    tables.push_back(
        Table("referral_inbox",
              {rowId(), text("bundle_identifier").required(), text("sha256").required(),
               sealedExchange(text("sender").required()), sealedExchange(text("member_id")), text("delivered_at"),
               sealedExchange(text("document_json").required()), text("stored_at").required(), byUser("stored_by"),
               integer("patient_id").refersTo("patients"),
               text("import_status").required().orElse("'not_imported'").oneOf({"not_imported", "imported", "failed"}),
               sealedExchange(text("import_message")), text("received_at")})
            .uniqueOver({"bundle_identifier", "sha256"}));
    rules.push_back(neverDeleted("referral_inbox", "received letters are never deleted"));
    Rule kept =
        named(neverChanged("referral_inbox", "a received letter is never changed"), "referral_inbox_document_kept");
    kept.ofColumns = {"document_json", "bundle_identifier", "sha256"};
    rules.push_back(kept);

    // 27: rotating the record key (RecordKeyRotation): one row per rotation, the generation it makes and the one
    // searches use meanwhile (every desk compares both with its own before it writes or searches), and per table how
    // far its rows are re-sealed and their tokens written anew, so a rotation killed goes on where it stopped.
    tables.push_back(Table("key_rotations", {integer("generation").key(), integer("searched_generation").required(),
                                             text("phase").required().oneOf({"resealing", "removing", "done"}),
                                             text("started_at").required(), byUser("started_by"), text("finished_at"),
                                             flag("rows_resealed"), flag("values_refused"), flag("tokens_removed")})
                         .since(27));
    tables.push_back(Table("key_rotation_progress", {integer("generation").required(), text("table_name").required(),
                                                     text("after_row"), flag("done")})
                         .keyedBy({"generation", "table_name"})
                         .since(27));

    // The server's own (the embedded record keeps them in files beside it: KeySlotFile, FailedLoginLog): what a desk
    // reads before anyone is signed in. The key slots (current and previous generation, in the key file's form) and
    // the failed logins that slow down guessing across every desk. The tsumugi_ prefix marks them.
    tables.push_back(Table("tsumugi_key_slots", {text("generation").key().oneOf({"current", "previous"}),
                                                 blob("content").required(), text("written_at").required()})
                         .serverOnly());
    tables.push_back(
        Table("tsumugi_failed_logins", {rowId(), text("user_name").required(), text("failed_at").required()})
            .serverOnly());

    const char* const start = "2026-01-01T00:00:00.000Z";
    std::vector<StorageModel::Seed> seeds{
        {"note_templates",
         {"title", "body", "target", "created_at"},
         {{"かぜ症状", "S) 咽頭痛、鼻汁、咳嗽。発熱なし。\nO) 咽頭発赤軽度、扁桃腫大なし。胸部聴診 清。", "findings",
           start},
          {"高血圧 定期", "S) 自覚症状なし。服薬遵守良好。\nO) 血圧 /  mmHg、脈拍 /分 整。浮腫なし。", "findings",
           start},
          {"糖尿病 定期", "S) 低血糖症状なし。食事・運動療法継続。\nO) 体重  kg。足病変なし。", "findings", start},
          {"次回予約", "次回 週後 再診。症状増悪時は早めに受診。", "orders", start},
          {"採血オーダー", "採血: AST, ALT, γ-GT, Cre, eGFR, HbA1c, LDL-C, TG", "orders", start}}}};

    // 18: every desk of a clinic server hears the others' changes at once (ChangeFeed): the reception list, the
    // eligibility results, the patients, the chart, the documents, the outbox.
    std::vector<StorageModel::Announcement> announcements{{"patients", "id", 18}};
    for (const char* table :
         {"reception_entries", "eligibility_checks", "visits", "notes", "diagnoses", "allergies", "lab_results",
          "prescriptions", "documents", "outbox_items", "shared_summaries", "referral_inbox"}) {
        announcements.push_back({table, "patient_id", 18});
    }

    return StorageModel(17, 29, std::move(tables), std::move(indexes), std::move(rules), std::move(announcements),
                        std::move(seeds));
}
} // namespace

const StorageModel& Schema::model() {
    static const StorageModel model = declare();
    return model;
}

std::vector<Migration> Schema::migrations(DbConnection::Driver driver) {
    std::vector<Migration> out;
    if (driver == DbConnection::Driver::Sqlite) {
        out = EmbeddedHistory::steps();
    }
    // Each version after the model's first is the step of what carries its number in the declaration.
    static const char* const Steps[] = {
        "server: every desk hears the others' changes (nothing to change on the embedded record)", // 18
        "notes and documents count their saves, so a desk saving a draft it read before another desk's save is "
        "refused instead of overwriting it",                                                                   // 19
        "server: a patient's words and numbers sealed with the record key; both: search through keyed tokens", // 20
        "server: a note's findings, orders and reasons sealed with the record key, with their versions; a visit's "
        "reasons and origin", // 21
        "server: a diagnosis's and an allergy's words and codes, and every chart item's history, sealed; both: the "
        "search tokens counted", // 22
        "server: a lab result's code, value, range and words, and a prescription's drug, dose and usage, sealed; both: "
        "lab items and drugs found through tokens", // 23
        "server: a document's content, versions, reasons and origin, and its attachments' names and bytes, "
        "sealed", // 24
        "server: imported files' names and reports, the outbox's bundles and identifiers, eligibility requests and "
        "answers, pulled summaries, received letters and the audit trail's details, sealed", // 25
        "both: received resources and a sender's identifiers for our patients kept as keyed tokens; the indexes over "
        "columns searched through tokens dropped", // 26
        "both: rotating the record key (its progress, each search token's key generation, a keyed column's value "
        "kept sealed beside its token)", // 27
        "server: re-sealing under a rotated key passes the rules that keep rows unchanged (for that transaction "
        "only), so a desk's role that owns no table can rotate the key", // 28
        "both: a lab result's local item code (sealed on the server) and the doctor who ordered it, which JP-CLINS "
        "1.11 asks of a shared result", // 29
    };
    const SchemaDdl ddl(model(), driver);
    for (int version = model().firstVersion() + 1; version <= model().version(); ++version) {
        const auto at = size_t(version - model().firstVersion() - 1);
        out.push_back({version, at < std::size(Steps) ? Steps[at] : "a step of the storage model", ddl.step(version)});
    }
    out.push_back({model().version(), "a new record, as the storage model declares it", ddl.create(), true});
    return out;
}

} // namespace tsumugi
