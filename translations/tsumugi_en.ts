<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AddressBookRepository</name>
    <message>
        <source>Only doctors keep the address book.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the institution's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The institution number (医療機関番号) "%1" is not valid: it has 10 digits, prefecture (01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The address book entry was not found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AdminCli</name>
    <message>
        <source>error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the password file with --password-file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created %1 for %2 (%3); administrator: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>user add needs a NAME and --role doctor|clerk|admin.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--sex is male, female, other or unknown.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--birth is a date like 1975-04-12 or S50.4.12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The status is waiting, in_consultation or done.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail is broken at row %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit trail is intact (%1 rows).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>auto-lock-minutes takes a number of minutes.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n demo patient(s) added.</source>
        <translation><numerusform>%n demo patient added.</numerusform><numerusform>%n demo patients added.</numerusform></translation>
    </message>
    <message>
        <source>A password file holds the password on its first line; '-' reads it from standard input.
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key (print it or write it down and keep it away from this computer; with it an administrator's password can be set again even when the key file is lost):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recovery key was written to %1 (owner-only). Print it, keep it away from this computer, and delete the file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the file holding the recovery key with --recovery-key-file ('-' reads standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file of %1 was written again: %2 signs in with the new password. Users whose slots were lost get a new password with: user reset-password NAME --new-password-file FILE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: tsumugictl ... recovery renew [--recovery-key-out FILE]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous key file of %1 was restored; the damaged one is kept beside it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record is whole: every table and index was read and every page authenticated (%1 ms).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the record with --db: a file, or a postgresql:// URL of the clinic server.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n row(s) of reading (views, sign-ins) wait for the next change to chain them.</source>
        <translation><numerusform>%n row of reading (views, sign-ins) waits for the next change to chain it.</numerusform><numerusform>%n rows of reading (views, sign-ins) wait for the next change to chain them.</numerusform></translation>
    </message>
    <message>
        <source>The record is whole: every table on the clinic server was read (%1 ms).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous key slots on the clinic server were restored in place of the current ones.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--driver is postgres or sqlite.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--timeout is a number of seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record is a file on one computer: only a record on the clinic server has other desks to hear.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: tsumugictl --db FILE|URL --user NAME --password-file FILE COMMAND ...
commands:
  init --institution NUMBER --name TEXT [--display-name TEXT] [--address TEXT] [--phone TEXT]
       [--recovery-key-out FILE]
  user add NAME --role doctor|clerk|admin --password-file FILE [--display-name TEXT]
  user list | user passwd --new-password-file FILE | user disable NAME | user enable NAME
  user reset-password NAME --new-password-file FILE
  keys restore-previous   (the key file is damaged: put its previous generation back)
  keys rotate [--resume] [--batches N] [--recovery-key-out FILE]   (clinic server: a new record key)
  keys rotation           (how far the last rotation of the record key is)
  check   (reads and authenticates every page; a damaged record is marked and opens read-only)
  recover --recovery-key-file FILE   (--user: an administrator, --password-file: the new password)
  recovery renew [--recovery-key-out FILE]
  patient add --family TEXT --family-kana KANA [--given TEXT --given-kana KANA] --sex male|female|other|unknown
              --birth YYYY-MM-DD [--postal --address --phone --insurer --symbol --number --branch]
  patient edit NUMBER [same flags] [--reason TEXT]
  patient show NUMBER | patient history NUMBER | patient search QUERY
  reception add NUMBER | reception list | reception status ENTRY waiting|in_consultation|done
  audit verify | audit list [--limit N]
  settings get KEY | settings set auto-lock-minutes N
  demo
  events --follow [--timeout S]   (the clinic server: one line per change another desk commits)
  schema sql [--driver postgres|sqlite]   (the record's tables as SQL, from the declared model; no record is opened)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>usage: tsumugictl --db FILE|URL keys restore-previous | keys rotate [--resume] [--batches N] [--recovery-key-out FILE] | keys rotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key generation %1: %2; tables %3 of %4 done, %5 rows re-sealed, %6 values refused, %7 old search tokens removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record key was never rotated (generation 1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new record key (generation %1) was made. Every other user signs in once with the one-time password below and then sets a password of their own; desks signed in now are asked to sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped; go on with tsumugictl keys rotate --resume.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>warning: you signed in with a one-time password; set one of your own with user passwd --new-password-file FILE.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AllergyIntoleranceReader</name>
    <message>
        <source>is required (the allergen or drug and its code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required: the allergen or drug name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AllergyIntolerance.clinicalStatus %1: kept as received; check it in the chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>AllergyIntolerance.reaction: only the first reaction is shown; all are kept in the raw JSON.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AllergyRepository</name>
    <message>
        <source>Enter what the patient is allergic to (or the contraindicated drug).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The allergen name is longer than 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A drug contraindication is coded with a YJ code, not J-FAGY.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a J-FAGY code (J9F or J9N followed by 9 characters, e.g. J9FA15000000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The J-FAGY code %1 is not a food; food allergens start with J9F.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The J-FAGY code %1 is not an environmental allergen; those start with J9N.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A YJ code names a drug: use it for a drug contraindication (category medication).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A free-text entry has no code; choose the code system for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The onset date %1 is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The recorded date %1 is not a date up to today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The onset date is after the recorded date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The allergy was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A withdrawn allergy cannot be edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The allergy is already withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a YJ code (12 characters, e.g. 2325003B2029).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A 一般名 code names a drug: use it for a drug contraindication (category medication).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a 一般名 code as JP-CLINS writes it (GCM and 12 characters, e.g. GCM2171022F2ZZZ).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An ingredient is recorded as a drug allergy or contraindication (category medication).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an ingredient code (the first 7 characters of a YJ code, e.g. 6131001).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A drug class is recorded as a drug allergy or contraindication (category medication).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a drug class Tsumugi knows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed this allergy at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 could not be saved because the disk is full (%2). The previous version is unchanged; free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be saved (%2). The previous version is unchanged.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>row %1 is missing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 does not follow the row before it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BundleIdentifier</name>
    <message>
        <source>The bundle identifier %1 must have three parts: institution^year^id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle identifier %1 does not start with a valid 10-digit institution number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The bundle identifier %1 has no 4-digit year in its middle part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last part of the bundle identifier %1 must be 1 to 36 letters, digits or hyphens.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>The patient was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart of %1 (%2), patient number %3, born %4 (%5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>== Allergies and drug contraindications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>== Diagnoses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [principal]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [not disclosed]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [not shared]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>== Lab results (latest per item)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>== Visits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> WITHDRAWN: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note %1 version %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[findings]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[orders]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> WITHDRAWN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [from %1, read-only]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> onset %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [not shared: not a JP-CLINS item]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> [kept back: %1]</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartCommands</name>
    <message>
        <source>--%1 is a date like 2026-11-20; '%2' is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 is a number; '%2' is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 is one of %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the %1 number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[findings]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[orders]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disease code %1 is not in the disease master.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The modifier code %1 is not in the modifier master.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>diagnosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no such diagnosis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>allergy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 result(s) imported for %2 patient(s).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>acknowledged: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is larger than a note can be (1 MB).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drug in the master has the ingredient code %1; give its name with --name (e.g. アモキシシリン).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the drug's code with --code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No usual dosage: neither this patient nor this clinic has prescribed %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  visit add PATIENT --department TEXT [--date YYYY-MM-DD] [--class outpatient|inpatient]
  visit withdraw VISIT --reason TEXT
  note add VISIT --findings TEXT [--orders TEXT] [--finalize]     (\n in a text is a line break)
  note edit NOTE [--findings TEXT] [--orders TEXT] [--reason TEXT] [--finalize]
  (--findings-file FILE / --orders-file FILE instead: the text from a file, '-' standard input)
  note finalize NOTE | note history NOTE | note diff NOTE FROM [TO]
  diagnosis add PATIENT (--code RECEIPT_CODE | --name TEXT) [--medis N] [--icd10 C] [--start DATE]
              [--modifiers CODE,CODE] [--principal] [--suspected] [--lts] [--uninformed] [--undelivered]
  diagnosis end ID --outcome cured|died|discontinued|transferred --end DATE | diagnosis withdraw ID --reason T
  allergy add PATIENT --category food|environment|other|medication [--jfagy CODE | --yj CODE | --generic CODE
              | --ingredient YJ | --drug-class ID] [--name TEXT]   (--generic: the 一般名コード, e.g. 2171022F2ZZZ;
              --ingredient: a YJ code of a drug holding it, its first 7 characters kept, named from the master;
              --drug-class: see allergy classes)
              [--reaction TEXT] [--severity mild|moderate|severe] [--onset DATE] [--lts]
  allergy withdraw ID --reason TEXT | allergy classes
  lab add PATIENT --code CODE [--system jlac10|jlac11|local] [--name TEXT] --value V [--unit U]
              [--low N] [--high N] [--flag F] --specimen TEXT [--at "YYYY-MM-DD HH:MM"]
              [--local-code CODE] [--ordered-by DOCTOR]   (the clinic's item code and the ordering doctor,
              which the sharing service asks of a shared result; by default the item's last local code and
              the visit's or the recording doctor)
  lab import FILE.csv | lab series PATIENT ITEM
  lab complete PATIENT ITEM [--local-code CODE] [--ordered-by DOCTOR]   (adds them to the item's results
              kept back for want of them)
  rx add VISIT (--yj CODE | --receipt CODE | --generic CODE | --name TEXT) --dose N --unit U
              --usage TEXT --days N [--quantity N] [--rp N] [--in-house] [--acknowledge]
  rx repeat VISIT [--acknowledge] | rx withdraw ID --reason TEXT
  rx usual PATIENT --code DRUG_CODE | rx usages
  chart show PATIENT
</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s) of %1 completed for the sharing service.</source>
        <translation><numerusform>%n result of %1 completed for the sharing service.</numerusform><numerusform>%n results of %1 completed for the sharing service.</numerusform></translation>
    </message>
</context>
<context>
    <name>ChartItemJournal</name>
    <message>
        <source>Only doctors write charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not allow reading charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item was recorded by another institution (%1) and cannot be changed here.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartTables</name>
    <message>
        <source>%1 [from %2, read-only]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (kept in the record; nothing is deleted):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Outpatient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inpatient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continuing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Died</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discontinued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Transferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drug contraindication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In-house</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outside pharmacy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Already prescribed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>LTS</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2  %3  %4 days</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinicCertificateAuthority</name>
    <message>
        <source>%1 (OpenSSL: %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic's certificate authority has no %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic's CA certificate cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key could not be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A key could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA key could not be encrypted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA key could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA password is wrong: the clinic's certificate authority signs nothing without it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A certificate extension could not be set (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A serial number could not be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A certificate could not be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA password needs at least 8 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 already holds a certificate authority; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tsumugi clinic CA</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The CA certificate could not be signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no clinic certificate authority in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate needs a name or an address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A desk's name is 1 to 40 letters, digits, '-', '.' or '_' (for example reception-1 or exam-2), not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The desk %1 had a certificate that was revoked; give the desk a new name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The desk %1 has a certificate already; revoke it first to issue another.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate could not be signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No valid certificate was issued to a desk named %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of revoked certificates could not be signed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The list of revoked certificates could not be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinicRecord</name>
    <message>
        <source>Enter the clinic's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The institution number (医療機関番号) has 10 digits: prefecture (01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 does not belong to the record %2 (or the start of the record file is damaged). Restore the matching pair from the backup; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 is damaged. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account %1 is disabled. Ask the administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role does not allow this. Ask the administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new record could not be closed cleanly (%1 remains).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new record could not be put in place as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous generation of the key file (%1) is intact: restore it with "Restore the previous key file" in the sign-in window or with tsumugictl keys restore-previous. The damaged file is kept aside.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user name. Wait %n second(s) and try again.</source>
        <translation><numerusform>Too many wrong passwords for this user name. Wait %n second and try again.</numerusform><numerusform>Too many wrong passwords for this user name. Wait %n seconds and try again.</numerusform></translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits in 8 groups of 4, as printed on the recovery sheet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This recovery key does not open the record %1 (or its recovery file %2 is missing too). Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not an administrator of this record; give an administrator's user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The damaged key file %1 could not be moved aside; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full: the record is read-only until space is freed. Charts can be read; changes cannot be saved. The sign-in and what was viewed go into the audit trail when space returns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server database %1 already holds a Tsumugi record; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key slots of %1 no longer belong to this record; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This recovery key does not open the record on %1. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record is a file on one computer, not on the clinic server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record key was changed since you signed in: sign in again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>The automatic lock time is between 1 and 120 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address must look like https://host:port, not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connect timeout is between 100 and 120000 milliseconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The request timeout is between 500 and 600000 milliseconds.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinicalNoteRepository</name>
    <message>
        <source>The note is empty: write findings or orders.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A note column is longer than %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit was withdrawn; its note cannot be written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This note is %1; a finalised note is edited as a new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a draft can be finalised; this note is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a finalised note gets a new version; this note is %1 (save the draft instead).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reason for withdrawing the note.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The note is already withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of this note does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 saved this note at %2 (now version %3) while you were editing it. Nothing was saved and nothing of theirs was overwritten: compare your text with theirs and save again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinsExporter</name>
    <message>
        <source>There is no patient with id %1.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ClinsImporter</name>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is not valid JSON (error at byte %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is not a FHIR resource (a JSON object with resourceType).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be imported; expected a Bundle (JP_Bundle_CLINS), Patient, Condition, AllergyIntolerance or Observation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The JSON does not have the structure of a FHIR resource (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be 'collection' for a JP_Bundle_CLINS submission, not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle.identifier %1 does not start with a 10-digit institution number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required: the Patient and the resources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first entry of a JP_Bundle_CLINS must be the Patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' cannot be imported from a JP_Bundle_CLINS (Condition, AllergyIntolerance or Observation).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>points to %1, which is not the Patient of this bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an insured-person identifier (保険者番号:記号:番号:枝番).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names patient %1 in this record, not the patient given with --patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient given for the import does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>does not say which patient this is; give the patient with --patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no patient in this record has %1; import the patient's file first (in the same run) or give the patient with --patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is patient %1 in this record (by identifier), not the patient given with --patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than one patient has this name, reading and birth date; --accept-match cannot choose. Import into one of them with --patient NUMBER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no patient in this record matches, and a new one cannot be registered: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient: the insurance %1 is not registered with the new patient (%2); the identifier is remembered for matching later files.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JP_eCS_InstitutionNumber is missing: the file does not say which institution recorded this (give it with --from NUMBER).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a 10-digit institution number (医療機関番号).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the item was recorded by this clinic (%1); it is in the record already and is not imported as another institution's.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient of the import was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the letter does not say which institution wrote it (give it with --from NUMBER).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this letter was written by this clinic (%1); it is in the record already.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 nests its JSON more than %2 levels deep; no FHIR resource does. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ColumnSeal</name>
    <message>
        <source>A stored value of %1 (row %2, %3) does not open with this record's key where it was found: it was moved from another row or column, or altered outside Tsumugi. It is not shown; tell whoever looks after the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record key was changed since you signed in (a value of %1 is sealed under its key generation %2). Sign in again to go on; nothing was lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConditionReader</name>
    <message>
        <source>is required (the disease name and its code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition.code: no MEDIS disease number; kept as 未コード化傷病名 (99999999).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required: the disease name (text or display).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition.verificationStatus %1: kept as received; check it in the chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required: the date the disease began.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition.onsetDateTime: missing; the start date is taken from the date it was recorded (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <source>%1 takes a whole number, not '%2'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  config list | config get KEY | config set KEY VALUE   (keys: %1; an empty VALUE clears a file setting)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown setting '%1'. Known settings: %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DbConnection</name>
    <message>
        <source>The record key is being changed (key generation %1) since you signed in. Sign in again to go on; nothing was lost.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DeskJoin</name>
    <message>
        <source>No random join code could be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is no join file of a Tsumugi clinic server (tsumugictl server certs issue makes one).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This join file was made by a newer Tsumugi; update this desk first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This join file is damaged; have a new one made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The join code does not open this join file. Type it as the administrator's screen showed it (the dashes may be left out).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>Tsumugi — electronic medical record for small clinics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On first start, offer demo patients ticked (for trying Tsumugi out).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the clinic record at &lt;path&gt; (a file, or a postgresql:// URL of the clinic server) instead of the default one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tsumugi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server holds no Tsumugi record at this address. An administrator sets it up with tsumugictl server init.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DiagnosisRepository</name>
    <message>
        <source>Enter the disease name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disease name is longer than 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The MEDIS disease number (病名管理番号) has 8 digits (99999999 for a name not in the master); '%1' is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The receipt disease code (傷病名コード) has 7 digits; '%1' is not one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not an ICD-10 code (a letter and two digits, then up to two more, e.g. I10 or E11.9).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A modifier (修飾語) needs its 4-digit code and its name; '%1 %2' is not complete.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the start date of the diagnosis.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start date %1 is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A continuing diagnosis has no end date; choose the outcome (転帰) as well.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the end date (転帰日) for the outcome %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The end date %1 is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The diagnosis was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A withdrawn diagnosis cannot be edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The diagnosis is already withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A disease name takes at most %1 modifiers (修飾語), as the レセ電 record holds them; this one has %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A name that is not in the master (未コード化傷病名) is sent as its whole wording: write the modifier into the name instead of adding it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The modifier %1 (%2) is chosen twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disease code %1 (%2) has ended in the master and is not used for new entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disease code %1 (%2) has ended in the master; use its successor %3 instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The modifier %1 (%2) has ended in the master.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed this diagnosis at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Male</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not specified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Doctor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clerk</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation><numerusform>%n year</numerusform><numerusform>%n years</numerusform></translation>
    </message>
    <message>
        <source>no insurance on file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>insurer %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>symbol %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>branch %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentBundleExporter</name>
    <message>
        <source>There is no patient with id %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is missing from the chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 was received from %2; only our own documents are exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 is %2; only a finalised document is exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attached discharge summary (document %1) is not finalised.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentBundleReader</name>
    <message>
        <source>points to %1, which is not an entry of this bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 in section %2 (%3) is kept in the received letter only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required: the Composition and its resources.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required in a document bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the first entry of a document bundle must be its Composition.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a document Tsumugi reads; expected 57133-1 (診療情報提供書) or 18842-5 (退院時サマリー).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required: it is how a corrected resend of the letter is recognised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must point to the Patient entry of the bundle.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>--%1 is a date like 2026-11-20; '%2' is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--%1 takes ids separated by commas (like 3,4); '%2' is not an id.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--med is KIND:CODE:NAME:DOSE:UNIT:USAGE:DAYS (KIND yj, generic or none; several separated by ';'); '%1' is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the patient number with --patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the document id, e.g. document show 12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 MB; an attachment can be at most %3 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 created (%2, draft, version %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 saved (draft, version %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 finalised (version %2) by %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1: version %2 started as a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No documents.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>received from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--version is a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revision reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for admission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses on admission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chief complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present illness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescriptions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinical course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge disposition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached discharge summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued for the sharing service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent to the sharing service (paper only).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  document create referral|discharge --patient NUMBER [--to INSTITUTION-NUMBER --to-name TEXT
           --to-department TEXT --to-doctor TEXT --purpose TEXT --complaint TEXT --illness TEXT
           --history TEXT --course TEXT --instructions TEXT --remarks TEXT --diagnosis IDS --allergy IDS
           --rx IDS --lab IDS --med KIND:CODE:NAME:DOSE:UNIT:USAGE:DAYS[;…] --attach FILE[,FILE]
           --attach-discharge ID --admitted DATE --discharged DATE --reason TEXT
           --admission-diagnosis IDS --hospital-course TEXT --discharge-instructions TEXT
           --disposition TEXT --date DATE]   (IDS: chart item ids separated by commas)
  document edit ID [same options]   (a draft)
  document finalize ID [--send] | document send ID   (to the sharing service)
  document revise ID [--reason TEXT] | document withdraw ID --reason TEXT
  document list --patient NUMBER | document show ID [--version N]
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Warning: %1 To replace it, send this version: document send %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 was received from %2; only our own letters are sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 is a draft (version %2); finalise it first: document finalize %1 --send finalises and sends it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 is withdrawn; a withdrawn letter is not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 (version %2) is already queued for the sharing service; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 (version %2) was already sent to the sharing service; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 (version %2) was rejected by the sharing service: %3
Correct it as a new version (document revise %1, document edit %1 …) and finalise that with --send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 (version %2) queued for the sharing service; it is sent with the next push.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Phone %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Doctor: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  Doctor: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (DRAFT)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>Document %1 was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 is not in this patient's chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 was withdrawn from the chart; take it off the document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1 does not belong to this document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 is not a discharge summary of this patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attached discharge summary (document %1) must be finalised first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the document first, then add its attachments.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This document is %1; a finalised document is edited as a new version.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a draft can be finalised; this document is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a finalised document gets a new version; this document is %1 (save the draft instead).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the reason for withdrawing the document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The document is already withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A received document needs the institution it came from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A received document keeps the document as it was received.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 of document %2 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments are added to a draft; start a new version of this finalised document first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments are removed from a draft; start a new version of this finalised document first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1 is not on this document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachment %1 was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a finalised document can be sent; this document is %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This letter (%1) was received earlier for another patient; it is not filed twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>received again, changed by the sender</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 saved this document at %2 (now version %3) while you were editing it. Nothing was saved and nothing of theirs was overwritten.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentSections</name>
    <message>
        <source>%1-%2-%3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose of referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chief complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present illness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current medications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinical course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admission and discharge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Admitted %1, discharged %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for admission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses on admission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses at discharge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge medications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition at discharge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge summary (attached)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient: %1 (%2)  born %3 (%4)  %5  No. %6</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (principal)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (reaction: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  (%1)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>  %n days</source>
        <translation><numerusform>  %n day</numerusform><numerusform>  %n days</numerusform></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (Dear Doctor)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>We would be grateful if you could see the patient below. Thank you for your kind cooperation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Section %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  [from %1]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To the attending doctor</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentSendState</name>
    <message>
        <source>not sent (paper only); an earlier version stays on the sharing service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not sent (paper only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing service: not sent (paper only); an earlier version stays on the sharing service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing service: not sent (paper only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing service: not queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing service: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (%1; correct it as a new version and send again)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An earlier version of this letter was sent to the sharing service (or is queued for it). If this version is finalised without sending, the earlier version stays on the sharing service and the addressee keeps reading it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentSignatures</name>
    <message>
        <source>The signer returned no signature; the document was not finalised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronic signature: not checked (received document)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronic signature: signed by %1 at %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronic signature: none (signing is not set up)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronic signature: signed when finalised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronic signature: none (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Electronic signature: none (finalised without a signature)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>Chief complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present illness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinical course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose of referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for admission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The addressee's institution number (医療機関番号) "%1" is not valid: it has 10 digits, prefecture (01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The discharge date (%1) is before the admission date (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medication %1: enter the drug name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medication %1: a YJ code has 12 letters or digits ("%2" given).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medication %1: enter the generic-name (一般名) code or choose "no code".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medication %1: dose, days and quantity cannot be negative.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only a referral can carry a discharge summary as an attachment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the addressee institution (紹介先医療機関).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the addressee's institution number (医療機関番号); the sharing service delivers by it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the purpose of the referral (紹介目的).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the chief complaint or pick at least one diagnosis (傷病名・主訴).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the present illness (現病歴).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the admission date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the discharge date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the reason for admission (入院理由).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the chief complaint (主訴).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick at least one diagnosis at discharge (退院時診断).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the hospital course (入院中経過).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The attachment has no file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: only PDF, PNG and JPEG files can be attached.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 MB; an attachment can be at most %3 MB.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a valid %2 file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DrugClassCatalog</name>
    <message>
        <source>Penicillins</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cephems (cephalosporins)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Carbapenems and penems</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Macrolides</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quinolones</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tetracyclines</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sulfonamides (サルファ剤)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NSAIDs (non-steroidal anti-inflammatory drugs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pyrazolones (ピリン系)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Iodinated contrast media</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local anaesthetics (amide type)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EcsReader</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a text (string).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be an object.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>must be a list (array).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the partial date %2 is kept as %3 (the exact text stays in the raw JSON).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a date and time (e.g. 2021-07-05T11:19:41+09:00).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EligibilityClient</name>
    <message>
        <source>The insurer number %1 has a wrong check digit. Check the number on the insurance card and type it again (this is a typing or card error, not "no match").</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card holder could not be verified at the card reader. Verify again (face or PIN) or check the holder visually.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The insurer number %1 is not 6 or 8 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The eligibility service refused the request: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked (未確認): the eligibility service is not set up. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked (未確認): the eligibility service could not be reached (%1). Retry when the network is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked (未確認): the eligibility service is unavailable (HTTP %1). Retry later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked (未確認): the eligibility service's answer could not be read.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EligibilityCommands</name>
    <message>
        <source>  eligibility check --card CARD-ID [--method face|pin|visual] [--reception ENTRY | --patient NUMBER]
  eligibility check --insurer N --symbol S --number N --branch NN --birth YYYY-MM-DD [--reception ENTRY | --patient NUMBER]
  eligibility check --patient NUMBER   (the registered insurance card data)
  eligibility retry CHECK-ID | eligibility accept-insurance CHECK-ID
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the %1 as a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no reception entry %1 today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--method is face, pin or visual, not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--birth is a date like 1975-04-12, not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient %1 has no registered insurance: give --card or the card data.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give --card, the card data (--insurer …), or --patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no eligibility check %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligibility check %1 is not linked to a patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient %1: insurance registered as %2 (version %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result: NOT CHECKED (未確認)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retry with: tsumugictl eligibility retry %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result: refused (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>result: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>matches: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>person: %1 (%2) %3 %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 %3  %4:%5:%6  from %7%8</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> lost %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  copay: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>insurance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new insurance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>consents: %1 (until %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>differs: %1: registered '%2', reported '%3'</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To register the reported insurance: tsumugictl eligibility accept-insurance %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EligibilityLog</name>
    <message>
        <source>The eligibility check was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This eligibility check is not linked to a registered patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This eligibility check reports no valid insurance, so there is nothing to register.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The registered insurance already matches the eligibility check.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insurance updated from online eligibility check %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed this patient at %2 (now version %3) while you were looking at it. Nothing was saved; check the insurance again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EligibilityService</name>
    <message>
        <source>The eligibility check was not found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>Give the patient number with --patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the output folder with --out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--year must be a year from 2020 to 2039, not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--seed must be a whole number, not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient %1 has nothing to share: no diagnoses, allergies or lab results to report.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  export clins --patient NUMBER --out DIR [--year YYYY] [--seed N]   (JP-CLINS bundles, one file per resource type; --year: the year the unit was first sent, default this year)
  export referral|discharge --document ID --out FILE [--seed N]   (a finalised document as its JP-CLINS document bundle)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the document id with --document.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the output file with --out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document %1 is a %2, not a %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FhirImportResult</name>
    <message>
        <source>found by the insured-person identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>found by the sender's patient number from an earlier import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>same name, reading and birth date; match accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>as given with --patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the patient of an earlier file of this import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>new patient registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: imported — patient %2 %3 (%4); from institution %5: %6 added, %7 updated, %8 unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>patient %1 %2 (%3, born %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: needs confirmation — not imported. The file's patient has the same name, reading and birth date as %2 but no identifier links them. Run again with --accept-match to add the items to that patient, or --create-patient to register a new patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: failed — nothing imported. %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  the letter is filed as document %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  the letter is document %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>The lock file %1 cannot be opened (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another program has been changing %1 for too long; nothing was changed. Try again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>  import FILE... [--accept-match | --create-patient] [--patient NUMBER] [--from INSTITUTION]
         (JP-CLINS bundles and eCS resources from other institutions, read-only in the chart; --accept-match: use the patient with the same name, reading and birth date; --create-patient: register a new patient instead; --from: the sender when a file does not name it)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give at least one file to import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --accept-match or --create-patient, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 files imported; %3 failed; %4 need confirmation.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>%1 is not read here; kept in the raw JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: unknown code %2 (%3); kept in the raw JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxCommands</name>
    <message>
        <source>listed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>already stored: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>linked to a patient: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipts sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>receipt pending</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation><numerusform>%n letter</numerusform><numerusform>%n letters</numerusform></translation>
    </message>
    <message>
        <source>  inbox fetch | inbox list   (referral letters addressed to this clinic)
  inbox import ID [--accept-match | --create-patient] [--patient NUMBER]   (file a letter into the patient's chart: a doctor's action)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the letter's id (see inbox list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give either --accept-match or --create-patient, not both.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filed into the chart: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InsuranceDifference</name>
    <message>
        <source>Insurer number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JfagyMasterReader</name>
    <message>
        <source>The J-FAGY file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is not the J-FAGY master: its first line has no %1 column.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 of the J-FAGY file has %2 fields; %3 were expected.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>JlacValueSetReader</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no JP-CLINS lab value sets (ValueSet-jp-clins-valueset-*labo*.json). Give the extracted package folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value sets on %1 were skipped: the package does not contain that code system.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>The key file %1 is missing. It must stay beside the record file; restore it from the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 is damaged or not a Tsumugi key file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file %1 has a damaged key slot.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no intact previous key file beside %1 that belongs to this record. Restore the record and its key file together from the backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The damaged key file %1 could not be moved aside; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file's retiring record key does not open with the current one: the file is damaged. Put its previous generation back (tsumugictl keys restore-previous).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabCsvReader</name>
    <message>
        <source>The lab file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line 1 of the lab file must name the columns; missing: %1 (see docs/lab-results-csv.md).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the patient number '%1' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the collection time '%1' is not a date and time like 2026-11-20 09:30</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the code system '%1' is not jlac10, jlac11 or local</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reference low '%1' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the reference high '%1' is not a number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab file was not imported (nothing was saved):
%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab file has a header but no results.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabObservationReader</name>
    <message>
        <source>must be a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required (the test and its JLAC code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Observation.code: %1 '%2' is not a JP-CLINS core or infection item known here; kept, not sent on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>needs a JLAC10/JLAC11 or local laboratory code (system and code).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required: the name of the test.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>is required: when the specimen was taken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Observation.valueCodeableConcept: shown as its text '%1'; the coded value is kept in the raw JSON.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Observation: no value (valueQuantity, valueString or valueCodeableConcept).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Observation.specimen: missing; shown as 不明 (unknown).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabResultRepository</name>
    <message>
        <source>'%1' is not a JLAC10 code (17 letters and digits).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a usable item code (1 to 20 letters, digits, '.', '_' or '-').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the name of the lab item.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the result value.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The result value is not a finite number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A numeric result needs its unit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit '%1' is not usable (at most 20 characters, no spaces).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reference range is reversed: %1 is above %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The abnormal flag '%1' is not one of N, H, L, HH, LL, A, POS, NEG.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the specimen (血清, 血漿, 全血, 尿, …).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the collection date and time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The collection time %1 is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab result was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A withdrawn result cannot be edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The lab result is already withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no patient number %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation><numerusform>… and %n more problem.</numerusform><numerusform>… and %n more problems.</numerusform></translation>
    </message>
    <message>
        <source>%1 was not imported (nothing was saved):
%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed this result at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a usable local item code (1 to 20 letters, digits, '.', '_' or '-').</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>there is no user '%1' to have ordered the test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a doctor, so cannot have ordered the test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Completed for the sharing service (local item code, ordering doctor)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LabSharing</name>
    <message>
        <source>Not shared: a code of this clinic (not JLAC) is kept in the chart and its trends only. The sharing service takes the core lab items and the infection items by their JLAC10 codes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not shared: this JLAC code is not one of the JP-CLINS core lab or infection items, so the sharing service does not take it. It stays in the chart and its trends.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received from another institution: it is not sent again by this clinic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn: not sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not shared yet: the sharing service asks for this clinic's own code of the item (院内項目コード) beside the JLAC10 code. Add it once and later results of the item take it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not shared yet: the sharing service asks for the doctor who ordered the test, and it is not recorded for this result. A doctor can add it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MailboxClient</name>
    <message>
        <source>The sharing service could not be reached (%1). Try again when the network is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sharing service refused access to the mailbox of %1 (the client certificate belongs to another institution).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sharing service says %1 is not a valid institution number (医療機関番号).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sharing service answered HTTP %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The mailbox answer could not be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter %1 is no longer in the mailbox (deleted or expired).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MasterArchive</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not a zip archive (it may be damaged or only partly downloaded).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is a damaged zip archive (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds more than one master file; import each SSK zip on its own.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no master file (.txt or .csv).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the master file's size cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 cannot be unpacked (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 is damaged (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the master file inside would unpack to %2 MB, far more than any SSK master (at most %3 MB here); nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: the master file inside would unpack from %2 KB to %3 MB (%4 times), which no SSK master does (about 6 times); a damaged or hostile archive. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MasterCatalog</name>
    <message>
        <source>Only doctors and administrators import masters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file has no entries; the %1 master was left as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n ended code(s) left out.</source>
        <translation><numerusform>%n ended code left out.</numerusform><numerusform>%n ended codes left out.</numerusform></translation>
    </message>
    <message>
        <source>%1 lists %2 entries, but the record offers %3 of this master now and %4 of them would end. An SSK master file is the whole master: check that this is the full file. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is not named like an SSK master (b_ 傷病名, z_ 修飾語, y_ 医薬品); say which master it is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is the %2 master, not the %3 master; nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n code(s) already ended (廃止 or 経過措置): kept for old charts, not offered.</source>
        <translation><numerusform>%n code already ended (廃止 or 経過措置): kept for old charts, not offered.</numerusform><numerusform>%n codes already ended (廃止 or 経過措置): kept for old charts, not offered.</numerusform></translation>
    </message>
</context>
<context>
    <name>MasterCommands</name>
    <message>
        <source>  master import FILE.zip                 (an SSK zip as published: b_ 傷病名, z_ 修飾語, y_ 医薬品)
  master import disease|modifier|drug|jfagy|jlac FILE   (jlac: the extracted JP-CLINS package folder)
  master search disease|modifier|drug|jfagy|jlac QUERY  (kana, name, code, ICD-10, YJ)
  master show KIND CODE | master info
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>一般名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(移行先 of ended %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No %1 entry has the code %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ended: may not be chosen for new entries since %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>may be chosen until %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>移行先: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 master: %2 entries from %3 (added %4, changed %5, ended %6)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MedicationRequestReader</name>
    <message>
        <source>is required: the drug of the prescription.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>names no drug (neither text nor a coding's display).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MedicationRequest: %1 gives a dose per intake, shown as the dose.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>NoteTemplateLibrary</name>
    <message>
        <source>A template needs a title of at most 60 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxItem</name>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed, retrying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>nothing to send</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>No answer from the service (it may or may not have arrived; the same data will be sent again): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service is busy or unavailable (HTTP %1); retrying.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>The service refused this submission (HTTP %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service refused this submission (HTTP %1): %2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>%1 (year only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1-%2 (month only)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientMapper</name>
    <message>
        <source>unknown</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient %1 has no health insurance registered; the sharing service identifies patients by their insurance (R1012), so this patient's data cannot be shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient %1 lacks a name, reading or birth date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient: the resource is not a Patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient.identifier: the insured-person identifier %1 is not 保険者番号:記号:番号:枝番.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient.name: no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient.birthDate: missing or not a date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientMerge</name>
    <message>
        <source>Family name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insurance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>The patient was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed this patient at %2 (now version %3) while you were editing it. Nothing was saved; reopen the patient and apply your change again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>The insurer number (保険者番号) may contain digits only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The insurer number (保険者番号) has 8 digits (6 for National Health Insurance).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The insurer number (保険者番号) %1 is not valid: its last digit (check digit) should be %2. Please check the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the family name reading in kana.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reading may contain kana only (hiragana or katakana).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the given name reading in kana.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter a valid birth date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date is too far in the past; please check it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the insured person's number (番号) from the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the insurer number (保険者番号) from the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch number (枝番) has two digits, e.g. 01.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The phone number may contain digits, hyphens and brackets only.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The postal code has seven digits, e.g. 160-0023.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PdfFile</name>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and can be written.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>The clinic server %1 cannot be reached: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the clinic server was lost. The last change was not saved; nothing else was lost. (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server's disk is full. The last change was not saved; nothing else was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change conflicts with the saved record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage error (%1) during %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the clinic server was lost while saving: the change may or may not have been saved. Open it again to see which.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another desk is saving; try again in a moment. Nothing was saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server took too long to answer; the change was not saved. Try again; if it keeps happening, tell whoever looks after the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server's address cannot be read: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server %1 is on another machine: Tsumugi connects to it only with sslmode=verify-full (its certificate checked), so that patient data never crosses the network in the clear. Add sslmode=verify-full and the clinic's certificate (sslrootcert) to the address.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the clinic server %1 was lost: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The connection to the clinic server was lost while saving, and the server did not save the change. Nothing was saved; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server stopped answering (nothing for about %1 s, and no new connection): the desk gave up waiting. The last change was not saved; nothing else was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk is still waiting for the clinic server's answer to its last request; try again in a moment.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server refused this desk's certificate: it was revoked. An administrator issues the desk a new one (tsumugictl server certs issue).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server did not accept this desk's certificate (it is missing or not of the clinic's certificate authority). Join the desk again with a join file of this server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate does not name the address this desk uses: connect by an address the server was set up with (tsumugictl server init --listen).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate is not of this clinic's certificate authority: this may be another server. Nothing was sent to it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server does not let this connection in: a desk connects with TLS, its own certificate and the desks' role, from the clinic's network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server %1 lets a desk in with the desk's own certificate only: the address lacks sslcert and sslkey. Join this desk with its join file (the setup window's 「院内サーバーに接続する」, or tsumugictl server join).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrescriptionRepository</name>
    <message>
        <source>Enter the drug.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drug name is longer than 200 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a YJ code (12 characters, e.g. 2325003B2029).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a 一般名コード (12 characters, e.g. 2325003B2ZZZ).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>'%1' is not a レセ電 医薬品コード (9 digits starting with 6).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A drug without a code system has no code; choose the code system for %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The dose must be above 0 (and at most 10000).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The unit '%1' is not a dosage unit (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the usage (用法), e.g. 1日3回毎食後.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The days (or times) must be between 1 and 365; %1 is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The total quantity must be above 0.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start date is missing.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The Rp number must be between 1 and 99.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit of the prescription was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit was withdrawn; it cannot get prescriptions.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%1 is already prescribed (%2, from %3 for %n day(s)) and still active.</source>
        <translation><numerusform>%1 is already prescribed (%2, from %3 for %n day) and still active.</numerusform><numerusform>%1 is already prescribed (%2, from %3 for %n days) and still active.</numerusform></translation>
    </message>
    <message>
        <source>The prescription was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A withdrawn prescription cannot be edited.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A prescription stays with its visit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check before prescribing:
%1
Save again acknowledging the warnings to prescribe anyway.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The prescription is already withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no earlier visit with a prescription to repeat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is one of the %2; the patient's record says: allergy or contraindication to %3 (%4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 contains %2; the patient's record says: allergy or contraindication to the ingredient %2 (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 has the same ingredient as %2, recorded as a drug allergy or contraindication (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is also known by the name %2, which the patient's record lists as an allergy (%3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is one of the %2, and the patient's record lists "%3" as an allergy (%4). Record it as that drug class in the allergy dialog.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed this prescription at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drive</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceiptMasterReader</name>
    <message>
        <source>The %1 file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 is not a record of the %2 (expected at least %3 fields with master type %4 in field 2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>disease master (傷病名マスター)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>modifier master (修飾語マスター)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>drug master (医薬品マスター)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line %1 of the %2 has no code or no name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This master is not a レセ電 基本マスター file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceivedItemStore</name>
    <message>
        <source>A received item needs its source institution and resource key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This resource (%1 from institution %2) was already imported for another patient; it is not imported a second time.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated by the sending institution %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received from institution %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReceptionList</name>
    <message>
        <source>This patient is already on today's reception list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The reception entry was not found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordCheck</name>
    <message>
        <source>a table or index is inconsistent (the database reports: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record file is damaged: %1. It is open read-only, so nothing more is written into it; charts can still be read. The administrator restores the record file and its key file together from the last good backup, then runs the check again (tsumugictl check).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordKeyRotation</name>
    <message>
        <source>re-sealing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>removing the old search tokens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rotating the record key is for a record on the clinic server. A record in a file is encrypted whole with its key (SQLCipher); changing that key is not built yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is incorrect; the record key was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A rotation of the record key (generation %1) is under way: let it finish first (tsumugictl keys rotate --resume).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record key cannot be rotated again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Tsumugi recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic: %1 (institution number %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issued: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With this key an administrator can set a new password and open the record again when every administrator's password is forgotten or the key file (%1) is lost or damaged:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anyone holding this sheet and a copy of the record can read every chart. Keep it in the clinic's safe, never beside the computer or the backups; do not photograph it. A new key (Settings) makes this sheet useless: destroy it then.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralInboxService</name>
    <message>
        <source>No registered patient has the insured-person identifier %1: register the patient, then open the letter from the inbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter %1 did not match its checksum; it was not stored and will be fetched again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Linked to patient %1 %2 by the insured-person identifier; not yet filed in the chart.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no letter %1 in the inbox.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>inbox letter %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filed in the chart of patient %1 %2 as document %3.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferralInboxStore</name>
    <message>
        <source>A referral letter needs its identifier, hash and document.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>This record was written by a newer Tsumugi (schema %1; this program knows up to %2). Update Tsumugi to open it; the file was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record has schema %1, which this program cannot bring up to date (it was made by a trial version). The record was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record on the clinic server has schema %1 and this Tsumugi needs %2. Only the server changes its schema: an administrator runs tsumugictl server upgrade on the server machine, then this desk signs in again. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SealingStep</name>
    <message>
        <source>Bringing this record to schema %1 needs the record key: sign in at a desk to do it. The record was not changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 is no backup of a Tsumugi clinic server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 is damaged, cut short or was altered: it does not open as written. Use another generation.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name or password does not open this backup: it takes a password a user had on %1, when it was made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be started: install postgresql-15.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 did not accept the backup (exit %2): %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an administrator backs up the record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written to %1 (%2); no backup was kept from this run, the older ones are untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_dump cannot be started: install postgresql-15.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be put in place as %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server in %1 holds a record already: a backup is restored only into a new server (tsumugictl server restore makes one), never over a record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restored audit trail does not end where the backup said it did: the backup is not whole.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The restored audit trail is broken: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerCluster</name>
    <message>
        <source>There is no postgres user on this machine: install postgresql-15 first (scripts/setup does).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be given to the postgres user.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be started: install postgresql-15 first (scripts/setup does).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds no clinic server: set one up with tsumugictl server init --data %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the server's folder with --data DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the addresses the desks reach the server by with --listen (for example 192.168.1.10).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--port is a number from 1024 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic's certificate authority in %1 is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made the clinic's certificate authority in %1 (its key is encrypted under the CA password).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 holds a cluster that is not a PostgreSQL 15 cluster with its settings inside; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The cluster in %1 is adopted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made a PostgreSQL 15 cluster in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server listens on %1, port %2, for desks with a certificate of the clinic's CA only (TLS 1.3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 holds a Tsumugi record already: it is kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Made the record of %1 (%2); administrator: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The database %1 is left empty for a backup to be restored into.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>Give the server's folder with --data DIR.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the file holding the CA password with --ca-password-file ('-' reads standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server in %1 is running (port %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clinic server in %1 is stopped (port %2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--port is a number from 1024 to 65535.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each desk joins with a certificate of its own: tsumugictl server certs issue DESK --data %1 --ca-password-file FILE writes DESK.tsumugi-join and shows its join code; on the desk, the setup window's 「院内サーバーに接続する」 (or tsumugictl server join) takes both. Desks connect to %2, port %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record on the clinic server in %1 is at this version's schema.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The certificate of the desk %1 is revoked: the server refuses its next connection.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The join file of the desk %1 is %2. Its join code (shown only now; give it to the desk by another way than the file):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The join file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the file holding the join code with --code-file ('-' reads standard input).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  server init --data DIR --listen ADDRESS[,ADDRESS...] [--port N] [--allow samenet|CIDR]
              --ca-password-file FILE --institution NUMBER --name TEXT [--display-name TEXT]
              [--address TEXT] [--phone TEXT] [--recovery-key-out FILE]
              (on the server machine; --user/--password-file: the first administrator)
  server start|stop|status --data DIR
  server upgrade --data DIR   (the server's schema brought up to this version; --user: an administrator)
  server certs issue DESK --data DIR --ca-password-file FILE [--out FILE] [--host ADDRESS]
  server certs revoke DESK --data DIR --ca-password-file FILE | server certs list --data DIR
  server join FILE --code-file FILE [--into DIR]   (on a desk: prints the --db address to use)
  server backup --data DIR --to FOLDER [--keep N]   (--user: an administrator; keeps the newest N, 5)
  server backup list --to FOLDER | server backup verify FILE   (--user/--password-file: a user then)
  server restore FILE --data NEWDIR --listen ADDRESS[,...] [--port N] --ca-password-file FILE
              (a new server from a backup; --user/--password-file: a user of the backup's day)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the backup folder with --to FOLDER.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>schema %1, audit row %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup %1 of %2 opens whole: every part authenticated, the archive readable (schema %3, audit trail up to row %4).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the backup folder with --to FOLDER (a USB disk or a NAS).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--keep is a number of backups, at least 1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up and verified: %1 (%2 bytes, %3 ms).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Removed the older generation %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored %1 into the new server in %2: the audit trail ends where the backup said and verifies. Join the desks to it (server certs issue).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerConnectionTest</name>
    <message>
        <source>no answer within %1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server name %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Port %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>TLS and the server's certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This desk's certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record's schema</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user's key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The name cannot be resolved (%1): check the address in the join file, or this desk's network.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing answers at port %1 of %2 (%3): the server may be stopped (tsumugictl server status), or a firewall closes the port.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server's certificate is the clinic's (verify-full).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server accepted this desk's certificate.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server holds no Tsumugi record: set it up with tsumugictl server init.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record has schema %1 and this Tsumugi needs %2: an administrator runs tsumugictl server upgrade on the server.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record has schema %1, newer than this Tsumugi (%2): update this desk's Tsumugi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Schema %1, as this Tsumugi.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record has no user %1: an administrator adds the user (or check the spelling).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 can sign in with a password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ServerKeySlots</name>
    <message>
        <source>the key slots on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server database %1 holds no Tsumugi record. Create one with tsumugictl init, or check the database name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no intact previous key slots on %1. Restore the record from the backup.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SharedItemAdopter</name>
    <message>
        <source>Only shared allergies, drug contraindications and diagnoses can be adopted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The shared item does not name the institution it came from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item was registered by this clinic; it is already ours.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shared record (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2 is already in this patient's record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was adopted into the record (source: %2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SharedSummaryStore</name>
    <message>
        <source>Reading the summary without the patient's consent (emergency) needs a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ShippedMasters</name>
    <message>
        <source>The shipped master %1 is missing from this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>「レセプト電算処理システム 基本マスター」(社会保険診療報酬支払基金) を加工して作成 — 傷病名 %1, 修飾語 %2, 医薬品 %3 (公共データ利用規約 第1.0版). JLAC10 codes of the JP-CLINS core lab and infection value sets from the 電子カルテ情報共有サービス FHIR package 1.5.2.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SimulatedCardReader</name>
    <message>
        <source>Simulated card reader</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>The record file %1 does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 already exists; it was left untouched.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record file %1 cannot be opened: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is not a Tsumugi record, or it is damaged. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full. The last change was not saved; nothing else was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 is not a Tsumugi record, or it is damaged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The change conflicts with the saved record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record is busy in another program; try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Storage error (%1) during %2: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record file %1 is damaged (the database reports: %2). Restore it with its key file from the last backup; ask the administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record is open read-only (it was found damaged, or its file cannot be written); the change was not saved.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryClient</name>
    <message>
        <source>The sharing service could not be reached (%1). Try again when the network is back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient has not consented to sharing their record. Only in an emergency, to protect life, may it be read without consent (emergency mode, with a reason).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consent from the eligibility check has expired (it is valid 24 hours). Check eligibility again with the card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sharing service did not accept the access token. Check eligibility again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sharing service refused the request (HTTP %1 %2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryCommands</name>
    <message>
        <source>  summary pull --patient NUMBER [--emergency --reason TEXT]   (shared record / emergency summary, after an eligibility check with the card)
  summary show --patient NUMBER   (the last pulled summary)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the patient number with --patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No summary has been pulled for patient %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>--reason goes with --emergency.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient %1 %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SummaryService</name>
    <message>
        <source>There is no eligibility check of this patient from the last 24 hours. Check eligibility with the My Number card first (its access token opens the summary).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sharing service's answer is not a summary bundle.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared items (diagnoses, allergies, labs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visits (3 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dispensing (45 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medications (3 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Surgery (5 years)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatments (3 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dialysis (3 months)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health checks (dates only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode: emergency (reason: %1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mode: with consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(withheld: no consent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  sync push [--attempts N] | sync status | sync list [--state pending|sending|sent|rejected|failed]
  sync retry ID | sync show ID   (the outbox to the national services; server: config set server-url)
</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>document %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>#%1 patient %2 %3: %4, %n attempt(s)</source>
        <translation><numerusform>#%1 patient %2 %3: %4, %n attempt</numerusform><numerusform>#%1 patient %2 %3: %4, %n attempts</numerusform></translation>
    </message>
    <message>
        <source>--attempts takes a number from 1 to 20, not '%1'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sent: %1, rejected: %2, failed: %3, not attempted: %4, nothing to send: %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service could not be reached: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>server: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not configured)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>queued: %1 (pending %2, sending %3, failed-retrying %4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected: %1, sent: %2, nothing to send: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last success: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown state '%1': pending, sending, sent, rejected, failed, not_needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the outbox item number (see sync status or sync list).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no outbox item %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1 is %2: nothing to retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1 will be sent with the next push.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item %1 has no payload yet: it is built just before the first attempt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>recorded but not shareable: lab results with a local code %1, with a JLAC code that is not a JP-CLINS core or infection item %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another desk is sending the outbox (one desk sends for the whole record); nothing was sent. Its items are sent by that desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept back until a doctor completes them (lab complete): without the clinic's item code %1, without the ordering doctor %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TransportSettings</name>
    <message>
        <source>No server is configured. Set it with: tsumugictl config set server-url https://HOST:PORT</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address '%1' is not an http(s) URL.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A client certificate needs both the certificate and its key file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The user name has 2 to 32 letters, digits, dots, hyphens or underscores (e.g. tanaka).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current password is incorrect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A user name has at most %1 characters. Check what was typed in the user name field.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>Enter the visit date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit date %1 is in the future.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit date %1 is too far in the past.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the department (診療科).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The department name is longer than 40 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The doctor of a visit must be a user with the doctor role.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The visit is already withdrawn.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 changed this visit at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::EligibilityRequest</name>
    <message>
        <source>No card was read: place the My Number card on the reader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the insurer number (保険者番号).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The insurer number must be 6 or 8 digits (it is %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the insured person's number (番号).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The branch number (枝番) must be empty or 2 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the birth date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::sync</name>
    <message>
        <source>Inpatient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outpatient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 %2 / %3 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drug contraindication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Food</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Environment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::AllergyBanner</name>
    <message>
        <source>No known allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contraindicated: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>⚠ Allergies / contraindications: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No known allergies (recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergies not recorded — ask the patient</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::AllergyDialog</name>
    <message>
        <source>Add allergy or drug contraindication</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type kana or name to search; free text is allowed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free text (no code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. rash, anaphylaxis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not known</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Allergen / drug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YJ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>J-FAGY %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>一般名 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingredient (in every product)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drug class (e.g. penicillins, NSAIDs)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One product or 一般名</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drug c&amp;lass</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drug class: %1 (every drug of the class is checked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record as the drug class %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ingredient %1 (every product holding it is checked)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recor&amp;ded as</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::AllergyTab</name>
    <message>
        <source>Allergen / drug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reaction</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add allergy / contraindication…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>J-FAGY, drug master or free text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered in error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw allergy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record no &amp;known allergies</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::ChartWindow</name>
    <message>
        <source>Visits (newest first)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start today's visit (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Internal medicine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No. %1 · %2 · %3 · born %4 · %5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 v%2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rx %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw visit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A visit recorded in error stays in the list, greyed, with the reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other clinics' shared items and the emergency summary (Ctrl+Shift+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared record — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visit on %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This patient already has a visit on %1 (%2). Open it, or start a second visit that day?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open that visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a &amp;second visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared re&amp;cord…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the note as a draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a stock phrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the last prescription (Do処方)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start today's visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions of the note</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close the chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New referral letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Other clinics' shared record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;On the left, the visits (newest first); on the right, the tabs 1–5 (Alt+1 … Alt+5): the visit note with its prescriptions, diagnoses, allergies, lab results and documents. The red band under the name lists the allergies and contraindications; every prescription is checked against them, by drug class, ingredient and product.&lt;/p&gt;&lt;p&gt;A note is a draft until it is finalised; a change to a finalised note is a new version, and the versions stay.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated at another desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::DiagnosisDialog</name>
    <message>
        <source>Edit diagnosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type kana or kanji to search the disease master; free text is kept uncoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Principal diagnosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Suspected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep long-term (LTS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not told to the patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not share</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;End date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason for the change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uncoded (free text)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>MEDIS %1 · ICD-10 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modifier: e.g. きゅうせい (急性), ひだり (左)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remo&amp;ve modifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Modifiers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded as</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::DiagnosisTab</name>
    <message>
        <source>Diagnosis</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Principal</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add diagnosis…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the disease master or free text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome, end date, flags</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Entered in error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Uncoded</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt code %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw diagnosis</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::DischargeSummaryEditor</name>
    <message>
        <source>Admission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. improved, cured, transferred</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Admitted on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Discharged on:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Condition at dis&amp;charge:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for admission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the patient was admitted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses on admission</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses at discharge</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hospital course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course and treatment during the stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge instructions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow-up, diet, activity</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::DocumentEditor</name>
    <message>
        <source>Space ticks or unticks the selected line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chief complaint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The main complaint in the patient's words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Present illness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Course of the present illness</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past illnesses, operations, family history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current medications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge medications</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remarks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anything else the reader should know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF, PNG or JPEG, at most %1 MB each</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove attachment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the new version (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep as a draft (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign off with your name and the time (Ctrl+Shift+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit as new version</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print preview, then print (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;nd again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queue this finalised document for the sharing service again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  (%2 KB)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1  %2  %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  finalised %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  saved %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalised as version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 started as a draft; the finalised versions stay readable.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 is %2 MB; an attachment can be at most %3 MB. Make the file smaller (e.g. scan at a lower resolution) or send it separately.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attached: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued for the sharing service; it is sent with the next push.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send to the sharing service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>On finalising, queue the document for the sharing service (電子診療情報提供書)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send this finalised document to the sharing service now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not finalised. Tick “Send to the sharing service” to replace the earlier version there.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise without sending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise this version for paper only anyway?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 saved this document at %2 while you were editing it. Your text was saved as a separate draft (document %3) beside theirs (document %4): compare the two and withdraw the one you do not need.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::DocumentListPanel</name>
    <message>
        <source>Document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Addressee / stay</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write a referral letter prefilled from the chart (Ctrl+Shift+L)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New discharge &amp;summary…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected document (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (received)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing service</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::DocumentViewer</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  finalised %1 by %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  received from %1 (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Print preview, then print (Ctrl+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::EligibilityDialog</name>
    <message>
        <source>Online eligibility check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1  %2（%3）  born %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Face recognition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Visual check by staff</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification failed at the reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consents chosen at the reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinical information (診療情報)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Medication information (薬剤情報)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health checks (特定健診)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Surgery information (手術情報)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reader: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card on the reader</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insurer number (保険者番号)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol (記号)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number (番号)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch (枝番)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My Number card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insurance card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ask the service again exactly what was asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking the eligibility service…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No card was read: place the My Number card on the reader.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The birth date '%1' is not a date like 1975-04-12.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered: %1 / %2 / %3 / %4 (patient version %5).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::EligibilityResultView</name>
    <message>
        <source>Qualification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Differs from the registered insurance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported by the service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Register the reported insurance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saves a new version of the patient with this insurance (the old one stays in the history)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid (有効)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Invalid (無効)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New qualification (新しい資格あり)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No match (該当なし)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Several matches (複数該当)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not checked (未確認)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong check digit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card presented is no longer valid; the patient has a newer qualification (shown below). Ask for the new insurance card.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This qualification has been lost (資格喪失). Do not bill this insurer; ask the patient for their current insurance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nobody with these card data is known to the service. Check the numbers and the birth date.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n persons match these card data. Check with the My Number card or the branch number (枝番).</source>
        <translation><numerusform>%n person matches these card data. Check with the My Number card or the branch number (枝番).</numerusform><numerusform>%n persons match these card data. Check with the My Number card or the branch number (枝番).</numerusform></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insurer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol / number / branch</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid from / lost on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copay rate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insured category</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Limit category (限度額適用)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Elderly category (高齢受給者)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>clinical information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>medication information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>health checks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>surgery information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent to view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none (the shared record can only be read in an emergency)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Checked at</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::EligibilityRunner</name>
    <message>
        <source>Your role may not check eligibility.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::FhirImportDialog</name>
    <message>
        <source>By insured-person identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By the sender's patient number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name, reading and birth date (confirmed)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen in the confirmation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient of an earlier file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New patient registered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import FHIR files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JP-CLINS bundles and eCS resources (.json) received from other institutions. Their items are added to the patient's chart read-only, marked with the sending institution; importing a file again adds nothing twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient found</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected file's report in full.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the files to import (Ctrl+O).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chart of the selected file's patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FHIR files to import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FHIR JSON files (*.json)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 files imported; %3 failed; %4 not imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No. %1 %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported (skipped)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported (needs confirmation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Failed — nothing imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Error: %1: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: not imported (you chose not to import it).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::FhirImportMatchDialog</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insurer %1, symbol %2, number %3, branch %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is about a patient with the same name, reading and birth date as a patient of this clinic, but no insured-person identifier links them. Is it the same person?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient no.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insured-person identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In the received file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(the sender's)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In this clinic (%1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing adds the file's items to the chart read-only, marked with the sending institution. Once you confirm, later files from the same sender are matched without asking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import into this patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import into the ticked patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register as a &amp;new patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Do not import</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt with an underlined letter presses that button or opens that menu.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::KeyRotationDialog</name>
    <message>
        <source>Change the record key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the record key when a password or a desk may have been exposed. A new key is made that nothing old opens, and the whole record is sealed anew under it while everyone goes on working. Every other user gets a one-time password below and signs in again with it; a new recovery sheet replaces the old one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Change the key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;recovery sheet…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key generation %1: %2. %3 rows sealed anew, %4 old search tokens removed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped; it goes on when this window is opened again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>These one-time passwords are shown only now: hand each user theirs before you close this window, and print the new recovery sheet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::LabResultDialog</name>
    <message>
        <source>Enter a lab result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item: type to search the JLAC master, or a name of your own</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local code, e.g. HBA1C</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Serum</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plasma</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Whole blood</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Urine</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reference range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Specimen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ollected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Core lab items and infection items with their JLAC10 code are shared with the national sharing service.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared: this is a JP-CLINS item; it goes to the sharing service with the next send.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit, range and specimen as this clinic last reported %1 (%2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit and specimen of the item; no earlier result of it in this clinic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This clinic's code for the item (院内項目コード)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Local item code</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::LabSharingCompletionDialog</name>
    <message>
        <source>Complete %1 for the sharing service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This clinic's code for the item (院内項目コード)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results without an ordering doctor are recorded as ordered by you (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Local item code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::LabTab</name>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Collected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Specimen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Results file from the lab company</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Enter result…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type a result by hand</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import lab results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Imported %n result(s).</source>
        <translation><numerusform>Imported %n result.</numerusform><numerusform>Imported %n results.</numerusform></translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Complete for &amp;sharing…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add this clinic's item code and the ordering doctor the sharing service asks for</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>kept back</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n result(s) of %1 completed for the sharing service.</source>
        <translation><numerusform>%n result of %1 completed for the sharing service.</numerusform><numerusform>%n results of %1 completed for the sharing service.</numerusform></translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::LabTrendChart</name>
    <message>
        <source>No numeric results to chart.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::LockScreen</name>
    <message>
        <source>Tsumugi is locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit Tsumugi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another user signs in after Tsumugi is started again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another user? Quit and sign in again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your password to continue.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::LoginWindow</name>
    <message>
        <source>Tsumugi — Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tsumugi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in to open the clinic record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore the previous key file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The previous key file was restored (the damaged one is kept beside it). Sign in again; a password changed since then is the old one again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The key file is damaged or missing, but its previous generation is intact. "Restore the previous key file" puts it back (the damaged file is kept beside it).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a password of your own to go on; the one-time password still signs you in for that.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::MainWindow</name>
    <message>
        <source>Tsumugi — %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (institution no. %2)   |   %3 (%4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open / edit patient…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go to the list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;in consultation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Language (after restart)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Automatic lock time…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About Tsumugi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient %1 registered as number %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a patient first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tsumugi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The new language is used the next time Tsumugi starts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Automatic lock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the screen after this many idle minutes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About Tsumugi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tsumugi %1 — electronic medical record for small clinics.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role cannot read charts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check &amp;eligibility…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sync status…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import FHIR files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update &amp;masters…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Masters: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make a new recovery key? The sheet printed before stops working (destroy it); the new sheet is shown once.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record file is damaged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add to reception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Referral in&amp;box…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help for this window</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reception and patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;p&gt;Find a patient by name, reading, number or birth date (Ctrl+F), add them to today's reception list and open their chart (F2). The reception list shows who is waiting, with the doctor and done; its status keys work on the selected row.&lt;/p&gt;&lt;p&gt;Ctrl+L locks the screen when you leave the desk; the record stays open for the next sign-in.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving… (waiting for the clinic server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading… (waiting for the clinic server)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change the record &amp;key…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record key was changed by an administrator. Unlock with the one-time password you were given (or the password you set with it); what is open stays as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked: the record key was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::MasterUpdateDialog</name>
    <message>
        <source>Diseases (傷病名)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modifiers (修飾語)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drugs (医薬品)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Generic names (一般名)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergens (J-FAGY)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab codes (JLAC)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Update masters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the master files as the 社会保険診療報酬支払基金 publishes them (zip files named b_…, z_…, y_…). Each file is taken whole or not at all; codes that ended stay readable on old charts but are no longer offered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Master files</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SSK master files (*.zip *.txt *.csv)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation><numerusform>Reading %n file…</numerusform><numerusform>Reading %n files…</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 Nothing of this file was taken.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 from %2: %3 entries — added %4, changed %5, ended %6</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 — %2, %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(draft)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The version as it was:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subjective / objective (S/O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan / orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version %1 is the first version; there is nothing to compare.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changes from version %1 to version %2 (removed in red, added in green):</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::OwnPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>You signed in with a one-time password. Set a password of your own now (at least %n characters); the one-time password then opens nothing.</source>
        <translation><numerusform>You signed in with a one-time password. Set a password of your own now (at least %n character); the one-time password then opens nothing.</numerusform><numerusform>You signed in with a one-time password. Set a password of your own now (at least %n characters); the one-time password then opens nothing.</numerusform></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Once more:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set the password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a password other than the one-time password.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::PatientDialog</name>
    <message>
        <source>Register patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit patient %1 — %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (family / given):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 山田</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 太郎</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kana (family / given):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. ヤマダ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. タロウ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1975-04-12 or S50.4.12</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Postal code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 160-0023</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 03-1234-5678</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Health insurance card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insurer number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>8 digits (6 for National Health Insurance)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol / number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Branch number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2 digits, e.g. 01</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not a date yet)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Please correct the marked fields. Nothing has been saved yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their changes are now in the form, with yours on top. Check it and save again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You both changed (your value is in the form; theirs was): %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::PatientListPanel</name>
    <message>
        <source>Patients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search: patient no., kana, name, phone or birth date (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type in the search field to find a patient.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open / edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected patient (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put the selected patient on today's reception list (Ctrl+R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No patient found for “%1”.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation><numerusform>%n patient found.</numerusform><numerusform>%n patients found.</numerusform></translation>
    </message>
    <message>
        <source>Open the selected patient's chart (F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add to reception</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::PatientTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::PrescriptionDialog</name>
    <message>
        <source>Prescribe</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drug: type kana or name to search the drug master, or free text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescribe by &amp;generic name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dose × days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have read the warnings: prescribe &amp;anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Drug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>D&amp;ose per day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Da&amp;ys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dis&amp;pensing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Free text (no code)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>YJ %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>一般名 %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled from this patient's last prescription of the drug.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filled from how this clinic usually prescribes the drug.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::ReceptionPanel</name>
    <message>
        <source>Waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to waiting (Ctrl+1)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Call in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The patient is now in consultation (Ctrl+2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The consultation is finished (Ctrl+3)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reload today's list (F5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's reception — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Waiting: %1   In consultation: %2   Done: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 was added to today's reception as number %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a patient in the reception list first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the chart of the selected patient (Enter, F2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Eligibility…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the insurance online with the My Number card or the insurance card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;try check</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligibility: not checked yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligibility: NOT CHECKED (未確認) — the service could not be reached. Retry when online.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligibility: not confirmed — %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligibility: %1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligibility: asking the service again…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Char&amp;t</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::ReceptionTableModel</name>
    <message>
        <source>Queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Arrived</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Kana</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is the record's recovery key. With it an administrator can open the record again when every administrator's password is forgotten or the key file is lost. It is shown only now: print the sheet (or save it as PDF and print that) and keep it in the clinic's safe, away from this computer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have printed the sheet and will keep it in a safe place</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sheet was sent to the printer. Check that it came out complete and legible.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved as %1 (only you can read it). Print it, then delete the file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::ReferralEditor</name>
    <message>
        <source>Addressee</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(type a new addressee)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 digits</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave empty for "attending doctor"</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address &amp;book:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution &amp;number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Doc&amp;tor:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose of referral</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. Please examine and treat; further tests</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinical course</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment so far and its results</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Treatment policy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Discharge summary of %1 (version %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Depart&amp;ment:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::ReferralInbox</name>
    <message>
        <source>Referral inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Fetch new letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Receipt sent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identifier</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a letter to read the document as received.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n letter(s) in the mailbox</source>
        <translation><numerusform>%n letter in the mailbox</numerusform><numerusform>%n letters in the mailbox</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new stored</source>
        <translation><numerusform>%n new stored</numerusform><numerusform>%n new stored</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) sent</source>
        <translation><numerusform>%n receipt sent</numerusform><numerusform>%n receipts sent</numerusform></translation>
    </message>
    <message>
        <source>File into &amp;chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files the letter in the patient's chart: the letter under 文書, its diagnoses, allergies and lab results as the sender's read-only items (doctors)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open letter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>filed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a letter first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which patient is this?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter's patient has the same name, reading and birth date as patient %1 %2 (%3, born %4), but no identifier links them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File for this patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Register as a new patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Do not file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The letter was not filed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File the letter into the chart first; it then opens like any letter.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n filed into the chart</source>
        <translation><numerusform>%n filed into the chart</numerusform><numerusform>%n filed into the chart</numerusform></translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::RepeatPrescriptionDialog</name>
    <message>
        <source>Do prescription: repeat the previous visit's prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dispensing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I have read the warnings: prescribe &amp;anyway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescribe all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>There is no earlier visit with a prescription to repeat.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n line(s) from the previous visit, saved together. Change the days here; anything else afterwards in the visit's prescription list.</source>
        <translation><numerusform>%n line from the previous visit. Change the days here; anything else afterwards in the visit's prescription list.</numerusform><numerusform>%n lines from the previous visit, saved together. Change the days here; anything else afterwards in the visit's prescription list.</numerusform></translation>
    </message>
    <message>
        <source>Days changed in the Do prescription</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::ServerJoinPage</name>
    <message>
        <source>Connect to the clinic server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect and sign in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. reception-1.tsumugi-join (on a USB stick)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. K7QM-2XPD-9FHA-T3WZ</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connection test</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join file:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join code:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>User name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Join files (*.tsumugi-join);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the join file the administrator made for this desk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not tried</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the user name and password you sign in with (an administrator adds users).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the join file the administrator made for this desk (tsumugictl server certs issue), type its join code, and sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>from the join file, e.g. 192.168.1.10:5432</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Server address:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The server address is a name or an address, with :port if it is not %1 (for example 192.168.1.10:5432).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set a password of your own to go on; the one-time password still signs you in for that.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The join file of the desk %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::SetupWizard</name>
    <message>
        <source>Tsumugi — First start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your clinic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tsumugi keeps the clinic's record encrypted on this computer. First, tell it which clinic this is.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>10 digits, e.g. 1312345678</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Institution number:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Address (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Phone (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The institution number (医療機関番号) is on the clinic's designation notice: prefecture (2 digits), fee schedule (1 = medical) and the 7-digit code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First administrator</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This user can add the other users (doctors, clerks) later. Without the password the record cannot be opened; keep it safe.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. admin</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>e.g. 山田 花子</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation><numerusform>at least %n character</numerusform><numerusform>at least %n characters</numerusform></translation>
    </message>
    <message>
        <source>User name (for signing in):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Display name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Password again:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add demo patients (for training and trying out only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Demo patients are fictitious. Leave this off for the record you use with real patients.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clinic: %1
Institution number: %2
Administrator: %3 (%4)

The record will be created at:
%5</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the clinic's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter the institution number (医療機関番号).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The institution number (医療機関番号) has exactly 10 digits.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The first two digits of the institution number are the prefecture (01–47).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The third digit of the institution number is the fee schedule: 1 (medical) or 3 (dental).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Welcome to Tsumugi</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where does this computer keep the clinic's record?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create a new record on this PC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a clinic with one computer, or to try Tsumugi out. The record is encrypted on this PC.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Connect to the clinic server</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a clinic with several desks on one record: the administrator has set the server up and made a join file for this desk.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::SharedRecordPanel</name>
    <message>
        <source>&amp;Emergency (without consent, to protect life)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (required in an emergency; kept in the audit trail)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Get the shared record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Adopt into own record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Adds the selected shared allergy, contraindication or diagnosis to this patient's record, marked with the institution it came from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Eligibility checked %1; consent valid until %2.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no consent given)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No eligibility check with the card in the last 24 hours: check eligibility first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No shared record has been pulled for this patient yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulled %1 by %2 in EMERGENCY mode (reason: %3).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulled %1 by %2 with the patient's consent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— withheld (no consent)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown source</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select a shared allergy, contraindication or diagnosis to adopt.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Getting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Asking the sharing service…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::SyncPanel</name>
    <message>
        <source>Sync — sending to the national services</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>View &amp;payload…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Document #%1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses (Condition)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Allergies (AllergyIntolerance)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lab results (Observation)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[delete]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Items: %1  —  waiting to be sent: %2, rejected: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This item is not waiting for a retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing frozen yet: the payload is built from the record when the item is sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Payload — %1, %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle identifier: %1
SHA-256: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not frozen yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recorded but not shareable: %1 lab result(s) with a clinic code, %2 with a JLAC code outside the JP-CLINS core and infection items.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Kept back until a doctor completes them: %n lab result(s) without the clinic's item code or the ordering doctor (see the chart's lab tab).</source>
        <translation><numerusform>Kept back until a doctor completes it: %n lab result without the clinic's item code or the ordering doctor (see the chart's lab tab).</numerusform><numerusform>Kept back until a doctor completes them: %n lab results without the clinic's item code or the ordering doctor (see the chart's lab tab).</numerusform></translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::SyncStatusIndicator</name>
    <message>
        <source>Sync not configured</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync: not yet connected</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sent: never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending to the national services. Click to open the Sync panel.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent by another desk</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugi::ui::VisitNoteTab</name>
    <message>
        <source>S: what the patient says
O: findings, vital signs, examination</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A/P: assessment, plan, labs ordered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subjective / objective (S/O)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drug</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Usage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dispensing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Prescribe…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add a drug (Ctrl+Shift+P)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Do prescription…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeat the previous visit's prescription (Ctrl+D)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan / orders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescriptions of this visit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the new version (optional):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Insert a stock phrase (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;History…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Versions and differences (Ctrl+H)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the note as a draft (Ctrl+S)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise the note with your name and the time (Ctrl+Shift+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visit recorded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No visit selected. Start a visit (Ctrl+N).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · doctor: %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Prescribed despite: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Diagnoses: none active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnoses: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No note yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalised version %1 by %2 at %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saving your changes starts version %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft version %1, saved by %2 at %3 — not finalised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdrawn (entered in error): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note finalised (version %1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S/O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No templates</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Withdraw prescription</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only my text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put back only what you typed (their text stays saved until you save)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only their text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drop what you typed and show the note as they saved it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 saved this note at %2 while you were typing. Their text and yours are put together below; nothing is saved until you save. Check it first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>tsumugictl</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>
