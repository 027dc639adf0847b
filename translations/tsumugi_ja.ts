<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AdminCli</name>
    <message>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Give the password file with --password-file.</source>
        <translation>--password-file でパスワードファイルを指定してください。</translation>
    </message>
    <message>
        <source>The password file %1 cannot be read.</source>
        <translation>パスワードファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>Give the record file with --db.</source>
        <translation>--db で記録ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンドです: %1</translation>
    </message>
    <message>
        <source>Created %1 for %2 (%3); administrator: %4</source>
        <translation>%2（%3）の記録 %1 を作成しました。管理者: %4</translation>
    </message>
    <message>
        <source>user add needs a NAME and --role doctor|clerk|admin.</source>
        <translation>user add には NAME と --role doctor|clerk|admin が必要です。</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>--sex is male, female, other or unknown.</source>
        <translation>--sex には male、female、other、unknown のいずれかを指定します。</translation>
    </message>
    <message>
        <source>--birth is a date like 1975-04-12 or S50.4.12.</source>
        <translation>--birth には 1975-04-12 や S50.4.12 のような日付を指定します。</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>患者番号 %1 の患者はいません。</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>Patient number</source>
        <translation>患者番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
    <message>
        <source>Insurance</source>
        <translation>保険</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>The status is waiting, in_consultation or done.</source>
        <translation>状態は waiting、in_consultation、done のいずれかです。</translation>
    </message>
    <message>
        <source>The audit trail is broken at row %1: %2</source>
        <translation>監査ログが %1 行目で途切れています: %2</translation>
    </message>
    <message>
        <source>The audit trail is intact (%1 rows).</source>
        <translation>監査ログは改ざんされていません（%1 行）。</translation>
    </message>
    <message>
        <source>auto-lock-minutes takes a number of minutes.</source>
        <translation>auto-lock-minutes には分数を指定します。</translation>
    </message>
    <message numerus="yes">
        <source>%n demo patient(s) added.</source>
        <translation><numerusform>デモ患者を %n 人追加しました。</numerusform></translation>
    </message>
    <message>
        <source>usage: tsumugictl --db FILE --user NAME --password-file FILE COMMAND ...
commands:
  init --institution NUMBER --name TEXT [--display-name TEXT] [--address TEXT] [--phone TEXT]
  user add NAME --role doctor|clerk|admin --password-file FILE [--display-name TEXT]
  user list | user passwd --new-password-file FILE | user disable NAME | user enable NAME
  patient add --family TEXT --family-kana KANA [--given TEXT --given-kana KANA] --sex male|female|other|unknown
              --birth YYYY-MM-DD [--postal --address --phone --insurer --symbol --number --branch]
  patient edit NUMBER [same flags] [--reason TEXT]
  patient show NUMBER | patient history NUMBER | patient search QUERY
  reception add NUMBER | reception list | reception status ENTRY waiting|in_consultation|done
  audit verify | audit list [--limit N]
  settings get KEY | settings set auto-lock-minutes N
  demo
</source>
        <translation>使い方: tsumugictl --db FILE --user NAME --password-file FILE COMMAND ...
コマンド:
  init --institution NUMBER --name TEXT [--display-name TEXT] [--address TEXT] [--phone TEXT]
  user add NAME --role doctor|clerk|admin --password-file FILE [--display-name TEXT]
  user list | user passwd --new-password-file FILE | user disable NAME | user enable NAME
  patient add --family TEXT --family-kana KANA [--given TEXT --given-kana KANA] --sex male|female|other|unknown
              --birth YYYY-MM-DD [--postal --address --phone --insurer --symbol --number --branch]
  patient edit NUMBER [same flags] [--reason TEXT]
  patient show NUMBER | patient history NUMBER | patient search QUERY
  reception add NUMBER | reception list | reception status ENTRY waiting|in_consultation|done
  audit verify | audit list [--limit N]
  settings get KEY | settings set auto-lock-minutes N
  demo
</translation>
    </message>
    <message>
        <source>A password file holds the password on its first line; '-' reads it from standard input.
</source>
        <translation>パスワードファイルの1行目にパスワードを書きます。'-' を指定すると標準入力から読みます。
</translation>
    </message>
</context>
<context>
    <name>AllergyRepository</name>
    <message>
        <source>Enter what the patient is allergic to (or the contraindicated drug).</source>
        <translation>アレルギーの原因（または禁忌薬）を入力してください。</translation>
    </message>
    <message>
        <source>The allergen name is longer than 200 characters.</source>
        <translation>アレルゲン名が200文字を超えています。</translation>
    </message>
    <message>
        <source>A drug contraindication is coded with a YJ code, not J-FAGY.</source>
        <translation>薬剤禁忌は J-FAGY ではなく YJコードでコード化します。</translation>
    </message>
    <message>
        <source>'%1' is not a J-FAGY code (J9F or J9N followed by 9 characters, e.g. J9FA15000000).</source>
        <translation>「%1」は J-FAGY コードではありません（J9F または J9N に続けて9文字。例: J9FA15000000）。</translation>
    </message>
    <message>
        <source>The J-FAGY code %1 is not a food; food allergens start with J9F.</source>
        <translation>J-FAGY コード %1 は食物ではありません。食物アレルゲンは J9F で始まります。</translation>
    </message>
    <message>
        <source>The J-FAGY code %1 is not an environmental allergen; those start with J9N.</source>
        <translation>J-FAGY コード %1 は環境アレルゲンではありません。環境アレルゲンは J9N で始まります。</translation>
    </message>
    <message>
        <source>A YJ code names a drug: use it for a drug contraindication (category medication).</source>
        <translation>YJコードは医薬品を表します。薬剤禁忌（分類: 医薬品）に使ってください。</translation>
    </message>
    <message>
        <source>A free-text entry has no code; choose the code system for %1.</source>
        <translation>自由記載にはコードがありません。%1 のコード体系を選んでください。</translation>
    </message>
    <message>
        <source>The onset date %1 is in the future.</source>
        <translation>発症日 %1 が未来の日付です。</translation>
    </message>
    <message>
        <source>The recorded date %1 is not a date up to today.</source>
        <translation>記録日 %1 は今日までの日付ではありません。</translation>
    </message>
    <message>
        <source>The onset date is after the recorded date.</source>
        <translation>発症日が記録日より後になっています。</translation>
    </message>
    <message>
        <source>The allergy was not found.</source>
        <translation>アレルギー情報が見つかりません。</translation>
    </message>
    <message>
        <source>Someone else changed this allergy (now version %1) while you were editing version %2. Reopen it and apply your change again.</source>
        <translation>第%2版を編集している間に、他の人がこのアレルギー情報を変更しました（現在は第%1版）。開き直して、もう一度変更してください。</translation>
    </message>
    <message>
        <source>A withdrawn allergy cannot be edited.</source>
        <translation>取り消したアレルギー情報は編集できません。</translation>
    </message>
    <message>
        <source>The allergy is already withdrawn.</source>
        <translation>このアレルギー情報はすでに取り消されています。</translation>
    </message>
    <message>
        <source>'%1' is not a YJ code (12 characters, e.g. 2325003B2029).</source>
        <translation>「%1」は YJコードではありません（12文字。例: 2325003B2029）。</translation>
    </message>
</context>
<context>
    <name>AuditTrail</name>
    <message>
        <source>row %1 is missing</source>
        <translation>%1 行目がありません</translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it</source>
        <translation>%1 行目が前の行とつながっていません</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>%1 行目は書き込み後に変更されています</translation>
    </message>
</context>
<context>
    <name>BundleIdentifier</name>
    <message>
        <source>The bundle identifier %1 must have three parts: institution^year^id.</source>
        <translation>バンドル識別子 %1 は「医療機関番号^年^ID」の3つの部分からなる必要があります。</translation>
    </message>
    <message>
        <source>The bundle identifier %1 does not start with a valid 10-digit institution number.</source>
        <translation>バンドル識別子 %1 の先頭が正しい10桁の医療機関番号ではありません。</translation>
    </message>
    <message>
        <source>The bundle identifier %1 has no 4-digit year in its middle part.</source>
        <translation>バンドル識別子 %1 の中央の部分が4桁の年ではありません。</translation>
    </message>
    <message>
        <source>The last part of the bundle identifier %1 must be 1 to 36 letters, digits or hyphens.</source>
        <translation>バンドル識別子 %1 の最後の部分は、1〜36文字の英字・数字・ハイフンでなければなりません。</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>The patient was not found.</source>
        <translation>患者が見つかりません。</translation>
    </message>
    <message>
        <source>Chart of %1 (%2), patient number %3, born %4 (%5)</source>
        <translation>%1（%2）のカルテ　患者番号 %3　生年月日 %4（%5）</translation>
    </message>
    <message>
        <source>== Allergies and drug contraindications</source>
        <translation>== アレルギー・薬剤禁忌</translation>
    </message>
    <message>
        <source>(none recorded)</source>
        <translation>（記録なし）</translation>
    </message>
    <message>
        <source>== Diagnoses</source>
        <translation>== 傷病名</translation>
    </message>
    <message>
        <source> [principal]</source>
        <translation> [主病名]</translation>
    </message>
    <message>
        <source> [not disclosed]</source>
        <translation> [未告知]</translation>
    </message>
    <message>
        <source> [not shared]</source>
        <translation> [未提供]</translation>
    </message>
    <message>
        <source>== Lab results (latest per item)</source>
        <translation>== 検査結果（項目ごとの最新）</translation>
    </message>
    <message>
        <source>== Visits</source>
        <translation>== 受診歴</translation>
    </message>
    <message>
        <source> WITHDRAWN: %1</source>
        <translation> 取消: %1</translation>
    </message>
    <message>
        <source>note %1 version %2 (%3)</source>
        <translation>記載 %1 第%2版（%3）</translation>
    </message>
    <message>
        <source>[findings]</source>
        <translation>[所見]</translation>
    </message>
    <message>
        <source>[orders]</source>
        <translation>[処方・指示]</translation>
    </message>
    <message>
        <source> WITHDRAWN</source>
        <translation> 取消</translation>
    </message>
