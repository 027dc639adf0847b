-- Schema version 15 on the clinic server (the embedded record's V15): a new prescription line starts from the
-- clinic's recent habit for the drug, a lab entry from its last report of the item, both across all patients.
CREATE INDEX prescriptions_drug ON prescriptions(drug_code, id);
CREATE INDEX lab_results_item ON lab_results(item_key, collected_at);
