<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AddressBookRepository</name>
    <message>
        <source>Only doctors keep the address book.</source>
        <translation>紹介先アドレス帳を編集できるのは医師だけです。</translation>
    </message>
    <message>
        <source>Enter the institution's name.</source>
        <translation>医療機関名を入力してください。</translation>
    </message>
    <message>
        <source>The institution number (医療機関番号) "%1" is not valid: it has 10 digits, prefecture (01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.</source>
        <translation>医療機関番号「%1」が正しくありません。10桁で、都道府県番号（01〜47）、点数表番号（医科1・歯科3）、医療機関コード7桁です。</translation>
    </message>
    <message>
        <source>The address book entry was not found.</source>
        <translation>アドレス帳の項目が見つかりません。</translation>
    </message>
</context>
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
        <source>A password file holds the password on its first line; '-' reads it from standard input.
</source>
        <translation>パスワードファイルの1行目にパスワードを書きます。'-' を指定すると標準入力から読みます。
</translation>
    </message>
    <message>
        <source>Recovery key (print it or write it down and keep it away from this computer; with it an administrator's password can be set again even when the key file is lost):</source>
        <translation>回復キー（印刷するか書き留めて、このコンピューターから離れた場所に保管してください。鍵ファイルをなくしても、これで管理者のパスワードを設定し直せます）:</translation>
    </message>
    <message>
        <source>The recovery key was written to %1 (owner-only). Print it, keep it away from this computer, and delete the file.</source>
        <translation>回復キーを %1 に書き出しました（本人のみ読み取り可）。印刷してこのコンピューターから離れた場所に保管し、ファイルは削除してください。</translation>
    </message>
    <message>
        <source>Give the file holding the recovery key with --recovery-key-file ('-' reads standard input).</source>
        <translation>回復キーを書いたファイルを --recovery-key-file で指定してください（'-' は標準入力）。</translation>
    </message>
    <message>
        <source>The key file of %1 was written again: %2 signs in with the new password. Users whose slots were lost get a new password with: user reset-password NAME --new-password-file FILE</source>
        <translation>%1 の鍵ファイルを作り直しました。%2 は新しいパスワードでログインできます。鍵を失った利用者には次のコマンドで新しいパスワードを設定してください: user reset-password NAME --new-password-file FILE</translation>
    </message>
    <message>
        <source>usage: tsumugictl ... recovery renew [--recovery-key-out FILE]</source>
        <translation>使い方: tsumugictl ... recovery renew [--recovery-key-out FILE]</translation>
    </message>
    <message>
        <source>The previous key file of %1 was restored; the damaged one is kept beside it.</source>
        <translation>%1 の前の鍵ファイルに戻しました。壊れたファイルは横に残してあります。</translation>
    </message>
    <message>
        <source>Password set.</source>
        <translation>パスワードを設定しました。</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>注意: %1</translation>
    </message>
    <message>
        <source>The record is whole: every table and index was read and every page authenticated (%1 ms).</source>
        <translation>記録ファイルは無傷です。すべての表と索引を読み、すべてのページの認証を確かめました（%1 ミリ秒）。</translation>
    </message>
    <message>
        <source>Give the record with --db: a file, or a postgresql:// URL of the clinic server.</source>
        <translation>--db で記録を指定してください（ファイル、または院内サーバーの postgresql:// URL）。</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of reading (views, sign-ins) wait for the next change to chain them.</source>
        <translation><numerusform>閲覧・サインインの記録 %n 行が、次の変更の際に監査の連鎖へ加えられます。</numerusform></translation>
    </message>
    <message>
        <source>The record is whole: every table on the clinic server was read (%1 ms).</source>
        <translation>記録は完全です。院内サーバーのすべての表を読み取りました（%1 ミリ秒）。</translation>
    </message>
    <message>
        <source>The previous key slots on the clinic server were restored in place of the current ones.</source>
        <translation>院内サーバーの一つ前の鍵スロットを、現在のものの代わりに復元しました。</translation>
    </message>
    <message>
        <source>--driver is postgres or sqlite.</source>
        <translation>--driver には postgres または sqlite を指定します。</translation>
    </message>
    <message>
        <source>--timeout is a number of seconds.</source>
        <translation>--timeout には秒数を指定します。</translation>
    </message>
    <message>
        <source>This record is a file on one computer: only a record on the clinic server has other desks to hear.</source>
        <translation>この記録は1台のパソコンのファイルです。他の端末の変更を受け取れるのは院内サーバーの記録だけです。</translation>
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
        <translation>使い方: tsumugictl --db FILE|URL --user NAME --password-file FILE COMMAND ...
コマンド:
  init --institution NUMBER --name TEXT [--display-name TEXT] [--address TEXT] [--phone TEXT]
       [--recovery-key-out FILE]
  user add NAME --role doctor|clerk|admin --password-file FILE [--display-name TEXT]
  user list | user passwd --new-password-file FILE | user disable NAME | user enable NAME
  user reset-password NAME --new-password-file FILE
  keys restore-previous   （鍵ファイルが壊れたとき: 前の世代に戻す）
  keys rotate [--resume] [--batches N] [--recovery-key-out FILE]   (clinic server: a new record key)
  keys rotation           (how far the last rotation of the record key is)
  check   （すべてのページを読んで認証を確かめる。壊れた記録には印を付け、読み取り専用で開く）
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
  events --follow [--timeout S]   （院内サーバー: 他の端末が保存した変更を1行ずつ表示）
  schema sql [--driver postgres|sqlite]   （記録のテーブルを宣言されたモデルから SQL で表示。記録は開きません）
</translation>
    </message>
    <message>
        <source>usage: tsumugictl --db FILE|URL keys restore-previous | keys rotate [--resume] [--batches N] [--recovery-key-out FILE] | keys rotation</source>
        <translation>使い方: tsumugictl --db FILE|URL keys restore-previous | keys rotate [--resume] [--batches N] [--recovery-key-out FILE] | keys rotation</translation>
    </message>
    <message>
        <source>Key generation %1: %2; tables %3 of %4 done, %5 rows re-sealed, %6 values refused, %7 old search tokens removed.</source>
        <translation>鍵の世代 %1: %2。表 %4 件中 %3 件完了、%5 行の封を掛け直し、開けない値 %6 件、旧い検索トークン %7 件を削除。</translation>
    </message>
    <message>
        <source>The record key was never rotated (generation 1).</source>
        <translation>記録の鍵は一度も交換されていません（世代 1）。</translation>
    </message>
    <message>
        <source>A new record key (generation %1) was made. Every other user signs in once with the one-time password below and then sets a password of their own; desks signed in now are asked to sign in again.</source>
        <translation>新しい記録の鍵（世代 %1）を作りました。ほかの利用者は下の一回限りのパスワードで一度サインインし、自分のパスワードを設定してください。いまサインインしている端末にはサインインし直しを求めます。</translation>
    </message>
    <message>
        <source>Stopped; go on with tsumugictl keys rotate --resume.</source>
        <translation>中断しました。tsumugictl keys rotate --resume で続けてください。</translation>
    </message>
    <message>
        <source>warning: you signed in with a one-time password; set one of your own with user passwd --new-password-file FILE.</source>
        <translation>警告: 一回限りのパスワードでサインインしました。user passwd --new-password-file ファイル で自分のパスワードを設定してください。</translation>
    </message>
</context>
<context>
    <name>AllergyIntoleranceReader</name>
    <message>
        <source>is required (the allergen or drug and its code).</source>
        <translation>は必須です（アレルゲンまたは薬剤とそのコード）。</translation>
    </message>
    <message>
        <source>is required: the allergen or drug name.</source>
        <translation>は必須です: アレルゲン名または薬剤名。</translation>
    </message>
    <message>
        <source>AllergyIntolerance.clinicalStatus %1: kept as received; check it in the chart.</source>
        <translation>AllergyIntolerance.clinicalStatus %1: 受信したまま保存しました。カルテで確認してください。</translation>
    </message>
    <message>
        <source>AllergyIntolerance.reaction: only the first reaction is shown; all are kept in the raw JSON.</source>
        <translation>AllergyIntolerance.reaction: 表示は最初の反応のみです。すべて元の JSON に保存しました。</translation>
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
    <message>
        <source>A 一般名 code names a drug: use it for a drug contraindication (category medication).</source>
        <translation>一般名コードは医薬品を表します。薬剤禁忌（分類: 医薬品）に使ってください。</translation>
    </message>
    <message>
        <source>'%1' is not a 一般名 code as JP-CLINS writes it (GCM and 12 characters, e.g. GCM2171022F2ZZZ).</source>
        <translation>「%1」は JP-CLINS の一般名コードの形式ではありません（GCM と12文字。例: GCM2171022F2ZZZ）。</translation>
    </message>
    <message>
        <source>An ingredient is recorded as a drug allergy or contraindication (category medication).</source>
        <translation>成分は薬剤アレルギー・薬剤禁忌（分類: 医薬品）として記録します。</translation>
    </message>
    <message>
        <source>'%1' is not an ingredient code (the first 7 characters of a YJ code, e.g. 6131001).</source>
        <translation>「%1」は成分コード（YJ コードの先頭7文字。例: 6131001）ではありません。</translation>
    </message>
    <message>
        <source>A drug class is recorded as a drug allergy or contraindication (category medication).</source>
        <translation>薬の系統は薬剤アレルギー・薬剤禁忌（分類: 医薬品）として記録します。</translation>
    </message>
    <message>
        <source>'%1' is not a drug class Tsumugi knows.</source>
        <translation>「%1」は Tsumugi の知らない薬の系統です。</translation>
    </message>
    <message>
        <source>%1 changed this allergy at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.</source>
        <translation>編集中に %1 さんが %2 にこのアレルギーを変更しました（現在 第%3版）。保存していません。開き直してから変更をやり直してください。</translation>
    </message>
</context>
<context>
    <name>AtomicFile</name>
    <message>
        <source>%1 could not be saved because the disk is full (%2). The previous version is unchanged; free some space and try again.</source>
        <translation>%1 を保存できませんでした。ディスクに空きがありません（%2）。以前の内容はそのまま残っています。空きを作ってからもう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). The previous version is unchanged.</source>
        <translation>%1 を保存できませんでした（%2）。以前の内容はそのまま残っています。</translation>
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
    <message>
        <source> [from %1, read-only]</source>
        <translation> ［%1 から受領・参照のみ］</translation>
    </message>
    <message>
        <source> onset %1</source>
        <translation> 発症 %1</translation>
    </message>
    <message>
        <source> [not shared: not a JP-CLINS item]</source>
        <translation> ［共有対象外: JP-CLINS の項目ではありません］</translation>
    </message>
    <message>
        <source> [kept back: %1]</source>
        <translation> ［共有保留: %1］</translation>
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
        <translation>ファイル %1 を読めません。</translation>
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
    <message>
        <source>%1 is larger than a note can be (1 MB).</source>
        <translation>%1 は記載として大きすぎます（上限 1 MB）。</translation>
    </message>
    <message>
        <source>No drug in the master has the ingredient code %1; give its name with --name (e.g. アモキシシリン).</source>
        <translation>成分コード %1 の薬はマスターにありません。--name で成分名を指定してください（例: アモキシシリン）。</translation>
    </message>
    <message>
        <source>Give the drug's code with --code.</source>
        <translation>--code で薬剤のコードを指定してください。</translation>
    </message>
    <message>
        <source>No usual dosage: neither this patient nor this clinic has prescribed %1.</source>
        <translation>いつもの用量はありません: この患者にも当院でも %1 の処方歴がありません。</translation>
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
        <translation>  visit add PATIENT --department TEXT [--date YYYY-MM-DD] [--class outpatient|inpatient]
  visit withdraw VISIT --reason TEXT
  note add VISIT --findings TEXT [--orders TEXT] [--finalize]     （テキスト中の \n は改行）
  note edit NOTE [--findings TEXT] [--orders TEXT] [--reason TEXT] [--finalize]
  （代わりに --findings-file FILE / --orders-file FILE: ファイルから読む。'-' は標準入力）
  note finalize NOTE | note history NOTE | note diff NOTE FROM [TO]
  diagnosis add PATIENT (--code RECEIPT_CODE | --name TEXT) [--medis N] [--icd10 C] [--start DATE]
              [--modifiers CODE,CODE] [--principal] [--suspected] [--lts] [--uninformed] [--undelivered]
  diagnosis end ID --outcome cured|died|discontinued|transferred --end DATE | diagnosis withdraw ID --reason T
  allergy add PATIENT --category food|environment|other|medication [--jfagy CODE | --yj CODE | --generic CODE
              | --ingredient YJ | --drug-class ID] [--name TEXT]   （--generic: 一般名コード。例: 2171022F2ZZZ、
              --ingredient: その成分を含む薬の YJ コード（先頭7文字を記録、成分名はマスターから）、
              --drug-class: 一覧は allergy classes）
              [--reaction TEXT] [--severity mild|moderate|severe] [--onset DATE] [--lts]
  allergy withdraw ID --reason TEXT | allergy classes
  lab add PATIENT --code CODE [--system jlac10|jlac11|local] [--name TEXT] --value V [--unit U]
              [--low N] [--high N] [--flag F] --specimen TEXT [--at "YYYY-MM-DD HH:MM"]
              [--local-code CODE] [--ordered-by DOCTOR]   （院内項目コードと依頼医師。共有する結果に共有サービスが求めます。
              既定は項目の前回の院内項目コードと、受診の担当医または記録した医師）
  lab import FILE.csv | lab series PATIENT ITEM
  lab complete PATIENT ITEM [--local-code CODE] [--ordered-by DOCTOR]   （それらがなく共有を保留している
              項目の結果に追加）
  rx add VISIT (--yj CODE | --receipt CODE | --generic CODE | --name TEXT) --dose N --unit U
              --usage TEXT --days N [--quantity N] [--rp N] [--in-house] [--acknowledge]
  rx repeat VISIT [--acknowledge] | rx withdraw ID --reason TEXT
  rx usual PATIENT --code DRUG_CODE | rx usages
  chart show PATIENT
</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) of %1 completed for the sharing service.</source>
        <translation><numerusform>%n 件の %1 の結果を共有用に補いました。</numerusform></translation>
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
    <name>ChartTables</name>
    <message>
        <source>%1 [from %2, read-only]</source>
        <translation>%1〔他院 %2・参照のみ〕</translation>
    </message>
    <message>
        <source>Reason (kept in the record; nothing is deleted):</source>
        <translation>理由（記録に残ります。削除はされません）:</translation>
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
    <name>ClinicCertificateAuthority</name>
    <message>
        <source>%1 (OpenSSL: %2)</source>
        <translation>%1（OpenSSL: %2）</translation>
    </message>
    <message>
        <source>The clinic's certificate authority has no %1.</source>
        <translation>院内の認証局に %1 がありません。</translation>
    </message>
    <message>
        <source>The clinic's CA certificate cannot be read.</source>
        <translation>院内認証局の証明書を読み取れません。</translation>
    </message>
    <message>
        <source>A key could not be made.</source>
        <translation>鍵を作成できませんでした。</translation>
    </message>
    <message>
        <source>A key could not be written.</source>
        <translation>鍵を書き出せませんでした。</translation>
    </message>
    <message>
        <source>The CA key could not be encrypted.</source>
        <translation>認証局の鍵を暗号化できませんでした。</translation>
    </message>
    <message>
        <source>The CA key could not be written.</source>
        <translation>認証局の鍵を書き出せませんでした。</translation>
    </message>
    <message>
        <source>The CA password is wrong: the clinic's certificate authority signs nothing without it.</source>
        <translation>認証局のパスワードが違います。正しいパスワードがなければ院内認証局は何にも署名しません。</translation>
    </message>
    <message>
        <source>A certificate extension could not be set (%1).</source>
        <translation>証明書の拡張を設定できませんでした（%1）。</translation>
    </message>
    <message>
        <source>A serial number could not be made.</source>
        <translation>シリアル番号を作成できませんでした。</translation>
    </message>
    <message>
        <source>A certificate could not be written.</source>
        <translation>証明書を書き出せませんでした。</translation>
    </message>
    <message>
        <source>The CA password needs at least 8 characters.</source>
        <translation>認証局のパスワードは8文字以上にしてください。</translation>
    </message>
    <message>
        <source>%1 already holds a certificate authority; it was left untouched.</source>
        <translation>%1 にはすでに認証局があります。変更していません。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Tsumugi clinic CA</source>
        <translation>Tsumugi 院内認証局</translation>
    </message>
    <message>
        <source>The CA certificate could not be signed.</source>
        <translation>認証局の証明書に署名できませんでした。</translation>
    </message>
    <message>
        <source>There is no clinic certificate authority in %1.</source>
        <translation>%1 に院内認証局がありません。</translation>
    </message>
    <message>
        <source>The server's certificate needs a name or an address.</source>
        <translation>サーバー証明書には名前かアドレスが必要です。</translation>
    </message>
    <message>
        <source>A desk's name is 1 to 40 letters, digits, '-', '.' or '_' (for example reception-1 or exam-2), not '%1'.</source>
        <translation>端末名は英数字・「-」「.」「_」の1〜40文字です（例: reception-1、exam-2）。「%1」は使えません。</translation>
    </message>
    <message>
        <source>The desk %1 had a certificate that was revoked; give the desk a new name.</source>
        <translation>端末 %1 の証明書は失効済みです。端末に新しい名前を付けてください。</translation>
    </message>
    <message>
        <source>The desk %1 has a certificate already; revoke it first to issue another.</source>
        <translation>端末 %1 にはすでに証明書があります。新しく発行するには先に失効させてください。</translation>
    </message>
    <message>
        <source>The certificate could not be signed.</source>
        <translation>証明書に署名できませんでした。</translation>
    </message>
    <message>
        <source>No valid certificate was issued to a desk named %1.</source>
        <translation>端末 %1 に有効な証明書は発行されていません。</translation>
    </message>
    <message>
        <source>The list of revoked certificates could not be signed.</source>
        <translation>失効リストに署名できませんでした。</translation>
    </message>
    <message>
        <source>The list of revoked certificates could not be written.</source>
        <translation>失効リストを書き出せませんでした。</translation>
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
    <message>
        <source>The new record could not be closed cleanly (%1 remains).</source>
        <translation>新しい記録を正常に閉じられませんでした（%1 が残っています）。</translation>
    </message>
    <message>
        <source>The new record could not be put in place as %1.</source>
        <translation>新しい記録を %1 として配置できませんでした。</translation>
    </message>
    <message>
        <source>The previous generation of the key file (%1) is intact: restore it with "Restore the previous key file" in the sign-in window or with tsumugictl keys restore-previous. The damaged file is kept aside.</source>
        <translation>前の世代の鍵ファイル（%1）は無傷です。ログイン画面の「前の鍵ファイルに戻す」または tsumugictl keys restore-previous で戻せます。壊れたファイルは別名で残します。</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords for this user name. Wait %n second(s) and try again.</source>
        <translation><numerusform>このユーザー名でパスワードの誤りが続いています。%n 秒待ってからもう一度お試しください。</numerusform></translation>
    </message>
    <message>
        <source>A recovery key has 32 letters and digits in 8 groups of 4, as printed on the recovery sheet.</source>
        <translation>回復キーは、回復シートに印刷されているとおり、英数字32文字（4文字ずつ8組）です。</translation>
    </message>
    <message>
        <source>This recovery key does not open the record %1 (or its recovery file %2 is missing too). Nothing was changed.</source>
        <translation>この回復キーでは記録 %1 を開けません（回復ファイル %2 もなくなっている可能性があります）。何も変更していません。</translation>
    </message>
    <message>
        <source>%1 is not an administrator of this record; give an administrator's user name.</source>
        <translation>%1 はこの記録の管理者ではありません。管理者のユーザー名を指定してください。</translation>
    </message>
    <message>
        <source>The damaged key file %1 could not be moved aside; nothing was changed.</source>
        <translation>壊れた鍵ファイル %1 を退避できなかったため、何も変更しませんでした。</translation>
    </message>
    <message>
        <source>The disk is full: the record is read-only until space is freed. Charts can be read; changes cannot be saved. The sign-in and what was viewed go into the audit trail when space returns.</source>
        <translation>ディスクに空きがないため、空きができるまで記録は読み取り専用です。カルテは読めますが、変更は保存できません。ログインと閲覧の記録は、空きができたときに監査記録へ書き込みます。</translation>
    </message>
    <message>
        <source>The server database %1 already holds a Tsumugi record; it was left untouched.</source>
        <translation>サーバーのデータベース %1 にはすでに Tsumugi の記録があります。何も変更していません。</translation>
    </message>
    <message>
        <source>The key slots of %1 no longer belong to this record; nothing was changed.</source>
        <translation>%1 の鍵スロットはこの記録のものではなくなっています。何も変更していません。</translation>
    </message>
    <message>
        <source>This recovery key does not open the record on %1. Nothing was changed.</source>
        <translation>この回復キーでは %1 の記録を開けません。何も変更していません。</translation>
    </message>
    <message>
        <source>This record is a file on one computer, not on the clinic server.</source>
        <translation>この記録は1台のコンピューター上のファイルで、院内サーバーの記録ではありません。</translation>
    </message>
    <message>
        <source>The record key was changed since you signed in: sign in again.</source>
        <translation>サインイン後に記録の鍵が交換されました。サインインし直してください。</translation>
    </message>