</context>
<context>
    <name>ChartCommands</name>
    <message>
        <source>--%1 is a date like 2026-11-20; '%2' is not.</source>
        <translation>--%1 には 2026-11-20 のような日付を指定します。「%2」は日付ではありません。</translation>
    </message>
    <message>
        <source>--%1 is a number; '%2' is not.</source>
        <translation>--%1 には数値を指定します。「%2」は数値ではありません。</translation>
    </message>
    <message>
        <source>--%1 is one of %2.</source>
        <translation>--%1 には %2 のいずれかを指定します。</translation>
    </message>
    <message>
        <source>  visit add PATIENT --department TEXT [--date YYYY-MM-DD] [--class outpatient|inpatient]
  visit withdraw VISIT --reason TEXT
  note add VISIT --findings TEXT [--orders TEXT] [--finalize]     (\n in a text is a line break)
  note edit NOTE [--findings TEXT] [--orders TEXT] [--reason TEXT] [--finalize]
  note finalize NOTE | note history NOTE | note diff NOTE FROM [TO]
  diagnosis add PATIENT (--code RECEIPT_CODE | --name TEXT) [--medis N] [--icd10 C] [--start DATE]
              [--modifiers CODE,CODE] [--principal] [--suspected] [--lts] [--uninformed] [--undelivered]
  diagnosis end ID --outcome cured|died|discontinued|transferred --end DATE | diagnosis withdraw ID --reason T
  allergy add PATIENT --category food|environment|other|medication [--jfagy CODE | --yj CODE] [--name TEXT]
              [--reaction TEXT] [--severity mild|moderate|severe] [--onset DATE] [--lts]
  allergy withdraw ID --reason TEXT
  lab add PATIENT --code CODE [--system jlac10|jlac11|local] [--name TEXT] --value V [--unit U]
              [--low N] [--high N] [--flag F] --specimen TEXT [--at "YYYY-MM-DD HH:MM"]
  lab import FILE.csv | lab series PATIENT ITEM
  rx add VISIT (--yj CODE | --receipt CODE | --generic CODE | --name TEXT) --dose N --unit U
              --usage TEXT --days N [--quantity N] [--rp N] [--in-house] [--acknowledge]
  rx repeat VISIT [--acknowledge] | rx withdraw ID --reason TEXT
  chart show PATIENT
</source>
        <translation>  visit add PATIENT --department TEXT [--date YYYY-MM-DD] [--class outpatient|inpatient]
  visit withdraw VISIT --reason TEXT
  note add VISIT --findings TEXT [--orders TEXT] [--finalize]     （テキスト中の \n は改行）
  note edit NOTE [--findings TEXT] [--orders TEXT] [--reason TEXT] [--finalize]
  note finalize NOTE | note history NOTE | note diff NOTE FROM [TO]
  diagnosis add PATIENT (--code RECEIPT_CODE | --name TEXT) [--medis N] [--icd10 C] [--start DATE]
              [--modifiers CODE,CODE] [--principal] [--suspected] [--lts] [--uninformed] [--undelivered]
  diagnosis end ID --outcome cured|died|discontinued|transferred --end DATE | diagnosis withdraw ID --reason T
  allergy add PATIENT --category food|environment|other|medication [--jfagy CODE | --yj CODE] [--name TEXT]
              [--reaction TEXT] [--severity mild|moderate|severe] [--onset DATE] [--lts]
  allergy withdraw ID --reason TEXT
  lab add PATIENT --code CODE [--system jlac10|jlac11|local] [--name TEXT] --value V [--unit U]
              [--low N] [--high N] [--flag F] --specimen TEXT [--at "YYYY-MM-DD HH:MM"]
  lab import FILE.csv | lab series PATIENT ITEM
  rx add VISIT (--yj CODE | --receipt CODE | --generic CODE | --name TEXT) --dose N --unit U
              --usage TEXT --days N [--quantity N] [--rp N] [--in-house] [--acknowledge]
  rx repeat VISIT [--acknowledge] | rx withdraw ID --reason TEXT
  chart show PATIENT
</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>患者番号 %1 の患者はいません。</translation>
    </message>
    <message>
        <source>Give the %1 number.</source>
        <translation>%1の番号を指定してください。</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>受診</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>取消済</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>第%1版</translation>
    </message>
    <message>
        <source>note</source>
        <translation>記載</translation>
    </message>
    <message>
        <source>There is no note %1.</source>
        <translation>記載 %1 はありません。</translation>
    </message>
    <message>
        <source>[findings]</source>
        <translation>[所見]</translation>
    </message>
    <message>
        <source>[orders]</source>
        <translation>[処方・指示]</translation>
    </message>
    <message>
        <source>version %1 → %2</source>
        <translation>第%1版 → 第%2版</translation>
    </message>
    <message>
        <source>The disease code %1 is not in the disease master.</source>
        <translation>傷病名コード %1 は傷病名マスターにありません。</translation>
    </message>
    <message>
        <source>The modifier code %1 is not in the modifier master.</source>
        <translation>修飾語コード %1 は修飾語マスターにありません。</translation>
    </message>
    <message>
        <source>diagnosis</source>
        <translation>傷病名</translation>
    </message>
    <message>
        <source>There is no such diagnosis.</source>
        <translation>その傷病名はありません。</translation>
    </message>
    <message>
        <source>allergy</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message>
        <source>%1 result(s) imported for %2 patient(s).</source>
        <translation>%2 人分の検査結果 %1 件を取り込みました。</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n 日分</numerusform></translation>
    </message>
    <message>
        <source>acknowledged: %1</source>
        <translation>確認済み: %1</translation>
    </message>
    <message>
        <source>prescription</source>
        <translation>処方</translation>
    </message>
</context>
<context>
    <name>ChartItemJournal</name>
    <message>
        <source>Only doctors write charts.</source>
        <translation>カルテを記載できるのは医師だけです。</translation>
    </message>
    <message>
        <source>Your role does not allow reading charts.</source>
        <translation>あなたの役割ではカルテを閲覧できません。</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>患者が見つかりません。</translation>
    </message>
    <message>
        <source>This item was recorded by another institution (%1) and cannot be changed here.</source>
        <translation>この項目は他の医療機関（%1）で記録されたため、ここでは変更できません。</translation>
    </message>
</context>
<context>
    <name>ChartText</name>
    <message>
        <source>Outpatient</source>
        <translation>外来</translation>
    </message>
    <message>
        <source>Inpatient</source>
        <translation>入院</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Continuing</source>
        <translation>継続</translation>
    </message>
    <message>
        <source>Cured</source>
        <translation>治癒</translation>
    </message>
    <message>
        <source>Died</source>
        <translation>死亡</translation>
    </message>
    <message>
        <source>Discontinued</source>
        <translation>中止</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>転医</translation>
    </message>
    <message>
        <source>Food</source>
        <translation>食物</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>環境</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Drug contraindication</source>
        <translation>薬剤禁忌</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>軽度</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>中等度</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>重度</translation>
    </message>
    <message>
        <source>In-house</source>
        <translation>院内</translation>
    </message>
    <message>
        <source>Outside pharmacy</source>
        <translation>院外</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Already prescribed</source>
        <translation>重複投与</translation>
    </message>
    <message>
        <source>LTS</source>
        <translation>長期保存</translation>
    </message>
    <message>
        <source>Not told</source>
        <translation>未告知</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4 days</source>
        <translation>%1  %2  %3  %4日分</translation>
    </message>
