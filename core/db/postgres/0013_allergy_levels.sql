-- Schema version 13 on the clinic server (the embedded record's V13): drug allergies at the level the doctor means
-- them, an ingredient wherever it appears or a class of drugs.
ALTER TABLE allergies DROP CONSTRAINT allergies_code_system_check;
ALTER TABLE allergies ADD CONSTRAINT allergies_code_system_check
    CHECK (code_system IN ('jfagy', 'yj', 'generic', 'ingredient', 'drug_class', 'none'));