</context>
<context>
    <name>ClinicSettings</name>
    <message>
        <source>The automatic lock time is between 1 and 120 minutes.</source>
        <translation>自動ロックまでの時間は1〜120分です。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読めません。</translation>
    </message>
    <message>
        <source>The server address must look like https://host:port, not '%1'.</source>
        <translation>サーバーのアドレスは https://host:port の形式で指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>The connect timeout is between 100 and 120000 milliseconds.</source>
        <translation>接続タイムアウトは 100〜120000 ミリ秒で指定してください。</translation>
    </message>
    <message>
        <source>The request timeout is between 500 and 600000 milliseconds.</source>
        <translation>要求タイムアウトは 500〜600000 ミリ秒で指定してください。</translation>
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
    <message>
        <source>%1 saved this note at %2 (now version %3) while you were editing it. Nothing was saved and nothing of theirs was overwritten: compare your text with theirs and save again.</source>
        <translation>編集中に %1 さんが %2 にこの記録を保存しました（現在 第%3版）。保存しておらず、相手の内容も上書きしていません。両方の内容を見比べてから保存し直してください。</translation>
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
    <name>ClinsImporter</name>
    <message>
        <source>The file cannot be read (%1).</source>
        <translation>ファイルを読み込めません（%1）。</translation>
    </message>
    <message>
        <source>The file is not valid JSON (error at byte %1).</source>
        <translation>ファイルが正しい JSON ではありません（%1 バイト目で誤り）。</translation>
    </message>
    <message>
        <source>is not a FHIR resource (a JSON object with resourceType).</source>
        <translation>は FHIR リソース（resourceType を持つ JSON オブジェクト）ではありません。</translation>
    </message>
    <message>
        <source>'%1' cannot be imported; expected a Bundle (JP_Bundle_CLINS), Patient, Condition, AllergyIntolerance or Observation.</source>
        <translation>「%1」は取り込めません。Bundle（JP_Bundle_CLINS）、Patient、Condition、AllergyIntolerance、Observation のいずれかが必要です。</translation>
    </message>
    <message>
        <source>The JSON does not have the structure of a FHIR resource (%1).</source>
        <translation>JSON が FHIR リソースの構造になっていません（%1）。</translation>
    </message>
    <message>
        <source>must be 'collection' for a JP_Bundle_CLINS submission, not '%1'.</source>
        <translation>は JP_Bundle_CLINS では「collection」でなければなりません（「%1」ではなく）。</translation>
    </message>
    <message>
        <source>Bundle.identifier %1 does not start with a 10-digit institution number.</source>
        <translation>Bundle.identifier %1 が10桁の医療機関番号で始まっていません。</translation>
    </message>
    <message>
        <source>is required: the Patient and the resources.</source>
        <translation>は必須です: Patient と各リソース。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>は必須です。</translation>
    </message>
    <message>
        <source>the first entry of a JP_Bundle_CLINS must be the Patient.</source>
        <translation>JP_Bundle_CLINS の最初のエントリは Patient でなければなりません。</translation>
    </message>
    <message>
        <source>'%1' cannot be imported from a JP_Bundle_CLINS (Condition, AllergyIntolerance or Observation).</source>
        <translation>「%1」は JP_Bundle_CLINS から取り込めません（Condition、AllergyIntolerance、Observation のみ）。</translation>
    </message>
    <message>
        <source>points to %1, which is not the Patient of this bundle.</source>
        <translation>が指す %1 はこのバンドルの Patient ではありません。</translation>
    </message>
    <message>
        <source>'%1' is not an insured-person identifier (保険者番号:記号:番号:枝番).</source>
        <translation>「%1」は被保険者番号（保険者番号:記号:番号:枝番）ではありません。</translation>
    </message>
    <message>
        <source>names patient %1 in this record, not the patient given with --patient.</source>
        <translation>はこの記録の患者 %1 を指しており、--patient で指定した患者ではありません。</translation>
    </message>
    <message>
        <source>The patient given for the import does not exist.</source>
        <translation>取り込み先に指定した患者が存在しません。</translation>
    </message>
    <message>
        <source>does not say which patient this is; give the patient with --patient.</source>
        <translation>にどの患者かが書かれていません。--patient で患者を指定してください。</translation>
    </message>
    <message>
        <source>no patient in this record has %1; import the patient's file first (in the same run) or give the patient with --patient.</source>
        <translation>%1 の患者はこの記録にいません。先に（同じ実行で）患者のファイルを取り込むか、--patient で患者を指定してください。</translation>
    </message>
    <message>
        <source>is patient %1 in this record (by identifier), not the patient given with --patient.</source>
        <translation>は識別子によればこの記録の患者 %1 であり、--patient で指定した患者ではありません。</translation>
    </message>
    <message>
        <source>More than one patient has this name, reading and birth date; --accept-match cannot choose. Import into one of them with --patient NUMBER.</source>
        <translation>氏名・フリガナ・生年月日が同じ患者が複数いるため、--accept-match では選べません。--patient 番号 でどちらかを指定して取り込んでください。</translation>
    </message>
    <message>
        <source>no patient in this record matches, and a new one cannot be registered: %1</source>
        <translation>この記録に一致する患者がいないうえ、新しい患者として登録できません: %1</translation>
    </message>
    <message>
        <source>Patient: the insurance %1 is not registered with the new patient (%2); the identifier is remembered for matching later files.</source>
        <translation>Patient: 保険 %1 は新しい患者に登録しませんでした（%2）。以降のファイルの照合のため識別子は記録しました。</translation>
    </message>
    <message>
        <source>JP_eCS_InstitutionNumber is missing: the file does not say which institution recorded this (give it with --from NUMBER).</source>
        <translation>JP_eCS_InstitutionNumber がありません。どの医療機関の記録かが書かれていません（--from 番号 で指定してください）。</translation>
    </message>
    <message>
        <source>'%1' is not a 10-digit institution number (医療機関番号).</source>
        <translation>「%1」は10桁の医療機関番号ではありません。</translation>
    </message>
    <message>
        <source>the item was recorded by this clinic (%1); it is in the record already and is not imported as another institution's.</source>
        <translation>この項目は当院（%1）の記録です。既にカルテにあるため、他院の記録としては取り込みません。</translation>
    </message>
    <message>
        <source>The patient of the import was not found.</source>
        <translation>取り込み先の患者が見つかりません。</translation>
    </message>
    <message>
        <source>the letter does not say which institution wrote it (give it with --from NUMBER).</source>
        <translation>文書に作成した医療機関が書かれていません（--from 医療機関番号 で指定してください）。</translation>
    </message>
    <message>
        <source>this letter was written by this clinic (%1); it is in the record already.</source>
        <translation>この文書は当院（%1）が作成したもので、すでに記録にあります。</translation>
    </message>
    <message>
        <source>%1 nests its JSON more than %2 levels deep; no FHIR resource does. Nothing was imported.</source>
        <translation>%1 は JSON の入れ子が%2段を超えています（FHIR のリソースにはない深さです）。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>ColumnSeal</name>
    <message>
        <source>A stored value of %1 (row %2, %3) does not open with this record's key where it was found: it was moved from another row or column, or altered outside Tsumugi. It is not shown; tell whoever looks after the server.</source>
        <translation>%1（行 %2、%3）の保存値が、見つかった場所ではこの記録の鍵で開けません。別の行や列から移されたか、つむぎ以外で書き換えられています。表示しません。サーバーの管理者に知らせてください。</translation>
    </message>
    <message>
        <source>The record key was changed since you signed in (a value of %1 is sealed under its key generation %2). Sign in again to go on; nothing was lost.</source>
        <translation>サインイン後に記録の鍵が変更されました（%1 の値は鍵の世代 %2 で封をされています）。続けるにはサインインし直してください。失われたものはありません。</translation>
    </message>
</context>
<context>
    <name>ConditionReader</name>
    <message>
        <source>is required (the disease name and its code).</source>
        <translation>は必須です（傷病名とそのコード）。</translation>
    </message>
    <message>
        <source>Condition.code: no MEDIS disease number; kept as 未コード化傷病名 (99999999).</source>
        <translation>Condition.code: MEDIS 病名管理番号がないため、未コード化傷病名（99999999）として保存しました。</translation>
    </message>
    <message>
        <source>is required: the disease name (text or display).</source>
        <translation>は必須です: 傷病名（text または display）。</translation>
    </message>
    <message>
        <source>Condition.verificationStatus %1: kept as received; check it in the chart.</source>
        <translation>Condition.verificationStatus %1: 受信したまま保存しました。カルテで確認してください。</translation>
    </message>
    <message>
        <source>is required: the date the disease began.</source>
        <translation>は必須です: 発症日。</translation>
    </message>
    <message>
        <source>Condition.onsetDateTime: missing; the start date is taken from the date it was recorded (%1).</source>
        <translation>Condition.onsetDateTime がないため、記録日（%1）を開始日としました。</translation>
    </message>
</context>
<context>
    <name>ConfigCommands</name>
    <message>
        <source>%1 takes a whole number, not '%2'.</source>
        <translation>%1 には整数を指定してください（「%2」は使えません）。</translation>
    </message>
    <message>
        <source>  config list | config get KEY | config set KEY VALUE   (keys: %1; an empty VALUE clears a file setting)
</source>
        <translation>  config list | config get KEY | config set KEY VALUE   （キー: %1。ファイルの設定は VALUE を空にすると解除）
</translation>
    </message>
    <message>
        <source>Unknown setting '%1'. Known settings: %2.</source>
        <translation>設定「%1」はありません。設定できるもの: %2。</translation>
    </message>
</context>
<context>
    <name>DbConnection</name>
    <message>
        <source>The record key is being changed (key generation %1) since you signed in. Sign in again to go on; nothing was lost.</source>
        <translation>サインイン後に記録の鍵の変更が始まりました（鍵の世代 %1）。続けるにはサインインし直してください。失われたものはありません。</translation>
    </message>
</context>
<context>
    <name>DeskJoin</name>
    <message>
        <source>No random join code could be made.</source>
        <translation>参加コードを作成できませんでした。</translation>
    </message>
    <message>
        <source>This is no join file of a Tsumugi clinic server (tsumugictl server certs issue makes one).</source>
        <translation>これは Tsumugi 院内サーバーの参加ファイルではありません（tsumugictl server certs issue で作成します）。</translation>
    </message>
    <message>
        <source>This join file was made by a newer Tsumugi; update this desk first.</source>
        <translation>この参加ファイルは新しい版の Tsumugi で作られています。先にこの端末を更新してください。</translation>
    </message>
    <message>
        <source>This join file is damaged; have a new one made.</source>
        <translation>この参加ファイルは壊れています。作り直してもらってください。</translation>
    </message>
    <message>
        <source>The join code does not open this join file. Type it as the administrator's screen showed it (the dashes may be left out).</source>
        <translation>参加コードが一致しません。管理者の画面に表示されたとおりに入力してください（「-」は省略できます）。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