</context>
<context>
    <name>ClinicRecord</name>
    <message>
        <source>Enter the clinic's name.</source>
        <translation>医療機関名を入力してください。</translation>
    </message>
    <message>
        <source>The institution number (医療機関番号) has 10 digits: prefecture (01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.</source>
        <translation>医療機関番号は10桁です: 都道府県番号（01〜47）、点数表番号（1 医科、3 歯科）、医療機関コード7桁。</translation>
    </message>
    <message>
        <source>The file %1 already exists; it was left untouched.</source>
        <translation>ファイル %1 はすでに存在します。変更していません。</translation>
    </message>
    <message>
        <source>The record file %1 does not exist.</source>
        <translation>記録ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The key file %1 does not belong to the record %2 (or the start of the record file is damaged). Restore the matching pair from the backup; nothing was changed.</source>
        <translation>鍵ファイル %1 は記録 %2 のものではありません（または記録ファイルの先頭が壊れています）。対になる2つのファイルをバックアップから戻してください。何も変更していません。</translation>
    </message>
    <message>
        <source>The user name or password is incorrect.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>The key file %1 is damaged. Nothing was changed.</source>
        <translation>鍵ファイル %1 が壊れています。何も変更していません。</translation>
    </message>
    <message>
        <source>The account %1 is disabled. Ask the administrator.</source>
        <translation>アカウント %1 は無効になっています。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>Your role does not allow this. Ask the administrator.</source>
        <translation>あなたの役割ではこの操作はできません。管理者に連絡してください。</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>The automatic lock time is between 1 and 120 minutes.</source>
        <translation>自動ロックまでの時間は1〜120分です。</translation>
    </message>
</context>
<context>
    <name>ClinicalNoteRepository</name>
    <message>
        <source>The note is empty: write findings or orders.</source>
        <translation>記載が空です。所見または処方・指示を書いてください。</translation>
    </message>
    <message>
        <source>A note column is longer than %1 characters.</source>
        <translation>記載欄が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The note was not found.</source>
        <translation>記載が見つかりません。</translation>
    </message>
    <message>
        <source>The visit was not found.</source>
        <translation>受診が見つかりません。</translation>
    </message>
    <message>
        <source>The visit was withdrawn; its note cannot be written.</source>
        <translation>この受診は取り消されているため、記載できません。</translation>
    </message>
    <message>
        <source>Someone else changed this note (now version %1) while you were editing version %2. Reopen it and apply your change again.</source>
        <translation>第%2版を編集している間に、他の人がこの記載を変更しました（現在は第%1版）。開き直して、もう一度変更してください。</translation>
    </message>
    <message>
        <source>This note is %1; a finalised note is edited as a new version.</source>
        <translation>この記載は%1です。確定した記載は新しい版として修正します。</translation>
    </message>
    <message>
        <source>Only a draft can be finalised; this note is %1.</source>
        <translation>確定できるのは下書きだけです。この記載は%1です。</translation>
    </message>
    <message>
        <source>Only a finalised note gets a new version; this note is %1 (save the draft instead).</source>
        <translation>新しい版を作れるのは確定した記載だけです。この記載は%1です（下書きとして保存してください）。</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the note.</source>
        <translation>記載を取り消す理由を入力してください。</translation>
    </message>
    <message>
        <source>The note is already withdrawn.</source>
        <translation>この記載はすでに取り消されています。</translation>
    </message>
    <message>
        <source>Version %1 of this note does not exist.</source>
        <translation>この記載の第%1版はありません。</translation>
    </message>
</context>
<context>
    <name>ClinsExporter</name>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>ID %1 の患者は存在しません。</translation>
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>Tsumugi — electronic medical record for small clinics</source>
        <translation>Tsumugi — 診療所のための電子カルテ</translation>
    </message>
    <message>
        <source>Open the clinic record at &lt;path&gt; instead of the default one.</source>
        <translation>既定の記録の代わりに &lt;パス&gt; の記録を開きます。</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>On first start, offer demo patients ticked (for trying Tsumugi out).</source>
        <translation>初回起動時、デモ患者の追加にあらかじめチェックを入れる（お試し用）。</translation>
    </message>
</context>
<context>
    <name>DiagnosisRepository</name>
    <message>
        <source>Enter the disease name.</source>
        <translation>傷病名を入力してください。</translation>
    </message>
    <message>
        <source>The disease name is longer than 200 characters.</source>
        <translation>傷病名が200文字を超えています。</translation>
    </message>
    <message>
        <source>The MEDIS disease number (病名管理番号) has 8 digits (99999999 for a name not in the master); '%1' is not one.</source>
        <translation>MEDIS 病名管理番号は8桁です（マスターにない病名は 99999999）。「%1」は該当しません。</translation>
    </message>
    <message>
        <source>The receipt disease code (傷病名コード) has 7 digits; '%1' is not one.</source>
        <translation>傷病名コード（レセ電）は7桁です。「%1」は該当しません。</translation>
    </message>
    <message>
        <source>'%1' is not an ICD-10 code (a letter and two digits, then up to two more, e.g. I10 or E11.9).</source>
        <translation>「%1」は ICD-10 コードではありません（英字1文字と数字2桁、さらに2桁まで。例: I10、E11.9）。</translation>
    </message>
    <message>
        <source>A modifier (修飾語) needs its 4-digit code and its name; '%1 %2' is not complete.</source>
        <translation>修飾語には4桁のコードと名称が必要です。「%1 %2」は不完全です。</translation>
    </message>
    <message>
        <source>Enter the start date of the diagnosis.</source>
        <translation>診断の開始日を入力してください。</translation>
    </message>
    <message>
        <source>The start date %1 is in the future.</source>
        <translation>開始日 %1 が未来の日付です。</translation>
    </message>
    <message>
        <source>A continuing diagnosis has no end date; choose the outcome (転帰) as well.</source>
        <translation>継続中の傷病名に終了日はありません。終了日を入れる場合は転帰も選んでください。</translation>
    </message>
    <message>
        <source>Enter the end date (転帰日) for the outcome %1.</source>
        <translation>転帰「%1」の転帰日を入力してください。</translation>
    </message>
    <message>
        <source>The end date %1 is before the start date %2.</source>
        <translation>転帰日 %1 が開始日 %2 より前です。</translation>
    </message>
    <message>
        <source>The end date %1 is in the future.</source>
        <translation>転帰日 %1 が未来の日付です。</translation>
    </message>
    <message>
        <source>The diagnosis was not found.</source>
        <translation>傷病名が見つかりません。</translation>
    </message>
    <message>
        <source>Someone else changed this diagnosis (now version %1) while you were editing version %2. Reopen it and apply your change again.</source>
        <translation>第%2版を編集している間に、他の人がこの傷病名を変更しました（現在は第%1版）。開き直して、もう一度変更してください。</translation>
    </message>
    <message>
        <source>A withdrawn diagnosis cannot be edited.</source>
        <translation>取り消した傷病名は編集できません。</translation>
    </message>
    <message>
        <source>The diagnosis is already withdrawn.</source>
        <translation>この傷病名はすでに取り消されています。</translation>
    </message>
</context>
<context>
    <name>DisplayText</name>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Not specified</source>
        <translation>未設定</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>診察待ち</translation>
    </message>
    <message>
        <source>In consultation</source>
        <translation>診察中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>診察済</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>Doctor</source>
        <translation>医師</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>事務</translation>
    </message>
    <message numerus="yes">
        <source>%n years</source>
        <translation><numerusform>%n歳</numerusform></translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
    <message>
        <source>  export clins --patient NUMBER --out DIR [--year YYYY] [--seed N]   (JP-CLINS bundles, one file per resource type; --year: the year the unit was first sent, default this year)
</source>
        <translation>  export clins --patient NUMBER --out DIR [--year YYYY] [--seed N]   (JP-CLINS bundles, one file per resource type; --year: the year the unit was first sent, default this year)
</translation>
    </message>
    <message>
        <source>Give the patient number with --patient.</source>
        <translation>患者番号を --patient で指定してください。</translation>
    </message>
    <message>
        <source>Give the output folder with --out.</source>
        <translation>出力先フォルダーを --out で指定してください。</translation>
    </message>
    <message>
        <source>--year must be a year from 2020 to 2039, not '%1'.</source>
        <translation>--year には 2020〜2039 の年を指定してください（'%1' は使えません）。</translation>
    </message>
    <message>
        <source>--seed must be a whole number, not '%1'.</source>
        <translation>--seed には整数を指定してください（'%1' は使えません）。</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>患者番号 %1 の患者はいません。</translation>
    </message>
    <message>
        <source>Patient %1 has nothing to share: no diagnoses, allergies or lab results to report.</source>
        <translation>患者 %1 には共有する情報がありません（報告する傷病名・アレルギー・検査結果がありません）。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>JfagyMasterReader</name>
    <message>
        <source>The J-FAGY file is empty.</source>
        <translation>J-FAGY ファイルが空です。</translation>
    </message>
    <message>
        <source>This is not the J-FAGY master: its first line has no %1 column.</source>
        <translation>J-FAGY マスターではありません。1行目に %1 列がありません。</translation>
    </message>
    <message>
        <source>Line %1 of the J-FAGY file has %2 fields; %3 were expected.</source>
        <translation>J-FAGY ファイルの %1 行目の項目数が %2 です（%3 のはずです）。</translation>
    </message>
</context>
<context>
    <name>JlacValueSetReader</name>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 がありません。</translation>
    </message>
    <message>
        <source>%1 holds no JP-CLINS lab value sets (ValueSet-jp-clins-valueset-*labo*.json). Give the extracted package folder.</source>
        <translation>%1 に JP-CLINS の検査値セット（ValueSet-jp-clins-valueset-*labo*.json）がありません。展開したパッケージのフォルダーを指定してください。</translation>
    </message>
    <message>
        <source>Value sets on %1 were skipped: the package does not contain that code system.</source>
        <translation>%1 の値セットは読み飛ばしました。パッケージにそのコード体系が含まれていません。</translation>
    </message>
</context>
<context>
    <name>KeySlotFile</name>
    <message>
        <source>The key file %1 is missing. It must stay beside the record file; restore it from the backup.</source>
        <translation>鍵ファイル %1 がありません。記録ファイルと同じ場所に必要です。バックアップから戻してください。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be read: %2</source>
        <translation>鍵ファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>The key file %1 is damaged or not a Tsumugi key file.</source>
        <translation>鍵ファイル %1 は壊れているか、Tsumugi の鍵ファイルではありません。</translation>
    </message>
    <message>
        <source>The key file %1 has a damaged key slot.</source>
        <translation>鍵ファイル %1 の鍵スロットが壊れています。</translation>
    </message>
    <message>
        <source>The key file %1 cannot be written: %2</source>
        <translation>鍵ファイル %1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>The key file %1 could not be saved (is the disk full?): %2</source>
        <translation>鍵ファイル %1 を保存できませんでした（ディスクがいっぱいではありませんか）: %2</translation>
    </message>
</context>
<context>
    <name>LabCsvReader</name>
    <message>
        <source>The lab file is empty.</source>
        <translation>検査結果ファイルが空です。</translation>
    </message>
    <message>
        <source>Line 1 of the lab file must name the columns; missing: %1 (see docs/lab-results-csv.md).</source>
        <translation>検査結果ファイルの1行目には列名が必要です。不足: %1（docs/lab-results-csv.md を参照）。</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>見出しは %2 項目ですが %1 項目あります</translation>
    </message>
    <message>
        <source>the patient number '%1' is not a number</source>
        <translation>患者番号「%1」が数字ではありません</translation>
    </message>
    <message>
        <source>the collection time '%1' is not a date and time like 2026-11-20 09:30</source>
        <translation>採取日時「%1」が 2026-11-20 09:30 のような日時ではありません</translation>
    </message>
    <message>
        <source>the code system '%1' is not jlac10, jlac11 or local</source>
        <translation>コード体系「%1」は jlac10、jlac11、local のいずれでもありません</translation>
    </message>
    <message>
        <source>the reference low '%1' is not a number</source>
        <translation>基準値下限「%1」が数値ではありません</translation>
    </message>
    <message>
        <source>the reference high '%1' is not a number</source>
        <translation>基準値上限「%1」が数値ではありません</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message>
        <source>The lab file was not imported (nothing was saved):
%1</source>
        <translation>検査結果ファイルは取り込みませんでした（何も保存していません）:
%1</translation>
    </message>
    <message>
        <source>The lab file has a header but no results.</source>
        <translation>検査結果ファイルに見出しはありますが、結果がありません。</translation>
    </message>
</context>
<context>
    <name>LabResultRepository</name>
    <message>
        <source>'%1' is not a JLAC10 code (17 letters and digits).</source>
        <translation>「%1」は JLAC10 コードではありません（英数字17桁）。</translation>
    </message>
    <message>
        <source>'%1' is not a usable item code (1 to 20 letters, digits, '.', '_' or '-').</source>
        <translation>「%1」は項目コードとして使えません（英数字、'.'、'_'、'-' で1〜20文字）。</translation>
    </message>
    <message>
        <source>Enter the name of the lab item.</source>
        <translation>検査項目名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the result value.</source>
        <translation>結果値を入力してください。</translation>
    </message>
    <message>
        <source>The result value is not a finite number.</source>
        <translation>結果値が有限の数値ではありません。</translation>
    </message>
    <message>
        <source>A numeric result needs its unit.</source>
        <translation>数値の結果には単位が必要です。</translation>
    </message>
    <message>
        <source>The unit '%1' is not usable (at most 20 characters, no spaces).</source>
        <translation>単位「%1」は使えません（空白なしで20文字まで）。</translation>
    </message>
    <message>
        <source>The reference range is reversed: %1 is above %2.</source>
        <translation>基準範囲が逆です: %1 が %2 より大きくなっています。</translation>
    </message>
    <message>
        <source>The abnormal flag '%1' is not one of N, H, L, HH, LL, A, POS, NEG.</source>
        <translation>異常フラグ「%1」は N、H、L、HH、LL、A、POS、NEG のいずれでもありません。</translation>
    </message>
    <message>
        <source>Enter the specimen (血清, 血漿, 全血, 尿, …).</source>
        <translation>検体（血清、血漿、全血、尿など）を入力してください。</translation>
    </message>
    <message>
        <source>Enter the collection date and time.</source>
        <translation>採取日時を入力してください。</translation>
    </message>
    <message>
        <source>The collection time %1 is in the future.</source>
        <translation>採取日時 %1 が未来の日時です。</translation>
    </message>
    <message>
        <source>The lab result was not found.</source>
        <translation>検査結果が見つかりません。</translation>
    </message>
    <message>
        <source>Someone else changed this result (now version %1) while you were editing version %2. Reopen it and apply your change again.</source>
        <translation>第%2版を編集している間に、他の人がこの検査結果を変更しました（現在は第%1版）。開き直して、もう一度変更してください。</translation>
    </message>
    <message>
        <source>A withdrawn result cannot be edited.</source>
        <translation>取り消した検査結果は編集できません。</translation>
    </message>
    <message>
        <source>The lab result is already withdrawn.</source>
        <translation>この検査結果はすでに取り消されています。</translation>
    </message>
    <message>
        <source>there is no patient number %1</source>
        <translation>患者番号 %1 の患者はいません</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>%1行目: %2</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation><numerusform>…ほか %n 件の問題があります。</numerusform></translation>
    </message>
    <message>
        <source>%1 was not imported (nothing was saved):
%2</source>
        <translation>%1 は取り込みませんでした（何も保存していません）:
%2</translation>
    </message>
</context>
<context>
    <name>MasterCatalog</name>
    <message>
        <source>Only doctors and administrators import masters.</source>
        <translation>マスターを取り込めるのは医師と管理者だけです。</translation>
    </message>
    <message>
        <source>The file has no entries; the %1 master was left as it was.</source>
        <translation>ファイルに項目がありません。%1マスターは変更していません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読み込めません。</translation>
    </message>
    <message numerus="yes">
        <source>%n ended code(s) left out.</source>
        <translation><numerusform>使用終了のコード %n 件を除きました。</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n abolished code(s) left out.</source>
        <translation><numerusform>廃止されたコード %n 件を除きました。</numerusform></translation>
    </message>
</context>
<context>
    <name>MasterCommands</name>
    <message>
        <source>  master import disease|modifier|drug|jfagy|jlac FILE   (jlac: the extracted JP-CLINS package folder)
  master search disease|modifier|drug|jfagy|jlac QUERY  (kana prefix, name prefix or code)
</source>
        <translation>  master import disease|modifier|drug|jfagy|jlac FILE   （jlac: 展開した JP-CLINS パッケージのフォルダー）
  master search disease|modifier|drug|jfagy|jlac QUERY  （フリガナ・名称の前方一致、またはコード）
</translation>
    </message>
    <message>
        <source>%1 master: %2 entries from %3</source>
        <translation>%1マスター: %3 から %2 件</translation>
    </message>
</context>
<context>
    <name>NoteTemplateLibrary</name>
    <message>
        <source>A template needs a title of at most 60 characters.</source>
        <translation>テンプレートには60文字以内のタイトルが必要です。</translation>
    </message>
    <message>
        <source>A template needs a text.</source>
        <translation>テンプレートには本文が必要です。</translation>
    </message>
</context>
<context>
    <name>PatientMapper</name>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Patient %1 has no health insurance registered; the sharing service identifies patients by their insurance (R1012), so this patient's data cannot be shared.</source>
        <translation>患者 %1 には保険情報が登録されていません。共有サービスは保険情報で患者を識別するため（R1012）、この患者の情報は共有できません。</translation>
    </message>
    <message>
        <source>Patient %1 lacks a name, reading or birth date.</source>
        <translation>患者 %1 の氏名、フリガナ、生年月日のいずれかがありません。</translation>
    </message>
    <message>
        <source>Patient: the resource is not a Patient.</source>
        <translation>Patient: リソースが Patient ではありません。</translation>
    </message>
    <message>
        <source>Patient.identifier: the insured-person identifier %1 is not 保険者番号:記号:番号:枝番.</source>
        <translation>Patient.identifier: 被保険者識別子 %1 が「保険者番号:記号:番号:枝番」の形式ではありません。</translation>
    </message>
    <message>
        <source>Patient.name: no name.</source>
        <translation>Patient.name: 氏名がありません。</translation>
    </message>
    <message>
        <source>Patient.birthDate: missing or not a date.</source>
        <translation>Patient.birthDate: 生年月日がないか、日付ではありません。</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>The patient was not found.</source>
        <translation>患者が見つかりません。</translation>
    </message>
    <message>
        <source>Someone else changed this patient (now version %1) while you were editing version %2. Reopen the patient and apply your change again.</source>
        <translation>第%2版を編集している間に、他の人がこの患者情報を変更しました（現在は第%1版）。患者を開き直して、もう一度変更してください。</translation>
    </message>
</context>
<context>
    <name>PatientValidator</name>
    <message>
        <source>The insurer number (保険者番号) may contain digits only.</source>
        <translation>保険者番号は数字だけで入力してください。</translation>
    </message>
    <message>
        <source>The insurer number (保険者番号) has 8 digits (6 for National Health Insurance).</source>
        <translation>保険者番号は8桁です（国民健康保険は6桁）。</translation>
    </message>
    <message>
        <source>The insurer number (保険者番号) %1 is not valid: its last digit (check digit) should be %2. Please check the card.</source>
        <translation>保険者番号 %1 は正しくありません。最後の桁（検証番号）は %2 になるはずです。保険証を確認してください。</translation>
    </message>
    <message>
        <source>Enter the family name.</source>
        <translation>姓を入力してください。</translation>
    </message>
    <message>
        <source>Enter the family name reading in kana.</source>
        <translation>姓のフリガナを入力してください。</translation>
    </message>
    <message>
        <source>The reading may contain kana only (hiragana or katakana).</source>
        <translation>フリガナはかな（ひらがな・カタカナ）だけで入力してください。</translation>
    </message>
    <message>
        <source>Enter the given name reading in kana.</source>
        <translation>名のフリガナを入力してください。</translation>
    </message>
    <message>
        <source>Enter a valid birth date.</source>
        <translation>正しい生年月日を入力してください。</translation>
    </message>
    <message>
        <source>The birth date cannot be in the future.</source>
        <translation>生年月日に未来の日付は入力できません。</translation>
    </message>
    <message>
        <source>The birth date is too far in the past; please check it.</source>
        <translation>生年月日が古すぎます。確認してください。</translation>
    </message>
    <message>
        <source>Enter the insured person's number (番号) from the card.</source>
        <translation>保険証の番号を入力してください。</translation>
    </message>
    <message>
        <source>Enter the insurer number (保険者番号) from the card.</source>
        <translation>保険証の保険者番号を入力してください。</translation>
    </message>
    <message>
        <source>The branch number (枝番) has two digits, e.g. 01.</source>
        <translation>枝番は2桁です（例: 01）。</translation>
    </message>
    <message>
        <source>The phone number may contain digits, hyphens and brackets only.</source>
        <translation>電話番号は数字、ハイフン、かっこだけで入力してください。</translation>
    </message>
    <message>
        <source>The postal code has seven digits, e.g. 160-0023.</source>
        <translation>郵便番号は7桁です（例: 160-0023）。</translation>
    </message>
</context>
<context>
    <name>PrescriptionRepository</name>
    <message>
        <source>Enter the drug.</source>
        <translation>薬剤を入力してください。</translation>
    </message>
    <message>
        <source>The drug name is longer than 200 characters.</source>
        <translation>薬剤名が200文字を超えています。</translation>
    </message>
    <message>
        <source>'%1' is not a YJ code (12 characters, e.g. 2325003B2029).</source>
        <translation>「%1」は YJコードではありません（12文字。例: 2325003B2029）。</translation>
    </message>
    <message>
        <source>'%1' is not a 一般名コード (12 characters, e.g. 2325003B2ZZZ).</source>
        <translation>「%1」は一般名コードではありません（12文字。例: 2325003B2ZZZ）。</translation>
    </message>
    <message>
        <source>'%1' is not a レセ電 医薬品コード (9 digits starting with 6).</source>
        <translation>「%1」はレセ電の医薬品コードではありません（6で始まる9桁）。</translation>
    </message>
    <message>
        <source>A drug without a code system has no code; choose the code system for %1.</source>
        <translation>コード体系のない薬剤にはコードがありません。%1 のコード体系を選んでください。</translation>
    </message>
    <message>
        <source>The dose must be above 0 (and at most 10000).</source>
        <translation>用量は0より大きく、10000以下にしてください。</translation>
    </message>
    <message>
        <source>The unit '%1' is not a dosage unit (%2).</source>
        <translation>単位「%1」は用量の単位ではありません（%2）。</translation>
    </message>
    <message>
        <source>Enter the usage (用法), e.g. 1日3回毎食後.</source>
        <translation>用法を入力してください（例: 1日3回毎食後）。</translation>
    </message>
    <message>
        <source>The days (or times) must be between 1 and 365; %1 is not.</source>
        <translation>日数（回数）は1〜365です。%1 は範囲外です。</translation>
    </message>
    <message>
        <source>The total quantity must be above 0.</source>
        <translation>総量は0より大きくしてください。</translation>
    </message>
    <message>
        <source>The start date is missing.</source>
        <translation>開始日がありません。</translation>
    </message>
    <message>
        <source>The Rp number must be between 1 and 99.</source>
        <translation>Rp番号は1〜99です。</translation>
    </message>
    <message>
        <source>The visit of the prescription was not found.</source>
        <translation>処方の受診が見つかりません。</translation>
    </message>
    <message>
        <source>The visit was withdrawn; it cannot get prescriptions.</source>
        <translation>この受診は取り消されているため、処方できません。</translation>
    </message>
    <message>
        <source>%1 matches the recorded drug contraindication %2 (%3).</source>
        <translation>%1 は記録済みの薬剤禁忌 %2（%3）に該当します。</translation>
    </message>
    <message>
        <source>%1 contains %2, to which the patient is allergic.</source>
        <translation>%1 には、患者がアレルギーを持つ %2 が含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>%1 is already prescribed (%2, from %3 for %n day(s)) and still active.</source>
        <translation><numerusform>%1 はすでに処方中です（%2、%3 から %n 日分）。</numerusform></translation>
    </message>
    <message>
        <source>The prescription was not found.</source>
        <translation>処方が見つかりません。</translation>
    </message>
    <message>
        <source>Someone else changed this prescription (now version %1) while you were editing version %2. Reopen it and apply your change again.</source>
        <translation>第%2版を編集している間に、他の人がこの処方を変更しました（現在は第%1版）。開き直して、もう一度変更してください。</translation>
    </message>
    <message>
        <source>A withdrawn prescription cannot be edited.</source>
        <translation>取り消した処方は編集できません。</translation>
    </message>
    <message>
        <source>A prescription stays with its visit.</source>
        <translation>処方は元の受診から移せません。</translation>
    </message>
    <message>
        <source>Check before prescribing:
%1
Save again acknowledging the warnings to prescribe anyway.</source>
        <translation>処方前に確認してください:
%1
警告を確認のうえで処方する場合は、もう一度保存してください。</translation>
    </message>
    <message>
        <source>The prescription is already withdrawn.</source>
        <translation>この処方はすでに取り消されています。</translation>
    </message>
    <message>
        <source>The visit was not found.</source>
        <translation>受診が見つかりません。</translation>
    </message>
    <message>
        <source>There is no earlier visit with a prescription to repeat.</source>
        <translation>繰り返せる処方のある過去の受診がありません。</translation>
    </message>
</context>
<context>
    <name>ReceiptMasterReader</name>
    <message>
        <source>The %1 file is empty.</source>
        <translation>%1のファイルが空です。</translation>
    </message>
    <message>
        <source>Line %1 is not a record of the %2 (expected at least %3 fields with master type %4 in field 2).</source>
        <translation>%1 行目は%2のレコードではありません（%3 項目以上で、2項目目のマスター種別が %4 のはずです）。</translation>
    </message>
    <message>
        <source>disease master (傷病名マスター)</source>
        <translation>傷病名マスター</translation>
    </message>
    <message>
        <source>modifier master (修飾語マスター)</source>
        <translation>修飾語マスター</translation>
    </message>
    <message>
        <source>drug master (医薬品マスター)</source>
        <translation>医薬品マスター</translation>
    </message>
</context>
<context>
    <name>ReceptionList</name>
    <message>
        <source>This patient is already on today's reception list.</source>
        <translation>この患者はすでに本日の受付一覧にいます。</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>患者が見つかりません。</translation>
    </message>
    <message>
        <source>The reception entry was not found.</source>
        <translation>受付が見つかりません。</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>This record was written by a newer Tsumugi (schema %1; this program knows up to %2). Update Tsumugi to open it; the file was not changed.</source>
        <translation>この記録は新しい版の Tsumugi で書かれています（スキーマ %1。このプログラムは %2 まで対応）。開くには Tsumugi を更新してください。ファイルは変更していません。</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>The record file %1 does not exist.</source>
        <translation>記録ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>The file %1 already exists; it was left untouched.</source>
        <translation>ファイル %1 はすでに存在します。変更していません。</translation>
    </message>
    <message>
        <source>The record file %1 cannot be opened: %2</source>
        <translation>記録ファイル %1 を開けません: %2</translation>
    </message>
    <message>
        <source>The file %1 is not a Tsumugi record, or it is damaged. Nothing was changed.</source>
        <translation>ファイル %1 は Tsumugi の記録ではないか、壊れています。何も変更していません。</translation>
    </message>
    <message>
        <source>The disk is full. The last change was not saved; nothing else was lost.</source>
        <translation>ディスクがいっぱいです。最後の変更は保存されませんでしたが、それ以外は失われていません。</translation>
    </message>
    <message>
        <source>The file %1 is not a Tsumugi record, or it is damaged.</source>
        <translation>ファイル %1 は Tsumugi の記録ではないか、壊れています。</translation>
    </message>
    <message>
        <source>The record file %1 is damaged: %2</source>
        <translation>記録ファイル %1 が壊れています: %2</translation>
    </message>
    <message>
        <source>The change conflicts with the saved record: %1</source>
        <translation>変更が保存済みの記録と食い違っています: %1</translation>
    </message>
    <message>
        <source>The record is busy in another program; try again.</source>
        <translation>記録は別のプログラムが使用中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Storage error (%1) during %2: %3</source>
        <translation>保存エラー（%1）: %2 の処理中: %3</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <source>The password needs at least %1 characters.</source>
        <translation>パスワードは %1 文字以上にしてください。</translation>
    </message>
    <message>
        <source>The user name has 2 to 32 letters, digits, dots, hyphens or underscores (e.g. tanaka).</source>
        <translation>ユーザー名は英数字、ピリオド、ハイフン、下線で2〜32文字です（例: tanaka）。</translation>
    </message>
    <message>
        <source>A user named %1 already exists.</source>
        <translation>ユーザー %1 はすでに登録されています。</translation>
    </message>
    <message>
        <source>The current password is incorrect.</source>
        <translation>現在のパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>自分のアカウントは無効にできません。</translation>
    </message>
    <message>
        <source>There is no user named %1.</source>
        <translation>ユーザー %1 は登録されていません。</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>Enter the visit date.</source>
        <translation>受診日を入力してください。</translation>
    </message>
    <message>
        <source>The visit date %1 is in the future.</source>
        <translation>受診日 %1 が未来の日付です。</translation>
    </message>
    <message>
        <source>The visit date %1 is too far in the past.</source>
        <translation>受診日 %1 が古すぎます。</translation>
    </message>
    <message>
        <source>Enter the department (診療科).</source>
        <translation>診療科を入力してください。</translation>
    </message>
    <message>
        <source>The department name is longer than 40 characters.</source>
        <translation>診療科名が40文字を超えています。</translation>
    </message>
    <message>
        <source>The doctor of a visit must be a user with the doctor role.</source>
        <translation>受診の担当医は医師の役割を持つユーザーにしてください。</translation>
    </message>
    <message>
        <source>The visit was not found.</source>
        <translation>受診が見つかりません。</translation>
    </message>
    <message>
        <source>Someone else changed this visit (now version %1) while you were editing version %2. Reopen it and apply your change again.</source>
        <translation>第%2版を編集している間に、他の人がこの受診を変更しました（現在は第%1版）。開き直して、もう一度変更してください。</translation>
    </message>
    <message>
        <source>The visit is already withdrawn.</source>
        <translation>この受診はすでに取り消されています。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::AllergyBanner</name>
    <message>
        <source>No known allergies</source>
        <translation>アレルギーなし</translation>
    </message>
    <message>
        <source>Contraindicated: %1</source>
        <translation>禁忌: %1</translation>
    </message>
    <message>
        <source>⚠ Allergies / contraindications: %1</source>
        <translation>⚠ アレルギー・薬剤禁忌: %1</translation>
    </message>
    <message>
        <source>No known allergies (recorded)</source>
        <translation>アレルギーなし（確認済み）</translation>
    </message>
    <message>
        <source>Allergies not recorded — ask the patient</source>
        <translation>アレルギー未確認 — 患者さんに確認してください</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::AllergyDialog</name>
    <message>
        <source>Add allergy or drug contraindication</source>
        <translation>アレルギー・薬剤禁忌の追加</translation>
    </message>
    <message>
        <source>Type kana or name to search; free text is allowed</source>
        <translation>かなや名称で検索。自由記載もできます</translation>
    </message>
    <message>
        <source>Free text (no code)</source>
        <translation>自由記載（コードなし）</translation>
    </message>
    <message>
        <source>e.g. rash, anaphylaxis</source>
        <translation>例: 発疹、アナフィラキシー</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>分類(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Allergen / drug</source>
        <translation>アレルゲン・薬剤(&amp;A)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>&amp;Reaction</source>
        <translation>症状(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Severity</source>
        <translation>重症度(&amp;S)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>YJ %1</source>
        <translation>YJ %1</translation>
    </message>
    <message>
        <source>J-FAGY %1</source>
        <translation>J-FAGY %1</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::ChartWindow</name>
    <message>
        <source>Visits (newest first)</source>
        <translation>受診歴（新しい順）</translation>
    </message>
    <message>
        <source>&amp;New visit</source>
        <translation>新しい受診(&amp;N)</translation>
    </message>
    <message>
        <source>Start today's visit (Ctrl+N)</source>
        <translation>本日の受診を開始 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>診療科</translation>
    </message>
    <message>
        <source>Internal medicine</source>
        <translation>内科</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>区分</translation>
    </message>
    <message>
        <source>Visit note</source>
        <translation>診療録</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>傷病名</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>アレルギー・禁忌</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>S: what the patient says
O: findings, vital signs, examination</source>
        <translation>S: 主訴・患者さんの訴え
O: 所見・バイタル・診察</translation>
    </message>
    <message>
        <source>A/P: assessment, plan, labs ordered</source>
        <translation>A/P: 評価・方針・検査オーダー</translation>
    </message>
    <message>
        <source>Subjective / objective (S/O)</source>
        <translation>主観的・客観的所見（S/O）</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>薬剤</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>総量</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>調剤</translation>
    </message>
    <message>
        <source>&amp;Prescribe…</source>
        <translation>処方(&amp;P)…</translation>
    </message>
    <message>
        <source>Add a drug (Ctrl+Shift+P)</source>
        <translation>薬剤を処方 (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <source>&amp;Do prescription…</source>
        <translation>Do処方(&amp;D)…</translation>
    </message>
    <message>
        <source>Repeat the previous visit's prescription (Ctrl+D)</source>
        <translation>前回の処方をもう一度 (Ctrl+D)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>修正(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>取消(&amp;W)…</translation>
    </message>
    <message>
        <source>Plan / orders</source>
        <translation>方針・指示（P）</translation>
    </message>
    <message>
        <source>Prescriptions of this visit</source>
        <translation>この受診の処方</translation>
    </message>
    <message>
        <source>Reason for the new version (optional):</source>
        <translation>修正の理由（任意）:</translation>
    </message>
    <message>
        <source>&amp;Template…</source>
        <translation>定型文(&amp;T)…</translation>
    </message>
    <message>
        <source>Insert a stock phrase (Ctrl+T)</source>
        <translation>定型文を挿入 (Ctrl+T)</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>版の履歴(&amp;H)…</translation>
    </message>
    <message>
        <source>Versions and differences (Ctrl+H)</source>
        <translation>版と差分 (Ctrl+H)</translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation>下書き保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the note as a draft (Ctrl+S)</source>
        <translation>下書きとして保存 (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Finalise</source>
        <translation>確定(&amp;F)</translation>
    </message>
    <message>
        <source>Finalise the note with your name and the time (Ctrl+Shift+F)</source>
        <translation>記載者と日時を記録して確定 (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>傷病名</translation>
    </message>
    <message>
        <source>Principal</source>
        <translation>主病名</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>転帰</translation>
    </message>
    <message>
        <source>End</source>
        <translation>転帰日</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>フラグ</translation>
    </message>
    <message>
        <source>&amp;Add diagnosis…</source>
        <translation>傷病名を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>From the disease master or free text</source>
        <translation>傷病名マスターから、または自由記載で</translation>
    </message>
    <message>
        <source>Outcome, end date, flags</source>
        <translation>転帰・転帰日・フラグ</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>誤入力の取消</translation>
    </message>
    <message>
        <source>Allergen / drug</source>
        <translation>アレルゲン・薬剤</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>分類</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>症状</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>重症度</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>記録日</translation>
    </message>
    <message>
        <source>&amp;Add allergy / contraindication…</source>
        <translation>アレルギー・禁忌を追加(&amp;A)…</translation>
    </message>
    <message>
        <source>J-FAGY, drug master or free text</source>
        <translation>J-FAGY・医薬品マスター、または自由記載</translation>
    </message>
    <message>
        <source>Record &amp;no known allergies</source>
        <translation>アレルギーなしを記録(&amp;N)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>最新値</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>採取日時</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>基準値</translation>
    </message>
    <message>
        <source>Specimen</source>
        <translation>検体</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>CSV取込(&amp;I)…</translation>
    </message>
    <message>
        <source>Results file from the lab company</source>
        <translation>検査会社の結果ファイルを取り込む</translation>
    </message>
    <message>
        <source>&amp;Enter result…</source>
        <translation>結果を入力(&amp;E)…</translation>
    </message>
    <message>
        <source>Type a result by hand</source>
        <translation>検査結果を手入力</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation>Ctrl+T</translation>
    </message>
    <message>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <source>Chart — %1</source>
        <translation>カルテ — %1</translation>
    </message>
    <message>
        <source>no insurance on file</source>
        <translation>保険未登録</translation>
    </message>
    <message>
        <source>insurance %1</source>
        <translation>保険 %1</translation>
    </message>
    <message>
        <source>No. %1 · %2 · %3 · born %4 · %5</source>
        <translation>患者番号 %1 · %2 · %3 · 生年月日 %4 · %5</translation>
    </message>
    <message>
        <source>%1 v%2</source>
        <translation>%1 第%2版</translation>
    </message>
    <message>
        <source>Rx %1</source>
        <translation>処方 %1件</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>取消: %1</translation>
    </message>
    <message>
        <source>No visit recorded.</source>
        <translation>受診の記録はありません。</translation>
    </message>
    <message>
        <source>No visit selected. Start a visit (Ctrl+N).</source>
        <translation>受診が選ばれていません。受診を開始してください (Ctrl+N)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · doctor: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3 · 担当医: %4</translation>
    </message>
    <message>
        <source>Prescribed despite: %1</source>
        <translation>警告を確認のうえ処方: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n 日分</numerusform></translation>
    </message>
    <message>
        <source>No note yet.</source>
        <translation>記載はまだありません。</translation>
    </message>
    <message>
        <source>Finalised version %1 by %2 at %3.</source>
        <translation>第%1版 確定（%2、%3）。</translation>
    </message>
    <message>
        <source>Saving your changes starts version %1.</source>
        <translation>変更を保存すると第%1版になります。</translation>
    </message>
    <message>
        <source>Draft version %1, saved by %2 at %3 — not finalised.</source>
        <translation>第%1版 下書き（%2、%3 保存）— 未確定。</translation>
    </message>
    <message>
        <source>Withdrawn (entered in error): %1</source>
        <translation>取消（誤入力）: %1</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>未保存の変更があります。</translation>
    </message>
    <message>
        <source>Note finalised (version %1).</source>
        <translation>診療録を確定しました（第%1版）。</translation>
    </message>
    <message>
        <source>S/O</source>
        <translation>S/O</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>P</translation>
    </message>
    <message>
        <source>No templates</source>
        <translation>定型文はありません</translation>
    </message>
    <message>
        <source>Withdraw prescription</source>
        <translation>処方の取消</translation>
    </message>
    <message>
        <source>Uncoded</source>
        <translation>未コード化</translation>
    </message>
    <message>
        <source>Diagnoses: none active</source>
        <translation>傷病名: 継続中のものなし</translation>
    </message>
    <message>
        <source>Diagnoses: %1</source>
        <translation>傷病名: %1</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由記載</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>検査結果の取込</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSVファイル (*.csv *.txt);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n result(s).</source>
        <translation><numerusform>検査結果を %n 件取り込みました。</numerusform></translation>
    </message>
    <message>
        <source>Nothing imported: %1</source>
        <translation>取り込みませんでした: %1</translation>
    </message>
    <message>
        <source>Withdraw diagnosis</source>
        <translation>傷病名の取消</translation>
    </message>
    <message>
        <source>Withdraw allergy</source>
        <translation>アレルギーの取消</translation>
    </message>
    <message>
        <source>Reason (kept in the record; nothing is deleted):</source>
        <translation>理由（記録に残ります。削除はされません）:</translation>
    </message>
    <message>
        <source>Receipt code %1</source>
        <translation>レセ電 %1</translation>
    </message>
    <message>
        <source>Withdraw visit…</source>
        <translation>受診を取消…</translation>
    </message>
    <message>
        <source>A visit recorded in error stays in the list, greyed, with the reason</source>
        <translation>誤って登録した受診は理由とともに灰色で一覧に残ります</translation>
    </message>
    <message>
        <source>Withdraw visit</source>
        <translation>受診の取消</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::DiagnosisDialog</name>
    <message>
        <source>Edit diagnosis</source>
        <translation>傷病名の修正</translation>
    </message>
    <message>
        <source>Add diagnosis</source>
        <translation>傷病名の追加</translation>
    </message>
    <message>
        <source>Type kana or kanji to search the disease master; free text is kept uncoded</source>
        <translation>かな・漢字で傷病名マスターを検索。自由記載は未コード化傷病名になります</translation>
    </message>
    <message>
        <source>&amp;Principal diagnosis</source>
        <translation>主病名(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Suspected</source>
        <translation>疑い(&amp;S)</translation>
    </message>
    <message>
        <source>Keep long-term (LTS)</source>
        <translation>長期保存</translation>
    </message>
    <message>
        <source>Not told to the patient</source>
        <translation>未告知</translation>
    </message>
    <message>
        <source>Do not share</source>
        <translation>未提供</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>傷病名(&amp;N)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>開始日(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>転帰(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;End date</source>
        <translation>転帰日(&amp;E)</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共有</translation>
    </message>
    <message>
        <source>&amp;Reason for the change</source>
        <translation>修正の理由(&amp;R)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Uncoded (free text)</source>
        <translation>未コード化（自由記載）</translation>
    </message>
    <message>
        <source>MEDIS %1 · ICD-10 %2</source>
        <translation>MEDIS %1 · ICD-10 %2</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::LabResultDialog</name>
    <message>
        <source>Enter a lab result</source>
        <translation>検査結果の入力</translation>
    </message>
    <message>
        <source>Item: type to search the JLAC master, or a name of your own</source>
        <translation>項目: JLACマスターを検索、または独自の名称</translation>
    </message>
    <message>
        <source>Local code, e.g. HBA1C</source>
        <translation>院内コード（例: HBA1C）</translation>
    </message>
    <message>
        <source>Serum</source>
        <translation>血清</translation>
    </message>
    <message>
        <source>Plasma</source>
        <translation>血漿</translation>
    </message>
    <message>
        <source>Whole blood</source>
        <translation>全血</translation>
    </message>
    <message>
        <source>Urine</source>
        <translation>尿</translation>
    </message>
    <message>
        <source>&amp;Item</source>
        <translation>項目(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>コード(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>結果(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>単位(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Reference range</source>
        <translation>基準値(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Specimen</source>
        <translation>検体(&amp;S)</translation>
    </message>
    <message>
        <source>C&amp;ollected</source>
        <translation>採取日時(&amp;O)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::LabTrendChart</name>
    <message>
        <source>No numeric results to chart.</source>
        <translation>グラフにする数値の結果がありません。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::LockScreen</name>
    <message>
        <source>Tsumugi is locked</source>
        <translation>Tsumugi はロックされています</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Quit Tsumugi</source>
        <translation>Tsumugi を終了</translation>
    </message>
    <message>
        <source>Another user signs in after Tsumugi is started again.</source>
        <translation>別のユーザーは、Tsumugi を起動し直してからログインします。</translation>
    </message>
    <message>
        <source>Another user? Quit and sign in again.</source>
        <translation>別の方が使う場合は、終了してからログインし直してください。</translation>
    </message>
    <message>
        <source>Enter your password to continue.</source>
        <translation>続けるにはパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>%1（%2）としてログイン中です。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::LoginWindow</name>
    <message>
        <source>Tsumugi — Sign in</source>
        <translation>Tsumugi — ログイン</translation>
    </message>
    <message>
        <source>Tsumugi</source>
        <translation>Tsumugi（つむぎ）</translation>
    </message>
    <message>
        <source>Sign in to open the clinic record.</source>
        <translation>ログインして診療所の記録を開きます。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>記録ファイル: %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>ユーザー名を入力してください。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::MainWindow</name>
    <message>
        <source>Tsumugi — %1 — %2</source>
        <translation>Tsumugi — %1 — %2</translation>
    </message>
    <message>
        <source>%1 (institution no. %2)   |   %3 (%4)</source>
        <translation>%1（医療機関番号 %2）   |   %3（%4）</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Patients</source>
        <translation>患者(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>患者を検索(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>新規患者登録(&amp;N)…</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Open / edit patient…</source>
        <translation>患者を開く・編集(&amp;O)…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Add to &amp;reception</source>
        <translation>受付に追加(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;Reception</source>
        <translation>受付(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の状態に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go to the list</source>
        <translation>受付一覧へ移動(&amp;G)</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Mark &amp;waiting</source>
        <translation>診察待ちにする(&amp;W)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Mark &amp;in consultation</source>
        <translation>診察中にする(&amp;I)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>診察済にする(&amp;D)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language (after restart)</source>
        <translation>表示言語（再起動後に反映）(&amp;L)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムの設定に合わせる</translation>
    </message>
    <message>
        <source>&amp;Automatic lock time…</source>
        <translation>自動ロックまでの時間(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Tsumugi</source>
        <translation>Tsumugi について(&amp;A)</translation>
    </message>
    <message>
        <source>Locked.</source>
        <translation>ロックしました。</translation>
    </message>
    <message>
        <source>The password is incorrect.</source>
        <translation>パスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Patient %1 registered as number %2.</source>
        <translation>%1 さんを患者番号 %2 で登録しました。</translation>
    </message>
    <message>
        <source>Select a patient first.</source>
        <translation>先に患者を選んでください。</translation>
    </message>
    <message>
        <source>Tsumugi</source>
        <translation>Tsumugi</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>患者が見つかりません。</translation>
    </message>
    <message>
        <source>Changes to %1 saved.</source>
        <translation>%1 さんの変更を保存しました。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>表示言語</translation>
    </message>
    <message>
        <source>The new language is used the next time Tsumugi starts.</source>
        <translation>新しい表示言語は、次に Tsumugi を起動したときから使われます。</translation>
    </message>
    <message>
        <source>Automatic lock</source>
        <translation>自動ロック</translation>
    </message>
    <message>
        <source>Lock the screen after this many idle minutes:</source>
        <translation>操作がないまま次の分数が過ぎたら画面をロックします:</translation>
    </message>
    <message>
        <source>About Tsumugi</source>
        <translation>Tsumugi について</translation>
    </message>
    <message>
        <source>Tsumugi %1 — electronic medical record for small clinics.</source>
        <translation>Tsumugi %1 — 診療所のための電子カルテ</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation>カルテを開く(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Your role cannot read charts.</source>
        <translation>この役割ではカルテを閲覧できません。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::NoteHistoryDialog</name>
    <message>
        <source>Note history</source>
        <translation>診療録の版の履歴</translation>
    </message>
    <message>
        <source>Version %1 — %2, %3</source>
        <translation>第%1版 — %2、%3</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>（下書き）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
    <message>
        <source>The version as it was:</source>
        <translation>当時の記載:</translation>
    </message>
    <message>
        <source>Subjective / objective (S/O)</source>
        <translation>主観的・客観的所見（S/O）</translation>
    </message>
    <message>
        <source>Plan / orders</source>
        <translation>方針・指示（P）</translation>
    </message>
    <message>
        <source>Version %1 is the first version; there is nothing to compare.</source>
        <translation>第%1版は最初の版です。比較する版はありません。</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2 (removed in red, added in green):</source>
        <translation>第%1版から第%2版への差分（削除は赤、追加は緑）:</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::PatientDialog</name>
    <message>
        <source>Register patient</source>
        <translation>新規患者登録</translation>
    </message>
    <message>
        <source>Edit patient %1 — %2</source>
        <translation>患者情報の編集 %1 — %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者情報</translation>
    </message>
    <message>
        <source>Name (family / given):</source>
        <translation>氏名（姓・名）:</translation>
    </message>
    <message>
        <source>e.g. 山田</source>
        <translation>例: 山田</translation>
    </message>
    <message>
        <source>e.g. 太郎</source>
        <translation>例: 太郎</translation>
    </message>
    <message>
        <source>Kana (family / given):</source>
        <translation>フリガナ（セイ・メイ）:</translation>
    </message>
    <message>
        <source>e.g. ヤマダ</source>
        <translation>例: ヤマダ</translation>
    </message>
    <message>
        <source>e.g. タロウ</source>
        <translation>例: タロウ</translation>
    </message>
    <message>
        <source>Sex:</source>
        <translation>性別:</translation>
    </message>
    <message>
        <source>Birth date:</source>
        <translation>生年月日:</translation>
    </message>
    <message>
        <source>1975-04-12 or S50.4.12</source>
        <translation>1975-04-12 または S50.4.12</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>郵便番号:</translation>
    </message>
    <message>
        <source>e.g. 160-0023</source>
        <translation>例: 160-0023</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>住所:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>電話番号:</translation>
    </message>
    <message>
        <source>e.g. 03-1234-5678</source>
        <translation>例: 03-1234-5678</translation>
    </message>
    <message>
        <source>Health insurance card</source>
        <translation>保険証</translation>
    </message>
    <message>
        <source>Insurer number:</source>
        <translation>保険者番号:</translation>
    </message>
    <message>
        <source>8 digits (6 for National Health Insurance)</source>
        <translation>8桁（国民健康保険は6桁）</translation>
    </message>
    <message>
        <source>Symbol / number:</source>
        <translation>記号・番号:</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>記号</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Branch number:</source>
        <translation>枝番:</translation>
    </message>
    <message>
        <source>2 digits, e.g. 01</source>
        <translation>2桁（例: 01）</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>(not a date yet)</source>
        <translation>（日付として読めません）</translation>
    </message>
    <message>
        <source>Please correct the marked fields. Nothing has been saved yet.</source>
        <translation>赤枠の項目を直してください。まだ何も保存していません。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::PatientListPanel</name>
    <message>
        <source>Patients</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Search: patient no., kana, name, phone or birth date (Ctrl+F)</source>
        <translation>検索: 患者番号・フリガナ・氏名・電話番号・生年月日（Ctrl+F）</translation>
    </message>
    <message>
        <source>Type in the search field to find a patient.</source>
        <translation>検索欄に入力すると患者を探せます。</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>新規患者登録(&amp;N)…</translation>
    </message>
    <message>
        <source>Register a new patient (Ctrl+N)</source>
        <translation>新しい患者を登録します（Ctrl+N）</translation>
    </message>
    <message>
        <source>&amp;Open / edit</source>
        <translation>開く・編集(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected patient (Enter)</source>
        <translation>選んだ患者を開きます（Enter）</translation>
    </message>
    <message>
        <source>Add to &amp;reception</source>
        <translation>受付に追加(&amp;R)</translation>
    </message>
    <message>
        <source>Put the selected patient on today's reception list (Ctrl+R)</source>
        <translation>選んだ患者を本日の受付一覧に追加します（Ctrl+R）</translation>
    </message>
    <message>
        <source>No patient found for “%1”.</source>
        <translation>「%1」に該当する患者はいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) found.</source>
        <translation><numerusform>%n 人見つかりました。</numerusform></translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>カルテ(&amp;H)</translation>
    </message>
    <message>
        <source>Open the selected patient's chart (F2)</source>
        <translation>選択した患者さんのカルテを開く (F2)</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::PatientTableModel</name>
    <message>
        <source>No.</source>
        <translation>患者番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話番号</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::PrescriptionDialog</name>
    <message>
        <source>Prescribe</source>
        <translation>処方する</translation>
    </message>
    <message>
        <source>Edit prescription</source>
        <translation>処方の修正</translation>
    </message>
    <message>
        <source>Drug: type kana or name to search the drug master, or free text</source>
        <translation>薬剤: かなや名称で医薬品マスターを検索、または自由記載</translation>
    </message>
    <message>
        <source>Prescribe by &amp;generic name</source>
        <translation>一般名で処方(&amp;G)</translation>
    </message>
    <message>
        <source>3 times a day after each meal</source>
        <translation>1日3回毎食後</translation>
    </message>
    <message>
        <source>twice a day after breakfast and supper</source>
        <translation>1日2回朝夕食後</translation>
    </message>
    <message>
        <source>once a day after breakfast</source>
        <translation>1日1回朝食後</translation>
    </message>
    <message>
        <source>once a day at bedtime</source>
        <translation>1日1回就寝前</translation>
    </message>
    <message>
        <source>when in pain</source>
        <translation>疼痛時</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日分</translation>
    </message>
    <message>
        <source>dose × days</source>
        <translation>用量×日数</translation>
    </message>
    <message>
        <source>I have read the warnings: prescribe &amp;anyway</source>
        <translation>警告を確認しました。このまま処方する(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Drug</source>
        <translation>薬剤(&amp;D)</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>D&amp;ose per day</source>
        <translation>1日量(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Usage</source>
        <translation>用法(&amp;U)</translation>
    </message>
    <message>
        <source>Da&amp;ys</source>
        <translation>日数(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Quantity</source>
        <translation>総量(&amp;Q)</translation>
    </message>
    <message>
        <source>Dis&amp;pensing</source>
        <translation>調剤(&amp;P)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Free text (no code)</source>
        <translation>自由記載（コードなし）</translation>
    </message>
    <message>
        <source>YJ %1</source>
        <translation>YJ %1</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::ReceptionPanel</name>
    <message>
        <source>Waiting</source>
        <translation>待ちに戻す</translation>
    </message>
    <message>
        <source>Back to waiting (Ctrl+1)</source>
        <translation>診察待ちに戻します（Ctrl+1）</translation>
    </message>
    <message>
        <source>Call in</source>
        <translation>呼び込み（診察中）</translation>
    </message>
    <message>
        <source>The patient is now in consultation (Ctrl+2)</source>
        <translation>患者を診察中にします（Ctrl+2）</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>診察済にする</translation>
    </message>
    <message>
        <source>The consultation is finished (Ctrl+3)</source>
        <translation>診察が終わりました（Ctrl+3）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>最新の状態に更新</translation>
    </message>
    <message>
        <source>Reload today's list (F5)</source>
        <translation>本日の受付一覧を読み込み直します（F5）</translation>
    </message>
    <message>
        <source>Today's reception — %1</source>
        <translation>本日の受付 — %1</translation>
    </message>
    <message>
        <source>Waiting: %1   In consultation: %2   Done: %3</source>
        <translation>診察待ち: %1   診察中: %2   診察済: %3</translation>
    </message>
    <message>
        <source>%1 was added to today's reception as number %2.</source>
        <translation>%1 さんを本日の受付 %2 番に追加しました。</translation>
    </message>
    <message>
        <source>Select a patient in the reception list first.</source>
        <translation>先に受付一覧で患者を選んでください。</translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation>カルテ(&amp;H)</translation>
    </message>
    <message>
        <source>Open the chart of the selected patient (Enter, F2)</source>
        <translation>選択した患者さんのカルテを開く (Enter, F2)</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::ReceptionTableModel</name>
    <message>
        <source>Queue</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>受付時刻</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>患者番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Kana</source>
        <translation>カナ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>年齢</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::RepeatPrescriptionDialog</name>
    <message>
        <source>Do prescription: repeat the previous visit's prescription</source>
        <translation>Do処方: 前回の処方をもう一度</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>薬剤</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>用量</translation>
    </message>
    <message>
        <source>Usage</source>
        <translation>用法</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日数</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>総量</translation>
    </message>
    <message>
        <source>Dispensing</source>
        <translation>調剤</translation>
    </message>
    <message>
        <source>I have read the warnings: prescribe &amp;anyway</source>
        <translation>警告を確認しました。このまま処方する(&amp;A)</translation>
    </message>
    <message>
        <source>Prescribe all</source>
        <translation>すべて処方する</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n 日分</numerusform></translation>
    </message>
    <message>
        <source>There is no earlier visit with a prescription to repeat.</source>
        <translation>繰り返せる処方のある過去の受診がありません。</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 日分</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) from the previous visit, saved together. Change the days here; anything else afterwards in the visit's prescription list.</source>
        <translation><numerusform>前回の処方 %n 件をまとめて保存します。日数はここで変更できます。そのほかの修正は保存後に処方一覧から行ってください。</numerusform></translation>
    </message>
    <message>
        <source>Days changed in the Do prescription</source>
        <translation>Do処方で日数を変更</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::SetupWizard</name>
    <message>
        <source>Tsumugi — First start</source>
        <translation>Tsumugi — 初期設定</translation>
    </message>
    <message>
        <source>Create record</source>
        <translation>記録を作成</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>医療機関</translation>
    </message>
    <message>
        <source>Tsumugi keeps the clinic's record encrypted on this computer. First, tell it which clinic this is.</source>
        <translation>Tsumugi は診療所の記録をこのコンピューターに暗号化して保存します。まず、医療機関の情報を入力してください。</translation>
    </message>
    <message>
        <source>10 digits, e.g. 1312345678</source>
        <translation>10桁（例: 1312345678）</translation>
    </message>
    <message>
        <source>Clinic name:</source>
        <translation>医療機関名:</translation>
    </message>
    <message>
        <source>Institution number:</source>
        <translation>医療機関番号:</translation>
    </message>
    <message>
        <source>Address (optional):</source>
        <translation>所在地（任意）:</translation>
    </message>
    <message>
        <source>Phone (optional):</source>
        <translation>電話番号（任意）:</translation>
    </message>
    <message>
        <source>The institution number (医療機関番号) is on the clinic's designation notice: prefecture (2 digits), fee schedule (1 = medical) and the 7-digit code.</source>
        <translation>医療機関番号は保険医療機関の指定通知書に記載されています: 都道府県番号（2桁）、点数表番号（医科は1）、医療機関コード（7桁）。</translation>
    </message>
    <message>
        <source>First administrator</source>
        <translation>最初の管理者</translation>
    </message>
    <message>
        <source>This user can add the other users (doctors, clerks) later. Without the password the record cannot be opened; keep it safe.</source>
        <translation>このユーザーは後から他のユーザー（医師・事務）を追加できます。パスワードがないと記録を開けません。大切に保管してください。</translation>
    </message>
    <message>
        <source>e.g. admin</source>
        <translation>例: admin</translation>
    </message>
    <message>
        <source>e.g. 山田 花子</source>
        <translation>例: 山田 花子</translation>
    </message>
    <message numerus="yes">
        <source>at least %n characters</source>
        <translation><numerusform>%n 文字以上</numerusform></translation>
    </message>
    <message>
        <source>User name (for signing in):</source>
        <translation>ユーザー名（ログイン用）:</translation>
    </message>
    <message>
        <source>Display name:</source>
        <translation>表示名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Password again:</source>
        <translation>パスワード（確認）:</translation>
    </message>
    <message>
        <source>Create the record</source>
        <translation>記録の作成</translation>
    </message>
    <message>
        <source>Add demo patients (for training and trying out only)</source>
        <translation>デモ患者を追加する（練習・お試し用）</translation>
    </message>
    <message>
        <source>Demo patients are fictitious. Leave this off for the record you use with real patients.</source>
        <translation>デモ患者は架空の人物です。実際の患者に使う記録では、チェックを外したままにしてください。</translation>
    </message>
    <message>
        <source>Clinic: %1
Institution number: %2
Administrator: %3 (%4)

The record will be created at:
%5</source>
        <translation>医療機関: %1
医療機関番号: %2
管理者: %3（%4）

記録の作成先:
%5</translation>
    </message>
    <message>
        <source>Enter the clinic's name.</source>
        <translation>医療機関名を入力してください。</translation>
    </message>
    <message>
        <source>Enter the institution number (医療機関番号).</source>
        <translation>医療機関番号を入力してください。</translation>
    </message>
    <message>
        <source>The institution number (医療機関番号) has exactly 10 digits.</source>
        <translation>医療機関番号はちょうど10桁です。</translation>
    </message>
    <message>
        <source>The first two digits of the institution number are the prefecture (01–47).</source>
        <translation>医療機関番号の最初の2桁は都道府県番号（01〜47）です。</translation>
    </message>
    <message>
        <source>The third digit of the institution number is the fee schedule: 1 (medical) or 3 (dental).</source>
        <translation>医療機関番号の3桁目は点数表番号で、1（医科）または3（歯科）です。</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2つのパスワードが違います。同じパスワードを2回入力してください。</translation>
    </message>
    <message>
        <source>The folder %1 could not be created.</source>
        <translation>フォルダー %1 を作成できませんでした。</translation>
    </message>
</context>
<context>
    <name>tsumugictl</name>
    <message>
        <source>The option --%1 needs a value.</source>
        <translation>オプション --%1 には値が必要です。</translation>
    </message>
</context>
</TS>