</context>
<context>
    <name>DesktopLauncher</name>
    <message>
        <source>Tsumugi — electronic medical record for small clinics</source>
        <translation>Tsumugi — 診療所のための電子カルテ</translation>
    </message>
    <message>
        <source>path</source>
        <translation>パス</translation>
    </message>
    <message>
        <source>On first start, offer demo patients ticked (for trying Tsumugi out).</source>
        <translation>初回起動時、デモ患者の追加にあらかじめチェックを入れる（お試し用）。</translation>
    </message>
    <message>
        <source>Open the clinic record at &lt;path&gt; (a file, or a postgresql:// URL of the clinic server) instead of the default one.</source>
        <translation>既定の記録の代わりに &lt;path&gt; の診療記録を開きます（ファイル、または院内サーバーの postgresql:// URL）。</translation>
    </message>
    <message>
        <source>Tsumugi</source>
        <translation>Tsumugi</translation>
    </message>
    <message>
        <source>The clinic server holds no Tsumugi record at this address. An administrator sets it up with tsumugictl server init.</source>
        <translation>このアドレスの院内サーバーに Tsumugi の記録がありません。管理者が tsumugictl server init で設定してください。</translation>
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
        <source>A withdrawn diagnosis cannot be edited.</source>
        <translation>取り消した傷病名は編集できません。</translation>
    </message>
    <message>
        <source>The diagnosis is already withdrawn.</source>
        <translation>この傷病名はすでに取り消されています。</translation>
    </message>
    <message>
        <source>A disease name takes at most %1 modifiers (修飾語), as the レセ電 record holds them; this one has %2.</source>
        <translation>修飾語はレセ電の記録どおり1つの病名に %1 個までです（この病名は %2 個）。</translation>
    </message>
    <message>
        <source>A name that is not in the master (未コード化傷病名) is sent as its whole wording: write the modifier into the name instead of adding it.</source>
        <translation>マスターにない病名（未コード化傷病名）は文言全体で送られます。修飾語は追加せず、病名の文言に含めてください。</translation>
    </message>
    <message>
        <source>The modifier %1 (%2) is chosen twice.</source>
        <translation>修飾語 %1（%2）が2回選ばれています。</translation>
    </message>
    <message>
        <source>The disease code %1 (%2) has ended in the master and is not used for new entries.</source>
        <translation>傷病名コード %1（%2）はマスターで廃止されており、新しい登録には使えません。</translation>
    </message>
    <message>
        <source>The disease code %1 (%2) has ended in the master; use its successor %3 instead.</source>
        <translation>傷病名コード %1（%2）はマスターで廃止されています。移行先の %3 を使ってください。</translation>
    </message>
    <message>
        <source>The modifier %1 (%2) has ended in the master.</source>
        <translation>修飾語 %1（%2）はマスターで廃止されています。</translation>
    </message>
    <message>
        <source>%1 changed this diagnosis at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.</source>
        <translation>編集中に %1 さんが %2 にこの病名を変更しました（現在 第%3版）。保存していません。開き直してから変更をやり直してください。</translation>
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
    <message>
        <source>no insurance on file</source>
        <translation>保険未登録</translation>
    </message>
    <message>
        <source>insurer %1</source>
        <translation>保険者番号 %1</translation>
    </message>
    <message>
        <source>symbol %1</source>
        <translation>記号 %1</translation>
    </message>
    <message>
        <source>number %1</source>
        <translation>番号 %1</translation>
    </message>
    <message>
        <source>branch %1</source>
        <translation>枝番 %1</translation>
    </message>
</context>
<context>
    <name>DocumentBundleExporter</name>
    <message>
        <source>There is no patient with id %1.</source>
        <translation>ID %1 の患者は存在しません。</translation>
    </message>
    <message>
        <source>%1 %2 is missing from the chart.</source>
        <translation>%1 %2 がカルテにありません。</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>傷病名</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Lab result</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>処方</translation>
    </message>
    <message>
        <source>Document %1 was not found.</source>
        <translation>文書 %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Document %1 was received from %2; only our own documents are exported.</source>
        <translation>文書 %1 は %2 から受信したものです。書き出せるのは自院の文書だけです。</translation>
    </message>
    <message>
        <source>Document %1 is %2; only a finalised document is exported.</source>
        <translation>文書 %1 は %2 です。書き出せるのは確定済の文書だけです。</translation>
    </message>
    <message>
        <source>The attached discharge summary (document %1) is not finalised.</source>
        <translation>添付の退院時サマリー（文書 %1）が確定されていません。</translation>
    </message>
</context>
<context>
    <name>DocumentBundleReader</name>
    <message>
        <source>points to %1, which is not an entry of this bundle.</source>
        <translation>%1 を指していますが、このバンドルのエントリにありません。</translation>
    </message>
    <message>
        <source>%1 in section %2 (%3) is kept in the received letter only.</source>
        <translation>セクション %2（%3）の %1 は受信した文書の中にのみ保存しています。</translation>
    </message>
    <message>
        <source>is required: the Composition and its resources.</source>
        <translation>必須です: Composition とそのリソース。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>is required.</source>
        <translation>は必須です。</translation>
    </message>
    <message>
        <source>is required in a document bundle.</source>
        <translation>文書バンドルでは必須です。</translation>
    </message>
    <message>
        <source>the first entry of a document bundle must be its Composition.</source>
        <translation>文書バンドルの最初のエントリは Composition でなければなりません。</translation>
    </message>
    <message>
        <source>'%1' is not a document Tsumugi reads; expected 57133-1 (診療情報提供書) or 18842-5 (退院時サマリー).</source>
        <translation>'%1' は Tsumugi が読める文書ではありません。57133-1（診療情報提供書）または 18842-5（退院時サマリー）が必要です。</translation>
    </message>
    <message>
        <source>is required: it is how a corrected resend of the letter is recognised.</source>
        <translation>必須です: 訂正して再送された文書を見分けるために使います。</translation>
    </message>
    <message>
        <source>must point to the Patient entry of the bundle.</source>
        <translation>バンドルの Patient エントリを指す必要があります。</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>--%1 is a date like 2026-11-20; '%2' is not.</source>
        <translation>--%1 には 2026-11-20 のような日付を指定します。「%2」は日付ではありません。</translation>
    </message>
    <message>
        <source>--%1 takes ids separated by commas (like 3,4); '%2' is not an id.</source>
        <translation>--%1 にはカンマ区切りの ID を指定します（例: 3,4）。「%2」は ID ではありません。</translation>
    </message>
    <message>
        <source>--med is KIND:CODE:NAME:DOSE:UNIT:USAGE:DAYS (KIND yj, generic or none; several separated by ';'); '%1' is not.</source>
        <translation>--med は 種別:コード:薬剤名:1日量:単位:用法:日数 の形式です（種別は yj・generic・none、複数は「;」区切り）。「%1」は違います。</translation>
    </message>
    <message>
        <source>Give the patient number with --patient.</source>
        <translation>患者番号を --patient で指定してください。</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>患者番号 %1 の患者はいません。</translation>
    </message>
    <message>
        <source>Give the document id, e.g. document show 12.</source>
        <translation>文書 ID を指定してください（例: document show 12）。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment can be at most %3 MB.</source>
        <translation>%1 は %2 MB あります。添付ファイルは1つ %3 MB までです。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>Document %1 created (%2, draft, version %3).</source>
        <translation>文書 %1 を作成しました（%2、下書き、版 %3）。</translation>
    </message>
    <message>
        <source>Document %1 saved (draft, version %2).</source>
        <translation>文書 %1 を保存しました（下書き、版 %2）。</translation>
    </message>
    <message>
        <source>Document %1 finalised (version %2) by %3.</source>
        <translation>文書 %1 を確定しました（版 %2、%3）。</translation>
    </message>
    <message>
        <source>Document %1: version %2 started as a draft.</source>
        <translation>文書 %1: 版 %2 を下書きとして作成しました。</translation>
    </message>
    <message>
        <source>Document %1 withdrawn.</source>
        <translation>文書 %1 を取り消しました。</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>文書はありません。</translation>
    </message>
    <message>
        <source>received from %1</source>
        <translation>%1 から受信</translation>
    </message>
    <message>
        <source>--version is a number.</source>
        <translation>--version には数字を指定してください。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Revision reason</source>
        <translation>改版の理由</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>受信元</translation>
    </message>
    <message>
        <source>To</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>紹介目的</translation>
    </message>
    <message>
        <source>Admitted</source>
        <translation>入院日</translation>
    </message>
    <message>
        <source>Discharged</source>
        <translation>退院日</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>入院理由</translation>
    </message>
    <message>
        <source>Diagnoses on admission</source>
        <translation>入院時診断</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>主訴</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>傷病名</translation>
    </message>
    <message>
        <source>Present illness</source>
        <translation>現病歴</translation>
    </message>
    <message>
        <source>Past history</source>
        <translation>既往歴</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Prescriptions</source>
        <translation>処方</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>薬剤</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>Clinical course</source>
        <translation>臨床経過</translation>
    </message>
    <message>
        <source>Hospital course</source>
        <translation>入院中経過</translation>
    </message>
    <message>
        <source>Treatment policy</source>
        <translation>診療方針</translation>
    </message>
    <message>
        <source>Discharge instructions</source>
        <translation>退院時の指示</translation>
    </message>
    <message>
        <source>Discharge disposition</source>
        <translation>退院時転帰</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>添付</translation>
    </message>
    <message>
        <source>Attached discharge summary</source>
        <translation>添付の退院時サマリー</translation>
    </message>
    <message>
        <source>Queued for the sharing service.</source>
        <translation>共有サービスへの送信を予約しました。</translation>
    </message>
    <message>
        <source>Not sent to the sharing service (paper only).</source>
        <translation>共有サービスへは送信しません（紙のみ）。</translation>
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
        <translation>  document create referral|discharge --patient NUMBER [--to INSTITUTION-NUMBER --to-name TEXT
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
</translation>
    </message>
    <message>
        <source>Warning: %1 To replace it, send this version: document send %2</source>
        <translation>注意: %1 置き換えるには、この版を送信してください: document send %2</translation>
    </message>
    <message>
        <source>Document %1 was received from %2; only our own letters are sent.</source>
        <translation>文書 %1 は %2 から受信したものです。送信できるのは自院の文書だけです。</translation>
    </message>
    <message>
        <source>Document %1 is a draft (version %2); finalise it first: document finalize %1 --send finalises and sends it.</source>
        <translation>文書 %1 は下書き（版 %2）です。先に確定してください: document finalize %1 --send で確定と同時に送信します。</translation>
    </message>
    <message>
        <source>Document %1 is withdrawn; a withdrawn letter is not sent.</source>
        <translation>文書 %1 は取り下げ済みです。取り下げた文書は送信しません。</translation>
    </message>
    <message>
        <source>Document %1 (version %2) is already queued for the sharing service; nothing was changed.</source>
        <translation>文書 %1（版 %2）はすでに共有サービスへの送信待ちです。変更はありません。</translation>
    </message>
    <message>
        <source>Document %1 (version %2) was already sent to the sharing service; nothing was changed.</source>
        <translation>文書 %1（版 %2）はすでに共有サービスへ送信済みです。変更はありません。</translation>
    </message>
    <message>
        <source>Document %1 (version %2) was rejected by the sharing service: %3
Correct it as a new version (document revise %1, document edit %1 …) and finalise that with --send.</source>
        <translation>文書 %1（版 %2）は共有サービスで差し戻されました: %3
新しい版として訂正し（document revise %1、document edit %1 …）、--send を付けて確定してください。</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>理由の記載なし</translation>
    </message>
    <message>
        <source>Document %1 (version %2) queued for the sharing service; it is sent with the next push.</source>
        <translation>文書 %1（版 %2）を共有サービスへの送信待ちに入れました。次の送信で送られます。</translation>
    </message>
</context>
<context>
    <name>DocumentPrinter</name>
    <message>
        <source>Phone %1</source>
        <translation>電話 %1</translation>
    </message>
    <message>
        <source>Doctor: %1</source>
        <translation>医師: %1</translation>
    </message>
    <message>
        <source>%1  Doctor: %2</source>
        <translation>%1　医師: %2</translation>
    </message>
    <message>
        <source>Page %1 / %2</source>
        <translation>%1 / %2 ページ</translation>
    </message>
    <message>
        <source>Print preview — %1</source>
        <translation>印刷プレビュー — %1</translation>
    </message>
    <message>
        <source>%1 (DRAFT)</source>
        <translation>%1（下書き）</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>下書き</translation>
    </message>
</context>
<context>
    <name>DocumentRepository</name>
    <message>
        <source>Document %1 was not found.</source>
        <translation>文書 %1 が見つかりません。</translation>
    </message>
    <message>
        <source>%1 %2 is not in this patient's chart.</source>
        <translation>%1 %2 はこの患者のカルテにありません。</translation>
    </message>
    <message>
        <source>%1 %2 was withdrawn from the chart; take it off the document.</source>
        <translation>%1 %2 はカルテで取り消されています。文書から外してください。</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>傷病名</translation>
    </message>
    <message>
        <source>Allergy</source>
        <translation>アレルギー</translation>
    </message>
    <message>
        <source>Prescription</source>
        <translation>処方</translation>
    </message>
    <message>
        <source>Lab result</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>Attachment %1 does not belong to this document.</source>
        <translation>添付 %1 はこの文書のものではありません。</translation>
    </message>
    <message>
        <source>Document %1 is not a discharge summary of this patient.</source>
        <translation>文書 %1 はこの患者の退院時サマリーではありません。</translation>
    </message>
    <message>
        <source>The attached discharge summary (document %1) must be finalised first.</source>
        <translation>添付する退院時サマリー（文書 %1）を先に確定してください。</translation>
    </message>
    <message>
        <source>Save the document first, then add its attachments.</source>
        <translation>文書を保存してから添付ファイルを追加してください。</translation>
    </message>
    <message>
        <source>This document is %1; a finalised document is edited as a new version.</source>
        <translation>この文書は %1 です。確定済の文書は新しい版として編集します。</translation>
    </message>
    <message>
        <source>Only a draft can be finalised; this document is %1.</source>
        <translation>確定できるのは下書きだけです。この文書は %1 です。</translation>
    </message>
    <message>
        <source>Only a finalised document gets a new version; this document is %1 (save the draft instead).</source>
        <translation>新しい版を作れるのは確定済の文書だけです。この文書は %1 です（下書きを保存してください）。</translation>
    </message>
    <message>
        <source>Give the reason for withdrawing the document.</source>
        <translation>文書を取り消す理由を入力してください。</translation>
    </message>
    <message>
        <source>The document is already withdrawn.</source>
        <translation>この文書はすでに取り消されています。</translation>
    </message>
    <message>
        <source>A received document needs the institution it came from.</source>
        <translation>受信した文書には送信元の医療機関が必要です。</translation>
    </message>
    <message>
        <source>A received document keeps the document as it was received.</source>
        <translation>受信した文書は受信したままの内容を保存します（元データがありません）。</translation>
    </message>
    <message>
        <source>Version %1 of document %2 does not exist.</source>
        <translation>文書 %2 に版 %1 はありません。</translation>
    </message>
    <message>
        <source>Attachments are added to a draft; start a new version of this finalised document first.</source>
        <translation>添付ファイルは下書きに追加します。確定済の文書は先に新しい版を作ってください。</translation>
    </message>
    <message>
        <source>Attachments are removed from a draft; start a new version of this finalised document first.</source>
        <translation>添付ファイルは下書きから外します。確定済の文書は先に新しい版を作ってください。</translation>
    </message>
    <message>
        <source>Attachment %1 is not on this document.</source>
        <translation>添付 %1 はこの文書にありません。</translation>
    </message>
    <message>
        <source>Attachment %1 was not found.</source>
        <translation>添付 %1 が見つかりません。</translation>
    </message>
    <message>
        <source>Only a finalised document can be sent; this document is %1.</source>
        <translation>送信できるのは確定済みの文書のみです。この文書は%1です。</translation>
    </message>
    <message>
        <source>This letter (%1) was received earlier for another patient; it is not filed twice.</source>
        <translation>この文書（%1）は以前に別の患者の文書として受信しています。二重には保存しません。</translation>
    </message>
    <message>
        <source>received again, changed by the sender</source>
        <translation>再受信（送信元で変更）</translation>
    </message>
    <message>
        <source>%1 saved this document at %2 (now version %3) while you were editing it. Nothing was saved and nothing of theirs was overwritten.</source>
        <translation>編集中に %1 さんが %2 にこの文書を保存しました（現在 第%3版）。保存しておらず、相手の内容も上書きしていません。</translation>
    </message>
</context>
<context>
    <name>DocumentSections</name>
    <message>
        <source>%1-%2-%3</source>
        <translation>%1年%2月%3日</translation>
    </message>
    <message>
        <source>Purpose of referral</source>
        <translation>紹介目的</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>傷病名</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>主訴</translation>
    </message>
    <message>
        <source>Present illness</source>
        <translation>現病歴</translation>
    </message>
    <message>
        <source>Past history</source>
        <translation>既往歴</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>アレルギー・禁忌</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>現在の処方</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>Clinical course</source>
        <translation>臨床経過</translation>
    </message>
    <message>
        <source>Treatment policy</source>
        <translation>治療方針</translation>
    </message>
    <message>
        <source>Admission and discharge</source>
        <translation>入退院日</translation>
    </message>
    <message>
        <source>Admitted %1, discharged %2</source>
        <translation>入院 %1、退院 %2</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>入院理由</translation>
    </message>
    <message>
        <source>Diagnoses on admission</source>
        <translation>入院時診断</translation>
    </message>
    <message>
        <source>Diagnoses at discharge</source>
        <translation>退院時診断</translation>
    </message>
    <message>
        <source>Hospital course</source>
        <translation>入院中経過</translation>
    </message>
    <message>
        <source>Discharge medications</source>
        <translation>退院時処方</translation>
    </message>
    <message>
        <source>Discharge instructions</source>
        <translation>退院時指示</translation>
    </message>
    <message>
        <source>Condition at discharge</source>
        <translation>退院時転帰</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>%1 (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>Discharge summary (attached)</source>
        <translation>退院時サマリー（添付）</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>診療情報提供書</translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation>退院時サマリー</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>下書き</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1（第%2版）</translation>
    </message>
    <message>
        <source>Patient: %1 (%2)  born %3 (%4)  %5  No. %6</source>
        <translation>患者: %1（%2）　%3生（%4）　%5　患者番号 %6</translation>
    </message>
    <message>
        <source> (principal)</source>
        <translation>（主病名）</translation>
    </message>
    <message>
        <source>  since %1</source>
        <translation>　%1〜</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source> (reaction: %1)</source>
        <translation>（症状: %1）</translation>
    </message>
    <message>
        <source>  (%1)</source>
        <translation>　（%1）</translation>
    </message>
    <message numerus="yes">
        <source>  %n days</source>
        <translation><numerusform>　%n日分</numerusform></translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>作成日: %1</translation>
    </message>
    <message>
        <source>%1 (Dear Doctor)</source>
        <translation>%1 先生 御侍史</translation>
    </message>
    <message>
        <source>We would be grateful if you could see the patient below. Thank you for your kind cooperation.</source>
        <translation>下記の患者さんをご紹介いたします。ご高診のほど、よろしくお願い申し上げます。</translation>
    </message>
    <message>
        <source>Received from %1</source>
        <translation>%1 から受信</translation>
    </message>
    <message>
        <source>Section %1</source>
        <translation>セクション %1</translation>
    </message>
    <message>
        <source>  [from %1]</source>
        <translation>　［%1 から受領］</translation>
    </message>
    <message>
        <source>To the attending doctor</source>
        <translation>ご担当医 御侍史</translation>
    </message>
</context>
<context>
    <name>DocumentSendState</name>
    <message>
        <source>not sent (paper only); an earlier version stays on the sharing service</source>
        <translation>未送信（紙のみ）・以前の版が共有サービスに残っています</translation>
    </message>
    <message>
        <source>not sent (paper only)</source>
        <translation>未送信（紙のみ）</translation>
    </message>
    <message>
        <source>not queued</source>
        <translation>送信待ちなし</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>差し戻し: %1</translation>
    </message>
    <message>
        <source>Sharing service: not sent (paper only); an earlier version stays on the sharing service</source>
        <translation>共有サービス: 未送信（紙のみ）・以前の版が共有サービスに残っています</translation>
    </message>
    <message>
        <source>Sharing service: not sent (paper only)</source>
        <translation>共有サービス: 未送信（紙のみ）</translation>
    </message>
    <message>
        <source>Sharing service: not queued</source>
        <translation>共有サービス: 送信待ちなし</translation>
    </message>
    <message>
        <source>Sharing service: %1</source>
        <translation>共有サービス: %1</translation>
    </message>
    <message>
        <source> (%1; correct it as a new version and send again)</source>
        <translation>（%1。新しい版として訂正し、再送信してください）</translation>
    </message>
    <message>
        <source>An earlier version of this letter was sent to the sharing service (or is queued for it). If this version is finalised without sending, the earlier version stays on the sharing service and the addressee keeps reading it.</source>
        <translation>この文書の以前の版は共有サービスへ送信済み（または送信待ち）です。この版を送信せずに確定すると、以前の版が共有サービスに残り、紹介先は以前の版を読み続けます。</translation>
    </message>
</context>
<context>
    <name>DocumentSignatures</name>
    <message>
        <source>The signer returned no signature; the document was not finalised.</source>
        <translation>署名機能が署名を返しませんでした。文書は確定されていません。</translation>
    </message>
    <message>
        <source>Electronic signature: not checked (received document)</source>
        <translation>電子署名: 未確認（受信文書）</translation>
    </message>
    <message>
        <source>Electronic signature: signed by %1 at %2</source>
        <translation>電子署名: %1（%2 署名）</translation>
    </message>
    <message>
        <source>Electronic signature: none (signing is not set up)</source>
        <translation>電子署名: なし（署名機能は未設定）</translation>
    </message>
    <message>
        <source>Electronic signature: signed when finalised</source>
        <translation>電子署名: 確定時に署名します</translation>
    </message>
    <message>
        <source>Electronic signature: none (%1)</source>
        <translation>電子署名: なし（%1）</translation>
    </message>
    <message>
        <source>Electronic signature: none (finalised without a signature)</source>
        <translation>電子署名: なし（署名なしで確定）</translation>
    </message>
</context>
<context>
    <name>DocumentValidator</name>
    <message>
        <source>Chief complaint</source>
        <translation>主訴</translation>
    </message>
    <message>
        <source>Present illness</source>
        <translation>現病歴</translation>
    </message>
    <message>
        <source>Past history</source>
        <translation>既往歴</translation>
    </message>
    <message>
        <source>Clinical course</source>
        <translation>臨床経過</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Purpose of referral</source>
        <translation>紹介目的</translation>
    </message>
    <message>
        <source>Treatment policy</source>
        <translation>診療方針</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>入院理由</translation>
    </message>
    <message>
        <source>Hospital course</source>
        <translation>入院中経過</translation>
    </message>
    <message>
        <source>Discharge instructions</source>
        <translation>退院時の指示</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1が%2文字を超えています。</translation>
    </message>
    <message>
        <source>The addressee's institution number (医療機関番号) "%1" is not valid: it has 10 digits, prefecture (01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.</source>
        <translation>紹介先の医療機関番号「%1」が正しくありません。10桁で、都道府県番号（01〜47）、点数表番号（医科1・歯科3）、医療機関コード7桁です。</translation>
    </message>
    <message>
        <source>The discharge date (%1) is before the admission date (%2).</source>
        <translation>退院日（%1）が入院日（%2）より前です。</translation>
    </message>
    <message>
        <source>Medication %1: enter the drug name.</source>
        <translation>処方%1: 薬剤名を入力してください。</translation>
    </message>
    <message>
        <source>Medication %1: a YJ code has 12 letters or digits ("%2" given).</source>
        <translation>処方%1: YJコードは英数字12桁です（「%2」が入力されています）。</translation>
    </message>
    <message>
        <source>Medication %1: enter the generic-name (一般名) code or choose "no code".</source>
        <translation>処方%1: 一般名コードを入力するか「コードなし」を選んでください。</translation>
    </message>
    <message>
        <source>Medication %1: dose, days and quantity cannot be negative.</source>
        <translation>処方%1: 用量・日数・総量に負の値は使えません。</translation>
    </message>
    <message>
        <source>Only a referral can carry a discharge summary as an attachment.</source>
        <translation>退院時サマリーを添付できるのは診療情報提供書だけです。</translation>
    </message>
    <message>
        <source>Enter the addressee institution (紹介先医療機関).</source>
        <translation>紹介先医療機関を入力してください。</translation>
    </message>
    <message>
        <source>Enter the addressee's institution number (医療機関番号); the sharing service delivers by it.</source>
        <translation>紹介先の医療機関番号を入力してください（共有サービスはこの番号で届けます）。</translation>
    </message>
    <message>
        <source>Enter the purpose of the referral (紹介目的).</source>
        <translation>紹介目的を入力してください。</translation>
    </message>
    <message>
        <source>Enter the chief complaint or pick at least one diagnosis (傷病名・主訴).</source>
        <translation>主訴を入力するか、傷病名を1つ以上選んでください（傷病名・主訴）。</translation>
    </message>
    <message>
        <source>Enter the present illness (現病歴).</source>
        <translation>現病歴を入力してください。</translation>
    </message>
    <message>
        <source>Enter the admission date.</source>
        <translation>入院日を入力してください。</translation>
    </message>
    <message>
        <source>Enter the discharge date.</source>
        <translation>退院日を入力してください。</translation>
    </message>
    <message>
        <source>Enter the reason for admission (入院理由).</source>
        <translation>入院理由を入力してください。</translation>
    </message>
    <message>
        <source>Enter the chief complaint (主訴).</source>
        <translation>主訴を入力してください。</translation>
    </message>
    <message>
        <source>Pick at least one diagnosis at discharge (退院時診断).</source>
        <translation>退院時診断を1つ以上選んでください。</translation>
    </message>
    <message>
        <source>Enter the hospital course (入院中経過).</source>
        <translation>入院中経過を入力してください。</translation>
    </message>
    <message>
        <source>The attachment has no file name.</source>
        <translation>添付ファイルにファイル名がありません。</translation>
    </message>
    <message>
        <source>%1: only PDF, PNG and JPEG files can be attached.</source>
        <translation>%1: 添付できるのは PDF・PNG・JPEG ファイルだけです。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 は空です。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment can be at most %3 MB.</source>
        <translation>%1 は %2 MB あります。添付ファイルは1つ %3 MB までです。</translation>
    </message>
    <message>
        <source>%1 is not a valid %2 file.</source>
        <translation>%1 は正しい %2 ファイルではありません。</translation>
    </message>
</context>
<context>
    <name>DrugClassCatalog</name>
    <message>
        <source>Penicillins</source>
        <translation>ペニシリン系抗菌薬</translation>
    </message>
    <message>
        <source>Cephems (cephalosporins)</source>
        <translation>セフェム系抗菌薬</translation>
    </message>
    <message>
        <source>Carbapenems and penems</source>
        <translation>カルバペネム系・ペネム系抗菌薬</translation>
    </message>
    <message>
        <source>Macrolides</source>
        <translation>マクロライド系抗菌薬</translation>
    </message>
    <message>
        <source>Quinolones</source>
        <translation>キノロン系抗菌薬</translation>
    </message>
    <message>
        <source>Tetracyclines</source>
        <translation>テトラサイクリン系抗菌薬</translation>
    </message>
    <message>
        <source>Sulfonamides (サルファ剤)</source>
        <translation>サルファ剤</translation>
    </message>
    <message>
        <source>NSAIDs (non-steroidal anti-inflammatory drugs)</source>
        <translation>NSAIDs（非ステロイド性抗炎症薬）</translation>
    </message>
    <message>
        <source>Pyrazolones (ピリン系)</source>
        <translation>ピリン系（ピラゾロン系）解熱鎮痛薬</translation>
    </message>
    <message>
        <source>Iodinated contrast media</source>
        <translation>ヨード造影剤</translation>
    </message>
    <message>
        <source>Local anaesthetics (amide type)</source>
        <translation>局所麻酔薬（アミド型）</translation>
    </message>
</context>
<context>
    <name>EcsReader</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>must be a text (string).</source>
        <translation>は文字列でなければなりません。</translation>
    </message>
    <message>
        <source>must be an object.</source>
        <translation>はオブジェクトでなければなりません。</translation>
    </message>
    <message>
        <source>must be a list (array).</source>
        <translation>はリスト（配列）でなければなりません。</translation>
    </message>
    <message>
        <source>'%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).</source>
        <translation>「%1」は日付（YYYY、YYYY-MM、YYYY-MM-DD）ではありません。</translation>
    </message>
    <message>
        <source>%1: the partial date %2 is kept as %3 (the exact text stays in the raw JSON).</source>
        <translation>%1: 年月までの日付 %2 を %3 として保存しました（元の記載は JSON に残ります）。</translation>
    </message>
    <message>
        <source>'%1' is not a date and time (e.g. 2021-07-05T11:19:41+09:00).</source>
        <translation>「%1」は日時（例: 2021-07-05T11:19:41+09:00）ではありません。</translation>
    </message>
</context>
<context>
    <name>EligibilityClient</name>
    <message>
        <source>The insurer number %1 has a wrong check digit. Check the number on the insurance card and type it again (this is a typing or card error, not "no match").</source>
        <translation>保険者番号 %1 の検証番号が正しくありません。保険証の番号を確認して入力し直してください（入力または券面の誤りで、「該当なし」ではありません）。</translation>
    </message>
    <message>
        <source>The card holder could not be verified at the card reader. Verify again (face or PIN) or check the holder visually.</source>
        <translation>カードリーダーで本人確認ができませんでした。もう一度（顔認証または暗証番号で）確認するか、目視で確認してください。</translation>
    </message>
    <message>
        <source>The insurer number %1 is not 6 or 8 digits.</source>
        <translation>保険者番号 %1 は6桁または8桁ではありません。</translation>
    </message>
    <message>
        <source>The eligibility service refused the request: %1</source>
        <translation>資格確認サービスが要求を受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>Not checked (未確認): the eligibility service is not set up. %1</source>
        <translation>未確認: 資格確認サービスが設定されていません。%1</translation>
    </message>
    <message>
        <source>Not checked (未確認): the eligibility service could not be reached (%1). Retry when the network is back.</source>
        <translation>未確認: 資格確認サービスに接続できません（%1）。ネットワークが戻ったら再確認してください。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>Not checked (未確認): the eligibility service is unavailable (HTTP %1). Retry later.</source>
        <translation>未確認: 資格確認サービスが利用できません（HTTP %1）。後で再確認してください。</translation>
    </message>
    <message>
        <source>Not checked (未確認): the eligibility service's answer could not be read.</source>
        <translation>未確認: 資格確認サービスの応答を読み取れませんでした。</translation>
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
        <translation>  eligibility check --card CARD-ID [--method face|pin|visual] [--reception ENTRY | --patient NUMBER]
  eligibility check --insurer N --symbol S --number N --branch NN --birth YYYY-MM-DD [--reception ENTRY | --patient NUMBER]
  eligibility check --patient NUMBER   （登録済みの券面情報）
  eligibility retry CHECK-ID | eligibility accept-insurance CHECK-ID
</translation>
    </message>
    <message>
        <source>Give the %1 as a number.</source>
        <translation>%1 を数字で指定してください。</translation>
    </message>
    <message>
        <source>There is no reception entry %1 today.</source>
        <translation>本日の受付 %1 はありません。</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>患者番号 %1 の患者はいません。</translation>
    </message>
    <message>
        <source>--method is face, pin or visual, not '%1'.</source>
        <translation>--method は face、pin、visual のいずれかです（指定: %1）。</translation>
    </message>
    <message>
        <source>--birth is a date like 1975-04-12, not '%1'.</source>
        <translation>--birth は 1975-04-12 のような日付です（指定: %1）。</translation>
    </message>
    <message>
        <source>Patient %1 has no registered insurance: give --card or the card data.</source>
        <translation>患者 %1 には保険が登録されていません。--card または券面情報を指定してください。</translation>
    </message>
    <message>
        <source>Give --card, the card data (--insurer …), or --patient.</source>
        <translation>--card、券面情報（--insurer …）、または --patient を指定してください。</translation>
    </message>
    <message>
        <source>check id</source>
        <translation>確認ID</translation>
    </message>
    <message>
        <source>There is no eligibility check %1.</source>
        <translation>資格確認 %1 はありません。</translation>
    </message>
    <message>
        <source>Eligibility check %1 is not linked to a patient.</source>
        <translation>資格確認 %1 は患者に結び付いていません。</translation>
    </message>
    <message>
        <source>Patient %1: insurance registered as %2 (version %3).</source>
        <translation>患者 %1: 保険を %2 で登録しました（第%3版）。</translation>
    </message>
    <message>
        <source>check: %1</source>
        <translation>確認ID: %1</translation>
    </message>
    <message>
        <source>result: NOT CHECKED (未確認)</source>
        <translation>結果: 未確認</translation>
    </message>
    <message>
        <source>Retry with: tsumugictl eligibility retry %1</source>
        <translation>再確認: tsumugictl eligibility retry %1</translation>
    </message>
    <message>
        <source>result: refused (%1)</source>
        <translation>結果: 拒否（%1）</translation>
    </message>
    <message>
        <source>result: %1 (%2)</source>
        <translation>結果: %1（%2）</translation>
    </message>
    <message>
        <source>matches: %1</source>
        <translation>該当数: %1</translation>
    </message>
    <message>
        <source>person: %1 (%2) %3 %4</source>
        <translation>本人: %1（%2）%3 %4</translation>
    </message>
    <message>
        <source>%1: %2 %3  %4:%5:%6  from %7%8</source>
        <translation>%1: %2 %3  %4:%5:%6  %7 から%8</translation>
    </message>
    <message>
        <source> lost %1</source>
        <translation> %1 喪失</translation>
    </message>
    <message>
        <source>  copay: %1</source>
        <translation>  負担: %1</translation>
    </message>
    <message>
        <source>insurance</source>
        <translation>保険</translation>
    </message>
    <message>
        <source>new insurance</source>
        <translation>新しい保険</translation>
    </message>
    <message>
        <source>consents: %1 (until %2)</source>
        <translation>同意: %1（%2 まで）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>differs: %1: registered '%2', reported '%3'</source>
        <translation>相違: %1: 登録「%2」、確認結果「%3」</translation>
    </message>
    <message>
        <source>To register the reported insurance: tsumugictl eligibility accept-insurance %1</source>
        <translation>確認結果の保険を登録するには: tsumugictl eligibility accept-insurance %1</translation>
    </message>
</context>
<context>
    <name>EligibilityLog</name>
    <message>
        <source>The eligibility check was not found.</source>
        <translation>資格確認の記録が見つかりません。</translation>
    </message>
    <message>
        <source>This eligibility check is not linked to a registered patient.</source>
        <translation>この資格確認は登録済みの患者に結び付いていません。</translation>
    </message>
    <message>
        <source>This eligibility check reports no valid insurance, so there is nothing to register.</source>
        <translation>この資格確認には有効な保険資格がないため、登録する内容がありません。</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>患者が見つかりません。</translation>
    </message>
    <message>
        <source>The registered insurance already matches the eligibility check.</source>
        <translation>登録済みの保険はすでに資格確認の結果と一致しています。</translation>
    </message>
    <message>
        <source>Insurance updated from online eligibility check %1</source>
        <translation>オンライン資格確認 %1 の結果で保険を更新</translation>
    </message>
    <message>
        <source>%1 changed this patient at %2 (now version %3) while you were looking at it. Nothing was saved; check the insurance again.</source>
        <translation>確認中に %1 さんが %2 にこの患者を変更しました（現在 第%3版）。保存していません。保険をもう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>EligibilityService</name>
    <message>
        <source>The eligibility check was not found.</source>
        <translation>資格確認の記録が見つかりません。</translation>
    </message>
</context>
<context>
    <name>ExportCommands</name>
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
        <source>  export clins --patient NUMBER --out DIR [--year YYYY] [--seed N]   (JP-CLINS bundles, one file per resource type; --year: the year the unit was first sent, default this year)
  export referral|discharge --document ID --out FILE [--seed N]   (a finalised document as its JP-CLINS document bundle)
</source>
        <translation>  export clins --patient NUMBER --out DIR [--year YYYY] [--seed N]   (JP-CLINS bundles, one file per resource type; --year: the year the unit was first sent, default this year)
  export referral|discharge --document ID --out FILE [--seed N]   (a finalised document as its JP-CLINS document bundle)
</translation>
    </message>
    <message>
        <source>Give the document id with --document.</source>
        <translation>--document で文書 ID を指定してください。</translation>
    </message>
    <message>
        <source>Give the output file with --out.</source>
        <translation>--out で出力ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Document %1 is a %2, not a %3.</source>
        <translation>文書 %1 は %2 で、%3 ではありません。</translation>
    </message>
</context>
<context>
    <name>FhirImportResult</name>
    <message>
        <source>found by the insured-person identifier</source>
        <translation>被保険者番号で照合</translation>
    </message>
    <message>
        <source>found by the sender's patient number from an earlier import</source>
        <translation>以前の取り込みで記録した送信元の患者番号で照合</translation>
    </message>
    <message>
        <source>same name, reading and birth date; match accepted</source>
        <translation>氏名・フリガナ・生年月日が一致。照合を承認</translation>
    </message>
    <message>
        <source>as given with --patient</source>
        <translation>--patient の指定どおり</translation>
    </message>
    <message>
        <source>the patient of an earlier file of this import</source>
        <translation>今回の取り込みで先に読んだファイルの患者</translation>
    </message>
    <message>
        <source>new patient registered</source>
        <translation>新しい患者として登録</translation>
    </message>
    <message>
        <source>%1: imported — patient %2 %3 (%4); from institution %5: %6 added, %7 updated, %8 unchanged</source>
        <translation>%1: 取り込みました — 患者 %2 %3（%4）。医療機関 %5 から: 追加 %6 件、更新 %7 件、変更なし %8 件</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>（指定なし）</translation>
    </message>
    <message>
        <source>patient %1 %2 (%3, born %4)</source>
        <translation>患者 %1 %2（%3、%4 生まれ）</translation>
    </message>
    <message>
        <source>%1: needs confirmation — not imported. The file's patient has the same name, reading and birth date as %2 but no identifier links them. Run again with --accept-match to add the items to that patient, or --create-patient to register a new patient.</source>
        <translation>%1: 確認が必要です — 取り込んでいません。ファイルの患者は %2 と氏名・フリガナ・生年月日が同じですが、識別子で結び付いていません。その患者に追加するには --accept-match、新しい患者として登録するには --create-patient を付けて再実行してください。</translation>
    </message>
    <message>
        <source>%1: failed — nothing imported. %2</source>
        <translation>%1: 失敗 — 何も取り込んでいません。%2</translation>
    </message>
    <message>
        <source>  note: %1</source>
        <translation>  注: %1</translation>
    </message>
    <message>
        <source>  the letter is filed as document %1</source>
        <translation>  紹介状は文書 %1 として保存しました</translation>
    </message>
    <message>
        <source>  the letter is document %1</source>
        <translation>  紹介状は文書 %1 です</translation>
    </message>
</context>
<context>
    <name>FileLock</name>
    <message>
        <source>The lock file %1 cannot be opened (%2).</source>
        <translation>ロックファイル %1 を開けません（%2）。</translation>
    </message>
    <message>
        <source>Another program has been changing %1 for too long; nothing was changed. Try again.</source>
        <translation>別のプログラムが %1 を長く変更し続けているため、何も変更しませんでした。もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>ImportCommands</name>
    <message>
        <source>  import FILE... [--accept-match | --create-patient] [--patient NUMBER] [--from INSTITUTION]
         (JP-CLINS bundles and eCS resources from other institutions, read-only in the chart; --accept-match: use the patient with the same name, reading and birth date; --create-patient: register a new patient instead; --from: the sender when a file does not name it)
</source>
        <translation>  import FILE... [--accept-match | --create-patient] [--patient NUMBER] [--from INSTITUTION]
         （他院の JP-CLINS バンドルと eCS リソース。カルテでは読み取り専用; --accept-match: 氏名・フリガナ・生年月日が同じ患者に取り込む; --create-patient: 代わりに新しい患者を登録; --from: ファイルに送信元がないときの医療機関番号）
</translation>
    </message>
    <message>
        <source>Give at least one file to import.</source>
        <translation>取り込むファイルを1つ以上指定してください。</translation>
    </message>
    <message>
        <source>Give either --accept-match or --create-patient, not both.</source>
        <translation>--accept-match と --create-patient はどちらか一方だけ指定してください。</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>患者番号 %1 の患者はいません。</translation>
    </message>
    <message>
        <source>%1 of %2 files imported; %3 failed; %4 need confirmation.</source>
        <translation>%2 ファイル中 %1 件を取り込みました。失敗 %3 件、確認待ち %4 件。</translation>
    </message>
</context>
<context>
    <name>ImportNotes</name>
    <message>
        <source>%1 is not read here; kept in the raw JSON.</source>
        <translation>%1 はこのシステムでは読み取りません。元の JSON のまま保存しました。</translation>
    </message>
    <message>
        <source>%1: unknown code %2 (%3); kept in the raw JSON.</source>
        <translation>%1: 不明なコード %2（%3）。元の JSON のまま保存しました。</translation>
    </message>
    <message>
        <source>no system</source>
        <translation>コード体系なし</translation>
    </message>
    <message>
        <source>%1 (×%2)</source>
        <translation>%1（×%2）</translation>
    </message>
</context>
<context>
    <name>InboxCommands</name>
    <message>
        <source>listed: %1</source>
        <translation>受信箱: %1</translation>
    </message>
    <message>
        <source>stored: %1</source>
        <translation>保存: %1</translation>
    </message>
    <message>
        <source>already stored: %1</source>
        <translation>保存済み: %1</translation>
    </message>
    <message>
        <source>linked to a patient: %1</source>
        <translation>患者に紐付け: %1</translation>
    </message>
    <message>
        <source>receipts sent: %1</source>
        <translation>受領通知: %1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>receipt pending</source>
        <translation>受領通知待ち</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation><numerusform>%n 通</numerusform></translation>
    </message>
    <message>
        <source>  inbox fetch | inbox list   (referral letters addressed to this clinic)
  inbox import ID [--accept-match | --create-patient] [--patient NUMBER]   (file a letter into the patient's chart: a doctor's action)
</source>
        <translation>  inbox fetch | inbox list   (referral letters addressed to this clinic)
  inbox import ID [--accept-match | --create-patient] [--patient NUMBER]   (file a letter into the patient's chart: a doctor's action)
</translation>
    </message>
    <message>
        <source>Give the letter's id (see inbox list).</source>
        <translation>紹介状の ID を指定してください（inbox list で確認できます）。</translation>
    </message>
    <message>
        <source>Give either --accept-match or --create-patient, not both.</source>
        <translation>--accept-match と --create-patient はどちらか一方だけ指定してください。</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>患者番号 %1 の患者はいません。</translation>
    </message>
    <message>
        <source>filed into the chart: %1</source>
        <translation>カルテに取り込み: %1</translation>
    </message>
</context>
<context>
    <name>InsuranceDifference</name>
    <message>
        <source>Insurer number</source>
        <translation>保険者番号</translation>
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
        <source>Branch</source>
        <translation>枝番</translation>
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
        <source>There is no intact previous key file beside %1 that belongs to this record. Restore the record and its key file together from the backup.</source>
        <translation>%1 の横に、この記録の無傷の前の鍵ファイルがありません。記録ファイルと鍵ファイルを一緒にバックアップから戻してください。</translation>
    </message>
    <message>
        <source>The damaged key file %1 could not be moved aside; nothing was changed.</source>
        <translation>壊れた鍵ファイル %1 を退避できなかったため、何も変更しませんでした。</translation>
    </message>
    <message>
        <source>The key file's retiring record key does not open with the current one: the file is damaged. Put its previous generation back (tsumugictl keys restore-previous).</source>
        <translation>鍵ファイルの旧い記録鍵が現在の鍵で開けません。ファイルが壊れています。一つ前の世代を戻してください（tsumugictl keys restore-previous）。</translation>
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
    <name>LabObservationReader</name>
    <message>
        <source>must be a number.</source>
        <translation>は数値でなければなりません。</translation>
    </message>
    <message>
        <source>is required (the test and its JLAC code).</source>
        <translation>は必須です（検査項目と JLAC コード）。</translation>
    </message>
    <message>
        <source>Observation.code: %1 '%2' is not a JP-CLINS core or infection item known here; kept, not sent on.</source>
        <translation>Observation.code: %1「%2」はこのシステムが知る JP-CLINS の検査・感染症項目ではありません。保存しますが、他へは送信しません。</translation>
    </message>
    <message>
        <source>needs a JLAC10/JLAC11 or local laboratory code (system and code).</source>
        <translation>には JLAC10/JLAC11 またはローカルの検査コード（system と code）が必要です。</translation>
    </message>
    <message>
        <source>is required: the name of the test.</source>
        <translation>は必須です: 検査名。</translation>
    </message>
    <message>
        <source>is required: when the specimen was taken.</source>
        <translation>は必須です: 検体採取日時。</translation>
    </message>
    <message>
        <source>Observation.valueCodeableConcept: shown as its text '%1'; the coded value is kept in the raw JSON.</source>
        <translation>Observation.valueCodeableConcept: テキスト「%1」として表示します。コード化された値は元の JSON に保存しました。</translation>
    </message>
    <message>
        <source>Observation: no value (valueQuantity, valueString or valueCodeableConcept).</source>
        <translation>Observation: 結果値がありません（valueQuantity、valueString、valueCodeableConcept）。</translation>
    </message>
    <message>
        <source>Observation.specimen: missing; shown as 不明 (unknown).</source>
        <translation>Observation.specimen がないため「不明」と表示します。</translation>
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
    <message>
        <source>%1 changed this result at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.</source>
        <translation>編集中に %1 さんが %2 にこの検査結果を変更しました（現在 第%3版）。保存していません。開き直してから変更をやり直してください。</translation>
    </message>
    <message>
        <source>'%1' is not a usable local item code (1 to 20 letters, digits, '.', '_' or '-').</source>
        <translation>「%1」は院内項目コードとして使えません（英数字・「.」「_」「-」の1〜20文字）。</translation>
    </message>
    <message>
        <source>there is no user '%1' to have ordered the test</source>
        <translation>検査を依頼した医師として「%1」というユーザーはいません</translation>
    </message>
    <message>
        <source>'%1' is not a doctor, so cannot have ordered the test</source>
        <translation>「%1」は医師ではないため、検査の依頼者にできません</translation>
    </message>
    <message>
        <source>Completed for the sharing service (local item code, ordering doctor)</source>
        <translation>共有サービスに必要な情報を追加（院内項目コード・依頼医師）</translation>
    </message>
</context>
<context>
    <name>LabSharing</name>
    <message>
        <source>Not shared: a code of this clinic (not JLAC) is kept in the chart and its trends only. The sharing service takes the core lab items and the infection items by their JLAC10 codes.</source>
        <translation>共有されません: 院内コード（JLAC以外）の結果はカルテと推移表にのみ残ります。共有サービスが受け取るのはコア検査項目と感染症の項目で、JLAC10コードのものです。</translation>
    </message>
    <message>
        <source>Not shared: this JLAC code is not one of the JP-CLINS core lab or infection items, so the sharing service does not take it. It stays in the chart and its trends.</source>
        <translation>共有されません: この JLAC コードは JP-CLINS のコア検査項目・感染症項目ではないため、共有サービスは受け取りません。カルテと推移表には残ります。</translation>
    </message>
    <message>
        <source>Received from another institution: it is not sent again by this clinic.</source>
        <translation>他院から受領した結果です。当院からは再送しません。</translation>
    </message>
    <message>
        <source>Withdrawn: not sent.</source>
        <translation>取り消し済み: 送信しません。</translation>
    </message>
    <message>
        <source>Not shared yet: the sharing service asks for this clinic's own code of the item (院内項目コード) beside the JLAC10 code. Add it once and later results of the item take it.</source>
        <translation>まだ共有されません: 共有サービスは JLAC10 コードと並べて、この医療機関の項目コード（院内項目コード）を求めます。一度入力すると、この項目の以後の結果にも使われます。</translation>
    </message>
    <message>
        <source>Not shared yet: the sharing service asks for the doctor who ordered the test, and it is not recorded for this result. A doctor can add it.</source>
        <translation>まだ共有されません: 共有サービスは検査を依頼した医師を求めますが、この結果には記録されていません。医師が追加できます。</translation>
    </message>
</context>
<context>
    <name>MailboxClient</name>
    <message>
        <source>The sharing service could not be reached (%1). Try again when the network is back.</source>
        <translation>電子カルテ情報共有サービスに接続できません（%1）。ネットワークが戻ったらもう一度お試しください。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>The sharing service refused access to the mailbox of %1 (the client certificate belongs to another institution).</source>
        <translation>共有サービスが %1 の受信箱へのアクセスを拒否しました（クライアント証明書が別の医療機関のものです）。</translation>
    </message>
    <message>
        <source>The sharing service says %1 is not a valid institution number (医療機関番号).</source>
        <translation>共有サービスによると %1 は正しい医療機関番号ではありません。</translation>
    </message>
    <message>
        <source>The sharing service answered HTTP %1.</source>
        <translation>共有サービスの応答: HTTP %1</translation>
    </message>
    <message>
        <source>The mailbox answer could not be read.</source>
        <translation>受信箱の応答を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The letter %1 is no longer in the mailbox (deleted or expired).</source>
        <translation>紹介状 %1 はもう受信箱にありません（削除済みまたは期限切れ）。</translation>
    </message>
</context>
<context>
    <name>MasterArchive</name>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読めません。</translation>
    </message>
    <message>
        <source>%1 is not a zip archive (it may be damaged or only partly downloaded).</source>
        <translation>%1 は zip ファイルではありません（壊れているか、ダウンロードが途中の可能性があります）。</translation>
    </message>
    <message>
        <source>%1 could not be opened.</source>
        <translation>%1 を開けませんでした。</translation>
    </message>
    <message>
        <source>%1 is a damaged zip archive (%2).</source>
        <translation>%1 は壊れた zip ファイルです（%2）。</translation>
    </message>
    <message>
        <source>%1 holds more than one master file; import each SSK zip on its own.</source>
        <translation>%1 には複数のマスターファイルが入っています。支払基金の zip を1つずつ取り込んでください。</translation>
    </message>
    <message>
        <source>%1 holds no master file (.txt or .csv).</source>
        <translation>%1 にマスターファイル（.txt または .csv）がありません。</translation>
    </message>
    <message>
        <source>%1: the master file's size cannot be read.</source>
        <translation>%1: マスターファイルの大きさを読み取れません。</translation>
    </message>
    <message>
        <source>%1: %2 cannot be unpacked (%3).</source>
        <translation>%1: %2 を展開できません（%3）。</translation>
    </message>
    <message>
        <source>%1: %2 is damaged (%3).</source>
        <translation>%1: %2 が壊れています（%3）。</translation>
    </message>
    <message>
        <source>%1: the master file inside would unpack to %2 MB, far more than any SSK master (at most %3 MB here); nothing was imported.</source>
        <translation>%1: 中のマスターファイルは展開すると %2 MB になり、どの SSK マスターよりはるかに大きいため（上限 %3 MB）、何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1: the master file inside would unpack from %2 KB to %3 MB (%4 times), which no SSK master does (about 6 times); a damaged or hostile archive. Nothing was imported.</source>
        <translation>%1: 中のマスターファイルは %2 KB から %3 MB に展開されます（%4 倍）。SSK のマスターは約6倍で、これは壊れているか悪意のある圧縮ファイルです。何も取り込んでいません。</translation>
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
        <translation>ファイル %1 を読めません。</translation>
    </message>
    <message numerus="yes">
        <source>%n ended code(s) left out.</source>
        <translation><numerusform>使用終了のコード %n 件を除きました。</numerusform></translation>
    </message>
    <message>
        <source>%1 lists %2 entries, but the record offers %3 of this master now and %4 of them would end. An SSK master file is the whole master: check that this is the full file. Nothing was imported.</source>
        <translation>%1 には %2 件しかありませんが、このカルテは現在このマスターの %3 件を使っており、そのうち %4 件が廃止扱いになります。支払基金のマスターファイルは全件です。全件ファイルか確認してください。何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 is not named like an SSK master (b_ 傷病名, z_ 修飾語, y_ 医薬品); say which master it is.</source>
        <translation>%1 は支払基金のマスターのファイル名（b_ 傷病名、z_ 修飾語、y_ 医薬品）ではありません。どのマスターか指定してください。</translation>
    </message>
    <message>
        <source>%1 is the %2 master, not the %3 master; nothing was imported.</source>
        <translation>%1 は %2 マスターで、%3 マスターではありません。何も取り込んでいません。</translation>
    </message>
    <message numerus="yes">
        <source>%n code(s) already ended (廃止 or 経過措置): kept for old charts, not offered.</source>
        <translation><numerusform>%n 件はすでに終了（廃止・経過措置満了）しています。過去のカルテのために残し、新規には表示しません。</numerusform></translation>
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
        <translation>  master import FILE.zip                 (an SSK zip as published: b_ 傷病名, z_ 修飾語, y_ 医薬品)
  master import disease|modifier|drug|jfagy|jlac FILE   （jlac: 展開した JP-CLINS パッケージのフォルダー）
  master search disease|modifier|drug|jfagy|jlac QUERY  (kana, name, code, ICD-10, YJ)
  master show KIND CODE | master info
</translation>
    </message>
    <message>
        <source>一般名</source>
        <translation>一般名</translation>
    </message>
    <message>
        <source>(移行先 of ended %1)</source>
        <translation>（廃止された %1 の移行先）</translation>
    </message>
    <message>
        <source>No %1 entry has the code %2.</source>
        <translation>%1 マスターにコード %2 はありません。</translation>
    </message>
    <message>
        <source>ended: may not be chosen for new entries since %1</source>
        <translation>終了: %1 以降、新しい登録には使えません</translation>
    </message>
    <message>
        <source>may be chosen until %1</source>
        <translation>%1 まで使用できます</translation>
    </message>
    <message>
        <source>移行先: %1</source>
        <translation>移行先: %1</translation>
    </message>
    <message>
        <source>%1 master: %2 entries from %3 (added %4, changed %5, ended %6)</source>
        <translation>%1 マスター: %3 から %2 件（追加 %4、変更 %5、終了 %6）</translation>
    </message>
</context>
<context>
    <name>MedicationRequestReader</name>
    <message>
        <source>is required: the drug of the prescription.</source>
        <translation>必須です: 処方の薬剤。</translation>
    </message>
    <message>
        <source>names no drug (neither text nor a coding's display).</source>
        <translation>薬剤名がありません（text も coding の display もありません）。</translation>
    </message>
    <message>
        <source>MedicationRequest: %1 gives a dose per intake, shown as the dose.</source>
        <translation>MedicationRequest: %1 は1回量で記載されているため、その量を用量として表示します。</translation>
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
    <name>OutboxItem</name>
    <message>
        <source>pending</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信済</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>差し戻し</translation>
    </message>
    <message>
        <source>failed, retrying</source>
        <translation>送信失敗（再試行待ち）</translation>
    </message>
    <message>
        <source>nothing to send</source>
        <translation>送信不要</translation>
    </message>
</context>
<context>
    <name>OutboxSender</name>
    <message>
        <source>No answer from the service (it may or may not have arrived; the same data will be sent again): %1</source>
        <translation>サービスから応答がありません（届いたかどうか分からないため、同じデータを再送します）: %1</translation>
    </message>
    <message>
        <source>The service is busy or unavailable (HTTP %1); retrying.</source>
        <translation>サービスが混雑しているか利用できません（HTTP %1）。再試行します。</translation>
    </message>
</context>
<context>
    <name>OutcomeText</name>
    <message>
        <source>The service refused this submission (HTTP %1).</source>
        <translation>サービスがこの送信を受け付けませんでした（HTTP %1）。</translation>
    </message>
    <message>
        <source>The service refused this submission (HTTP %1): %2.</source>
        <translation>サービスがこの送信を受け付けませんでした（HTTP %1）: %2。</translation>
    </message>
</context>
<context>
    <name>PartialDate</name>
    <message>
        <source>%1 (year only)</source>
        <translation>%1年（年のみ）</translation>
    </message>
    <message>
        <source>%1-%2 (month only)</source>
        <translation>%1年%2月（月まで）</translation>
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
    <name>PatientMerge</name>
    <message>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Family name (kana)</source>
        <translation>姓（カナ）</translation>
    </message>
    <message>
        <source>Given name (kana)</source>
        <translation>名（カナ）</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
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
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空欄）</translation>
    </message>
</context>
<context>
    <name>PatientRepository</name>
    <message>
        <source>The patient was not found.</source>
        <translation>患者が見つかりません。</translation>
    </message>
    <message>
        <source>%1 changed this patient at %2 (now version %3) while you were editing it. Nothing was saved; reopen the patient and apply your change again.</source>
        <translation>編集中に %1 さんが %2 にこの患者を変更しました（現在 第%3版）。保存していません。患者を開き直してから変更をやり直してください。</translation>
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
    <name>PdfFile</name>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and can be written.</source>
        <translation>PDF を %1 に書き込めませんでした。フォルダーがあり、書き込めるか確認してください。</translation>
    </message>
</context>
<context>
    <name>PostgresConnection</name>
    <message>
        <source>The clinic server %1 cannot be reached: %2</source>
        <translation>院内サーバー %1 に接続できません: %2</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost. The last change was not saved; nothing else was lost. (%1)</source>
        <translation>院内サーバーとの接続が切れました。最後の変更は保存されていません。それ以外は失われていません。(%1)</translation>
    </message>
    <message>
        <source>The clinic server's disk is full. The last change was not saved; nothing else was lost.</source>
        <translation>院内サーバーのディスクがいっぱいです。最後の変更は保存されていません。それ以外は失われていません。</translation>
    </message>
    <message>
        <source>The change conflicts with the saved record: %1</source>
        <translation>変更が保存済みの記録と食い違っています: %1</translation>
    </message>
    <message>
        <source>Storage error (%1) during %2: %3</source>
        <translation>保存エラー（%1）: %2 の処理中: %3</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost while saving: the change may or may not have been saved. Open it again to see which.</source>
        <translation>保存中に院内サーバーとの接続が切れました。変更は保存された可能性も、されていない可能性もあります。開き直して確かめてください。</translation>
    </message>
    <message>
        <source>Another desk is saving; try again in a moment. Nothing was saved.</source>
        <translation>別の端末が保存中です。少し待ってからもう一度お試しください。何も保存していません。</translation>
    </message>
    <message>
        <source>The clinic server took too long to answer; the change was not saved. Try again; if it keeps happening, tell whoever looks after the server.</source>
        <translation>院内サーバーの応答に時間がかかりすぎたため、変更は保存していません。もう一度お試しください。繰り返す場合はサーバーの管理者に知らせてください。</translation>
    </message>
    <message>
        <source>The clinic server's address cannot be read: %1</source>
        <translation>院内サーバーのアドレスを読み取れません: %1</translation>
    </message>
    <message>
        <source>The clinic server %1 is on another machine: Tsumugi connects to it only with sslmode=verify-full (its certificate checked), so that patient data never crosses the network in the clear. Add sslmode=verify-full and the clinic's certificate (sslrootcert) to the address.</source>
        <translation>院内サーバー %1 は別のコンピューターにあります。患者情報が暗号化されずにネットワークを流れないよう、Tsumugi は sslmode=verify-full（証明書を確認する接続）でしか接続しません。アドレスに sslmode=verify-full と院内の証明書（sslrootcert）を加えてください。</translation>
    </message>
    <message>
        <source>The connection to the clinic server %1 was lost: %2</source>
        <translation>院内サーバー %1 との接続が切れました: %2</translation>
    </message>
    <message>
        <source>The connection to the clinic server was lost while saving, and the server did not save the change. Nothing was saved; try again.</source>
        <translation>保存中にクリニックのサーバーとの接続が切れ、サーバーはこの変更を保存しませんでした。何も保存されていません。もう一度保存してください。</translation>
    </message>
    <message>
        <source>The clinic server stopped answering (nothing for about %1 s, and no new connection): the desk gave up waiting. The last change was not saved; nothing else was lost.</source>
        <translation>クリニックのサーバーが応答しなくなりました（約 %1 秒応答がなく、新しい接続もできません）。待つのをやめました。最後の変更は保存されていません。それ以外に失われたものはありません。</translation>
    </message>
    <message>
        <source>This desk is still waiting for the clinic server's answer to its last request; try again in a moment.</source>
        <translation>この端末は直前の処理について院内サーバーの応答を待っています。少し待ってからやり直してください。</translation>
    </message>
    <message>
        <source>The clinic server refused this desk's certificate: it was revoked. An administrator issues the desk a new one (tsumugictl server certs issue).</source>
        <translation>院内サーバーがこの端末の証明書を拒否しました（失効済み）。管理者が新しい証明書を発行してください（tsumugictl server certs issue）。</translation>
    </message>
    <message>
        <source>The clinic server did not accept this desk's certificate (it is missing or not of the clinic's certificate authority). Join the desk again with a join file of this server.</source>
        <translation>院内サーバーがこの端末の証明書を受け付けませんでした（証明書がないか、院内認証局のものではありません）。このサーバーの参加ファイルで参加し直してください。</translation>
    </message>
    <message>
        <source>The server's certificate does not name the address this desk uses: connect by an address the server was set up with (tsumugictl server init --listen).</source>
        <translation>サーバー証明書にこの端末が使うアドレスが含まれていません。サーバー設定時のアドレス（tsumugictl server init --listen）で接続してください。</translation>
    </message>
    <message>
        <source>The server's certificate is not of this clinic's certificate authority: this may be another server. Nothing was sent to it.</source>
        <translation>サーバー証明書がこの医院の認証局のものではありません。別のサーバーかもしれません。何も送信していません。</translation>
    </message>
    <message>
        <source>The clinic server does not let this connection in: a desk connects with TLS, its own certificate and the desks' role, from the clinic's network.</source>
        <translation>院内サーバーがこの接続を受け付けません。端末は院内ネットワークから、TLS・自分の証明書・端末用ロールで接続します。</translation>
    </message>
    <message>
        <source>The clinic server %1 lets a desk in with the desk's own certificate only: the address lacks sslcert and sslkey. Join this desk with its join file (the setup window's 「院内サーバーに接続する」, or tsumugictl server join).</source>
        <translation>院内サーバー %1 には端末自身の証明書でのみ接続できます。アドレスに sslcert と sslkey がありません。参加ファイルでこの端末を参加させてください（セットアップ画面の「院内サーバーに接続する」、または tsumugictl server join）。</translation>
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
    <message numerus="yes">
        <source>%1 is already prescribed (%2, from %3 for %n day(s)) and still active.</source>
        <translation><numerusform>%1 はすでに処方中です（%2、%3 から %n 日分）。</numerusform></translation>
    </message>
    <message>
        <source>The prescription was not found.</source>
        <translation>処方が見つかりません。</translation>
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
    <message>
        <source>%1 is one of the %2; the patient's record says: allergy or contraindication to %3 (%4).</source>
        <translation>%1 は%2です。この患者には「%3」のアレルギー・禁忌が記録されています（%4）。</translation>
    </message>
    <message>
        <source>%1 contains %2; the patient's record says: allergy or contraindication to the ingredient %2 (%3).</source>
        <translation>%1 は %2 を含みます。この患者には成分「%2」のアレルギー・禁忌が記録されています（%3）。</translation>
    </message>
    <message>
        <source>%1 has the same ingredient as %2, recorded as a drug allergy or contraindication (%3).</source>
        <translation>%1 は、薬剤アレルギー・禁忌として記録された %2 と同じ成分です（%3）。</translation>
    </message>
    <message>
        <source>%1 is also known by the name %2, which the patient's record lists as an allergy (%3).</source>
        <translation>%1 は「%2」とも呼ばれる薬で、この患者のアレルギーに記録されています（%3）。</translation>
    </message>
    <message>
        <source>%1 is one of the %2, and the patient's record lists "%3" as an allergy (%4). Record it as that drug class in the allergy dialog.</source>
        <translation>%1 は%2で、この患者のアレルギーに「%3」と記録されています（%4）。アレルギー画面でこの系統として記録し直してください。</translation>
    </message>
    <message>
        <source>%1 changed this prescription at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.</source>
        <translation>編集中に %1 さんが %2 にこの処方を変更しました（現在 第%3版）。保存していません。開き直してから変更をやり直してください。</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>フォルダー</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>ドライブ</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
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
    <message>
        <source>Line %1 of the %2 has no code or no name.</source>
        <translation>%2 の %1 行目にコードか名称がありません。</translation>
    </message>
    <message>
        <source>This master is not a レセ電 基本マスター file.</source>
        <translation>このマスターはレセ電の基本マスターではありません。</translation>
    </message>
</context>
<context>
    <name>ReceivedItemStore</name>
    <message>
        <source>A received item needs its source institution and resource key.</source>
        <translation>受け取った項目には、送信元の医療機関とリソースの識別が必要です。</translation>
    </message>
    <message>
        <source>This resource (%1 from institution %2) was already imported for another patient; it is not imported a second time.</source>
        <translation>このリソース（医療機関 %2 の %1）は既に別の患者に取り込まれています。二重には取り込みません。</translation>
    </message>
    <message>
        <source>Updated by the sending institution %1</source>
        <translation>送信元の医療機関 %1 による更新</translation>
    </message>
    <message>
        <source>Received from institution %1</source>
        <translation>医療機関 %1 から受信</translation>
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
    <name>RecordCheck</name>
    <message>
        <source>a table or index is inconsistent (the database reports: %1)</source>
        <translation>表または索引に不整合があります（データベースの報告: %1）</translation>
    </message>
    <message>
        <source>The record file is damaged: %1. It is open read-only, so nothing more is written into it; charts can still be read. The administrator restores the record file and its key file together from the last good backup, then runs the check again (tsumugictl check).</source>
        <translation>記録ファイルが壊れています: %1。これ以上書き込まないよう読み取り専用で開いています。カルテは読めます。管理者は、最後の正常なバックアップから記録ファイルと鍵ファイルを一緒に戻し、もう一度検査してください（tsumugictl check）。</translation>
    </message>
</context>
<context>
    <name>RecordKeyRotation</name>
    <message>
        <source>re-sealing</source>
        <translation>封の掛け直し中</translation>
    </message>
    <message>
        <source>removing the old search tokens</source>
        <translation>旧い検索トークンを削除中</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Rotating the record key is for a record on the clinic server. A record in a file is encrypted whole with its key (SQLCipher); changing that key is not built yet.</source>
        <translation>記録の鍵の交換は院内サーバーの記録のためのものです。ファイルの記録はその鍵で全体が暗号化されており（SQLCipher）、その鍵の変更はまだ作られていません。</translation>
    </message>
    <message>
        <source>The password is incorrect; the record key was not changed.</source>
        <translation>パスワードが違います。記録の鍵は変更していません。</translation>
    </message>
    <message>
        <source>A rotation of the record key (generation %1) is under way: let it finish first (tsumugictl keys rotate --resume).</source>
        <translation>記録の鍵の交換（世代 %1）が進行中です。先に終わらせてください（tsumugictl keys rotate --resume）。</translation>
    </message>
    <message>
        <source>The record key cannot be rotated again.</source>
        <translation>記録の鍵はこれ以上交換できません。</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <source>Tsumugi recovery sheet</source>
        <translation>Tsumugi 回復シート</translation>
    </message>
    <message>
        <source>Clinic: %1 (institution number %2)</source>
        <translation>医療機関: %1（医療機関コード %2）</translation>
    </message>
    <message>
        <source>Record: %1</source>
        <translation>記録ファイル: %1</translation>
    </message>
    <message>
        <source>Issued: %1</source>
        <translation>発行: %1</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>回復キー</translation>
    </message>
    <message>
        <source>With this key an administrator can set a new password and open the record again when every administrator's password is forgotten or the key file (%1) is lost or damaged:</source>
        <translation>管理者のパスワードをすべて忘れたとき、または鍵ファイル（%1）をなくしたり壊したりしたとき、このキーで管理者のパスワードを設定し直し、記録を開けるようにできます:</translation>
    </message>
    <message>
        <source>Anyone holding this sheet and a copy of the record can read every chart. Keep it in the clinic's safe, never beside the computer or the backups; do not photograph it. A new key (Settings) makes this sheet useless: destroy it then.</source>
        <translation>このシートと記録の複製があれば、誰でもすべてのカルテを読めます。院内の金庫に保管し、コンピューターやバックアップの近くには置かないでください。撮影もしないでください。新しい回復キーを作ると（設定メニュー）このシートは使えなくなります。そのときは破棄してください。</translation>
    </message>
</context>
<context>
    <name>ReferralInboxService</name>
    <message>
        <source>No registered patient has the insured-person identifier %1: register the patient, then open the letter from the inbox.</source>
        <translation>被保険者番号 %1 の登録患者がいません。患者を登録してから受信箱で紹介状を開いてください。</translation>
    </message>
    <message>
        <source>The letter %1 did not match its checksum; it was not stored and will be fetched again.</source>
        <translation>紹介状 %1 のチェックサムが一致しません。保存せず、次回あらためて取得します。</translation>
    </message>
    <message>
        <source>Linked to patient %1 %2 by the insured-person identifier; not yet filed in the chart.</source>
        <translation>被保険者番号で患者 %1 %2 に紐付けました。カルテへの取り込みはまだです。</translation>
    </message>
    <message>
        <source>There is no letter %1 in the inbox.</source>
        <translation>受信箱に紹介状 %1 はありません。</translation>
    </message>
    <message>
        <source>inbox letter %1 (%2)</source>
        <translation>受信紹介状 %1（%2）</translation>
    </message>
    <message>
        <source>Filed in the chart of patient %1 %2 as document %3.</source>
        <translation>患者 %1 %2 のカルテに文書 %3 として取り込みました。</translation>
    </message>
</context>
<context>
    <name>ReferralInboxStore</name>
    <message>
        <source>A referral letter needs its identifier, hash and document.</source>
        <translation>紹介状には識別子・ハッシュ・文書本体が必要です。</translation>
    </message>
</context>
<context>
    <name>SchemaMigrator</name>
    <message>
        <source>This record was written by a newer Tsumugi (schema %1; this program knows up to %2). Update Tsumugi to open it; the file was not changed.</source>
        <translation>この記録は新しい版の Tsumugi で書かれています（スキーマ %1。このプログラムは %2 まで対応）。開くには Tsumugi を更新してください。ファイルは変更していません。</translation>
    </message>
    <message>
        <source>This record has schema %1, which this program cannot bring up to date (it was made by a trial version). The record was not changed.</source>
        <translation>この記録のスキーマは %1 で、このプログラムでは最新にできません（試用版で作られたものです）。記録は変更していません。</translation>
    </message>
    <message>
        <source>The record on the clinic server has schema %1 and this Tsumugi needs %2. Only the server changes its schema: an administrator runs tsumugictl server upgrade on the server machine, then this desk signs in again. Nothing was changed.</source>
        <translation>院内サーバーの記録はスキーマ %1 ですが、この Tsumugi には %2 が必要です。スキーマはサーバーでのみ変更します。管理者がサーバー機で tsumugictl server upgrade を実行してから、この端末でサインインし直してください。何も変更していません。</translation>
    </message>
</context>
<context>
    <name>SealingStep</name>
    <message>
        <source>Bringing this record to schema %1 needs the record key: sign in at a desk to do it. The record was not changed.</source>
        <translation>この記録をスキーマ %1 にするには記録の鍵が必要です。端末からサインインして行ってください。記録は変更していません。</translation>
    </message>
</context>
<context>
    <name>ServerBackup</name>
    <message>
        <source>%1 is no backup of a Tsumugi clinic server.</source>
        <translation>%1 は Tsumugi 院内サーバーのバックアップではありません。</translation>
    </message>
    <message>
        <source>The backup %1 is damaged, cut short or was altered: it does not open as written. Use another generation.</source>
        <translation>バックアップ %1 は壊れているか、途中で切れているか、改変されています（書いたとおりに開けません）。別の世代を使ってください。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be read.</source>
        <translation>バックアップ %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The user name or password does not open this backup: it takes a password a user had on %1, when it was made.</source>
        <translation>利用者名またはパスワードでこのバックアップを開けません。作成時（%1）に利用者が使っていたパスワードが必要です。</translation>
    </message>
    <message>
        <source>%1 cannot be started: install postgresql-15.</source>
        <translation>%1 を起動できません。postgresql-15 をインストールしてください。</translation>
    </message>
    <message>
        <source>%1 did not accept the backup (exit %2): %3</source>
        <translation>%1 がバックアップを受け付けませんでした（終了コード %2）: %3</translation>
    </message>
    <message>
        <source>Only an administrator backs up the record.</source>
        <translation>記録のバックアップは管理者だけが行います。</translation>
    </message>
    <message>
        <source>Keep at least one backup.</source>
        <translation>バックアップは少なくとも1世代残してください。</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be made.</source>
        <translation>バックアップ先のフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <translation>バックアップ %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>The backup could not be written to %1 (%2); no backup was kept from this run, the older ones are untouched.</source>
        <translation>%1 にバックアップを書き込めませんでした（%2）。今回のバックアップは残していません。以前の世代はそのままです。</translation>
    </message>
    <message>
        <source>pg_dump cannot be started: install postgresql-15.</source>
        <translation>pg_dump を起動できません。postgresql-15 をインストールしてください。</translation>
    </message>
    <message>
        <source>pg_dump failed: %1</source>
        <translation>pg_dump が失敗しました: %1</translation>
    </message>
    <message>
        <source>The backup could not be written to %1.</source>
        <translation>%1 にバックアップを書き込めませんでした。</translation>
    </message>
    <message>
        <source>The backup could not be put in place as %1.</source>
        <translation>バックアップを %1 として配置できませんでした。</translation>
    </message>
    <message>
        <source>The server in %1 holds a record already: a backup is restored only into a new server (tsumugictl server restore makes one), never over a record.</source>
        <translation>%1 のサーバーにはすでに記録があります。バックアップは新しいサーバー（tsumugictl server restore が作成）にだけ復元し、既存の記録に上書きすることはありません。</translation>
    </message>
    <message>
        <source>The restored audit trail does not end where the backup said it did: the backup is not whole.</source>
        <translation>復元した監査記録の末尾がバックアップの記載と一致しません。バックアップが完全ではありません。</translation>
    </message>
    <message>
        <source>The restored audit trail is broken: %1</source>
        <translation>復元した監査記録が壊れています: %1</translation>
    </message>
</context>
<context>
    <name>ServerCluster</name>
    <message>
        <source>There is no postgres user on this machine: install postgresql-15 first (scripts/setup does).</source>
        <translation>このコンピューターに postgres ユーザーがありません。先に postgresql-15 をインストールしてください（scripts/setup が行います）。</translation>
    </message>
    <message>
        <source>%1 cannot be given to the postgres user.</source>
        <translation>%1 を postgres ユーザーの所有にできません。</translation>
    </message>
    <message>
        <source>%1 cannot be started: install postgresql-15 first (scripts/setup does).</source>
        <translation>%1 を起動できません。先に postgresql-15 をインストールしてください（scripts/setup が行います）。</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 holds no clinic server: set one up with tsumugictl server init --data %1.</source>
        <translation>%1 に院内サーバーはありません。tsumugictl server init --data %1 で設定してください。</translation>
    </message>
    <message>
        <source>Give the server's folder with --data DIR.</source>
        <translation>サーバーのフォルダーを --data DIR で指定してください。</translation>
    </message>
    <message>
        <source>Give the addresses the desks reach the server by with --listen (for example 192.168.1.10).</source>
        <translation>端末がサーバーに接続するアドレスを --listen で指定してください（例: 192.168.1.10）。</translation>
    </message>
    <message>
        <source>--port is a number from 1024 to 65535.</source>
        <translation>--port は 1024〜65535 の数です。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be made.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The clinic's certificate authority in %1 is kept.</source>
        <translation>%1 の院内認証局はそのまま使います。</translation>
    </message>
    <message>
        <source>Made the clinic's certificate authority in %1 (its key is encrypted under the CA password).</source>
        <translation>%1 に院内認証局を作成しました（鍵は認証局のパスワードで暗号化されています）。</translation>
    </message>
    <message>
        <source>%1 holds a cluster that is not a PostgreSQL 15 cluster with its settings inside; it was left untouched.</source>
        <translation>%1 のクラスターは設定ファイルを内部に持つ PostgreSQL 15 のクラスターではありません。変更していません。</translation>
    </message>
    <message>
        <source>The cluster in %1 is adopted.</source>
        <translation>%1 のクラスターを引き継ぎます。</translation>
    </message>
    <message>
        <source>Made a PostgreSQL 15 cluster in %1.</source>
        <translation>%1 に PostgreSQL 15 のクラスターを作成しました。</translation>
    </message>
    <message>
        <source>The server listens on %1, port %2, for desks with a certificate of the clinic's CA only (TLS 1.3).</source>
        <translation>サーバーは %1（ポート %2）で、院内認証局の証明書を持つ端末だけを受け付けます（TLS 1.3）。</translation>
    </message>
    <message>
        <source>The database %1 holds a Tsumugi record already: it is kept.</source>
        <translation>データベース %1 にはすでに Tsumugi の記録があります。そのまま使います。</translation>
    </message>
    <message>
        <source>Made the record of %1 (%2); administrator: %3.</source>
        <translation>%1（%2）の記録を作成しました。管理者: %3</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>The database %1 is left empty for a backup to be restored into.</source>
        <translation>データベース %1 はバックアップの復元先として空のままにします。</translation>
    </message>
</context>
<context>
    <name>ServerCommands</name>
    <message>
        <source>Give the server's folder with --data DIR.</source>
        <translation>サーバーのフォルダーを --data DIR で指定してください。</translation>
    </message>
    <message>
        <source>Give the file holding the CA password with --ca-password-file ('-' reads standard input).</source>
        <translation>認証局のパスワードを書いたファイルを --ca-password-file で指定してください（「-」で標準入力から読みます）。</translation>
    </message>
    <message>
        <source>The clinic server in %1 is running (port %2).</source>
        <translation>%1 の院内サーバーは稼働中です（ポート %2）。</translation>
    </message>
    <message>
        <source>The clinic server in %1 is stopped (port %2).</source>
        <translation>%1 の院内サーバーは停止しています（ポート %2）。</translation>
    </message>
    <message>
        <source>--port is a number from 1024 to 65535.</source>
        <translation>--port は 1024〜65535 の数です。</translation>
    </message>
    <message>
        <source>Each desk joins with a certificate of its own: tsumugictl server certs issue DESK --data %1 --ca-password-file FILE writes DESK.tsumugi-join and shows its join code; on the desk, the setup window's 「院内サーバーに接続する」 (or tsumugictl server join) takes both. Desks connect to %2, port %3.</source>
        <translation>各端末は自分の証明書で参加します。tsumugictl server certs issue 端末名 --data %1 --ca-password-file ファイル で 端末名.tsumugi-join と参加コードを作り、端末ではセットアップ画面の「院内サーバーに接続する」（または tsumugictl server join）で両方を入力します。端末の接続先は %2（ポート %3）です。</translation>
    </message>
    <message>
        <source>The record on the clinic server in %1 is at this version's schema.</source>
        <translation>%1 の院内サーバーの記録はこの版のスキーマになっています。</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translation>失効 %1</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>The certificate of the desk %1 is revoked: the server refuses its next connection.</source>
        <translation>端末 %1 の証明書を失効させました。次の接続からサーバーが拒否します。</translation>
    </message>
    <message>
        <source>The join file of the desk %1 is %2. Its join code (shown only now; give it to the desk by another way than the file):</source>
        <translation>端末 %1 の参加ファイルは %2 です。参加コード（今だけ表示します。ファイルとは別の方法で端末に伝えてください）:</translation>
    </message>
    <message>
        <source>The join file %1 cannot be read.</source>
        <translation>参加ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>Give the file holding the join code with --code-file ('-' reads standard input).</source>
        <translation>参加コードを書いたファイルを --code-file で指定してください（「-」で標準入力から読みます）。</translation>
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
        <translation>  server init --data DIR --listen ADDRESS[,ADDRESS...] [--port N] [--allow samenet|CIDR]
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
</translation>
    </message>
    <message>
        <source>Give the backup folder with --to FOLDER.</source>
        <translation>バックアップ先のフォルダーを --to で指定してください。</translation>
    </message>
    <message>
        <source>schema %1, audit row %2</source>
        <translation>スキーマ %1、監査記録 %2 行目まで</translation>
    </message>
    <message>
        <source>The backup %1 of %2 opens whole: every part authenticated, the archive readable (schema %3, audit trail up to row %4).</source>
        <translation>%2 のバックアップ %1 は完全に開けます。すべての部分が認証され、アーカイブも読み取れます（スキーマ %3、監査記録 %4 行目まで）。</translation>
    </message>
    <message>
        <source>Give the backup folder with --to FOLDER (a USB disk or a NAS).</source>
        <translation>バックアップ先のフォルダーを --to で指定してください（USB ディスクや NAS）。</translation>
    </message>
    <message>
        <source>--keep is a number of backups, at least 1.</source>
        <translation>--keep は残す世代数で、1以上です。</translation>
    </message>
    <message>
        <source>Backed up and verified: %1 (%2 bytes, %3 ms).</source>
        <translation>バックアップして検証しました: %1（%2 バイト、%3 ミリ秒）</translation>
    </message>
    <message>
        <source>Removed the older generation %1.</source>
        <translation>古い世代 %1 を削除しました。</translation>
    </message>
    <message>
        <source>Restored %1 into the new server in %2: the audit trail ends where the backup said and verifies. Join the desks to it (server certs issue).</source>
        <translation>%1 を %2 の新しいサーバーに復元しました。監査記録はバックアップの記載どおりに終わり、検証も通りました。各端末を参加させてください（server certs issue）。</translation>
    </message>
</context>
<context>
    <name>ServerConnectionTest</name>
    <message>
        <source>no answer within %1 s</source>
        <translation>%1 秒以内に応答がありません</translation>
    </message>
    <message>
        <source>Server name %1</source>
        <translation>サーバー名 %1</translation>
    </message>
    <message>
        <source>Port %1</source>
        <translation>ポート %1</translation>
    </message>
    <message>
        <source>TLS and the server's certificate</source>
        <translation>TLS とサーバー証明書</translation>
    </message>
    <message>
        <source>This desk's certificate</source>
        <translation>この端末の証明書</translation>
    </message>
    <message>
        <source>The record's schema</source>
        <translation>記録のスキーマ</translation>
    </message>
    <message>
        <source>The user's key</source>
        <translation>利用者の鍵</translation>
    </message>
    <message>
        <source>The name cannot be resolved (%1): check the address in the join file, or this desk's network.</source>
        <translation>名前を解決できません（%1）。参加ファイルのアドレスか、この端末のネットワークを確認してください。</translation>
    </message>
    <message>
        <source>Nothing answers at port %1 of %2 (%3): the server may be stopped (tsumugictl server status), or a firewall closes the port.</source>
        <translation>%2 のポート %1 が応答しません（%3）。サーバーが停止しているか（tsumugictl server status）、ファイアウォールでポートが閉じています。</translation>
    </message>
    <message>
        <source>The server answers.</source>
        <translation>サーバーが応答しました。</translation>
    </message>
    <message>
        <source>The server's certificate is the clinic's (verify-full).</source>
        <translation>サーバー証明書は院内認証局のものです（verify-full）。</translation>
    </message>
    <message>
        <source>The server accepted this desk's certificate.</source>
        <translation>サーバーがこの端末の証明書を受け付けました。</translation>
    </message>
    <message>
        <source>The server holds no Tsumugi record: set it up with tsumugictl server init.</source>
        <translation>サーバーに Tsumugi の記録がありません。tsumugictl server init で設定してください。</translation>
    </message>
    <message>
        <source>The record has schema %1 and this Tsumugi needs %2: an administrator runs tsumugictl server upgrade on the server.</source>
        <translation>記録はスキーマ %1 ですが、この Tsumugi には %2 が必要です。管理者がサーバーで tsumugictl server upgrade を実行してください。</translation>
    </message>
    <message>
        <source>The record has schema %1, newer than this Tsumugi (%2): update this desk's Tsumugi.</source>
        <translation>記録のスキーマ %1 はこの Tsumugi（%2）より新しい版です。この端末の Tsumugi を更新してください。</translation>
    </message>
    <message>
        <source>Schema %1, as this Tsumugi.</source>
        <translation>スキーマ %1（この Tsumugi と同じ）。</translation>
    </message>
    <message>
        <source>The record has no user %1: an administrator adds the user (or check the spelling).</source>
        <translation>記録に利用者 %1 がいません。管理者が利用者を追加してください（綴りも確認してください）。</translation>
    </message>
    <message>
        <source>%1 can sign in with a password.</source>
        <translation>%1 はパスワードでサインインできます。</translation>
    </message>
</context>
<context>
    <name>ServerKeySlots</name>
    <message>
        <source>the key slots on %1</source>
        <translation>%1 の鍵スロット</translation>
    </message>
    <message>
        <source>The server database %1 holds no Tsumugi record. Create one with tsumugictl init, or check the database name.</source>
        <translation>サーバーのデータベース %1 に Tsumugi の記録がありません。tsumugictl init で作成するか、データベース名を確認してください。</translation>
    </message>
    <message>
        <source>There are no intact previous key slots on %1. Restore the record from the backup.</source>
        <translation>%1 に壊れていない一つ前の鍵スロットがありません。バックアップから記録を復元してください。</translation>
    </message>
</context>
<context>
    <name>SharedItemAdopter</name>
    <message>
        <source>Only shared allergies, drug contraindications and diagnoses can be adopted.</source>
        <translation>取り込めるのは共有されたアレルギー・薬剤禁忌・傷病名だけです。</translation>
    </message>
    <message>
        <source>The shared item does not name the institution it came from.</source>
        <translation>共有された項目に登録元の医療機関が記載されていません。</translation>
    </message>
    <message>
        <source>This item was registered by this clinic; it is already ours.</source>
        <translation>この項目は当院が登録したもので、すでに当院の記録にあります。</translation>
    </message>
    <message>
        <source>shared record (%1)</source>
        <translation>共有記録（%1）</translation>
    </message>
    <message>
        <source>%1 from %2 is already in this patient's record.</source>
        <translation>%2 の %1 はすでにこの患者の記録にあります。</translation>
    </message>
    <message>
        <source>%1 was adopted into the record (source: %2).</source>
        <translation>%1 を記録に取り込みました（登録元: %2）。</translation>
    </message>
</context>
<context>
    <name>SharedSummaryStore</name>
    <message>
        <source>Reading the summary without the patient's consent (emergency) needs a reason.</source>
        <translation>患者の同意なしに（救急時に）サマリーを閲覧するには理由が必要です。</translation>
    </message>
    <message>
        <source>The patient was not found.</source>
        <translation>患者が見つかりません。</translation>
    </message>
</context>
<context>
    <name>ShippedMasters</name>
    <message>
        <source>The shipped master %1 is missing from this build.</source>
        <translation>同梱のマスター %1 がこのビルドにありません。</translation>
    </message>
    <message>
        <source>「レセプト電算処理システム 基本マスター」(社会保険診療報酬支払基金) を加工して作成 — 傷病名 %1, 修飾語 %2, 医薬品 %3 (公共データ利用規約 第1.0版). JLAC10 codes of the JP-CLINS core lab and infection value sets from the 電子カルテ情報共有サービス FHIR package 1.5.2.</source>
        <translation>「レセプト電算処理システム 基本マスター」(社会保険診療報酬支払基金) を加工して作成 — 傷病名 %1、修飾語 %2、医薬品 %3（公共データ利用規約 第1.0版）。コア検査項目・感染症項目の JLAC10 コードは電子カルテ情報共有サービスの FHIR パッケージ 1.5.2 から。</translation>
    </message>
</context>
<context>
    <name>SimulatedCardReader</name>
    <message>
        <source>Simulated card reader</source>
        <translation>模擬カードリーダー</translation>
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
    <message>
        <source>The record file %1 is damaged (the database reports: %2). Restore it with its key file from the last backup; ask the administrator.</source>
        <translation>記録ファイル %1 が壊れています（データベースの報告: %2）。最後のバックアップから鍵ファイルと一緒に戻してください。管理者に連絡してください。</translation>
    </message>
    <message>
        <source>The record is open read-only (it was found damaged, or its file cannot be written); the change was not saved.</source>
        <translation>記録は読み取り専用で開いています（破損が見つかったか、ファイルに書き込めません）。変更は保存されていません。</translation>
    </message>
</context>
<context>
    <name>SummaryClient</name>
    <message>
        <source>The sharing service could not be reached (%1). Try again when the network is back.</source>
        <translation>電子カルテ情報共有サービスに接続できません（%1）。ネットワークが戻ったらもう一度お試しください。</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>The patient has not consented to sharing their record. Only in an emergency, to protect life, may it be read without consent (emergency mode, with a reason).</source>
        <translation>患者が情報の閲覧に同意していません。生命を守るための救急時に限り、同意なしで閲覧できます（救急モード・理由の入力が必要）。</translation>
    </message>
    <message>
        <source>The consent from the eligibility check has expired (it is valid 24 hours). Check eligibility again with the card.</source>
        <translation>資格確認時の同意の有効期限（24時間）が切れています。カードでもう一度資格確認してください。</translation>
    </message>
    <message>
        <source>The sharing service did not accept the access token. Check eligibility again.</source>
        <translation>共有サービスがアクセストークンを受け付けませんでした。もう一度資格確認してください。</translation>
    </message>
    <message>
        <source>The sharing service refused the request (HTTP %1 %2).</source>
        <translation>共有サービスが要求を拒否しました（HTTP %1 %2）。</translation>
    </message>
</context>
<context>
    <name>SummaryCommands</name>
    <message>
        <source>  summary pull --patient NUMBER [--emergency --reason TEXT]   (shared record / emergency summary, after an eligibility check with the card)
  summary show --patient NUMBER   (the last pulled summary)
</source>
        <translation>  summary pull --patient NUMBER [--emergency --reason TEXT]   （共有記録・救急用サマリー。カードでの資格確認の後に）
  summary show --patient NUMBER   （最後に取得したサマリー）
</translation>
    </message>
    <message>
        <source>Give the patient number with --patient.</source>
        <translation>患者番号を --patient で指定してください。</translation>
    </message>
    <message>
        <source>There is no patient number %1.</source>
        <translation>患者番号 %1 の患者はいません。</translation>
    </message>
    <message>
        <source>No summary has been pulled for patient %1.</source>
        <translation>患者 %1 のサマリーはまだ取得していません。</translation>
    </message>
    <message>
        <source>--reason goes with --emergency.</source>
        <translation>--reason は --emergency と一緒に指定します。</translation>
    </message>
    <message>
        <source>Patient %1 %2</source>
        <translation>患者 %1 %2</translation>
    </message>
</context>
<context>
    <name>SummaryService</name>
    <message>
        <source>There is no eligibility check of this patient from the last 24 hours. Check eligibility with the My Number card first (its access token opens the summary).</source>
        <translation>この患者の24時間以内の資格確認がありません。先にマイナンバーカードで資格確認してください（その際のアクセストークンでサマリーを取得します）。</translation>
    </message>
    <message>
        <source>The sharing service's answer is not a summary bundle.</source>
        <translation>共有サービスの応答がサマリーのバンドルではありません。</translation>
    </message>
    <message>
        <source>Shared items (diagnoses, allergies, labs)</source>
        <translation>共有情報（傷病名・アレルギー・検査）</translation>
    </message>
    <message>
        <source>Visits (3 months)</source>
        <translation>受診歴（3か月）</translation>
    </message>
    <message>
        <source>Dispensing (45 days)</source>
        <translation>電子処方箋の調剤（45日）</translation>
    </message>
    <message>
        <source>Medications (3 months)</source>
        <translation>薬剤情報（3か月）</translation>
    </message>
    <message>
        <source>Surgery (5 years)</source>
        <translation>手術（5年）</translation>
    </message>
    <message>
        <source>Treatments (3 months)</source>
        <translation>処置（3か月）</translation>
    </message>
    <message>
        <source>Dialysis (3 months)</source>
        <translation>透析（3か月）</translation>
    </message>
    <message>
        <source>Health checks (dates only)</source>
        <translation>健診（実施日のみ）</translation>
    </message>
    <message>
        <source>Mode: emergency (reason: %1)</source>
        <translation>閲覧区分: 救急（理由: %1）</translation>
    </message>
    <message>
        <source>Mode: with consent</source>
        <translation>閲覧区分: 同意あり</translation>
    </message>
    <message>
        <source>(withheld: no consent)</source>
        <translation>（同意がないため非表示）</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>提供元不明</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>  sync push [--attempts N] | sync status | sync list [--state pending|sending|sent|rejected|failed]
  sync retry ID | sync show ID   (the outbox to the national services; server: config set server-url)
</source>
        <translation>  sync push [--attempts N] | sync status | sync list [--state pending|sending|sent|rejected|failed]
  sync retry ID | sync show ID   (the outbox to the national services; server: config set server-url)
</translation>
    </message>
    <message>
        <source>document %1</source>
        <translation>文書 %1</translation>
    </message>
    <message numerus="yes">
        <source>#%1 patient %2 %3: %4, %n attempt(s)</source>
        <translation><numerusform>#%1 患者 %2 %3: %4、試行 %n 回</numerusform></translation>
    </message>
    <message>
        <source>--attempts takes a number from 1 to 20, not '%1'.</source>
        <translation>--attempts には 1〜20 の数を指定してください（「%1」は使えません）。</translation>
    </message>
    <message>
        <source>sent: %1, rejected: %2, failed: %3, not attempted: %4, nothing to send: %5</source>
        <translation>送信済: %1、差し戻し: %2、失敗: %3、未試行: %4、送信不要: %5</translation>
    </message>
    <message>
        <source>The service could not be reached: %1</source>
        <translation>サービスに接続できませんでした: %1</translation>
    </message>
    <message>
        <source>server: %1</source>
        <translation>送信先: %1</translation>
    </message>
    <message>
        <source>(not configured)</source>
        <translation>（未設定）</translation>
    </message>
    <message>
        <source>queued: %1 (pending %2, sending %3, failed-retrying %4)</source>
        <translation>送信待ち: %1（未送信 %2、送信中 %3、再試行待ち %4）</translation>
    </message>
    <message>
        <source>rejected: %1, sent: %2, nothing to send: %3</source>
        <translation>差し戻し: %1、送信済: %2、送信不要: %3</translation>
    </message>
    <message>
        <source>last success: %1</source>
        <translation>最終成功: %1</translation>
    </message>
    <message>
        <source>Unknown state '%1': pending, sending, sent, rejected, failed, not_needed.</source>
        <translation>状態「%1」はありません（pending, sending, sent, rejected, failed, not_needed のいずれか）。</translation>
    </message>
    <message>
        <source>Give the outbox item number (see sync status or sync list).</source>
        <translation>送信キューの項目番号を指定してください（sync status または sync list で確認できます）。</translation>
    </message>
    <message>
        <source>There is no outbox item %1.</source>
        <translation>送信キューに項目 %1 はありません。</translation>
    </message>
    <message>
        <source>Item %1 is %2: nothing to retry.</source>
        <translation>項目 %1 は「%2」です。再送するものはありません。</translation>
    </message>
    <message>
        <source>Item %1 will be sent with the next push.</source>
        <translation>項目 %1 は次の送信で送られます。</translation>
    </message>
    <message>
        <source>Item %1 has no payload yet: it is built just before the first attempt.</source>
        <translation>項目 %1 にはまだ送信内容がありません（最初の送信の直前に作られます）。</translation>
    </message>
    <message>
        <source>recorded but not shareable: lab results with a local code %1, with a JLAC code that is not a JP-CLINS core or infection item %2</source>
        <translation>記録済みで共有対象外: 院内コードの検査結果 %1 件、JP-CLINS のコア・感染症項目ではない JLAC コードの検査結果 %2 件</translation>
    </message>
    <message>
        <source>Another desk is sending the outbox (one desk sends for the whole record); nothing was sent. Its items are sent by that desk.</source>
        <translation>別の端末が送信を担当しています（送信は記録全体で1台が行います）。ここでは何も送信していません。送信待ちの項目はその端末が送信します。</translation>
    </message>
    <message>
        <source>kept back until a doctor completes them (lab complete): without the clinic's item code %1, without the ordering doctor %2</source>
        <translation>医師が補うまで共有を保留（lab complete）: 院内項目コードなし %1、依頼医師なし %2</translation>
    </message>
</context>
<context>
    <name>TransportSettings</name>
    <message>
        <source>No server is configured. Set it with: tsumugictl config set server-url https://HOST:PORT</source>
        <translation>送信先サーバーが設定されていません。次のコマンドで設定してください: tsumugictl config set server-url https://HOST:PORT</translation>
    </message>
    <message>
        <source>The server address '%1' is not an http(s) URL.</source>
        <translation>サーバーのアドレス「%1」は http(s) の URL ではありません。</translation>
    </message>
    <message>
        <source>The file %1 cannot be read.</source>
        <translation>ファイル %1 を読めません。</translation>
    </message>
    <message>
        <source>A client certificate needs both the certificate and its key file.</source>
        <translation>クライアント証明書には証明書ファイルと鍵ファイルの両方が必要です。</translation>
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
    <message>
        <source>The password may have at most %1 characters.</source>
        <translation>パスワードは%1文字以内です。</translation>
    </message>
    <message>
        <source>A user name has at most %1 characters. Check what was typed in the user name field.</source>
        <translation>ユーザー名は%1文字以内です。ユーザー名の欄に入力された内容を確かめてください。</translation>
    </message>
    <message>
        <source>A password has at most %1 characters.</source>
        <translation>パスワードは%1文字以内です。</translation>
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
        <source>The visit is already withdrawn.</source>
        <translation>この受診はすでに取り消されています。</translation>
    </message>
    <message>
        <source>%1 changed this visit at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.</source>
        <translation>編集中に %1 さんが %2 にこの受診を変更しました（現在 第%3版）。保存していません。開き直してから変更をやり直してください。</translation>
    </message>
</context>
<context>
    <name>tsumugi::EligibilityRequest</name>
    <message>
        <source>No card was read: place the My Number card on the reader.</source>
        <translation>カードが読み取られていません。マイナンバーカードをカードリーダーに置いてください。</translation>
    </message>
    <message>
        <source>Enter the insurer number (保険者番号).</source>
        <translation>保険者番号を入力してください。</translation>
    </message>
    <message>
        <source>The insurer number must be 6 or 8 digits (it is %1).</source>
        <translation>保険者番号は6桁または8桁です（入力: %1）。</translation>
    </message>
    <message>
        <source>Enter the insured person's number (番号).</source>
        <translation>被保険者証の番号を入力してください。</translation>
    </message>
    <message>
        <source>The branch number (枝番) must be empty or 2 digits.</source>
        <translation>枝番は空欄または2桁です。</translation>
    </message>
    <message>
        <source>Enter the birth date.</source>
        <translation>生年月日を入力してください。</translation>
    </message>
</context>
<context>
    <name>tsumugi::sync</name>
    <message>
        <source>Inpatient</source>
        <translation>入院</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>救急</translation>
    </message>
    <message>
        <source>Outpatient</source>
        <translation>外来</translation>
    </message>
    <message>
        <source>%1 %2 / %3 days</source>
        <translation>%1%2 / %3日分</translation>
    </message>
    <message>
        <source>Drug contraindication</source>
        <translation>薬剤禁忌</translation>
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
        <source>Suspected</source>
        <translation>疑い</translation>
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
    <message>
        <source>一般名 %1</source>
        <translation>一般名 %1</translation>
    </message>
    <message>
        <source>Ingredient (in every product)</source>
        <translation>成分（含むすべての薬）</translation>
    </message>
    <message>
        <source>Drug class (e.g. penicillins, NSAIDs)</source>
        <translation>薬の系統（ペニシリン系、NSAIDs など）</translation>
    </message>
    <message>
        <source>One product or 一般名</source>
        <translation>特定の製品・一般名</translation>
    </message>
    <message>
        <source>Drug c&amp;lass</source>
        <translation>薬の系統(&amp;L)</translation>
    </message>
    <message>
        <source>Drug class: %1 (every drug of the class is checked)</source>
        <translation>薬の系統: %1（この系統のすべての薬を確認します）</translation>
    </message>
    <message>
        <source>Record as the drug class %1</source>
        <translation>「%1」として記録する</translation>
    </message>
    <message>
        <source>Ingredient %1 (every product holding it is checked)</source>
        <translation>成分 %1（この成分を含むすべての薬を確認します）</translation>
    </message>
    <message>
        <source>Recor&amp;ded as</source>
        <translation>記録の単位(&amp;D)</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::AllergyTab</name>
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
        <source>Code</source>
        <translation>コード</translation>
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
        <source>&amp;Withdraw…</source>
        <translation>取消(&amp;W)…</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>誤入力の取消</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>取消: %1</translation>
    </message>
    <message>
        <source>Free text</source>
        <translation>自由記載</translation>
    </message>
    <message>
        <source>Withdraw allergy</source>
        <translation>アレルギーの取消</translation>
    </message>
    <message>
        <source>Record no &amp;known allergies</source>
        <translation>アレルギーなしを記録(&amp;K)</translation>
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
    <message>
        <source>Other clinics' shared items and the emergency summary (Ctrl+Shift+R)</source>
        <translation>他院の共有情報と救急用サマリー（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Shared record — %1</source>
        <translation>共有記録 — %1</translation>
    </message>
    <message>
        <source>Visit on %1</source>
        <translation>%1 の受診</translation>
    </message>
    <message>
        <source>This patient already has a visit on %1 (%2). Open it, or start a second visit that day?</source>
        <translation>この患者には %1 の受診（%2）がすでにあります。その受診を開きますか、同じ日の2回目の受診を作りますか？</translation>
    </message>
    <message>
        <source>&amp;Open that visit</source>
        <translation>その受診を開く(&amp;O)</translation>
    </message>
    <message>
        <source>Start a &amp;second visit</source>
        <translation>2回目の受診を作る(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Alt+%1</source>
        <translation>Alt+%1</translation>
    </message>
    <message>
        <source>Shared re&amp;cord…</source>
        <translation>共有記録…(&amp;C)</translation>
    </message>
    <message>
        <source>Save the note as a draft</source>
        <translation>カルテを下書き保存</translation>
    </message>
    <message>
        <source>Finalise the note</source>
        <translation>カルテを確定</translation>
    </message>
    <message>
        <source>Insert a stock phrase</source>
        <translation>定型文を挿入</translation>
    </message>
    <message>
        <source>Repeat the last prescription (Do処方)</source>
        <translation>前回処方を繰り返す（Do処方）</translation>
    </message>
    <message>
        <source>Add a prescription</source>
        <translation>処方を追加</translation>
    </message>
    <message>
        <source>Start today's visit</source>
        <translation>今日の受診を始める</translation>
    </message>
    <message>
        <source>Versions of the note</source>
        <translation>カルテの版の履歴</translation>
    </message>
    <message>
        <source>Close the chart</source>
        <translation>カルテを閉じる</translation>
    </message>
    <message>
        <source>New referral letter</source>
        <translation>紹介状を作成</translation>
    </message>
    <message>
        <source>Other clinics' shared record</source>
        <translation>他院の共有記録</translation>
    </message>
    <message>
        <source>This page</source>
        <translation>このページ</translation>
    </message>
    <message>
        <source>The chart</source>
        <translation>カルテ</translation>
    </message>
    <message>
        <source>&lt;p&gt;On the left, the visits (newest first); on the right, the tabs 1–5 (Alt+1 … Alt+5): the visit note with its prescriptions, diagnoses, allergies, lab results and documents. The red band under the name lists the allergies and contraindications; every prescription is checked against them, by drug class, ingredient and product.&lt;/p&gt;&lt;p&gt;A note is a draft until it is finalised; a change to a finalised note is a new version, and the versions stay.&lt;/p&gt;</source>
        <translation>&lt;p&gt;左は受診の一覧（新しい順）、右はタブ 1〜5（Alt+1〜Alt+5）: 診察記録と処方、傷病名、アレルギー、検査結果、文書です。氏名の下の赤い帯にアレルギーと禁忌が並び、処方はすべて薬の系統・成分・製品の単位でこれと照合されます。&lt;/p&gt;&lt;p&gt;カルテは確定するまで下書きです。確定したカルテの変更は新しい版になり、前の版も残ります。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Updated at another desk</source>
        <translation>他の端末で更新されました</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>再読込</translation>
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
    <message>
        <source>Modifier: e.g. きゅうせい (急性), ひだり (左)</source>
        <translation>修飾語: 例 きゅうせい（急性）、ひだり（左）</translation>
    </message>
    <message>
        <source>Remo&amp;ve modifier</source>
        <translation>修飾語を外す(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Modifiers</source>
        <translation>修飾語(&amp;M)</translation>
    </message>
    <message>
        <source>Recorded as</source>
        <translation>登録される病名</translation>
    </message>
    <message>
        <source>Save (Ctrl+Enter)</source>
        <translation>保存（Ctrl+Enter）</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::DiagnosisTab</name>
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
        <source>&amp;Edit…</source>
        <translation>修正(&amp;E)…</translation>
    </message>
    <message>
        <source>Outcome, end date, flags</source>
        <translation>転帰・転帰日・フラグ</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>取消(&amp;W)…</translation>
    </message>
    <message>
        <source>Entered in error</source>
        <translation>誤入力の取消</translation>
    </message>
    <message>
        <source>Uncoded</source>
        <translation>未コード化</translation>
    </message>
    <message>
        <source>Receipt code %1</source>
        <translation>レセ電 %1</translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation>取消: %1</translation>
    </message>
    <message>
        <source>Withdraw diagnosis</source>
        <translation>傷病名の取消</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::DischargeSummaryEditor</name>
    <message>
        <source>Admission</source>
        <translation>入院</translation>
    </message>
    <message>
        <source>e.g. improved, cured, transferred</source>
        <translation>例: 軽快、治癒、転院</translation>
    </message>
    <message>
        <source>&amp;Admitted on:</source>
        <translation>入院日(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Discharged on:</source>
        <translation>退院日(&amp;D):</translation>
    </message>
    <message>
        <source>Condition at dis&amp;charge:</source>
        <translation>退院時転帰(&amp;C):</translation>
    </message>
    <message>
        <source>Reason for admission</source>
        <translation>入院理由</translation>
    </message>
    <message>
        <source>Why the patient was admitted</source>
        <translation>入院した理由</translation>
    </message>
    <message>
        <source>Diagnoses on admission</source>
        <translation>入院時診断</translation>
    </message>
    <message>
        <source>Diagnoses at discharge</source>
        <translation>退院時診断</translation>
    </message>
    <message>
        <source>Hospital course</source>
        <translation>入院中経過</translation>
    </message>
    <message>
        <source>Course and treatment during the stay</source>
        <translation>入院中の経過と治療</translation>
    </message>
    <message>
        <source>Discharge instructions</source>
        <translation>退院時指示</translation>
    </message>
    <message>
        <source>Follow-up, diet, activity</source>
        <translation>受診予定・食事・活動など</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::DocumentEditor</name>
    <message>
        <source>Space ticks or unticks the selected line</source>
        <translation>選択した行はスペースキーでチェックの入・切ができます</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>主訴</translation>
    </message>
    <message>
        <source>The main complaint in the patient's words</source>
        <translation>患者さんの言葉での主な訴え</translation>
    </message>
    <message>
        <source>Present illness</source>
        <translation>現病歴</translation>
    </message>
    <message>
        <source>Course of the present illness</source>
        <translation>現在の病気の経過</translation>
    </message>
    <message>
        <source>Past history</source>
        <translation>既往歴</translation>
    </message>
    <message>
        <source>Past illnesses, operations, family history</source>
        <translation>過去の病気・手術・家族歴</translation>
    </message>
    <message>
        <source>Allergies and contraindications</source>
        <translation>アレルギー・禁忌</translation>
    </message>
    <message>
        <source>Current medications</source>
        <translation>現在の処方</translation>
    </message>
    <message>
        <source>Discharge medications</source>
        <translation>退院時処方</translation>
    </message>
    <message>
        <source>Lab results</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>備考</translation>
    </message>
    <message>
        <source>Anything else the reader should know</source>
        <translation>先方に伝えたいその他の事項</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>添付ファイル</translation>
    </message>
    <message>
        <source>&amp;Attach file…</source>
        <translation>ファイルを添付(&amp;A)…</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG, at most %1 MB each</source>
        <translation>PDF・PNG・JPEG、1ファイル %1 MB まで</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>添付を外す</translation>
    </message>
    <message>
        <source>&amp;Show version</source>
        <translation>この版を表示(&amp;S)</translation>
    </message>
    <message>
        <source>Reason for the new version (optional)</source>
        <translation>新しい版にする理由（任意）</translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation>下書き保存</translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <source>Keep as a draft (Ctrl+S)</source>
        <translation>下書きとして保存（Ctrl+S）</translation>
    </message>
    <message>
        <source>Finalise</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Ctrl+Shift+F</source>
        <translation>Ctrl+Shift+F</translation>
    </message>
    <message>
        <source>Sign off with your name and the time (Ctrl+Shift+F)</source>
        <translation>あなたの名前と日時で確定します（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <source>&amp;Edit as new version</source>
        <translation>新しい版として編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print preview, then print (Ctrl+P)</source>
        <translation>印刷プレビューを開いて印刷（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF に保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Se&amp;nd again</source>
        <translation>再送信(&amp;N)</translation>
    </message>
    <message>
        <source>Queue this finalised document for the sharing service again</source>
        <translation>この確定済み文書をもう一度共有サービスへの送信待ちに入れます</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>&amp;Versions:</source>
        <translation>版(&amp;V):</translation>
    </message>
    <message>
        <source>%1  (%2 KB)</source>
        <translation>%1（%2 KB）</translation>
    </message>
    <message>
        <source>Version %1  %2  %3</source>
        <translation>第%1版　%2　%3</translation>
    </message>
    <message>
        <source>  finalised %1 by %2</source>
        <translation>　%1 %2 確定</translation>
    </message>
    <message>
        <source>  saved %1 by %2</source>
        <translation>　%1 %2 保存</translation>
    </message>
    <message>
        <source>New, not saved yet</source>
        <translation>新規（未保存）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>下書きとして保存しました。</translation>
    </message>
    <message>
        <source>Finalised as version %1.</source>
        <translation>第%1版として確定しました。</translation>
    </message>
    <message>
        <source>Version %1 started as a draft; the finalised versions stay readable.</source>
        <translation>第%1版を下書きとして作成しました。確定済みの版はそのまま読めます。</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>ファイルを添付</translation>
    </message>
    <message>
        <source>PDF and images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF と画像 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>%1 is %2 MB; an attachment can be at most %3 MB. Make the file smaller (e.g. scan at a lower resolution) or send it separately.</source>
        <translation>%1 は %2 MB あります。添付できるのは %3 MB までです。ファイルを小さくする（低い解像度でスキャンするなど）か、別にお送りください。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>添付しました: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF に保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Queued for the sharing service; it is sent with the next push.</source>
        <translation>共有サービスへの送信待ちに入れました。次の送信で送られます。</translation>
    </message>
    <message>
        <source>Send to the sharing service</source>
        <translation>共有サービスへ送信</translation>
    </message>
    <message>
        <source>On finalising, queue the document for the sharing service (電子診療情報提供書)</source>
        <translation>確定時に共有サービス（電子診療情報提供書）への送信を予約します</translation>
    </message>
    <message>
        <source>Se&amp;nd</source>
        <translation>送信(&amp;N)</translation>
    </message>
    <message>
        <source>Send this finalised document to the sharing service now</source>
        <translation>確定済みの文書をいま共有サービスへ送信します</translation>
    </message>
    <message>
        <source>Not finalised. Tick “Send to the sharing service” to replace the earlier version there.</source>
        <translation>確定していません。共有サービス上の以前の版を置き換えるには「共有サービスへ送信」にチェックを入れてください。</translation>
    </message>
    <message>
        <source>Finalise without sending</source>
        <translation>送信せずに確定</translation>
    </message>
    <message>
        <source>Finalise this version for paper only anyway?</source>
        <translation>それでもこの版を紙のみとして確定しますか？</translation>
    </message>
    <message>
        <source>%1 saved this document at %2 while you were editing it. Your text was saved as a separate draft (document %3) beside theirs (document %4): compare the two and withdraw the one you do not need.</source>
        <translation>編集中に %1 さんが %2 にこの文書を保存しました。あなたの内容は別の下書き（文書 %3）として、相手の文書（文書 %4）とは別に保存しました。両方を見比べて、不要な方を取り下げてください。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::DocumentListPanel</name>
    <message>
        <source>Document</source>
        <translation>文書</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Addressee / stay</source>
        <translation>紹介先／入院期間</translation>
    </message>
    <message>
        <source>New &amp;referral…</source>
        <translation>紹介状を作成(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a referral letter prefilled from the chart (Ctrl+Shift+L)</source>
        <translation>カルテの内容を入れた紹介状を作成（Ctrl+Shift+L）</translation>
    </message>
    <message>
        <source>New discharge &amp;summary…</source>
        <translation>退院時サマリーを作成(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>Open the selected document (Enter)</source>
        <translation>選んだ文書を開く（Enter）</translation>
    </message>
    <message>
        <source>%1 (received)</source>
        <translation>%1（受信）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Sharing service</source>
        <translation>共有サービス</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::DocumentViewer</name>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2（%3）</translation>
    </message>
    <message>
        <source>  finalised %1 by %2</source>
        <translation>　%1 %2 確定</translation>
    </message>
    <message>
        <source>  received from %1 (read-only)</source>
        <translation>　%1 から受信（読み取り専用）</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Print preview, then print (Ctrl+P)</source>
        <translation>印刷プレビューを開いて印刷（Ctrl+P）</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF に保存(&amp;D)…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>PDF に保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::EligibilityDialog</name>
    <message>
        <source>Online eligibility check</source>
        <translation>オンライン資格確認</translation>
    </message>
    <message>
        <source>%1  %2（%3）  born %4</source>
        <translation>%1  %2（%3）  %4 生</translation>
    </message>
    <message>
        <source>Face recognition</source>
        <translation>顔認証</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>暗証番号</translation>
    </message>
    <message>
        <source>Visual check by staff</source>
        <translation>職員による目視確認</translation>
    </message>
    <message>
        <source>Verification failed at the reader</source>
        <translation>カードリーダーで本人確認に失敗</translation>
    </message>
    <message>
        <source>Consents chosen at the reader</source>
        <translation>カードリーダーで選ばれた同意</translation>
    </message>
    <message>
        <source>Clinical information (診療情報)</source>
        <translation>診療情報</translation>
    </message>
    <message>
        <source>Medication information (薬剤情報)</source>
        <translation>薬剤情報</translation>
    </message>
    <message>
        <source>Health checks (特定健診)</source>
        <translation>特定健診</translation>
    </message>
    <message>
        <source>Surgery information (手術情報)</source>
        <translation>手術情報</translation>
    </message>
    <message>
        <source>Reader: %1</source>
        <translation>カードリーダー: %1</translation>
    </message>
    <message>
        <source>Card on the reader</source>
        <translation>リーダー上のカード</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>本人確認</translation>
    </message>
    <message>
        <source>Insurer number (保険者番号)</source>
        <translation>保険者番号</translation>
    </message>
    <message>
        <source>Symbol (記号)</source>
        <translation>記号</translation>
    </message>
    <message>
        <source>Number (番号)</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Branch (枝番)</source>
        <translation>枝番</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>My Number card</source>
        <translation>マイナンバーカード</translation>
    </message>
    <message>
        <source>Insurance card</source>
        <translation>保険証（券面入力）</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>確認する(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>再確認(&amp;R)</translation>
    </message>
    <message>
        <source>Ask the service again exactly what was asked</source>
        <translation>前回と同じ内容でもう一度問い合わせます</translation>
    </message>
    <message>
        <source>Asking the eligibility service…</source>
        <translation>資格確認サービスに問い合わせ中…</translation>
    </message>
    <message>
        <source>No card was read: place the My Number card on the reader.</source>
        <translation>カードが読み取られていません。マイナンバーカードをカードリーダーに置いてください。</translation>
    </message>
    <message>
        <source>The birth date '%1' is not a date like 1975-04-12.</source>
        <translation>生年月日「%1」は 1975-04-12 のような日付ではありません。</translation>
    </message>
    <message>
        <source>Registered: %1 / %2 / %3 / %4 (patient version %5).</source>
        <translation>登録しました: %1 / %2 / %3 / %4（患者情報 第%5版）。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::EligibilityResultView</name>
    <message>
        <source>Qualification</source>
        <translation>資格情報</translation>
    </message>
    <message>
        <source>Differs from the registered insurance</source>
        <translation>登録済みの保険と異なる項目</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>登録内容</translation>
    </message>
    <message>
        <source>Reported by the service</source>
        <translation>資格確認の結果</translation>
    </message>
    <message>
        <source>&amp;Register the reported insurance</source>
        <translation>確認結果の保険を登録(&amp;R)</translation>
    </message>
    <message>
        <source>Saves a new version of the patient with this insurance (the old one stays in the history)</source>
        <translation>この保険で患者情報の新しい版を保存します（以前の内容は履歴に残ります）</translation>
    </message>
    <message>
        <source>Valid (有効)</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Invalid (無効)</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>New qualification (新しい資格あり)</source>
        <translation>新しい資格あり</translation>
    </message>
    <message>
        <source>No match (該当なし)</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Several matches (複数該当)</source>
        <translation>複数該当</translation>
    </message>
    <message>
        <source>Not checked (未確認)</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Wrong check digit</source>
        <translation>保険者番号の誤り（検証番号）</translation>
    </message>
    <message>
        <source>Not confirmed</source>
        <translation>確認できません</translation>
    </message>
    <message>
        <source>The card presented is no longer valid; the patient has a newer qualification (shown below). Ask for the new insurance card.</source>
        <translation>提示された保険証は失効しています。新しい資格があります（下記）。新しい保険証の提示を求めてください。</translation>
    </message>
    <message>
        <source>This qualification has been lost (資格喪失). Do not bill this insurer; ask the patient for their current insurance.</source>
        <translation>この資格は喪失しています。この保険者には請求できません。現在の保険を確認してください。</translation>
    </message>
    <message>
        <source>Nobody with these card data is known to the service. Check the numbers and the birth date.</source>
        <translation>この券面情報に該当する人はいません。番号と生年月日を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n persons match these card data. Check with the My Number card or the branch number (枝番).</source>
        <translation><numerusform>この券面情報に %n 人が該当します。マイナンバーカードまたは枝番で確認してください。</numerusform></translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保険者</translation>
    </message>
    <message>
        <source>Symbol / number / branch</source>
        <translation>記号 / 番号 / 枝番</translation>
    </message>
    <message>
        <source>Valid from / lost on</source>
        <translation>資格取得日 / 喪失日</translation>
    </message>
    <message>
        <source>Copay rate</source>
        <translation>負担割合</translation>
    </message>
    <message>
        <source>Insured category</source>
        <translation>被保険者区分</translation>
    </message>
    <message>
        <source>Limit category (限度額適用)</source>
        <translation>限度額適用区分</translation>
    </message>
    <message>
        <source>Elderly category (高齢受給者)</source>
        <translation>高齢受給者区分</translation>
    </message>
    <message>
        <source>New: </source>
        <translation>新: </translation>
    </message>
    <message>
        <source>clinical information</source>
        <translation>診療情報</translation>
    </message>
    <message>
        <source>medication information</source>
        <translation>薬剤情報</translation>
    </message>
    <message>
        <source>health checks</source>
        <translation>特定健診</translation>
    </message>
    <message>
        <source>surgery information</source>
        <translation>手術情報</translation>
    </message>
    <message>
        <source>Consent to view</source>
        <translation>閲覧同意</translation>
    </message>
    <message>
        <source>none (the shared record can only be read in an emergency)</source>
        <translation>なし（共有記録は救急時のみ閲覧可）</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（%2 まで）</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>確認日時</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::EligibilityRunner</name>
    <message>
        <source>Your role may not check eligibility.</source>
        <translation>この役割では資格確認はできません。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::FhirImportDialog</name>
    <message>
        <source>By insured-person identifier</source>
        <translation>被保険者番号で照合</translation>
    </message>
    <message>
        <source>By the sender's patient number</source>
        <translation>送信元の患者番号で照合</translation>
    </message>
    <message>
        <source>Name, reading and birth date (confirmed)</source>
        <translation>氏名・カナ・生年月日（確認済み）</translation>
    </message>
    <message>
        <source>Chosen in the confirmation</source>
        <translation>確認画面で選択</translation>
    </message>
    <message>
        <source>Patient of an earlier file</source>
        <translation>先に取り込んだファイルの患者</translation>
    </message>
    <message>
        <source>New patient registered</source>
        <translation>新しい患者として登録</translation>
    </message>
    <message>
        <source>Import FHIR files</source>
        <translation>FHIRファイルの取り込み</translation>
    </message>
    <message>
        <source>JP-CLINS bundles and eCS resources (.json) received from other institutions. Their items are added to the patient's chart read-only, marked with the sending institution; importing a file again adds nothing twice.</source>
        <translation>他の医療機関から受け取った JP-CLINS バンドルと eCS リソース（.json）を取り込みます。項目は送信元の医療機関名付きで、編集できない項目として患者のカルテに加わります。同じファイルをもう一度取り込んでも二重には入りません。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Patient found</source>
        <translation>患者の照合</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>The selected file's report in full.</source>
        <translation>選択したファイルの結果の全文をここに表示します。</translation>
    </message>
    <message>
        <source>Choose the files to import (Ctrl+O).</source>
        <translation>取り込むファイルを選んでください（Ctrl+O）。</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>ファイルを選ぶ(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation>カルテを開く(&amp;C)</translation>
    </message>
    <message>
        <source>The chart of the selected file's patient</source>
        <translation>選択したファイルの患者のカルテを開きます</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>FHIR files to import</source>
        <translation>取り込む FHIR ファイル</translation>
    </message>
    <message>
        <source>FHIR JSON files (*.json)</source>
        <translation>FHIR JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>%1 of %2 files imported; %3 failed; %4 not imported.</source>
        <translation>%2件中%1件を取り込みました。失敗 %3件、取り込まず %4件。</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>取り込み済み</translation>
    </message>
    <message>
        <source>No. %1 %2</source>
        <translation>患者番号 %1 %2</translation>
    </message>
    <message>
        <source>Not imported (skipped)</source>
        <translation>取り込まず（スキップ）</translation>
    </message>
    <message>
        <source>Not imported (needs confirmation)</source>
        <translation>取り込まず（確認が必要）</translation>
    </message>
    <message>
        <source>Failed — nothing imported</source>
        <translation>失敗 — 何も取り込んでいません</translation>
    </message>
    <message>
        <source>Error: %1: %2</source>
        <translation>エラー: %1: %2</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>%1: not imported (you chose not to import it).</source>
        <translation>%1: 取り込みませんでした（取り込まないを選択）。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::FhirImportMatchDialog</name>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Insurer %1, symbol %2, number %3, branch %4</source>
        <translation>保険者番号 %1　記号 %2　番号 %3　枝番 %4</translation>
    </message>
    <message>
        <source>Confirm the patient</source>
        <translation>患者の確認</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is about a patient with the same name, reading and birth date as a patient of this clinic, but no insured-person identifier links them. Is it the same person?</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の患者は、当院の患者と氏名・カナ・生年月日が一致しますが、被保険者番号では結び付いていません。同じ方ですか？</translation>
    </message>
    <message>
        <source>Patient no.</source>
        <translation>患者番号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Reading (kana)</source>
        <translation>カナ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Insured-person identifier</source>
        <translation>被保険者番号</translation>
    </message>
    <message>
        <source>In the received file</source>
        <translation>受け取ったファイル</translation>
    </message>
    <message>
        <source>(the sender's)</source>
        <translation>（送信元の番号）</translation>
    </message>
    <message>
        <source>In this clinic</source>
        <translation>当院の患者</translation>
    </message>
    <message>
        <source>In this clinic (%1)</source>
        <translation>当院の患者（%1）</translation>
    </message>
    <message>
        <source>Importing adds the file's items to the chart read-only, marked with the sending institution. Once you confirm, later files from the same sender are matched without asking.</source>
        <translation>取り込んだ項目は送信元の医療機関名付きで、編集できない項目としてカルテに加わります。一度確認すると、同じ送信元からの次のファイルは確認なしで照合されます。</translation>
    </message>
    <message>
        <source>&amp;Import into this patient</source>
        <translation>この患者に取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Import into the ticked patient</source>
        <translation>選んだ患者に取り込む(&amp;I)</translation>
    </message>
    <message>
        <source>Register as a &amp;new patient</source>
        <translation>新しい患者として登録(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Do not import</source>
        <translation>取り込まない(&amp;D)</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::HelpDialog</name>
    <message>
        <source>Keys</source>
        <translation>キー操作</translation>
    </message>
    <message>
        <source>Alt with an underlined letter presses that button or opens that menu.</source>
        <translation>Alt と下線付きの文字で、そのボタンを押すかメニューを開きます。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::KeyRotationDialog</name>
    <message>
        <source>Change the record key</source>
        <translation>記録の鍵を交換</translation>
    </message>
    <message>
        <source>Change the record key when a password or a desk may have been exposed. A new key is made that nothing old opens, and the whole record is sealed anew under it while everyone goes on working. Every other user gets a one-time password below and signs in again with it; a new recovery sheet replaces the old one.</source>
        <translation>パスワードや端末が漏れたおそれがあるときに記録の鍵を交換します。古いものでは開けない新しい鍵を作り、皆が仕事を続けている間に記録全体の封を新しい鍵で掛け直します。ほかの利用者には下の一回限りのパスワードを渡し、それでサインインし直してもらいます。新しい回復シートが古いものに代わります。</translation>
    </message>
    <message>
        <source>Your password</source>
        <translation>あなたのパスワード</translation>
    </message>
    <message>
        <source>&amp;Change the key</source>
        <translation>鍵を交換する(&amp;C)</translation>
    </message>
    <message>
        <source>Your password:</source>
        <translation>あなたのパスワード:</translation>
    </message>
    <message>
        <source>User</source>
        <translation>利用者</translation>
    </message>
    <message>
        <source>One-time password</source>
        <translation>一回限りのパスワード</translation>
    </message>
    <message>
        <source>New &amp;recovery sheet…</source>
        <translation>新しい回復シート(&amp;R)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Key generation %1: %2. %3 rows sealed anew, %4 old search tokens removed.</source>
        <translation>鍵の世代 %1: %2。%3 行の封を掛け直し、旧い検索トークン %4 件を削除しました。</translation>
    </message>
    <message>
        <source>Stopped; it goes on when this window is opened again.</source>
        <translation>中断しました。この画面を開き直すと続きから進みます。</translation>
    </message>
    <message>
        <source>These one-time passwords are shown only now: hand each user theirs before you close this window, and print the new recovery sheet.</source>
        <translation>一回限りのパスワードは今しか表示されません。この画面を閉じる前に各利用者に渡し、新しい回復シートを印刷してください。</translation>
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
    <message>
        <source>Core lab items and infection items with their JLAC10 code are shared with the national sharing service.</source>
        <translation>コア検査項目と感染症項目は、JLAC10コードで電子カルテ情報共有サービスに共有されます。</translation>
    </message>
    <message>
        <source>Shared: this is a JP-CLINS item; it goes to the sharing service with the next send.</source>
        <translation>共有されます: JP-CLINS の項目です。次の送信で共有サービスに送られます。</translation>
    </message>
    <message>
        <source>Unit, range and specimen as this clinic last reported %1 (%2).</source>
        <translation>単位・基準範囲・検体は当院の前回の %1（%2）と同じにしました。</translation>
    </message>
    <message>
        <source>Unit and specimen of the item; no earlier result of it in this clinic.</source>
        <translation>単位と検体は項目の標準です（当院での過去の結果はありません）。</translation>
    </message>
    <message>
        <source>This clinic's code for the item (院内項目コード)</source>
        <translation>この医療機関での項目コード（院内項目コード）</translation>
    </message>
    <message>
        <source>&amp;Local item code</source>
        <translation>院内項目コード(&amp;L)</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::LabSharingCompletionDialog</name>
    <message>
        <source>Complete %1 for the sharing service</source>
        <translation>%1 を共有用に補う</translation>
    </message>
    <message>
        <source>This clinic's code for the item (院内項目コード)</source>
        <translation>この医療機関での項目コード（院内項目コード）</translation>
    </message>
    <message>
        <source>Results without an ordering doctor are recorded as ordered by you (%1).</source>
        <translation>依頼医師のない結果は、あなた（%1）の依頼として記録します。</translation>
    </message>
    <message>
        <source>&amp;Local item code</source>
        <translation>院内項目コード(&amp;L)</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>補う</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::LabTab</name>
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
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>件数</translation>
    </message>
    <message>
        <source>Sharing</source>
        <translation>共有</translation>
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
        <source>not shared</source>
        <translation>対象外</translation>
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
        <source>Complete for &amp;sharing…</source>
        <translation>共有用に補う(&amp;S)…</translation>
    </message>
    <message>
        <source>Add this clinic's item code and the ordering doctor the sharing service asks for</source>
        <translation>共有サービスが求める院内項目コードと依頼医師を追加します</translation>
    </message>
    <message>
        <source>kept back</source>
        <translation>保留</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) of %1 completed for the sharing service.</source>
        <translation><numerusform>%n 件の %1 の結果を共有用に補いました。</numerusform></translation>
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
    <message>
        <source>Restore the previous key file</source>
        <translation>前の鍵ファイルに戻す</translation>
    </message>
    <message>
        <source>The previous key file was restored (the damaged one is kept beside it). Sign in again; a password changed since then is the old one again.</source>
        <translation>前の鍵ファイルに戻しました（壊れたファイルは横に残してあります）。もう一度ログインしてください。その後に変更したパスワードは変更前のものに戻っています。</translation>
    </message>
    <message>
        <source>The key file is damaged or missing, but its previous generation is intact. "Restore the previous key file" puts it back (the damaged file is kept beside it).</source>
        <translation>鍵ファイルが壊れているか見つかりませんが、前の世代の鍵ファイルは無傷です。「前の鍵ファイルに戻す」で元に戻せます（壊れたファイルは横に残します）。</translation>
    </message>
    <message>
        <source>Set a password of your own to go on; the one-time password still signs you in for that.</source>
        <translation>続けるには自分のパスワードを設定してください。そのために一回限りのパスワードでもう一度サインインできます。</translation>
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
    <message>
        <source>Check &amp;eligibility…</source>
        <translation>資格確認…(&amp;E)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Sync status…</source>
        <translation>送信状況(&amp;S)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Y</source>
        <translation>Ctrl+Shift+Y</translation>
    </message>
    <message>
        <source>&amp;Import FHIR files…</source>
        <translation>FHIRファイルを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>Update &amp;masters…</source>
        <translation>マスター更新…(&amp;M)</translation>
    </message>
    <message>
        <source>Masters: %1</source>
        <translation>マスター: %1</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>新しい回復キーを作る(&amp;R)…</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新しい回復キー</translation>
    </message>
    <message>
        <source>Make a new recovery key? The sheet printed before stops working (destroy it); the new sheet is shown once.</source>
        <translation>新しい回復キーを作りますか？ 以前に印刷したシートは使えなくなります（破棄してください）。新しいシートは一度だけ表示されます。</translation>
    </message>
    <message>
        <source>The record file is damaged</source>
        <translation>記録ファイルが壊れています</translation>
    </message>
    <message>
        <source>&amp;Add to reception</source>
        <translation>受付に追加(&amp;A)</translation>
    </message>
    <message>
        <source>Referral in&amp;box…</source>
        <translation>紹介状受信箱…(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Help for this window</source>
        <translation>この画面のヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>Reception and patients</source>
        <translation>受付と患者</translation>
    </message>
    <message>
        <source>&lt;p&gt;Find a patient by name, reading, number or birth date (Ctrl+F), add them to today's reception list and open their chart (F2). The reception list shows who is waiting, with the doctor and done; its status keys work on the selected row.&lt;/p&gt;&lt;p&gt;Ctrl+L locks the screen when you leave the desk; the record stays open for the next sign-in.&lt;/p&gt;</source>
        <translation>&lt;p&gt;氏名・フリガナ・患者番号・生年月日で患者を探し（Ctrl+F）、今日の受付に追加してカルテを開きます（F2）。受付一覧には待合中・診察中・済が表示され、状態のキーは選んだ行に働きます。&lt;/p&gt;&lt;p&gt;席を離れるときは Ctrl+L で画面をロックします。カルテは開いたままで、次のサインインで続けられます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Cannot reach the server</source>
        <translation>サーバーに接続できません</translation>
    </message>
    <message>
        <source>Saving… (waiting for the clinic server)</source>
        <translation>保存しています…（院内サーバーの応答待ち）</translation>
    </message>
    <message>
        <source>Reading… (waiting for the clinic server)</source>
        <translation>読み込んでいます…（院内サーバーの応答待ち）</translation>
    </message>
    <message>
        <source>Change the record &amp;key…</source>
        <translation>記録の鍵を交換(&amp;K)…</translation>
    </message>
    <message>
        <source>The record key was changed by an administrator. Unlock with the one-time password you were given (or the password you set with it); what is open stays as it was.</source>
        <translation>管理者が記録の鍵を交換しました。渡された一回限りのパスワード（またはそれで設定したパスワード）でロックを解除してください。開いている画面はそのまま残ります。</translation>
    </message>
    <message>
        <source>Locked: the record key was changed.</source>
        <translation>ロック中: 記録の鍵が交換されました。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::MasterUpdateDialog</name>
    <message>
        <source>Diseases (傷病名)</source>
        <translation>傷病名</translation>
    </message>
    <message>
        <source>Modifiers (修飾語)</source>
        <translation>修飾語</translation>
    </message>
    <message>
        <source>Drugs (医薬品)</source>
        <translation>医薬品</translation>
    </message>
    <message>
        <source>Generic names (一般名)</source>
        <translation>一般名</translation>
    </message>
    <message>
        <source>Allergens (J-FAGY)</source>
        <translation>アレルゲン（J-FAGY）</translation>
    </message>
    <message>
        <source>Lab codes (JLAC)</source>
        <translation>検査コード（JLAC）</translation>
    </message>
    <message>
        <source>Update masters</source>
        <translation>マスター更新</translation>
    </message>
    <message>
        <source>Choose the master files as the 社会保険診療報酬支払基金 publishes them (zip files named b_…, z_…, y_…). Each file is taken whole or not at all; codes that ended stay readable on old charts but are no longer offered.</source>
        <translation>社会保険診療報酬支払基金が公開しているマスターファイル（b_…、z_…、y_… の zip）を選んでください。各ファイルは全件を取り込むか、何も取り込まないかのどちらかです。廃止されたコードは過去のカルテでは読めますが、新しい登録の候補には出ません。</translation>
    </message>
    <message>
        <source>&amp;Choose files…</source>
        <translation>ファイルを選ぶ(&amp;F)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Master files</source>
        <translation>マスターファイル</translation>
    </message>
    <message>
        <source>SSK master files (*.zip *.txt *.csv)</source>
        <translation>支払基金のマスターファイル (*.zip *.txt *.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n file(s)…</source>
        <translation><numerusform>%n 個のファイルを読み込み中…</numerusform></translation>
    </message>
    <message>
        <source>%1: %2 Nothing of this file was taken.</source>
        <translation>%1: %2 このファイルからは何も取り込んでいません。</translation>
    </message>
    <message>
        <source>%1 from %2: %3 entries — added %4, changed %5, ended %6</source>
        <translation>%1（%2）: %3 件 — 追加 %4、変更 %5、終了 %6</translation>
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
    <name>tsumugi::ui::OwnPasswordDialog</name>
    <message>
        <source>Set your password</source>
        <translation>パスワードの設定</translation>
    </message>
    <message numerus="yes">
        <source>You signed in with a one-time password. Set a password of your own now (at least %n characters); the one-time password then opens nothing.</source>
        <translation><numerusform>一回限りのパスワードでサインインしました。自分のパスワード（%n 文字以上）をいま設定してください。以後、一回限りのパスワードでは開けません。</numerusform></translation>
    </message>
    <message>
        <source>New password:</source>
        <translation>新しいパスワード:</translation>
    </message>
    <message>
        <source>Once more:</source>
        <translation>もう一度:</translation>
    </message>
    <message>
        <source>Set the password</source>
        <translation>パスワードを設定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>二つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>Choose a password other than the one-time password.</source>
        <translation>一回限りのパスワードとは別のパスワードにしてください。</translation>
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
    <message>
        <source>Their changes are now in the form, with yours on top. Check it and save again.</source>
        <translation>相手の変更を画面に取り込み、その上にあなたの変更を重ねました。確認してからもう一度保存してください。</translation>
    </message>
    <message>
        <source>You both changed (your value is in the form; theirs was): %1</source>
        <translation>両方で変更した項目（画面はあなたの値、相手の値は次のとおり）: %1</translation>
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
        <source>Open the selected patient's chart (F2)</source>
        <translation>選択した患者さんのカルテを開く (F2)</translation>
    </message>
    <message>
        <source>&amp;Add to reception</source>
        <translation>受付に追加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>カルテ(&amp;C)</translation>
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
    <message>
        <source>一般名 %1</source>
        <translation>一般名 %1</translation>
    </message>
    <message>
        <source>Filled from this patient's last prescription of the drug.</source>
        <translation>この患者の前回の処方から入力しました。</translation>
    </message>
    <message>
        <source>Filled from how this clinic usually prescribes the drug.</source>
        <translation>当院でよく使う用量・用法から入力しました。</translation>
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
        <source>Open the chart of the selected patient (Enter, F2)</source>
        <translation>選択した患者さんのカルテを開く (Enter, F2)</translation>
    </message>
    <message>
        <source>&amp;Eligibility…</source>
        <translation>資格確認…(&amp;E)</translation>
    </message>
    <message>
        <source>Check the insurance online with the My Number card or the insurance card</source>
        <translation>マイナンバーカードまたは保険証でオンライン資格確認します</translation>
    </message>
    <message>
        <source>Re&amp;try check</source>
        <translation>再確認(&amp;T)</translation>
    </message>
    <message>
        <source>Eligibility: not checked yet</source>
        <translation>資格確認: 未実施</translation>
    </message>
    <message>
        <source>Eligibility: NOT CHECKED (未確認) — the service could not be reached. Retry when online.</source>
        <translation>資格確認: 未確認 — サービスに接続できませんでした。オンラインに戻ったら再確認してください。</translation>
    </message>
    <message>
        <source>Eligibility: not confirmed — %1</source>
        <translation>資格確認: 確認できません — %1</translation>
    </message>
    <message>
        <source>Eligibility: %1 (%2)</source>
        <translation>資格確認: %1（%2）</translation>
    </message>
    <message>
        <source>Eligibility: asking the service again…</source>
        <translation>資格確認: 再問い合わせ中…</translation>
    </message>
    <message>
        <source>Char&amp;t</source>
        <translation>カルテ(&amp;T)</translation>
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
    <name>tsumugi::ui::RecoverySheetDialog</name>
    <message>
        <source>Recovery sheet</source>
        <translation>回復シート</translation>
    </message>
    <message>
        <source>This is the record's recovery key. With it an administrator can open the record again when every administrator's password is forgotten or the key file is lost. It is shown only now: print the sheet (or save it as PDF and print that) and keep it in the clinic's safe, away from this computer.</source>
        <translation>この記録の回復キーです。管理者のパスワードをすべて忘れたときや鍵ファイルをなくしたとき、これで記録を開けるようにできます。表示されるのは今だけです。シートを印刷して（または PDF に保存して印刷して）、このコンピューターから離れた院内の金庫に保管してください。</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>印刷(&amp;P)…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>PDF に保存(&amp;D)…</translation>
    </message>
    <message>
        <source>I have printed the sheet and will keep it in a safe place</source>
        <translation>シートを印刷し、安全な場所に保管します</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続ける</translation>
    </message>
    <message>
        <source>The sheet was sent to the printer. Check that it came out complete and legible.</source>
        <translation>シートをプリンターに送りました。欠けずに読める状態で印刷されたか確かめてください。</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>回復シートを保存</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as %1 (only you can read it). Print it, then delete the file.</source>
        <translation>%1 に保存しました（本人のみ読み取り可）。印刷したらファイルは削除してください。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::ReferralEditor</name>
    <message>
        <source>Addressee</source>
        <translation>紹介先</translation>
    </message>
    <message>
        <source>(type a new addressee)</source>
        <translation>（新しい紹介先を入力）</translation>
    </message>
    <message>
        <source>10 digits</source>
        <translation>10桁</translation>
    </message>
    <message>
        <source>Leave empty for "attending doctor"</source>
        <translation>空欄なら「ご担当医」</translation>
    </message>
    <message>
        <source>Address &amp;book:</source>
        <translation>紹介先一覧(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>医療機関名(&amp;I):</translation>
    </message>
    <message>
        <source>Institution &amp;number:</source>
        <translation>医療機関番号(&amp;N):</translation>
    </message>
    <message>
        <source>Doc&amp;tor:</source>
        <translation>医師名(&amp;T):</translation>
    </message>
    <message>
        <source>Purpose of referral</source>
        <translation>紹介目的</translation>
    </message>
    <message>
        <source>e.g. Please examine and treat; further tests</source>
        <translation>例: ご高診とご加療のお願い、精査のお願い</translation>
    </message>
    <message>
        <source>Diagnoses</source>
        <translation>傷病名</translation>
    </message>
    <message>
        <source>Clinical course</source>
        <translation>臨床経過</translation>
    </message>
    <message>
        <source>Treatment so far and its results</source>
        <translation>これまでの治療とその結果</translation>
    </message>
    <message>
        <source>Treatment policy</source>
        <translation>治療方針</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation>退院時サマリー</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Discharge summary of %1 (version %2)</source>
        <translation>%1 退院の退院時サマリー（第%2版）</translation>
    </message>
    <message>
        <source>Depart&amp;ment:</source>
        <translation>診療科(&amp;M):</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::ReferralInbox</name>
    <message>
        <source>Referral inbox</source>
        <translation>紹介状受信箱</translation>
    </message>
    <message>
        <source>&amp;Fetch new letters</source>
        <translation>新しい紹介状を受信(&amp;F)</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>配信日時</translation>
    </message>
    <message>
        <source>From</source>
        <translation>紹介元</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Receipt sent</source>
        <translation>受領通知</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>識別子</translation>
    </message>
    <message>
        <source>Select a letter to read the document as received.</source>
        <translation>紹介状を選ぶと受信した文書を表示します。</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s) in the mailbox</source>
        <translation><numerusform>受信箱に %n 通</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new stored</source>
        <translation><numerusform>新規保存 %n 通</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s) sent</source>
        <translation><numerusform>受領通知 %n 件</numerusform></translation>
    </message>
    <message>
        <source>File into &amp;chart</source>
        <translation>カルテに取り込む(&amp;C)</translation>
    </message>
    <message>
        <source>Files the letter in the patient's chart: the letter under 文書, its diagnoses, allergies and lab results as the sender's read-only items (doctors)</source>
        <translation>紹介状を患者のカルテに取り込みます。紹介状は文書に、病名・アレルギー・検査結果は紹介元の読み取り専用の項目として入ります（医師）</translation>
    </message>
    <message>
        <source>&amp;Open letter</source>
        <translation>紹介状を開く(&amp;O)</translation>
    </message>
    <message>
        <source>In chart</source>
        <translation>カルテ</translation>
    </message>
    <message>
        <source>filed</source>
        <translation>取込済</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>未取込</translation>
    </message>
    <message>
        <source>Select a letter first.</source>
        <translation>先に紹介状を選んでください。</translation>
    </message>
    <message>
        <source>Which patient is this?</source>
        <translation>どの患者の紹介状ですか？</translation>
    </message>
    <message>
        <source>The letter's patient has the same name, reading and birth date as patient %1 %2 (%3, born %4), but no identifier links them.</source>
        <translation>紹介状の患者は患者 %1 %2（%3、%4 生まれ）と氏名・フリガナ・生年月日が同じですが、識別子で結び付いていません。</translation>
    </message>
    <message>
        <source>File for this patient</source>
        <translation>この患者に取り込む</translation>
    </message>
    <message>
        <source>Register as a new patient</source>
        <translation>新しい患者として登録</translation>
    </message>
    <message>
        <source>Do not file</source>
        <translation>取り込まない</translation>
    </message>
    <message>
        <source>The letter was not filed.</source>
        <translation>紹介状は取り込みませんでした。</translation>
    </message>
    <message>
        <source>File the letter into the chart first; it then opens like any letter.</source>
        <translation>先にカルテに取り込んでください。取り込むと他の文書と同じように開けます。</translation>
    </message>
    <message numerus="yes">
        <source>%n filed into the chart</source>
        <translation><numerusform>カルテに取り込み %n 通</numerusform></translation>
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
    <name>tsumugi::ui::ServerJoinPage</name>
    <message>
        <source>Connect to the clinic server</source>
        <translation>院内サーバーに接続する</translation>
    </message>
    <message>
        <source>Connect and sign in</source>
        <translation>接続してサインイン</translation>
    </message>
    <message>
        <source>e.g. reception-1.tsumugi-join (on a USB stick)</source>
        <translation>例: reception-1.tsumugi-join（USB メモリー内）</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <source>e.g. K7QM-2XPD-9FHA-T3WZ</source>
        <translation>例: K7QM-2XPD-9FHA-T3WZ</translation>
    </message>
    <message>
        <source>Connection test</source>
        <translation>接続テスト</translation>
    </message>
    <message>
        <source>Join file:</source>
        <translation>参加ファイル:</translation>
    </message>
    <message>
        <source>Join code:</source>
        <translation>参加コード:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>利用者名:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Join file</source>
        <translation>参加ファイル</translation>
    </message>
    <message>
        <source>Join files (*.tsumugi-join);;All files (*)</source>
        <translation>参加ファイル (*.tsumugi-join);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Choose the join file the administrator made for this desk.</source>
        <translation>管理者がこの端末用に作った参加ファイルを選んでください。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>not tried</source>
        <translation>未実施</translation>
    </message>
    <message>
        <source>Type the user name and password you sign in with (an administrator adds users).</source>
        <translation>サインインする利用者名とパスワードを入力してください（利用者は管理者が追加します）。</translation>
    </message>
    <message>
        <source>Choose the join file the administrator made for this desk (tsumugictl server certs issue), type its join code, and sign in.</source>
        <translation>管理者がこの端末用に作った参加ファイル（tsumugictl server certs issue）を選び、参加コードを入力してサインインしてください。</translation>
    </message>
    <message>
        <source>from the join file, e.g. 192.168.1.10:5432</source>
        <translation>参加ファイルから（例: 192.168.1.10:5432）</translation>
    </message>
    <message>
        <source>Server address:</source>
        <translation>サーバーのアドレス:</translation>
    </message>
    <message>
        <source>The server address is a name or an address, with :port if it is not %1 (for example 192.168.1.10:5432).</source>
        <translation>サーバーのアドレスは名前またはアドレスで、ポートが %1 でなければ「:ポート」を付けます（例: 192.168.1.10:5432）。</translation>
    </message>
    <message>
        <source>Set a password of your own to go on; the one-time password still signs you in for that.</source>
        <translation>続けるには自分のパスワードを設定してください。そのために一回限りのパスワードでもう一度サインインできます。</translation>
    </message>
    <message>
        <source>The join file of the desk %1</source>
        <translation>端末 %1 の参加ファイル</translation>
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
    <message>
        <source>Welcome to Tsumugi</source>
        <translation>Tsumugi へようこそ</translation>
    </message>
    <message>
        <source>Where does this computer keep the clinic's record?</source>
        <translation>このコンピューターは医院の記録をどこに置きますか？</translation>
    </message>
    <message>
        <source>Create a new record on this PC</source>
        <translation>このPCに新しい記録を作る</translation>
    </message>
    <message>
        <source>For a clinic with one computer, or to try Tsumugi out. The record is encrypted on this PC.</source>
        <translation>コンピューター1台の医院、または試用のとき。記録はこのPCに暗号化して保存します。</translation>
    </message>
    <message>
        <source>Connect to the clinic server</source>
        <translation>院内サーバーに接続する</translation>
    </message>
    <message>
        <source>For a clinic with several desks on one record: the administrator has set the server up and made a join file for this desk.</source>
        <translation>複数の端末で一つの記録を使う医院: 管理者がサーバーを設定し、この端末の参加ファイルを作ってあります。</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::SharedRecordPanel</name>
    <message>
        <source>&amp;Emergency (without consent, to protect life)</source>
        <translation>救急（同意なし・生命を守るため）(&amp;E)</translation>
    </message>
    <message>
        <source>Reason (required in an emergency; kept in the audit trail)</source>
        <translation>理由（救急時は必須・監査ログに記録）</translation>
    </message>
    <message>
        <source>&amp;Get the shared record</source>
        <translation>共有記録を取得(&amp;G)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>提供元</translation>
    </message>
    <message>
        <source>&amp;Adopt into own record</source>
        <translation>自院の記録に取り込む(&amp;A)</translation>
    </message>
    <message>
        <source>Adds the selected shared allergy, contraindication or diagnosis to this patient's record, marked with the institution it came from</source>
        <translation>選んだ共有アレルギー・薬剤禁忌・傷病名を、登録元の医療機関を付けてこの患者の記録に追加します</translation>
    </message>
    <message>
        <source>Eligibility checked %1; consent valid until %2.</source>
        <translation>資格確認 %1、同意の有効期限 %2。</translation>
    </message>
    <message>
        <source>(no consent given)</source>
        <translation>（同意なし）</translation>
    </message>
    <message>
        <source>No eligibility check with the card in the last 24 hours: check eligibility first.</source>
        <translation>24時間以内のカードによる資格確認がありません。先に資格確認してください。</translation>
    </message>
    <message>
        <source>No shared record has been pulled for this patient yet.</source>
        <translation>この患者の共有記録はまだ取得していません。</translation>
    </message>
    <message>
        <source>Pulled %1 by %2 in EMERGENCY mode (reason: %3).</source>
        <translation>%1 に %2 が救急モードで取得（理由: %3）。</translation>
    </message>
    <message>
        <source>Pulled %1 by %2 with the patient's consent.</source>
        <translation>%1 に %2 が患者の同意に基づき取得。</translation>
    </message>
    <message>
        <source>— withheld (no consent)</source>
        <translation>— 非表示（同意なし）</translation>
    </message>
    <message>
        <source>unknown source</source>
        <translation>提供元不明</translation>
    </message>
    <message>
        <source>Select a shared allergy, contraindication or diagnosis to adopt.</source>
        <translation>取り込む共有アレルギー・薬剤禁忌・傷病名を選んでください。</translation>
    </message>
    <message>
        <source>Getting…</source>
        <translation>取得中…</translation>
    </message>
    <message>
        <source>Asking the sharing service…</source>
        <translation>共有サービスに問い合わせ中…</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::SyncPanel</name>
    <message>
        <source>Sync — sending to the national services</source>
        <translation>送信状況 — 全国医療情報プラットフォームへの送信</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>患者</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>直近のエラー</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の状態に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;try</source>
        <translation>再送(&amp;T)</translation>
    </message>
    <message>
        <source>View &amp;payload…</source>
        <translation>送信内容を表示(&amp;P)…</translation>
    </message>
    <message>
        <source>Open &amp;chart</source>
        <translation>カルテを開く(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>患者番号 %1</translation>
    </message>
    <message>
        <source>%1 (No. %2)</source>
        <translation>%1（患者番号 %2）</translation>
    </message>
    <message>
        <source>Document #%1</source>
        <translation>文書 #%1</translation>
    </message>
    <message>
        <source>Diagnoses (Condition)</source>
        <translation>傷病名（Condition）</translation>
    </message>
    <message>
        <source>Allergies (AllergyIntolerance)</source>
        <translation>アレルギー（AllergyIntolerance）</translation>
    </message>
    <message>
        <source>Lab results (Observation)</source>
        <translation>検査結果（Observation）</translation>
    </message>
    <message>
        <source>[delete]</source>
        <translation>［削除］</translation>
    </message>
    <message>
        <source>Items: %1  —  waiting to be sent: %2, rejected: %3</source>
        <translation>項目数: %1 — 送信待ち: %2、差し戻し: %3</translation>
    </message>
    <message>
        <source>This item is not waiting for a retry.</source>
        <translation>この項目は再送を待っていません。</translation>
    </message>
    <message>
        <source>Nothing frozen yet: the payload is built from the record when the item is sent.</source>
        <translation>まだ送信内容は作られていません。送信時にカルテから作成されます。</translation>
    </message>
    <message>
        <source>Payload — %1, %2</source>
        <translation>送信内容 — %1、%2</translation>
    </message>
    <message>
        <source>Bundle identifier: %1
SHA-256: %2</source>
        <translation>Bundle識別子: %1
SHA-256: %2</translation>
    </message>
    <message>
        <source>Not frozen yet.</source>
        <translation>まだ作成されていません。</translation>
    </message>
    <message>
        <source>Recorded but not shareable: %1 lab result(s) with a clinic code, %2 with a JLAC code outside the JP-CLINS core and infection items.</source>
        <translation>記録済みで共有対象外: 院内コードの検査結果 %1 件、JP-CLINS のコア・感染症項目以外の JLAC コード %2 件。</translation>
    </message>
    <message numerus="yes">
        <source>Kept back until a doctor completes them: %n lab result(s) without the clinic's item code or the ordering doctor (see the chart's lab tab).</source>
        <translation><numerusform>医師が補うまで共有を保留: 院内項目コードまたは依頼医師のない検査結果 %n 件（カルテの検査タブを参照）。</numerusform></translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::SyncStatusIndicator</name>
    <message>
        <source>Sync not configured</source>
        <translation>送信先未設定</translation>
    </message>
    <message>
        <source>Sync: not yet connected</source>
        <translation>送信: 未接続</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Queued: %1</source>
        <translation>送信待ち: %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>差し戻し: %1</translation>
    </message>
    <message>
        <source>Last sent: %1</source>
        <translation>最終送信: %1</translation>
    </message>
    <message>
        <source>Last sent: never</source>
        <translation>最終送信: なし</translation>
    </message>
    <message>
        <source>Sending to the national services. Click to open the Sync panel.</source>
        <translation>全国医療情報プラットフォームへの送信状況です。クリックすると送信状況画面を開きます。</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>直近のエラー: %1</translation>
    </message>
    <message>
        <source>Sent by another desk</source>
        <translation>送信: 他の端末が担当</translation>
    </message>
</context>
<context>
    <name>tsumugi::ui::VisitNoteTab</name>
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
    <message>
        <source>Withdrawn: %1</source>
        <translation>取消: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n 日分</numerusform></translation>
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
        <source>Only my text</source>
        <translation>自分の入力のみ</translation>
    </message>
    <message>
        <source>Put back only what you typed (their text stays saved until you save)</source>
        <translation>自分が入力した内容だけに戻します（保存するまで相手の内容が保存されたままです）</translation>
    </message>
    <message>
        <source>Only their text</source>
        <translation>相手の内容のみ</translation>
    </message>
    <message>
        <source>Drop what you typed and show the note as they saved it</source>
        <translation>自分の入力を捨て、相手が保存した記録を表示します</translation>
    </message>
    <message>
        <source>%1 saved this note at %2 while you were typing. Their text and yours are put together below; nothing is saved until you save. Check it first.</source>
        <translation>入力中に %1 さんが %2 にこの記録を保存しました。相手の内容とあなたの入力を下に合わせて表示しています。保存するまで何も保存されません。確認してから保存してください。</translation>
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
