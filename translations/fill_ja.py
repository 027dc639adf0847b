#!/usr/bin/env python3
"""Fills tsumugi_ja.ts with the Japanese texts below, and the English plural forms of tsumugi_en.ts.

Run after `cmake --build <build> --target update_translations`:
    python3 translations/fill_ja.py
It reports every source text it has no Japanese for (and exits 1), so new texts are not forgotten;
add them to JA (or CONTEXT_JA when the same English needs different Japanese in one place).
"""
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Same English, different Japanese, by (context, source).
CONTEXT_JA = {
    ("tsumugi::ui::ReceptionPanel", "Waiting"): "待ちに戻す",
    ("tsumugi::ui::ReceptionPanel", "Done"): "診察済にする",
    ("tsumugi::ui::ReceptionPanel", "Refresh"): "最新の状態に更新",
    ("tsumugi::ui::PatientDialog", "Patient"): "患者情報",
    ("tsumugi::ui::PatientDialog", "Number"): "番号",
    ("tsumugi::ui::LoginWindow", "Tsumugi"): "Tsumugi（つむぎ）",
    ("tsumugi::ui::MainWindow", "Tsumugi"): "Tsumugi",
    ("AdminCli", "Insurance"): "保険",
    ("AdminCli", "Version"): "版",
    ("LabResultRepository", "line %1: %2"): "%1行目: %2",
    ("LabCsvReader", "line %1: %2"): "%1行目: %2",
}

JA = {
    # ui: referral / discharge summary editors, viewer, printing (DocumentEditor and friends)
    "%1-%2-%3": "%1年%2月%3日",
    "Purpose of referral": "紹介目的",
    "Chief complaint": "主訴",
    "Present illness": "現病歴",
    "Past history": "既往歴",
    "Allergies and contraindications": "アレルギー・禁忌",
    "Current medications": "現在の処方",
    "Clinical course": "臨床経過",
    "Treatment policy": "治療方針",
    "Admission and discharge": "入退院日",
    "Admitted %1, discharged %2": "入院 %1、退院 %2",
    "Reason for admission": "入院理由",
    "Diagnoses on admission": "入院時診断",
    "Diagnoses at discharge": "退院時診断",
    "Hospital course": "入院中経過",
    "Discharge medications": "退院時処方",
    "Discharge instructions": "退院時指示",
    "Condition at discharge": "退院時転帰",
    "Remarks": "備考",
    "%1 (%2 KB)": "%1（%2 KB）",
    "Discharge summary (attached)": "退院時サマリー（添付）",
    "Attachments": "添付ファイル",
    "Referral letter": "診療情報提供書",
    "Discharge summary": "退院時サマリー",
    "Final": "確定",
    "%1, version %2": "%1（第%2版）",
    "Patient: %1 (%2)  born %3 (%4)  %5  No. %6": "患者: %1（%2）　%3生（%4）　%5　患者番号 %6",
    " (principal)": "（主病名）",
    "  since %1": "　%1〜",
    "%1: %2": "%1: %2",
    " (reaction: %1)": "（症状: %1）",
    "%1  %2 %3": "%1　%2 %3",
    "  (%1)": "　（%1）",
    "  %n days": "　%n日分",
    "Date: %1": "作成日: %1",
    "Attending doctor": "ご担当医",
    "%1 (Dear Doctor)": "%1 先生 御侍史",
    "We would be grateful if you could see the patient below. Thank you for your kind cooperation.": "下記の患者さんをご紹介いたします。ご高診のほど、よろしくお願い申し上げます。",
    "Received from %1": "%1 から受信",
    "Phone %1": "電話 %1",
    "Doctor: %1": "医師: %1",
    "%1  Doctor: %2": "%1　医師: %2",
    "Page %1 / %2": "%1 / %2 ページ",
    "The PDF could not be written to %1. Check that the folder exists and can be written.": "PDF を %1 に書き込めませんでした。フォルダーがあり、書き込めるか確認してください。",
    "Print preview — %1": "印刷プレビュー — %1",
    "%1 — %2 (%3)": "%1 — %2（%3）",
    "  finalised %1 by %2": "　%1 %2 確定",
    "  received from %1 (read-only)": "　%1 から受信（読み取り専用）",
    "&Print…": "印刷(&P)…",
    "Print preview, then print (Ctrl+P)": "印刷プレビューを開いて印刷（Ctrl+P）",
    "Save as P&DF…": "PDF に保存(&D)…",
    "Save as PDF": "PDF に保存",
    "PDF files (*.pdf)": "PDF ファイル (*.pdf)",
    "Space ticks or unticks the selected line": "選択した行はスペースキーでチェックの入・切ができます",
    "The main complaint in the patient\"s words": "患者さんの言葉での主な訴え",
    "Course of the present illness": "現在の病気の経過",
    "Past illnesses, operations, family history": "過去の病気・手術・家族歴",
    "Anything else the reader should know": "先方に伝えたいその他の事項",
    "&Attach file…": "ファイルを添付(&A)…",
    "PDF, PNG or JPEG, at most %1 MB each": "PDF・PNG・JPEG、1ファイル %1 MB まで",
    "Remove attachment": "添付を外す",
    "&Show version": "この版を表示(&S)",
    "Reason for the new version (optional)": "新しい版にする理由（任意）",
    "Save draft": "下書き保存",
    "Keep as a draft (Ctrl+S)": "下書きとして保存（Ctrl+S）",
    "Finalise": "確定",
    "Sign off with your name and the time (Ctrl+Shift+F)": "あなたの名前と日時で確定します（Ctrl+Shift+F）",
    "&Edit as new version": "新しい版として編集(&E)",
    "Close": "閉じる",
    "&Versions:": "版(&V):",
    "%1  (%2 KB)": "%1（%2 KB）",
    "Version %1  %2  %3": "第%1版　%2　%3",
    "  saved %1 by %2": "　%1 %2 保存",
    "New, not saved yet": "新規（未保存）",
    "%1 — %2": "%1 — %2",
    "Saved as a draft.": "下書きとして保存しました。",
    "Finalised as version %1.": "第%1版として確定しました。",
    "Version %1 started as a draft; the finalised versions stay readable.": "第%1版を下書きとして作成しました。確定済みの版はそのまま読めます。",
    "Attach files": "ファイルを添付",
    "PDF and images (*.pdf *.png *.jpg *.jpeg)": "PDF と画像 (*.pdf *.png *.jpg *.jpeg)",
    "%1 is %2 MB; an attachment can be at most %3 MB. Make the file smaller (e.g. scan at a lower resolution) or send it separately.": "%1 は %2 MB あります。添付できるのは %3 MB までです。ファイルを小さくする（低い解像度でスキャンするなど）か、別にお送りください。",
    "%1 cannot be read: %2": "%1 を読み込めません: %2",
    "Attached: %1": "添付しました: %1",
    "Saved %1": "%1 を保存しました",
    "Addressee": "紹介先",
    "(type a new addressee)": "（新しい紹介先を入力）",
    "10 digits": "10桁",
    "Leave empty for \"attending doctor\"": "空欄なら「ご担当医」",
    "The main complaint in the patient's words": "患者さんの言葉での主な訴え",
    "Address &book:": "紹介先一覧(&B):",
    "&Institution:": "医療機関名(&I):",
    "Institution &number:": "医療機関番号(&N):",
    "Depart&ment:": "診療科(&M):",
    "Doc&tor:": "医師名(&T):",
    "e.g. Please examine and treat; further tests": "例: ご高診とご加療のお願い、精査のお願い",
    "Treatment so far and its results": "これまでの治療とその結果",
    "Optional": "任意",
    "Discharge summary of %1 (version %2)": "%1 退院の退院時サマリー（第%2版）",
    "Admission": "入院",
    "e.g. improved, cured, transferred": "例: 軽快、治癒、転院",
    "&Admitted on:": "入院日(&A):",
    "&Discharged on:": "退院日(&D):",
    "Condition at dis&charge:": "退院時転帰(&C):",
    "Why the patient was admitted": "入院した理由",
    "Course and treatment during the stay": "入院中の経過と治療",
    "Follow-up, diet, activity": "受診予定・食事・活動など",
    "Document": "文書",
    "State": "状態",
    "Addressee / stay": "紹介先／入院期間",
    "New &referral…": "紹介状を作成(&R)…",
    "Write a referral letter prefilled from the chart (Ctrl+Shift+L)": "カルテの内容を入れた紹介状を作成（Ctrl+Shift+L）",
    "New discharge &summary…": "退院時サマリーを作成(&S)…",
    "&Open": "開く(&O)",
    "Open the selected document (Enter)": "選んだ文書を開く（Enter）",
    "%1 (received)": "%1（受信）",
    "%1 – %2": "%1 – %2",
    "Documents": "文書",
    "Ctrl+Shift+L": "Ctrl+Shift+L",
    "Se&nd again": "再送信(&N)",
    "Queue this finalised document for the sharing service again": "この確定済み文書をもう一度共有サービスへの送信待ちに入れます",
    "Sharing service: %1": "共有サービス: %1",
    " (%1; correct it as a new version and send again)": "（%1。新しい版として訂正し、再送信してください）",
    "Sharing service: not queued": "共有サービス: 送信待ちなし",
    "Queued for the sharing service; it is sent with the next push.": "共有サービスへの送信待ちに入れました。次の送信で送られます。",
    "On first start, offer demo patients ticked (for trying Tsumugi out).":
        "初回起動時、デモ患者の追加にあらかじめチェックを入れる（お試し用）。",
    # sync/fhir: bundle identifiers
    "The bundle identifier %1 must have three parts: institution^year^id.":
        "バンドル識別子 %1 は「医療機関番号^年^ID」の3つの部分からなる必要があります。",
    "The bundle identifier %1 does not start with a valid 10-digit institution number.":
        "バンドル識別子 %1 の先頭が正しい10桁の医療機関番号ではありません。",
    "The bundle identifier %1 has no 4-digit year in its middle part.":
        "バンドル識別子 %1 の中央の部分が4桁の年ではありません。",
    "The last part of the bundle identifier %1 must be 1 to 36 letters, digits or hyphens.":
        "バンドル識別子 %1 の最後の部分は、1〜36文字の英字・数字・ハイフンでなければなりません。",
    # --- tsumugictl (app/ctl) ---
    "error: %1": "エラー: %1",
    "Give the password file with --password-file.": "--password-file でパスワードファイルを指定してください。",
    "The password file %1 cannot be read.": "パスワードファイル %1 を読み込めません。",
    "Give the record file with --db.": "--db で記録ファイルを指定してください。",
    "Unknown command: %1": "不明なコマンドです: %1",
    "Created %1 for %2 (%3); administrator: %4": "%2（%3）の記録 %1 を作成しました。管理者: %4",
    "user add needs a NAME and --role doctor|clerk|admin.": "user add には NAME と --role doctor|clerk|admin が必要です。",
    "Password changed.": "パスワードを変更しました。",
    "--sex is male, female, other or unknown.": "--sex には male、female、other、unknown のいずれかを指定します。",
    "--birth is a date like 1975-04-12 or S50.4.12.": "--birth には 1975-04-12 や S50.4.12 のような日付を指定します。",
    "There is no patient number %1.": "患者番号 %1 の患者はいません。",
    "version %1": "第%1版",
    "Patient number": "患者番号",
    "Name": "氏名",
    "Kana": "カナ",
    "Sex": "性別",
    "Birth date": "生年月日",
    "Address": "住所",
    "Phone": "電話番号",
    "The status is waiting, in_consultation or done.": "状態は waiting、in_consultation、done のいずれかです。",
    "The audit trail is broken at row %1: %2": "監査ログが %1 行目で途切れています: %2",
    "The audit trail is intact (%1 rows).": "監査ログは改ざんされていません（%1 行）。",
    "auto-lock-minutes takes a number of minutes.": "auto-lock-minutes には分数を指定します。",
    "%n demo patient(s) added.": "デモ患者を %n 人追加しました。",
    "The option --%1 needs a value.": "オプション --%1 には値が必要です。",
    # --- allergies ---
    "Enter what the patient is allergic to (or the contraindicated drug).":
        "アレルギーの原因（または禁忌薬）を入力してください。",
    "The allergen name is longer than 200 characters.": "アレルゲン名が200文字を超えています。",
    "A drug contraindication is coded with a YJ code, not J-FAGY.":
        "薬剤禁忌は J-FAGY ではなく YJコードでコード化します。",
    "'%1' is not a J-FAGY code (J9F or J9N followed by 9 characters, e.g. J9FA15000000).":
        "「%1」は J-FAGY コードではありません（J9F または J9N に続けて9文字。例: J9FA15000000）。",
    "The J-FAGY code %1 is not a food; food allergens start with J9F.":
        "J-FAGY コード %1 は食物ではありません。食物アレルゲンは J9F で始まります。",
    "The J-FAGY code %1 is not an environmental allergen; those start with J9N.":
        "J-FAGY コード %1 は環境アレルゲンではありません。環境アレルゲンは J9N で始まります。",
    "A YJ code names a drug: use it for a drug contraindication (category medication).":
        "YJコードは医薬品を表します。薬剤禁忌（分類: 医薬品）に使ってください。",
    "'%1' is not a YJ code (12 characters, e.g. 1149019F1560).":
        "「%1」は YJコードではありません（12文字。例: 1149019F1560）。",
    "A free-text entry has no code; choose the code system for %1.":
        "自由記載にはコードがありません。%1 のコード体系を選んでください。",
    "The onset date %1 is in the future.": "発症日 %1 が未来の日付です。",
    "The recorded date %1 is not a date up to today.": "記録日 %1 は今日までの日付ではありません。",
    "The onset date is after the recorded date.": "発症日が記録日より後になっています。",
    "The allergy was not found.": "アレルギー情報が見つかりません。",
    "Someone else changed this allergy (now version %1) while you were editing version %2. Reopen it and apply your change again.":
        "第%2版を編集している間に、他の人がこのアレルギー情報を変更しました（現在は第%1版）。開き直して、もう一度変更してください。",
    "A withdrawn allergy cannot be edited.": "取り消したアレルギー情報は編集できません。",
    "The allergy is already withdrawn.": "このアレルギー情報はすでに取り消されています。",
    # --- audit ---
    "row %1 is missing": "%1 行目がありません",
    "row %1 does not follow the row before it": "%1 行目が前の行とつながっていません",
    "row %1 was changed after it was written": "%1 行目は書き込み後に変更されています",
    # --- chart printout ---
    "The patient was not found.": "患者が見つかりません。",
    "Chart of %1 (%2), patient number %3, born %4 (%5)": "%1（%2）のカルテ　患者番号 %3　生年月日 %4（%5）",
    "== Allergies and drug contraindications": "== アレルギー・薬剤禁忌",
    "(none recorded)": "（記録なし）",
    "== Diagnoses": "== 傷病名",
    " [principal]": " [主病名]",
    " [not disclosed]": " [未告知]",
    " [not shared]": " [未提供]",
    "== Lab results (latest per item)": "== 検査結果（項目ごとの最新）",
    "== Visits": "== 受診歴",
    " WITHDRAWN: %1": " 取消: %1",
    "note %1 version %2 (%3)": "記載 %1 第%2版（%3）",
    "[findings]": "[所見]",
    "[orders]": "[処方・指示]",
    " WITHDRAWN": " 取消",
    "Only doctors write charts.": "カルテを記載できるのは医師だけです。",
    "Your role does not allow reading charts.": "あなたの役割ではカルテを閲覧できません。",
    "This item was recorded by another institution (%1) and cannot be changed here.":
        "この項目は他の医療機関（%1）で記録されたため、ここでは変更できません。",
    # --- record ---
    "Enter the clinic's name.": "医療機関名を入力してください。",
    "The institution number (医療機関番号) has 10 digits: prefecture (01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.":
        "医療機関番号は10桁です: 都道府県番号（01〜47）、点数表番号（1 医科、3 歯科）、医療機関コード7桁。",
    "The file %1 already exists; it was left untouched.": "ファイル %1 はすでに存在します。変更していません。",
    "The record file %1 does not exist.": "記録ファイル %1 がありません。",
    "The key file %1 does not belong to the record %2 (or the start of the record file is damaged). Restore the matching pair from the backup; nothing was changed.":
        "鍵ファイル %1 は記録 %2 のものではありません（または記録ファイルの先頭が壊れています）。対になる2つのファイルをバックアップから戻してください。何も変更していません。",
    "The user name or password is incorrect.": "ユーザー名またはパスワードが正しくありません。",
    "The key file %1 is damaged. Nothing was changed.": "鍵ファイル %1 が壊れています。何も変更していません。",
    "The account %1 is disabled. Ask the administrator.": "アカウント %1 は無効になっています。管理者に連絡してください。",
    "Your role does not allow this. Ask the administrator.": "あなたの役割ではこの操作はできません。管理者に連絡してください。",
    "The automatic lock time is between 1 and 120 minutes.": "自動ロックまでの時間は1〜120分です。",
    # --- clinical notes ---
    "The note is empty: write findings or orders.": "記載が空です。所見または処方・指示を書いてください。",
    "A note column is longer than %1 characters.": "記載欄が %1 文字を超えています。",
    "The note was not found.": "記載が見つかりません。",
    "The visit was not found.": "受診が見つかりません。",
    "The visit was withdrawn; its note cannot be written.": "この受診は取り消されているため、記載できません。",
    "Someone else changed this note (now version %1) while you were editing version %2. Reopen it and apply your change again.":
        "第%2版を編集している間に、他の人がこの記載を変更しました（現在は第%1版）。開き直して、もう一度変更してください。",
    "This note is %1; a finalised note is edited as a new version.": "この記載は%1です。確定した記載は新しい版として修正します。",
    "Only a draft can be finalised; this note is %1.": "確定できるのは下書きだけです。この記載は%1です。",
    "Only a finalised note gets a new version; this note is %1 (save the draft instead).":
        "新しい版を作れるのは確定した記載だけです。この記載は%1です（下書きとして保存してください）。",
    "Give the reason for withdrawing the note.": "記載を取り消す理由を入力してください。",
    "The note is already withdrawn.": "この記載はすでに取り消されています。",
    "Version %1 of this note does not exist.": "この記載の第%1版はありません。",
    # --- tsumugictl chart and master commands ---
    "A password file holds the password on its first line; '-' reads it from standard input.\n":
        "パスワードファイルの1行目にパスワードを書きます。'-' を指定すると標準入力から読みます。\n",
    "--%1 is a date like 2026-11-20; '%2' is not.": "--%1 には 2026-11-20 のような日付を指定します。「%2」は日付ではありません。",
    "--%1 is a number; '%2' is not.": "--%1 には数値を指定します。「%2」は数値ではありません。",
    "--%1 is one of %2.": "--%1 には %2 のいずれかを指定します。",
    "Give the %1 number.": "%1の番号を指定してください。",
    "visit": "受診",
    "withdrawn": "取消済",
    "note": "記載",
    "There is no note %1.": "記載 %1 はありません。",
    "version %1 → %2": "第%1版 → 第%2版",
    "The disease code %1 is not in the disease master.": "傷病名コード %1 は傷病名マスターにありません。",
    "The modifier code %1 is not in the modifier master.": "修飾語コード %1 は修飾語マスターにありません。",
    "diagnosis": "傷病名",
    "There is no such diagnosis.": "その傷病名はありません。",
    "allergy": "アレルギー",
    "%1 result(s) imported for %2 patient(s).": "%2 人分の検査結果 %1 件を取り込みました。",
    "%n day(s)": "%n 日分",
    "acknowledged: %1": "確認済み: %1",
    "prescription": "処方",
    "%1 master: %2 entries from %3": "%1マスター: %3 から %2 件",
    # --- FHIR patient mapping (sync) ---
    "unknown": "不明",
    "Patient %1 has no health insurance registered; the sharing service identifies patients by their insurance (R1012), so this patient's data cannot be shared.":
        "患者 %1 には保険情報が登録されていません。共有サービスは保険情報で患者を識別するため（R1012）、この患者の情報は共有できません。",
    "Patient %1 lacks a name, reading or birth date.": "患者 %1 の氏名、フリガナ、生年月日のいずれかがありません。",
    "Patient: the resource is not a Patient.": "Patient: リソースが Patient ではありません。",
    "Patient.identifier: the insured-person identifier %1 is not 保険者番号:記号:番号:枝番.":
        "Patient.identifier: 被保険者識別子 %1 が「保険者番号:記号:番号:枝番」の形式ではありません。",
    "Patient.name: no name.": "Patient.name: 氏名がありません。",
    "Patient.birthDate: missing or not a date.": "Patient.birthDate: 生年月日がないか、日付ではありません。",
    # --- desktop start ---
    "Tsumugi — electronic medical record for small clinics": "Tsumugi — 診療所のための電子カルテ",
    "Open the clinic record at <path> instead of the default one.": "既定の記録の代わりに <パス> の記録を開きます。",
    "path": "パス",
    # --- diagnoses ---
    "Enter the disease name.": "傷病名を入力してください。",
    "The disease name is longer than 200 characters.": "傷病名が200文字を超えています。",
    "The MEDIS disease number (病名管理番号) has 8 digits (99999999 for a name not in the master); '%1' is not one.":
        "MEDIS 病名管理番号は8桁です（マスターにない病名は 99999999）。「%1」は該当しません。",
    "The receipt disease code (傷病名コード) has 7 digits; '%1' is not one.":
        "傷病名コード（レセ電）は7桁です。「%1」は該当しません。",
    "'%1' is not an ICD-10 code (a letter and two digits, then up to two more, e.g. I10 or E11.9).":
        "「%1」は ICD-10 コードではありません（英字1文字と数字2桁、さらに2桁まで。例: I10、E11.9）。",
    "A modifier (修飾語) needs its 4-digit code and its name; '%1 %2' is not complete.":
        "修飾語には4桁のコードと名称が必要です。「%1 %2」は不完全です。",
    "Enter the start date of the diagnosis.": "診断の開始日を入力してください。",
    "The start date %1 is in the future.": "開始日 %1 が未来の日付です。",
    "A continuing diagnosis has no end date; choose the outcome (転帰) as well.":
        "継続中の傷病名に終了日はありません。終了日を入れる場合は転帰も選んでください。",
    "Enter the end date (転帰日) for the outcome %1.": "転帰「%1」の転帰日を入力してください。",
    "The end date %1 is before the start date %2.": "転帰日 %1 が開始日 %2 より前です。",
    "The end date %1 is in the future.": "転帰日 %1 が未来の日付です。",
    "The diagnosis was not found.": "傷病名が見つかりません。",
    "Someone else changed this diagnosis (now version %1) while you were editing version %2. Reopen it and apply your change again.":
        "第%2版を編集している間に、他の人がこの傷病名を変更しました（現在は第%1版）。開き直して、もう一度変更してください。",
    "A withdrawn diagnosis cannot be edited.": "取り消した傷病名は編集できません。",
    "The diagnosis is already withdrawn.": "この傷病名はすでに取り消されています。",
    # --- display words ---
    "Male": "男",
    "Female": "女",
    "Other": "その他",
    "Not specified": "未設定",
    "Waiting": "診察待ち",
    "In consultation": "診察中",
    "Done": "診察済",
    "Administrator": "管理者",
    "Doctor": "医師",
    "Clerk": "事務",
    "%n years": "%n歳",
    # --- masters and imports ---
    "The J-FAGY file is empty.": "J-FAGY ファイルが空です。",
    "This is not the J-FAGY master: its first line has no %1 column.": "J-FAGY マスターではありません。1行目に %1 列がありません。",
    "Line %1 of the J-FAGY file has %2 fields; %3 were expected.":
        "J-FAGY ファイルの %1 行目の項目数が %2 です（%3 のはずです）。",
    "%1 cannot be read.": "%1 を読み込めません。",
    "The folder %1 does not exist.": "フォルダー %1 がありません。",
    "%1 holds no JP-CLINS lab value sets (ValueSet-jp-clins-valueset-*labo*.json). Give the extracted package folder.":
        "%1 に JP-CLINS の検査値セット（ValueSet-jp-clins-valueset-*labo*.json）がありません。展開したパッケージのフォルダーを指定してください。",
    "Value sets on %1 were skipped: the package does not contain that code system.":
        "%1 の値セットは読み飛ばしました。パッケージにそのコード体系が含まれていません。",
    "The key file %1 is missing. It must stay beside the record file; restore it from the backup.":
        "鍵ファイル %1 がありません。記録ファイルと同じ場所に必要です。バックアップから戻してください。",
    "The key file %1 cannot be read: %2": "鍵ファイル %1 を読み込めません: %2",
    "The key file %1 is damaged or not a Tsumugi key file.": "鍵ファイル %1 は壊れているか、Tsumugi の鍵ファイルではありません。",
    "The key file %1 has a damaged key slot.": "鍵ファイル %1 の鍵スロットが壊れています。",
    "The key file %1 cannot be written: %2": "鍵ファイル %1 に書き込めません: %2",
    "The key file %1 could not be saved (is the disk full?): %2": "鍵ファイル %1 を保存できませんでした（ディスクがいっぱいではありませんか）: %2",
    "The lab file is empty.": "検査結果ファイルが空です。",
    "Line 1 of the lab file must name the columns; missing: %1 (see docs/lab-results-csv.md).":
        "検査結果ファイルの1行目には列名が必要です。不足: %1（docs/lab-results-csv.md を参照）。",
    "%1 fields where the header has %2": "見出しは %2 項目ですが %1 項目あります",
    "the patient number '%1' is not a number": "患者番号「%1」が数字ではありません",
    "the collection time '%1' is not a date and time like 2026-11-20 09:30": "採取日時「%1」が 2026-11-20 09:30 のような日時ではありません",
    "the code system '%1' is not jlac10, jlac11 or local": "コード体系「%1」は jlac10、jlac11、local のいずれでもありません",
    "the reference low '%1' is not a number": "基準値下限「%1」が数値ではありません",
    "the reference high '%1' is not a number": "基準値上限「%1」が数値ではありません",
    "line %1: %2": "%1行目: %2",
    "The lab file was not imported (nothing was saved):\n%1": "検査結果ファイルは取り込みませんでした（何も保存していません）:\n%1",
    "The lab file has a header but no results.": "検査結果ファイルに見出しはありますが、結果がありません。",
    "'%1' is not a JLAC10 code (17 letters and digits).": "「%1」は JLAC10 コードではありません（英数字17桁）。",
    "'%1' is not a usable item code (1 to 20 letters, digits, '.', '_' or '-').":
        "「%1」は項目コードとして使えません（英数字、'.'、'_'、'-' で1〜20文字）。",
    "Enter the name of the lab item.": "検査項目名を入力してください。",
    "Enter the result value.": "結果値を入力してください。",
    "The result value is not a finite number.": "結果値が有限の数値ではありません。",
    "A numeric result needs its unit.": "数値の結果には単位が必要です。",
    "The unit '%1' is not usable (at most 20 characters, no spaces).": "単位「%1」は使えません（空白なしで20文字まで）。",
    "The reference range is reversed: %1 is above %2.": "基準範囲が逆です: %1 が %2 より大きくなっています。",
    "The abnormal flag '%1' is not one of N, H, L, HH, LL, A, POS, NEG.":
        "異常フラグ「%1」は N、H、L、HH、LL、A、POS、NEG のいずれでもありません。",
    "Enter the specimen (血清, 血漿, 全血, 尿, …).": "検体（血清、血漿、全血、尿など）を入力してください。",
    "Enter the collection date and time.": "採取日時を入力してください。",
    "The collection time %1 is in the future.": "採取日時 %1 が未来の日時です。",
    "The lab result was not found.": "検査結果が見つかりません。",
    "Someone else changed this result (now version %1) while you were editing version %2. Reopen it and apply your change again.":
        "第%2版を編集している間に、他の人がこの検査結果を変更しました（現在は第%1版）。開き直して、もう一度変更してください。",
    "A withdrawn result cannot be edited.": "取り消した検査結果は編集できません。",
    "The lab result is already withdrawn.": "この検査結果はすでに取り消されています。",
    "there is no patient number %1": "患者番号 %1 の患者はいません",
    "… and %n more problem(s).": "…ほか %n 件の問題があります。",
    "%1 was not imported (nothing was saved):\n%2": "%1 は取り込みませんでした（何も保存していません）:\n%2",
    "Only doctors and administrators import masters.": "マスターを取り込めるのは医師と管理者だけです。",
    "The file has no entries; the %1 master was left as it was.": "ファイルに項目がありません。%1マスターは変更していません。",
    "The file %1 cannot be read.": "ファイル %1 を読み込めません。",
    "%n ended code(s) left out.": "使用終了のコード %n 件を除きました。",
    "%n abolished code(s) left out.": "廃止されたコード %n 件を除きました。",
    "A template needs a title of at most 60 characters.": "テンプレートには60文字以内のタイトルが必要です。",
    "A template needs a text.": "テンプレートには本文が必要です。",
    # --- patients ---
    "Someone else changed this patient (now version %1) while you were editing version %2. Reopen the patient and apply your change again.":
        "第%2版を編集している間に、他の人がこの患者情報を変更しました（現在は第%1版）。患者を開き直して、もう一度変更してください。",
    "The insurer number (保険者番号) may contain digits only.": "保険者番号は数字だけで入力してください。",
    "The insurer number (保険者番号) has 8 digits (6 for National Health Insurance).":
        "保険者番号は8桁です（国民健康保険は6桁）。",
    "The insurer number (保険者番号) %1 is not valid: its last digit (check digit) should be %2. Please check the card.":
        "保険者番号 %1 は正しくありません。最後の桁（検証番号）は %2 になるはずです。保険証を確認してください。",
    "Enter the family name.": "姓を入力してください。",
    "Enter the family name reading in kana.": "姓のフリガナを入力してください。",
    "The reading may contain kana only (hiragana or katakana).": "フリガナはかな（ひらがな・カタカナ）だけで入力してください。",
    "Enter the given name reading in kana.": "名のフリガナを入力してください。",
    "Enter a valid birth date.": "正しい生年月日を入力してください。",
    "The birth date cannot be in the future.": "生年月日に未来の日付は入力できません。",
    "The birth date is too far in the past; please check it.": "生年月日が古すぎます。確認してください。",
    "Enter the insured person's number (番号) from the card.": "保険証の番号を入力してください。",
    "Enter the insurer number (保険者番号) from the card.": "保険証の保険者番号を入力してください。",
    "The branch number (枝番) has two digits, e.g. 01.": "枝番は2桁です（例: 01）。",
    "The phone number may contain digits, hyphens and brackets only.": "電話番号は数字、ハイフン、かっこだけで入力してください。",
    "The postal code has seven digits, e.g. 160-0023.": "郵便番号は7桁です（例: 160-0023）。",
    # --- prescriptions ---
    "Enter the drug.": "薬剤を入力してください。",
    "The drug name is longer than 200 characters.": "薬剤名が200文字を超えています。",
    "'%1' is not a YJ code (12 characters, e.g. 2325003B2029).": "「%1」は YJコードではありません（12文字。例: 2325003B2029）。",
    "'%1' is not a 一般名コード (12 characters, e.g. 2325003B2ZZZ).": "「%1」は一般名コードではありません（12文字。例: 2325003B2ZZZ）。",
    "'%1' is not a レセ電 医薬品コード (9 digits starting with 6).": "「%1」はレセ電の医薬品コードではありません（6で始まる9桁）。",
    "A drug without a code system has no code; choose the code system for %1.":
        "コード体系のない薬剤にはコードがありません。%1 のコード体系を選んでください。",
    "The dose must be above 0 (and at most 10000).": "用量は0より大きく、10000以下にしてください。",
    "The unit '%1' is not a dosage unit (%2).": "単位「%1」は用量の単位ではありません（%2）。",
    "Enter the usage (用法), e.g. 1日3回毎食後.": "用法を入力してください（例: 1日3回毎食後）。",
    "The days (or times) must be between 1 and 365; %1 is not.": "日数（回数）は1〜365です。%1 は範囲外です。",
    "The total quantity must be above 0.": "総量は0より大きくしてください。",
    "The start date is missing.": "開始日がありません。",
    "The Rp number must be between 1 and 99.": "Rp番号は1〜99です。",
    "The visit of the prescription was not found.": "処方の受診が見つかりません。",
    "The visit was withdrawn; it cannot get prescriptions.": "この受診は取り消されているため、処方できません。",
    "%1 matches the recorded drug contraindication %2 (%3).": "%1 は記録済みの薬剤禁忌 %2（%3）に該当します。",
    "%1 contains %2, to which the patient is allergic.": "%1 には、患者がアレルギーを持つ %2 が含まれています。",
    "%1 is already prescribed (%2, from %3 for %n day(s)) and still active.":
        "%1 はすでに処方中です（%2、%3 から %n 日分）。",
    "The prescription was not found.": "処方が見つかりません。",
    "Someone else changed this prescription (now version %1) while you were editing version %2. Reopen it and apply your change again.":
        "第%2版を編集している間に、他の人がこの処方を変更しました（現在は第%1版）。開き直して、もう一度変更してください。",
    "A withdrawn prescription cannot be edited.": "取り消した処方は編集できません。",
    "A prescription stays with its visit.": "処方は元の受診から移せません。",
    "Check before prescribing:\n%1\nSave again acknowledging the warnings to prescribe anyway.":
        "処方前に確認してください:\n%1\n警告を確認のうえで処方する場合は、もう一度保存してください。",
    "The prescription is already withdrawn.": "この処方はすでに取り消されています。",
    "There is no earlier visit with a prescription to repeat.": "繰り返せる処方のある過去の受診がありません。",
    "The %1 file is empty.": "%1のファイルが空です。",
    "Line %1 is not a record of the %2 (expected at least %3 fields with master type %4 in field 2).":
        "%1 行目は%2のレコードではありません（%3 項目以上で、2項目目のマスター種別が %4 のはずです）。",
    "disease master (傷病名マスター)": "傷病名マスター",
    "modifier master (修飾語マスター)": "修飾語マスター",
    "drug master (医薬品マスター)": "医薬品マスター",
    # --- reception ---
    "This patient is already on today's reception list.": "この患者はすでに本日の受付一覧にいます。",
    "The reception entry was not found.": "受付が見つかりません。",
    # --- storage ---
    "This record was written by a newer Tsumugi (schema %1; this program knows up to %2). Update Tsumugi to open it; the file was not changed.":
        "この記録は新しい版の Tsumugi で書かれています（スキーマ %1。このプログラムは %2 まで対応）。開くには Tsumugi を更新してください。ファイルは変更していません。",
    "The record file %1 cannot be opened: %2": "記録ファイル %1 を開けません: %2",
    "The file %1 is not a Tsumugi record, or it is damaged. Nothing was changed.":
        "ファイル %1 は Tsumugi の記録ではないか、壊れています。何も変更していません。",
    "The disk is full. The last change was not saved; nothing else was lost.":
        "ディスクがいっぱいです。最後の変更は保存されませんでしたが、それ以外は失われていません。",
    "The file %1 is not a Tsumugi record, or it is damaged.": "ファイル %1 は Tsumugi の記録ではないか、壊れています。",
    "The record file %1 is damaged: %2": "記録ファイル %1 が壊れています: %2",
    "The change conflicts with the saved record: %1": "変更が保存済みの記録と食い違っています: %1",
    "The record is busy in another program; try again.": "記録は別のプログラムが使用中です。もう一度お試しください。",
    "The clinic server %1 cannot be reached: %2": "院内サーバー %1 に接続できません: %2",
    "The connection to the clinic server was lost. The last change was not saved; nothing else was lost. (%1)": "院内サーバーとの接続が切れました。最後の変更は保存されていません。それ以外は失われていません。(%1)",
    "The clinic server's disk is full. The last change was not saved; nothing else was lost.": "院内サーバーのディスクがいっぱいです。最後の変更は保存されていません。それ以外は失われていません。",
    "The record is busy at another desk; try again.": "記録は別の端末で使用中です。もう一度お試しください。",
    "Storage error (%1) during %2: %3": "保存エラー（%1）: %2 の処理中: %3",
    # --- users ---
    "The password needs at least %1 characters.": "パスワードは %1 文字以上にしてください。",
    "The user name has 2 to 32 letters, digits, dots, hyphens or underscores (e.g. tanaka).":
        "ユーザー名は英数字、ピリオド、ハイフン、下線で2〜32文字です（例: tanaka）。",
    "A user named %1 already exists.": "ユーザー %1 はすでに登録されています。",
    "The current password is incorrect.": "現在のパスワードが正しくありません。",
    "You cannot disable your own account.": "自分のアカウントは無効にできません。",
    "There is no user named %1.": "ユーザー %1 は登録されていません。",
    # --- visits ---
    "Enter the visit date.": "受診日を入力してください。",
    "The visit date %1 is in the future.": "受診日 %1 が未来の日付です。",
    "The visit date %1 is too far in the past.": "受診日 %1 が古すぎます。",
    "Enter the department (診療科).": "診療科を入力してください。",
    "The department name is longer than 40 characters.": "診療科名が40文字を超えています。",
    "The doctor of a visit must be a user with the doctor role.": "受診の担当医は医師の役割を持つユーザーにしてください。",
    "Someone else changed this visit (now version %1) while you were editing version %2. Reopen it and apply your change again.":
        "第%2版を編集している間に、他の人がこの受診を変更しました（現在は第%1版）。開き直して、もう一度変更してください。",
    "The visit is already withdrawn.": "この受診はすでに取り消されています。",
    # --- lock screen ---
    "Tsumugi is locked": "Tsumugi はロックされています",
    "Password": "パスワード",
    "Unlock": "ロック解除",
    "Quit Tsumugi": "Tsumugi を終了",
    "Another user signs in after Tsumugi is started again.": "別のユーザーは、Tsumugi を起動し直してからログインします。",
    "Another user? Quit and sign in again.": "別の方が使う場合は、終了してからログインし直してください。",
    "Signed in as %1 (%2).": "%1（%2）としてログイン中です。",
    "Enter your password to continue.": "続けるにはパスワードを入力してください。",
    # --- login ---
    "Tsumugi — Sign in": "Tsumugi — ログイン",
    "Sign in to open the clinic record.": "ログインして診療所の記録を開きます。",
    "&User name:": "ユーザー名(&U):",
    "&Password:": "パスワード(&P):",
    "Record: %1": "記録ファイル: %1",
    "Sign in": "ログイン",
    "Quit": "終了",
    "Enter your user name.": "ユーザー名を入力してください。",
    "Enter your password.": "パスワードを入力してください。",
    # --- main window ---
    "Tsumugi — %1 — %2": "Tsumugi — %1 — %2",
    "%1 (institution no. %2)   |   %3 (%4)": "%1（医療機関番号 %2）   |   %3（%4）",
    "&File": "ファイル(&F)",
    "&Lock": "ロック(&L)",
    "Ctrl+L": "Ctrl+L",
    "&Quit": "終了(&Q)",
    "Ctrl+Q": "Ctrl+Q",
    "&Patients": "患者(&P)",
    "&Find patient": "患者を検索(&F)",
    "Ctrl+F": "Ctrl+F",
    "&New patient…": "新規患者登録(&N)…",
    "Ctrl+N": "Ctrl+N",
    "&Open / edit patient…": "患者を開く・編集(&O)…",
    "Ctrl+E": "Ctrl+E",
    "&Add to reception": "受付に追加(&A)",
    "Ctrl+R": "Ctrl+R",
    "&Reception": "受付(&R)",
    "&Refresh": "最新の状態に更新(&R)",
    "&Go to the list": "受付一覧へ移動(&G)",
    "Ctrl+G": "Ctrl+G",
    "Mark &waiting": "診察待ちにする(&W)",
    "Ctrl+1": "Ctrl+1",
    "Mark &in consultation": "診察中にする(&I)",
    "Ctrl+2": "Ctrl+2",
    "Mark &done": "診察済にする(&D)",
    "Ctrl+3": "Ctrl+3",
    "&Settings": "設定(&S)",
    "&Language (after restart)": "表示言語（再起動後に反映）(&L)",
    "Same as the system": "システムの設定に合わせる",
    "&Automatic lock time…": "自動ロックまでの時間(&A)…",
    "&Help": "ヘルプ(&H)",
    "&About Tsumugi": "Tsumugi について(&A)",
    "Locked.": "ロックしました。",
    "The password is incorrect.": "パスワードが正しくありません。",
    "Patient %1 registered as number %2.": "%1 さんを患者番号 %2 で登録しました。",
    "Select a patient first.": "先に患者を選んでください。",
    "Tsumugi": "Tsumugi",
    "Changes to %1 saved.": "%1 さんの変更を保存しました。",
    "Language": "表示言語",
    "The new language is used the next time Tsumugi starts.": "新しい表示言語は、次に Tsumugi を起動したときから使われます。",
    "Automatic lock": "自動ロック",
    "Lock the screen after this many idle minutes:": "操作がないまま次の分数が過ぎたら画面をロックします:",
    "About Tsumugi": "Tsumugi について",
    "Tsumugi %1 — electronic medical record for small clinics.": "Tsumugi %1 — 診療所のための電子カルテ",
    # --- patient dialog ---
    "Register patient": "新規患者登録",
    "Edit patient %1 — %2": "患者情報の編集 %1 — %2",
    "Patient": "患者",
    "Name (family / given):": "氏名（姓・名）:",
    "e.g. 山田": "例: 山田",
    "e.g. 太郎": "例: 太郎",
    "Kana (family / given):": "フリガナ（セイ・メイ）:",
    "e.g. ヤマダ": "例: ヤマダ",
    "e.g. タロウ": "例: タロウ",
    "Sex:": "性別:",
    "Birth date:": "生年月日:",
    "1975-04-12 or S50.4.12": "1975-04-12 または S50.4.12",
    "Postal code:": "郵便番号:",
    "e.g. 160-0023": "例: 160-0023",
    "Address:": "住所:",
    "Phone:": "電話番号:",
    "e.g. 03-1234-5678": "例: 03-1234-5678",
    "Health insurance card": "保険証",
    "Insurer number:": "保険者番号:",
    "8 digits (6 for National Health Insurance)": "8桁（国民健康保険は6桁）",
    "Symbol / number:": "記号・番号:",
    "Symbol": "記号",
    "Number": "番号",
    "Branch number:": "枝番:",
    "2 digits, e.g. 01": "2桁（例: 01）",
    "Register": "登録",
    "Save": "保存",
    "Cancel": "キャンセル",
    "(not a date yet)": "（日付として読めません）",
    "Please correct the marked fields. Nothing has been saved yet.": "赤枠の項目を直してください。まだ何も保存していません。",
    # --- patient list ---
    "Patients": "患者",
    "Search: patient no., kana, name, phone or birth date (Ctrl+F)": "検索: 患者番号・フリガナ・氏名・電話番号・生年月日（Ctrl+F）",
    "Type in the search field to find a patient.": "検索欄に入力すると患者を探せます。",
    "Register a new patient (Ctrl+N)": "新しい患者を登録します（Ctrl+N）",
    "&Open / edit": "開く・編集(&O)",
    "Open the selected patient (Enter)": "選んだ患者を開きます（Enter）",
    "Put the selected patient on today's reception list (Ctrl+R)": "選んだ患者を本日の受付一覧に追加します（Ctrl+R）",
    "No patient found for “%1”.": "「%1」に該当する患者はいません。",
    "%n patient(s) found.": "%n 人見つかりました。",
    "No.": "患者番号",
    "Age": "年齢",
    # --- reception panel ---
    "Back to waiting (Ctrl+1)": "診察待ちに戻します（Ctrl+1）",
    "Call in": "呼び込み（診察中）",
    "The patient is now in consultation (Ctrl+2)": "患者を診察中にします（Ctrl+2）",
    "The consultation is finished (Ctrl+3)": "診察が終わりました（Ctrl+3）",
    "Refresh": "最新の状態に更新",
    "Reload today's list (F5)": "本日の受付一覧を読み込み直します（F5）",
    "Today's reception — %1": "本日の受付 — %1",
    "Waiting: %1   In consultation: %2   Done: %3": "診察待ち: %1   診察中: %2   診察済: %3",
    "%1 was added to today's reception as number %2.": "%1 さんを本日の受付 %2 番に追加しました。",
    "Select a patient in the reception list first.": "先に受付一覧で患者を選んでください。",
    "Queue": "受付番号",
    "Arrived": "受付時刻",
    "Status": "状態",
    # --- setup wizard ---
    "Tsumugi — First start": "Tsumugi — 初期設定",
    "Create record": "記録を作成",
    "Your clinic": "医療機関",
    "Tsumugi keeps the clinic's record encrypted on this computer. First, tell it which clinic this is.":
        "Tsumugi は診療所の記録をこのコンピューターに暗号化して保存します。まず、医療機関の情報を入力してください。",
    "10 digits, e.g. 1312345678": "10桁（例: 1312345678）",
    "Clinic name:": "医療機関名:",
    "Institution number:": "医療機関番号:",
    "Address (optional):": "所在地（任意）:",
    "Phone (optional):": "電話番号（任意）:",
    "The institution number (医療機関番号) is on the clinic's designation notice: prefecture (2 digits), fee schedule (1 = medical) and the 7-digit code.":
        "医療機関番号は保険医療機関の指定通知書に記載されています: 都道府県番号（2桁）、点数表番号（医科は1）、医療機関コード（7桁）。",
    "First administrator": "最初の管理者",
    "This user can add the other users (doctors, clerks) later. Without the password the record cannot be opened; keep it safe.":
        "このユーザーは後から他のユーザー（医師・事務）を追加できます。パスワードがないと記録を開けません。大切に保管してください。",
    "e.g. admin": "例: admin",
    "e.g. 山田 花子": "例: 山田 花子",
    "at least %n characters": "%n 文字以上",
    "User name (for signing in):": "ユーザー名（ログイン用）:",
    "Display name:": "表示名:",
    "Password:": "パスワード:",
    "Password again:": "パスワード（確認）:",
    "Create the record": "記録の作成",
    "Add demo patients (for training and trying out only)": "デモ患者を追加する（練習・お試し用）",
    "Demo patients are fictitious. Leave this off for the record you use with real patients.":
        "デモ患者は架空の人物です。実際の患者に使う記録では、チェックを外したままにしてください。",
    "Clinic: %1\nInstitution number: %2\nAdministrator: %3 (%4)\n\nThe record will be created at:\n%5":
        "医療機関: %1\n医療機関番号: %2\n管理者: %3（%4）\n\n記録の作成先:\n%5",
    "Enter the institution number (医療機関番号).": "医療機関番号を入力してください。",
    "The institution number (医療機関番号) has exactly 10 digits.": "医療機関番号はちょうど10桁です。",
    "The first two digits of the institution number are the prefecture (01–47).": "医療機関番号の最初の2桁は都道府県番号（01〜47）です。",
    "The third digit of the institution number is the fee schedule: 1 (medical) or 3 (dental).":
        "医療機関番号の3桁目は点数表番号で、1（医科）または3（歯科）です。",
    "The two passwords differ. Type the same password twice.": "2つのパスワードが違います。同じパスワードを2回入力してください。",
    "The folder %1 could not be created.": "フォルダー %1 を作成できませんでした。",
    # ctl: CLINS export
    "There is no patient with id %1.": "ID %1 の患者は存在しません。",
    "Give the patient number with --patient.": "患者番号を --patient で指定してください。",
    "Give the output folder with --out.": "出力先フォルダーを --out で指定してください。",
    "--year must be a year from 2020 to 2039, not '%1'.": "--year には 2020〜2039 の年を指定してください（'%1' は使えません）。",
    "--seed must be a whole number, not '%1'.": "--seed には整数を指定してください（'%1' は使えません）。",
    "Patient %1 has nothing to share: no diagnoses, allergies or lab results to report.":
        "患者 %1 には共有する情報がありません（報告する傷病名・アレルギー・検査結果がありません）。",
    "The folder %1 cannot be created.": "フォルダー %1 を作成できません。",
    "%1 cannot be written.": "%1 に書き込めません。",
    # ui: chart window
    "Outpatient": "外来",
    "Inpatient": "入院",
    "Draft": "下書き",
    "Finalised": "確定",
    "Withdrawn": "取消",
    "Continuing": "継続",
    "Cured": "治癒",
    "Died": "死亡",
    "Discontinued": "中止",
    "Transferred": "転医",
    "Food": "食物",
    "Environment": "環境",
    "Drug contraindication": "薬剤禁忌",
    "Mild": "軽度",
    "Moderate": "中等度",
    "Severe": "重度",
    "In-house": "院内",
    "Outside pharmacy": "院外",
    "Allergy": "アレルギー",
    "Already prescribed": "重複投与",
    "LTS": "長期保存",
    "Not told": "未告知",
    "Not shared": "未提供",
    "%1  %2  %3  %4 days": "%1  %2  %3  %4日分",
    "No known allergies": "アレルギーなし",
    "Contraindicated: %1": "禁忌: %1",
    "⚠ Allergies / contraindications: %1": "⚠ アレルギー・薬剤禁忌: %1",
    "No known allergies (recorded)": "アレルギーなし（確認済み）",
    "Allergies not recorded — ask the patient": "アレルギー未確認 — 患者さんに確認してください",
    "Visits (newest first)": "受診歴（新しい順）",
    "&New visit": "新しい受診(&N)",
    "Start today's visit (Ctrl+N)": "本日の受診を開始 (Ctrl+N)",
    "Department": "診療科",
    "Internal medicine": "内科",
    "Date": "日付",
    "Class": "区分",
    "Visit note": "診療録",
    "Diagnoses": "傷病名",
    "Allergies": "アレルギー・禁忌",
    "Lab results": "検査結果",
    "S: what the patient says\nO: findings, vital signs, examination": "S: 主訴・患者さんの訴え\nO: 所見・バイタル・診察",
    "A/P: assessment, plan, labs ordered": "A/P: 評価・方針・検査オーダー",
    "Subjective / objective (S/O)": "主観的・客観的所見（S/O）",
    "Drug": "薬剤",
    "Dose": "用量",
    "Usage": "用法",
    "Days": "日数",
    "Quantity": "総量",
    "Dispensing": "調剤",
    "&Prescribe…": "処方(&P)…",
    "Add a drug (Ctrl+Shift+P)": "薬剤を処方 (Ctrl+Shift+P)",
    "&Do prescription…": "Do処方(&D)…",
    "Repeat the previous visit's prescription (Ctrl+D)": "前回の処方をもう一度 (Ctrl+D)",
    "&Edit…": "修正(&E)…",
    "&Withdraw…": "取消(&W)…",
    "Plan / orders": "方針・指示（P）",
    "Prescriptions of this visit": "この受診の処方",
    "Reason for the new version (optional):": "修正の理由（任意）:",
    "&Template…": "定型文(&T)…",
    "Insert a stock phrase (Ctrl+T)": "定型文を挿入 (Ctrl+T)",
    "&History…": "版の履歴(&H)…",
    "Versions and differences (Ctrl+H)": "版と差分 (Ctrl+H)",
    "&Save draft": "下書き保存(&S)",
    "Save the note as a draft (Ctrl+S)": "下書きとして保存 (Ctrl+S)",
    "&Finalise": "確定(&F)",
    "Finalise the note with your name and the time (Ctrl+Shift+F)": "記載者と日時を記録して確定 (Ctrl+Shift+F)",
    "Diagnosis": "傷病名",
    "Principal": "主病名",
    "Start": "開始日",
    "Outcome": "転帰",
    "End": "転帰日",
    "Code": "コード",
    "Flags": "フラグ",
    "&Add diagnosis…": "傷病名を追加(&A)…",
    "From the disease master or free text": "傷病名マスターから、または自由記載で",
    "Outcome, end date, flags": "転帰・転帰日・フラグ",
    "Entered in error": "誤入力の取消",
    "Allergen / drug": "アレルゲン・薬剤",
    "Category": "分類",
    "Reaction": "症状",
    "Severity": "重症度",
    "Recorded": "記録日",
    "&Add allergy / contraindication…": "アレルギー・禁忌を追加(&A)…",
    "J-FAGY, drug master or free text": "J-FAGY・医薬品マスター、または自由記載",
    "Record no &known allergies": "アレルギーなしを記録(&K)",
    "Item": "項目",
    "Latest": "最新値",
    "Flag": "判定",
    "Results": "件数",
    "Collected": "採取日時",
    "Value": "結果",
    "Reference": "基準値",
    "Specimen": "検体",
    "&Import CSV…": "CSV取込(&I)…",
    "Results file from the lab company": "検査会社の結果ファイルを取り込む",
    "&Enter result…": "結果を入力(&E)…",
    "Type a result by hand": "検査結果を手入力",
    "Ctrl+S": "Ctrl+S",
    "Ctrl+Shift+F": "Ctrl+Shift+F",
    "Ctrl+T": "Ctrl+T",
    "Ctrl+D": "Ctrl+D",
    "Ctrl+Shift+P": "Ctrl+Shift+P",
    "Ctrl+H": "Ctrl+H",
    "Ctrl+W": "Ctrl+W",
    "Ctrl+O": "Ctrl+O",
    "Chart — %1": "カルテ — %1",
    "no insurance on file": "保険未登録",
    "insurance %1": "保険 %1",
    "No. %1 · %2 · %3 · born %4 · %5": "患者番号 %1 · %2 · %3 · 生年月日 %4 · %5",
    "%1 v%2": "%1 第%2版",
    "Rx %1": "処方 %1件",
    "Withdrawn: %1": "取消: %1",
    "No visit recorded.": "受診の記録はありません。",
    "No visit selected. Start a visit (Ctrl+N).": "受診が選ばれていません。受診を開始してください (Ctrl+N)。",
    "<b>%1</b> · %2 · %3 · doctor: %4": "<b>%1</b> · %2 · %3 · 担当医: %4",
    "Prescribed despite: %1": "警告を確認のうえ処方: %1",
    "No note yet.": "記載はまだありません。",
    "Finalised version %1 by %2 at %3.": "第%1版 確定（%2、%3）。",
    "Saving your changes starts version %1.": "変更を保存すると第%1版になります。",
    "Draft version %1, saved by %2 at %3 — not finalised.": "第%1版 下書き（%2、%3 保存）— 未確定。",
    "Withdrawn (entered in error): %1": "取消（誤入力）: %1",
    "Unsaved changes.": "未保存の変更があります。",
    "Note finalised (version %1).": "診療録を確定しました（第%1版）。",
    "S/O": "S/O",
    "Plan": "P",
    "No templates": "定型文はありません",
    "Withdraw prescription": "処方の取消",
    "Withdraw visit…": "受診を取消…",
    "Withdraw visit": "受診の取消",
    "A visit recorded in error stays in the list, greyed, with the reason": "誤って登録した受診は理由とともに灰色で一覧に残ります",
    "Uncoded": "未コード化",
    "Receipt code %1": "レセ電 %1",
    "Diagnoses: none active": "傷病名: 継続中のものなし",
    "Diagnoses: %1": "傷病名: %1",
    "Free text": "自由記載",
    "Import lab results": "検査結果の取込",
    "CSV files (*.csv *.txt);;All files (*)": "CSVファイル (*.csv *.txt);;すべてのファイル (*)",
    "Cannot read %1.": "%1 を読み込めません。",
    "Imported %n result(s).": "検査結果を %n 件取り込みました。",
    "Nothing imported: %1": "取り込みませんでした: %1",
    "Withdraw diagnosis": "傷病名の取消",
    "Withdraw allergy": "アレルギーの取消",
    "Reason (kept in the record; nothing is deleted):": "理由（記録に残ります。削除はされません）:",
    "No numeric results to chart.": "グラフにする数値の結果がありません。",
    "Note history": "診療録の版の履歴",
    "Version %1 — %2, %3": "第%1版 — %2、%3",
    "(draft)": "（下書き）",
    "Reason: %1": "理由: %1",
    "The version as it was:": "当時の記載:",
    "Version %1 is the first version; there is nothing to compare.": "第%1版は最初の版です。比較する版はありません。",
    "Changes from version %1 to version %2 (removed in red, added in green):": "第%1版から第%2版への差分（削除は赤、追加は緑）:",
    "Prescribe": "処方する",
    "Edit prescription": "処方の修正",
    "Drug: type kana or name to search the drug master, or free text": "薬剤: かなや名称で医薬品マスターを検索、または自由記載",
    "Prescribe by &generic name": "一般名で処方(&G)",
    "3 times a day after each meal": "1日3回毎食後",
    "twice a day after breakfast and supper": "1日2回朝夕食後",
    "once a day after breakfast": "1日1回朝食後",
    "once a day at bedtime": "1日1回就寝前",
    "when in pain": "疼痛時",
    " days": " 日分",
    "dose × days": "用量×日数",
    "I have read the warnings: prescribe &anyway": "警告を確認しました。このまま処方する(&A)",
    "&Drug": "薬剤(&D)",
    "D&ose per day": "1日量(&O)",
    "&Usage": "用法(&U)",
    "Da&ys": "日数(&Y)",
    "&Quantity": "総量(&Q)",
    "Dis&pensing": "調剤(&P)",
    "Free text (no code)": "自由記載（コードなし）",
    "YJ %1": "YJ %1",
    "Do prescription: repeat the previous visit's prescription": "Do処方: 前回の処方をもう一度",
    "Prescribe all": "すべて処方する",
    "Days changed in the Do prescription": "Do処方で日数を変更",
    "%n line(s) from the previous visit, saved together. Change the days here; anything else afterwards in the visit's prescription list.":
        "前回の処方 %n 件をまとめて保存します。日数はここで変更できます。そのほかの修正は保存後に処方一覧から行ってください。",
    "Edit diagnosis": "傷病名の修正",
    "Add diagnosis": "傷病名の追加",
    "Type kana or kanji to search the disease master; free text is kept uncoded": "かな・漢字で傷病名マスターを検索。自由記載は未コード化傷病名になります",
    "&Principal diagnosis": "主病名(&P)",
    "&Suspected": "疑い(&S)",
    "Keep long-term (LTS)": "長期保存",
    "Not told to the patient": "未告知",
    "Do not share": "未提供",
    "&Name": "傷病名(&N)",
    "S&tart": "開始日(&T)",
    "&Outcome": "転帰(&O)",
    "&End date": "転帰日(&E)",
    "Sharing": "共有",
    "&Reason for the change": "修正の理由(&R)",
    "Add": "追加",
    "Uncoded (free text)": "未コード化（自由記載）",
    "MEDIS %1 · ICD-10 %2": "MEDIS %1 · ICD-10 %2",
    "Add allergy or drug contraindication": "アレルギー・薬剤禁忌の追加",
    "Type kana or name to search; free text is allowed": "かなや名称で検索。自由記載もできます",
    "e.g. rash, anaphylaxis": "例: 発疹、アナフィラキシー",
    "Not known": "不明",
    "&Category": "分類(&C)",
    "&Allergen / drug": "アレルゲン・薬剤(&A)",
    "&Reaction": "症状(&R)",
    "&Severity": "重症度(&S)",
    "J-FAGY %1": "J-FAGY %1",
    "Enter a lab result": "検査結果の入力",
    "Item: type to search the JLAC master, or a name of your own": "項目: JLACマスターを検索、または独自の名称",
    "Local code, e.g. HBA1C": "院内コード（例: HBA1C）",
    "Serum": "血清",
    "Plasma": "血漿",
    "Whole blood": "全血",
    "Urine": "尿",
    "&Item": "項目(&I)",
    "&Code": "コード(&C)",
    "&Value": "結果(&V)",
    "&Unit": "単位(&U)",
    "&Reference range": "基準値(&R)",
    "&Specimen": "検体(&S)",
    "C&ollected": "採取日時(&O)",
    "Open &chart": "カルテを開く(&C)",
    "Your role cannot read charts.": "この役割ではカルテを閲覧できません。",
    "&Chart": "カルテ(&C)",
    "Char&t": "カルテ(&T)",
    "Open the selected patient's chart (F2)": "選択した患者さんのカルテを開く (F2)",
    "Open the chart of the selected patient (Enter, F2)": "選択した患者さんのカルテを開く (Enter, F2)",
}

# English plural forms (the sources are English, only the plurals need a catalogue entry).
EN_PLURALS = {
    "  %n days": ("  %n day", "  %n days"),
    "Imported %n result(s).": ("Imported %n result.", "Imported %n results."),
    "%n line(s) from the previous visit, saved together. Change the days here; anything else afterwards in the visit's prescription list.": (
        "%n line from the previous visit. Change the days here; anything else afterwards in the visit's prescription list.",
        "%n lines from the previous visit, saved together. Change the days here; anything else afterwards in the visit's prescription list."),
    "%n years": ("%n year", "%n years"),
    "%n demo patient(s) added.": ("%n demo patient added.", "%n demo patients added."),
    "… and %n more problem(s).": ("… and %n more problem.", "… and %n more problems."),
    "%n ended code(s) left out.": ("%n ended code left out.", "%n ended codes left out."),
    "%n abolished code(s) left out.": ("%n abolished code left out.", "%n abolished codes left out."),
    "%1 is already prescribed (%2, from %3 for %n day(s)) and still active.":
        ("%1 is already prescribed (%2, from %3 for %n day) and still active.",
         "%1 is already prescribed (%2, from %3 for %n days) and still active."),
    "%n patient(s) found.": ("%n patient found.", "%n patients found."),
    "at least %n characters": ("at least %n character", "at least %n characters"),
    "%n day(s)": ("%n day", "%n days"),
}


def usage_ja(source):
    """The ctl usage text: command syntax stays, the prose is Japanese."""
    text = source
    for english, japanese in USAGE_NOTES.items():
        text = text.replace(english, japanese)
    return (text.replace("usage:", "使い方:", 1)
            .replace("commands:", "コマンド:", 1)
            .replace("A password file holds the password on its first line; '-' reads it from standard input.",
                     "パスワードファイルの1行目にパスワードを書きます。'-' を指定すると標準入力から読みます。"))


USAGE_NOTES = {
    "(the clinic's item code and the ordering doctor,\n              which the sharing service asks of a shared result; by default the item's last local code and\n              the visit's or the recording doctor)":
        "（院内項目コードと依頼医師。共有する結果に共有サービスが求めます。\n              既定は項目の前回の院内項目コードと、受診の担当医または記録した医師）",
    "(adds them to the item's results\n              kept back for want of them)": "（それらがなく共有を保留している\n              項目の結果に追加）",
    "(\\n in a text is a line break)": "（テキスト中の \\n は改行）",
    "(jlac: the extracted JP-CLINS package folder)": "（jlac: 展開した JP-CLINS パッケージのフォルダー）",
    "(kana prefix, name prefix or code)": "（フリガナ・名称の前方一致、またはコード）",
}


# Eligibility at reception, shared record / emergency summary, referral inbox (issue 6).
JA.update({
    "No card was read: place the My Number card on the reader.":
        "カードが読み取られていません。マイナンバーカードをカードリーダーに置いてください。",
    "Enter the insurer number (保険者番号).":
        "保険者番号を入力してください。",
    "The insurer number must be 6 or 8 digits (it is %1).":
        "保険者番号は6桁または8桁です（入力: %1）。",
    "Enter the insured person's number (番号).":
        "被保険者証の番号を入力してください。",
    "The branch number (枝番) must be empty or 2 digits.":
        "枝番は空欄または2桁です。",
    "Enter the birth date.":
        "生年月日を入力してください。",
    "The eligibility check was not found.":
        "資格確認の記録が見つかりません。",
    "This eligibility check is not linked to a registered patient.":
        "この資格確認は登録済みの患者に結び付いていません。",
    "This eligibility check reports no valid insurance, so there is nothing to register.":
        "この資格確認には有効な保険資格がないため、登録する内容がありません。",
    "Someone else changed this patient (now version %1) while you were looking at version %2. Check the insurance again.":
        "表示中（第%2版）に他の人がこの患者を変更しました（現在 第%1版）。もう一度資格確認してください。",
    "The registered insurance already matches the eligibility check.":
        "登録済みの保険はすでに資格確認の結果と一致しています。",
    "Insurance updated from online eligibility check %1":
        "オンライン資格確認 %1 の結果で保険を更新",
    "Insurer number":
        "保険者番号",
    "Branch":
        "枝番",
    "Reading the summary without the patient's consent (emergency) needs a reason.":
        "患者の同意なしに（救急時に）サマリーを閲覧するには理由が必要です。",
    "A referral letter needs its identifier, hash and document.":
        "紹介状には識別子・ハッシュ・文書本体が必要です。",
    "Only shared allergies, drug contraindications and diagnoses can be adopted.":
        "取り込めるのは共有されたアレルギー・薬剤禁忌・傷病名だけです。",
    "The shared item does not name the institution it came from.":
        "共有された項目に登録元の医療機関が記載されていません。",
    "This item was registered by this clinic; it is already ours.":
        "この項目は当院が登録したもので、すでに当院の記録にあります。",
    "shared record (%1)":
        "共有記録（%1）",
    "%1 from %2 is already in this patient's record.":
        "%2 の %1 はすでにこの患者の記録にあります。",
    "%1 was adopted into the record (source: %2).":
        "%1 を記録に取り込みました（登録元: %2）。",
    "The insurer number %1 has a wrong check digit. Check the number on the insurance card and type it again (this is a typing or card error, not \"no match\").":
        "保険者番号 %1 の検証番号が正しくありません。保険証の番号を確認して入力し直してください（入力または券面の誤りで、「該当なし」ではありません）。",
    "The card holder could not be verified at the card reader. Verify again (face or PIN) or check the holder visually.":
        "カードリーダーで本人確認ができませんでした。もう一度（顔認証または暗証番号で）確認するか、目視で確認してください。",
    "The insurer number %1 is not 6 or 8 digits.":
        "保険者番号 %1 は6桁または8桁ではありません。",
    "The eligibility service refused the request: %1":
        "資格確認サービスが要求を受け付けませんでした: %1",
    "Not checked (未確認): the eligibility service is not set up. %1":
        "未確認: 資格確認サービスが設定されていません。%1",
    "Not checked (未確認): the eligibility service could not be reached (%1). Retry when the network is back.":
        "未確認: 資格確認サービスに接続できません（%1）。ネットワークが戻ったら再確認してください。",
    "no answer":
        "応答なし",
    "Not checked (未確認): the eligibility service is unavailable (HTTP %1). Retry later.":
        "未確認: 資格確認サービスが利用できません（HTTP %1）。後で再確認してください。",
    "Not checked (未確認): the eligibility service's answer could not be read.":
        "未確認: 資格確認サービスの応答を読み取れませんでした。",
    "The sharing service could not be reached (%1). Try again when the network is back.":
        "電子カルテ情報共有サービスに接続できません（%1）。ネットワークが戻ったらもう一度お試しください。",
    "The patient has not consented to sharing their record. Only in an emergency, to protect life, may it be read without consent (emergency mode, with a reason).":
        "患者が情報の閲覧に同意していません。生命を守るための救急時に限り、同意なしで閲覧できます（救急モード・理由の入力が必要）。",
    "The consent from the eligibility check has expired (it is valid 24 hours). Check eligibility again with the card.":
        "資格確認時の同意の有効期限（24時間）が切れています。カードでもう一度資格確認してください。",
    "The sharing service did not accept the access token. Check eligibility again.":
        "共有サービスがアクセストークンを受け付けませんでした。もう一度資格確認してください。",
    "The sharing service refused the request (HTTP %1 %2).":
        "共有サービスが要求を拒否しました（HTTP %1 %2）。",
    "There is no eligibility check of this patient from the last 24 hours. Check eligibility with the My Number card first (its access token opens the summary).":
        "この患者の24時間以内の資格確認がありません。先にマイナンバーカードで資格確認してください（その際のアクセストークンでサマリーを取得します）。",
    "The sharing service's answer is not a summary bundle.":
        "共有サービスの応答がサマリーのバンドルではありません。",
    "Shared items (diagnoses, allergies, labs)":
        "共有情報（傷病名・アレルギー・検査）",
    "Visits (3 months)":
        "受診歴（3か月）",
    "Dispensing (45 days)":
        "電子処方箋の調剤（45日）",
    "Medications (3 months)":
        "薬剤情報（3か月）",
    "Surgery (5 years)":
        "手術（5年）",
    "Treatments (3 months)":
        "処置（3か月）",
    "Dialysis (3 months)":
        "透析（3か月）",
    "Health checks (dates only)":
        "健診（実施日のみ）",
    "Mode: emergency (reason: %1)":
        "閲覧区分: 救急（理由: %1）",
    "Mode: with consent":
        "閲覧区分: 同意あり",
    "(withheld: no consent)":
        "（同意がないため非表示）",
    "(none)":
        "（なし）",
    "unknown source":
        "提供元不明",
    "Linked to patient %1 %2 by the insured-person identifier.":
        "被保険者番号で患者 %1 %2 に結び付けました。",
    "No registered patient has the insured-person identifier %1: register the patient, then open the letter from the inbox.":
        "被保険者番号 %1 の登録患者がいません。患者を登録してから受信箱で紹介状を開いてください。",
    "The letter %1 did not match its checksum; it was not stored and will be fetched again.":
        "紹介状 %1 のチェックサムが一致しません。保存せず、次回あらためて取得します。",
    "The sharing service refused access to the mailbox of %1 (the client certificate belongs to another institution).":
        "共有サービスが %1 の受信箱へのアクセスを拒否しました（クライアント証明書が別の医療機関のものです）。",
    "The sharing service says %1 is not a valid institution number (医療機関番号).":
        "共有サービスによると %1 は正しい医療機関番号ではありません。",
    "The sharing service answered HTTP %1.":
        "共有サービスの応答: HTTP %1",
    "The mailbox answer could not be read.":
        "受信箱の応答を読み取れませんでした。",
    "The letter %1 is no longer in the mailbox (deleted or expired).":
        "紹介状 %1 はもう受信箱にありません（削除済みまたは期限切れ）。",
    "Simulated card reader":
        "模擬カードリーダー",
    "Qualification":
        "資格情報",
    "Differs from the registered insurance":
        "登録済みの保険と異なる項目",
    "Reported by the service":
        "資格確認の結果",
    "&Register the reported insurance":
        "確認結果の保険を登録(&R)",
    "Saves a new version of the patient with this insurance (the old one stays in the history)":
        "この保険で患者情報の新しい版を保存します（以前の内容は履歴に残ります）",
    "Valid (有効)":
        "有効",
    "Invalid (無効)":
        "無効",
    "New qualification (新しい資格あり)":
        "新しい資格あり",
    "No match (該当なし)":
        "該当なし",
    "Several matches (複数該当)":
        "複数該当",
    "Not checked (未確認)":
        "未確認",
    "Wrong check digit":
        "保険者番号の誤り（検証番号）",
    "Not confirmed":
        "確認できません",
    "The card presented is no longer valid; the patient has a newer qualification (shown below). Ask for the new insurance card.":
        "提示された保険証は失効しています。新しい資格があります（下記）。新しい保険証の提示を求めてください。",
    "This qualification has been lost (資格喪失). Do not bill this insurer; ask the patient for their current insurance.":
        "この資格は喪失しています。この保険者には請求できません。現在の保険を確認してください。",
    "Nobody with these card data is known to the service. Check the numbers and the birth date.":
        "この券面情報に該当する人はいません。番号と生年月日を確認してください。",
    "%n persons match these card data. Check with the My Number card or the branch number (枝番).":
        "この券面情報に %n 人が該当します。マイナンバーカードまたは枝番で確認してください。",
    "Insurer":
        "保険者",
    "Symbol / number / branch":
        "記号 / 番号 / 枝番",
    "Valid from / lost on":
        "資格取得日 / 喪失日",
    "Copay rate":
        "負担割合",
    "Insured category":
        "被保険者区分",
    "Limit category (限度額適用)":
        "限度額適用区分",
    "Elderly category (高齢受給者)":
        "高齢受給者区分",
    "New: ":
        "新: ",
    "clinical information":
        "診療情報",
    "medication information":
        "薬剤情報",
    "health checks":
        "特定健診",
    "surgery information":
        "手術情報",
    "Consent to view":
        "閲覧同意",
    "none (the shared record can only be read in an emergency)":
        "なし（共有記録は救急時のみ閲覧可）",
    "%1 (until %2)":
        "%1（%2 まで）",
    ", ":
        "、",
    "Checked at":
        "確認日時",
    "Your role may not check eligibility.":
        "この役割では資格確認はできません。",
    "Online eligibility check":
        "オンライン資格確認",
    "%1  %2（%3）  born %4":
        "%1  %2（%3）  %4 生",
    "Face recognition":
        "顔認証",
    "PIN":
        "暗証番号",
    "Visual check by staff":
        "職員による目視確認",
    "Verification failed at the reader":
        "カードリーダーで本人確認に失敗",
    "Consents chosen at the reader":
        "カードリーダーで選ばれた同意",
    "Clinical information (診療情報)":
        "診療情報",
    "Medication information (薬剤情報)":
        "薬剤情報",
    "Health checks (特定健診)":
        "特定健診",
    "Surgery information (手術情報)":
        "手術情報",
    "Reader: %1":
        "カードリーダー: %1",
    "Card on the reader":
        "リーダー上のカード",
    "Verification":
        "本人確認",
    "Insurer number (保険者番号)":
        "保険者番号",
    "Symbol (記号)":
        "記号",
    "Number (番号)":
        "番号",
    "Branch (枝番)":
        "枝番",
    "My Number card":
        "マイナンバーカード",
    "Insurance card":
        "保険証（券面入力）",
    "&Check":
        "確認する(&C)",
    "&Retry":
        "再確認(&R)",
    "Ask the service again exactly what was asked":
        "前回と同じ内容でもう一度問い合わせます",
    "Asking the eligibility service…":
        "資格確認サービスに問い合わせ中…",
    "The birth date '%1' is not a date like 1975-04-12.":
        "生年月日「%1」は 1975-04-12 のような日付ではありません。",
    "Registered: %1 / %2 / %3 / %4 (patient version %5).":
        "登録しました: %1 / %2 / %3 / %4（患者情報 第%5版）。",
    "&Emergency (without consent, to protect life)":
        "救急（同意なし・生命を守るため）(&E)",
    "Reason (required in an emergency; kept in the audit trail)":
        "理由（救急時は必須・監査ログに記録）",
    "&Get the shared record":
        "共有記録を取得(&G)",
    "&Adopt into own record":
        "自院の記録に取り込む(&A)",
    "Adds the selected shared allergy, contraindication or diagnosis to this patient's record, marked with the institution it came from":
        "選んだ共有アレルギー・薬剤禁忌・傷病名を、登録元の医療機関を付けてこの患者の記録に追加します",
    "Eligibility checked %1; consent valid until %2.":
        "資格確認 %1、同意の有効期限 %2。",
    "(no consent given)":
        "（同意なし）",
    "No eligibility check with the card in the last 24 hours: check eligibility first.":
        "24時間以内のカードによる資格確認がありません。先に資格確認してください。",
    "No shared record has been pulled for this patient yet.":
        "この患者の共有記録はまだ取得していません。",
    "Pulled %1 by %2 in EMERGENCY mode (reason: %3).":
        "%1 に %2 が救急モードで取得（理由: %3）。",
    "Pulled %1 by %2 with the patient's consent.":
        "%1 に %2 が患者の同意に基づき取得。",
    "— withheld (no consent)":
        "— 非表示（同意なし）",
    "Select a shared allergy, contraindication or diagnosis to adopt.":
        "取り込む共有アレルギー・薬剤禁忌・傷病名を選んでください。",
    "Referral inbox":
        "紹介状受信箱",
    "&Fetch new letters":
        "新しい紹介状を受信(&F)",
    "Select a letter to read the document as received.":
        "紹介状を選ぶと受信した文書を表示します。",
    "%n letter(s) in the mailbox":
        "受信箱に %n 通",
    "%n new stored":
        "新規保存 %n 通",
    "%n receipt(s) sent":
        "受領通知 %n 件",
    "Give the %1 as a number.":
        "%1 を数字で指定してください。",
    "There is no reception entry %1 today.":
        "本日の受付 %1 はありません。",
    "--method is face, pin or visual, not '%1'.":
        "--method は face、pin、visual のいずれかです（指定: %1）。",
    "--birth is a date like 1975-04-12, not '%1'.":
        "--birth は 1975-04-12 のような日付です（指定: %1）。",
    "Patient %1 has no registered insurance: give --card or the card data.":
        "患者 %1 には保険が登録されていません。--card または券面情報を指定してください。",
    "Give --card, the card data (--insurer …), or --patient.":
        "--card、券面情報（--insurer …）、または --patient を指定してください。",
    "check id":
        "確認ID",
    "There is no eligibility check %1.":
        "資格確認 %1 はありません。",
    "Eligibility check %1 is not linked to a patient.":
        "資格確認 %1 は患者に結び付いていません。",
    "Patient %1: insurance registered as %2 (version %3).":
        "患者 %1: 保険を %2 で登録しました（第%3版）。",
    "check: %1":
        "確認ID: %1",
    "result: NOT CHECKED (未確認)":
        "結果: 未確認",
    "Retry with: tsumugictl eligibility retry %1":
        "再確認: tsumugictl eligibility retry %1",
    "result: refused (%1)":
        "結果: 拒否（%1）",
    "result: %1 (%2)":
        "結果: %1（%2）",
    "matches: %1":
        "該当数: %1",
    "person: %1 (%2) %3 %4":
        "本人: %1（%2）%3 %4",
    "%1: %2 %3  %4:%5:%6  from %7%8":
        "%1: %2 %3  %4:%5:%6  %7 から%8",
    " lost %1":
        " %1 喪失",
    "  copay: %1":
        "  負担: %1",
    "consents: %1 (until %2)":
        "同意: %1（%2 まで）",
    "differs: %1: registered '%2', reported '%3'":
        "相違: %1: 登録「%2」、確認結果「%3」",
    "To register the reported insurance: tsumugictl eligibility accept-insurance %1":
        "確認結果の保険を登録するには: tsumugictl eligibility accept-insurance %1",
    "No summary has been pulled for patient %1.":
        "患者 %1 のサマリーはまだ取得していません。",
    "--reason goes with --emergency.":
        "--reason は --emergency と一緒に指定します。",
    "Patient %1 %2":
        "患者 %1 %2",
    "listed: %1":
        "受信箱: %1",
    "stored: %1":
        "保存: %1",
    "already stored: %1":
        "保存済み: %1",
    "linked to a patient: %1":
        "患者に紐付け: %1",
    "receipts sent: %1":
        "受領通知: %1",
    "failed: %1":
        "失敗: %1",
    "receipt pending":
        "受領通知待ち",
    "%n letter(s)":
        "%n 通",
    "Shared re&cord…":
        "共有記録…(&C)",
    "Other clinics' shared items and the emergency summary (Ctrl+Shift+R)":
        "他院の共有情報と救急用サマリー（Ctrl+Shift+R）",
    "Ctrl+Shift+R":
        "Ctrl+Shift+R",
    "Shared record — %1":
        "共有記録 — %1",
    "Check &eligibility…":
        "資格確認…(&E)",
    "Ctrl+Shift+E":
        "Ctrl+Shift+E",
    "Referral in&box…":
        "紹介状受信箱…(&B)",
    "Ctrl+I":
        "Ctrl+I",
    "&Eligibility…":
        "資格確認…(&E)",
    "Check the insurance online with the My Number card or the insurance card":
        "マイナンバーカードまたは保険証でオンライン資格確認します",
    "Re&try check":
        "再確認(&T)",
    "Eligibility: not checked yet":
        "資格確認: 未実施",
    "Eligibility: NOT CHECKED (未確認) — the service could not be reached. Retry when online.":
        "資格確認: 未確認 — サービスに接続できませんでした。オンラインに戻ったら再確認してください。",
    "Eligibility: not confirmed — %1":
        "資格確認: 確認できません — %1",
    "Eligibility: %1 (%2)":
        "資格確認: %1（%2）",
    "Eligibility: asking the service again…":
        "資格確認: 再問い合わせ中…",
    "  inbox fetch | inbox list   (referral letters addressed to this clinic)\n":
        "  inbox fetch | inbox list   （当院宛ての紹介状）\n",
    "%1 %2 / %3 days":
        "%1%2 / %3日分",
    "Suspected":
        "疑い",
})
CONTEXT_JA.update({
    ("tsumugi::ui::ReferralInbox", "yes"): "済",
    ("tsumugi::ui::ReferralInbox", "no"): "未",
    ("tsumugi::ui::ReferralInbox", "From"): "紹介元",
    ("tsumugi::ui::ReferralInbox", "Delivered"): "配信日時",
    ("tsumugi::ui::ReferralInbox", "Linked"): "患者紐付け",
    ("tsumugi::ui::ReferralInbox", "Identifier"): "識別子",
    ("tsumugi::ui::ReferralInbox", "Receipt sent"): "受領通知",
    ("tsumugi::ui::SharedRecordPanel", "Source"): "提供元",
    ("tsumugi::ui::SharedRecordPanel", "Detail"): "詳細",
    ("tsumugi::ui::EligibilityResultView", "Registered"): "登録内容",
    ("tsumugi::ui::EligibilityResultView", "Field"): "項目",
    ("EligibilityCommands", "none"): "なし",
    ("EligibilityCommands", "insurance"): "保険",
    ("EligibilityCommands", "new insurance"): "新しい保険",
    ("tsumugi::sync", "Emergency"): "救急",
    ("SharedSummaryReader", "Food"): "食物",
    ("SharedSummaryReader", "Environment"): "環境",
})
EN_PLURALS.update({
    "%n persons match these card data. Check with the My Number card or the branch number (枝番).": (
        "%n person matches these card data. Check with the My Number card or the branch number (枝番).",
        "%n persons match these card data. Check with the My Number card or the branch number (枝番)."),
    "%n letter(s) in the mailbox": (
        "%n letter in the mailbox",
        "%n letters in the mailbox"),
    "%n new stored": (
        "%n new stored",
        "%n new stored"),
    "%n receipt(s) sent": (
        "%n receipt sent",
        "%n receipts sent"),
    "%n letter(s)": (
        "%n letter",
        "%n letters"),
})
USAGE_NOTES.update({
    "(the registered insurance card data)": "（登録済みの券面情報）",
    "(shared record / emergency summary, after an eligibility check with the card)": "（共有記録・救急用サマリー。カードでの資格確認の後に）",
    "(the last pulled summary)": "（最後に取得したサマリー）",
})


# FHIR import: JP-CLINS bundles and eCS resources from other institutions (issue 4, import).
JA.update({
    "A received item needs its source institution and resource key.":
        "受け取った項目には、送信元の医療機関とリソースの識別が必要です。",
    "This resource (%1 from institution %2) was already imported for another patient; it is not imported a second time.":
        "このリソース（医療機関 %2 の %1）は既に別の患者に取り込まれています。二重には取り込みません。",
    "Updated by the sending institution %1": "送信元の医療機関 %1 による更新",
    "Received from institution %1": "医療機関 %1 から受信",
    "%1 is not read here; kept in the raw JSON.": "%1 はこのシステムでは読み取りません。元の JSON のまま保存しました。",
    "%1: unknown code %2 (%3); kept in the raw JSON.": "%1: 不明なコード %2（%3）。元の JSON のまま保存しました。",
    "no system": "コード体系なし",
    "%1 (×%2)": "%1（×%2）",
    "must be a text (string).": "は文字列でなければなりません。",
    "must be an object.": "はオブジェクトでなければなりません。",
    "must be a list (array).": "はリスト（配列）でなければなりません。",
    "'%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).": "「%1」は日付（YYYY、YYYY-MM、YYYY-MM-DD）ではありません。",
    "%1: the partial date %2 is kept as %3 (the exact text stays in the raw JSON).":
        "%1: 年月までの日付 %2 を %3 として保存しました（元の記載は JSON に残ります）。",
    "'%1' is not a date and time (e.g. 2021-07-05T11:19:41+09:00).":
        "「%1」は日時（例: 2021-07-05T11:19:41+09:00）ではありません。",
    "is required (the disease name and its code).": "は必須です（傷病名とそのコード）。",
    "Condition.code: no MEDIS disease number; kept as 未コード化傷病名 (99999999).":
        "Condition.code: MEDIS 病名管理番号がないため、未コード化傷病名（99999999）として保存しました。",
    "is required: the disease name (text or display).": "は必須です: 傷病名（text または display）。",
    "Condition.verificationStatus %1: kept as received; check it in the chart.":
        "Condition.verificationStatus %1: 受信したまま保存しました。カルテで確認してください。",
    "is required: the date the disease began.": "は必須です: 発症日。",
    "Condition.onsetDateTime: missing; the start date is taken from the date it was recorded (%1).":
        "Condition.onsetDateTime がないため、記録日（%1）を開始日としました。",
    "is required (the allergen or drug and its code).": "は必須です（アレルゲンまたは薬剤とそのコード）。",
    "is required: the allergen or drug name.": "は必須です: アレルゲン名または薬剤名。",
    "AllergyIntolerance.clinicalStatus %1: kept as received; check it in the chart.":
        "AllergyIntolerance.clinicalStatus %1: 受信したまま保存しました。カルテで確認してください。",
    "AllergyIntolerance.reaction: only the first reaction is shown; all are kept in the raw JSON.":
        "AllergyIntolerance.reaction: 表示は最初の反応のみです。すべて元の JSON に保存しました。",
    "must be a number.": "は数値でなければなりません。",
    "is required (the test and its JLAC code).": "は必須です（検査項目と JLAC コード）。",
    "Observation.code: %1 '%2' is not a JP-CLINS core or infection item known here; kept, not sent on.":
        "Observation.code: %1「%2」はこのシステムが知る JP-CLINS の検査・感染症項目ではありません。保存しますが、他へは送信しません。",
    "needs a JLAC10/JLAC11 or local laboratory code (system and code).":
        "には JLAC10/JLAC11 またはローカルの検査コード（system と code）が必要です。",
    "is required: the name of the test.": "は必須です: 検査名。",
    "is required: when the specimen was taken.": "は必須です: 検体採取日時。",
    "Observation.valueCodeableConcept: shown as its text '%1'; the coded value is kept in the raw JSON.":
        "Observation.valueCodeableConcept: テキスト「%1」として表示します。コード化された値は元の JSON に保存しました。",
    "Observation: no value (valueQuantity, valueString or valueCodeableConcept).":
        "Observation: 結果値がありません（valueQuantity、valueString、valueCodeableConcept）。",
    "Observation.specimen: missing; shown as 不明 (unknown).": "Observation.specimen がないため「不明」と表示します。",
    "found by the insured-person identifier": "被保険者番号で照合",
    "found by the sender's patient number from an earlier import": "以前の取り込みで記録した送信元の患者番号で照合",
    "same name, reading and birth date; match accepted": "氏名・フリガナ・生年月日が一致。照合を承認",
    "as given with --patient": "--patient の指定どおり",
    "the patient of an earlier file of this import": "今回の取り込みで先に読んだファイルの患者",
    "new patient registered": "新しい患者として登録",
    "%1: imported — patient %2 %3 (%4); from institution %5: %6 added, %7 updated, %8 unchanged":
        "%1: 取り込みました — 患者 %2 %3（%4）。医療機関 %5 から: 追加 %6 件、更新 %7 件、変更なし %8 件",
    "(not given)": "（指定なし）",
    "patient %1 %2 (%3, born %4)": "患者 %1 %2（%3、%4 生まれ）",
    "%1: needs confirmation — not imported. The file's patient has the same name, reading and birth date as %2 but no identifier links them. Run again with --accept-match to add the items to that patient, or --create-patient to register a new patient.":
        "%1: 確認が必要です — 取り込んでいません。ファイルの患者は %2 と氏名・フリガナ・生年月日が同じですが、識別子で結び付いていません。その患者に追加するには --accept-match、新しい患者として登録するには --create-patient を付けて再実行してください。",
    "%1: failed — nothing imported. %2": "%1: 失敗 — 何も取り込んでいません。%2",
    "  note: %1": "  注: %1",
    "The file cannot be read (%1).": "ファイルを読み込めません（%1）。",
    "The file is not valid JSON (error at byte %1).": "ファイルが正しい JSON ではありません（%1 バイト目で誤り）。",
    "is not a FHIR resource (a JSON object with resourceType).": "は FHIR リソース（resourceType を持つ JSON オブジェクト）ではありません。",
    "'%1' cannot be imported; expected a Bundle (JP_Bundle_CLINS), Patient, Condition, AllergyIntolerance or Observation.":
        "「%1」は取り込めません。Bundle（JP_Bundle_CLINS）、Patient、Condition、AllergyIntolerance、Observation のいずれかが必要です。",
    "The JSON does not have the structure of a FHIR resource (%1).": "JSON が FHIR リソースの構造になっていません（%1）。",
    "this is a document (referral letter or discharge summary); importing documents is not supported yet.":
        "これは文書（診療情報提供書または退院時サマリー）です。文書の取り込みにはまだ対応していません。",
    "must be 'collection' for a JP_Bundle_CLINS submission, not '%1'.":
        "は JP_Bundle_CLINS では「collection」でなければなりません（「%1」ではなく）。",
    "Bundle.identifier %1 does not start with a 10-digit institution number.":
        "Bundle.identifier %1 が10桁の医療機関番号で始まっていません。",
    "is required: the Patient and the resources.": "は必須です: Patient と各リソース。",
    "is required.": "は必須です。",
    "the first entry of a JP_Bundle_CLINS must be the Patient.": "JP_Bundle_CLINS の最初のエントリは Patient でなければなりません。",
    "'%1' cannot be imported from a JP_Bundle_CLINS (Condition, AllergyIntolerance or Observation).":
        "「%1」は JP_Bundle_CLINS から取り込めません（Condition、AllergyIntolerance、Observation のみ）。",
    "points to %1, which is not the Patient of this bundle.": "が指す %1 はこのバンドルの Patient ではありません。",
    "'%1' is not an insured-person identifier (保険者番号:記号:番号:枝番).":
        "「%1」は被保険者番号（保険者番号:記号:番号:枝番）ではありません。",
    "names patient %1 in this record, not the patient given with --patient.":
        "はこの記録の患者 %1 を指しており、--patient で指定した患者ではありません。",
    "The patient given for the import does not exist.": "取り込み先に指定した患者が存在しません。",
    "does not say which patient this is; give the patient with --patient.":
        "にどの患者かが書かれていません。--patient で患者を指定してください。",
    "no patient in this record has %1; import the patient's file first (in the same run) or give the patient with --patient.":
        "%1 の患者はこの記録にいません。先に（同じ実行で）患者のファイルを取り込むか、--patient で患者を指定してください。",
    "is patient %1 in this record (by identifier), not the patient given with --patient.":
        "は識別子によればこの記録の患者 %1 であり、--patient で指定した患者ではありません。",
    "More than one patient has this name, reading and birth date; --accept-match cannot choose. Import into one of them with --patient NUMBER.":
        "氏名・フリガナ・生年月日が同じ患者が複数いるため、--accept-match では選べません。--patient 番号 でどちらかを指定して取り込んでください。",
    "no patient in this record matches, and a new one cannot be registered: %1":
        "この記録に一致する患者がいないうえ、新しい患者として登録できません: %1",
    "Patient: the insurance %1 is not registered with the new patient (%2); the identifier is remembered for matching later files.":
        "Patient: 保険 %1 は新しい患者に登録しませんでした（%2）。以降のファイルの照合のため識別子は記録しました。",
    "JP_eCS_InstitutionNumber is missing: the file does not say which institution recorded this (give it with --from NUMBER).":
        "JP_eCS_InstitutionNumber がありません。どの医療機関の記録かが書かれていません（--from 番号 で指定してください）。",
    "'%1' is not a 10-digit institution number (医療機関番号).": "「%1」は10桁の医療機関番号ではありません。",
    "the item was recorded by this clinic (%1); it is in the record already and is not imported as another institution's.":
        "この項目は当院（%1）の記録です。既にカルテにあるため、他院の記録としては取り込みません。",
    "The patient of the import was not found.": "取り込み先の患者が見つかりません。",
    "Give at least one file to import.": "取り込むファイルを1つ以上指定してください。",
    "Give either --accept-match or --create-patient, not both.": "--accept-match と --create-patient はどちらか一方だけ指定してください。",
    "%1 of %2 files imported; %3 failed; %4 need confirmation.": "%2 ファイル中 %1 件を取り込みました。失敗 %3 件、確認待ち %4 件。",
    "%1 [from %2, read-only]": "%1〔他院 %2・参照のみ〕",
})
USAGE_NOTES.update({
    "(JP-CLINS bundles and eCS resources from other institutions, read-only in the chart; --accept-match: use the patient with the same name, reading and birth date; --create-patient: register a new patient instead; --from: the sender when a file does not name it)":
        "（他院の JP-CLINS バンドルと eCS リソース。カルテでは読み取り専用; --accept-match: 氏名・フリガナ・生年月日が同じ患者に取り込む; --create-patient: 代わりに新しい患者を登録; --from: ファイルに送信元がないときの医療機関番号）",
})

# The record's safety: key file, failed logins, init, busy, damage (issue 38).
JA.update({
    "%1 could not be saved because the disk is full (%2). The previous version is unchanged; free some space and try again.":
        "%1 を保存できませんでした。ディスクに空きがありません（%2）。以前の内容はそのまま残っています。空きを作ってからもう一度お試しください。",
    "%1 could not be saved (%2). The previous version is unchanged.":
        "%1 を保存できませんでした（%2）。以前の内容はそのまま残っています。",
    "The lock file %1 cannot be opened (%2).": "ロックファイル %1 を開けません（%2）。",
    "Another program has been changing %1 for too long; nothing was changed. Try again.":
        "別のプログラムが %1 を長く変更し続けているため、何も変更しませんでした。もう一度お試しください。",
    "There is no intact previous key file beside %1 that belongs to this record. Restore the record and its key file together from the backup.":
        "%1 の横に、この記録の無傷の前の鍵ファイルがありません。記録ファイルと鍵ファイルを一緒にバックアップから戻してください。",
    "The damaged key file %1 could not be moved aside; nothing was changed.":
        "壊れた鍵ファイル %1 を退避できなかったため、何も変更しませんでした。",
    "The new record could not be closed cleanly (%1 remains).":
        "新しい記録を正常に閉じられませんでした（%1 が残っています）。",
    "The new record could not be put in place as %1.": "新しい記録を %1 として配置できませんでした。",
    "The previous generation of the key file (%1) is intact: restore it with \"Restore the previous key file\" in the sign-in window or with tsumugictl keys restore-previous. The damaged file is kept aside.":
        "前の世代の鍵ファイル（%1）は無傷です。ログイン画面の「前の鍵ファイルに戻す」または tsumugictl keys restore-previous で戻せます。壊れたファイルは別名で残します。",
    "Too many wrong passwords for this user name. Wait %n second(s) and try again.":
        "このユーザー名でパスワードの誤りが続いています。%n 秒待ってからもう一度お試しください。",
    "The key file beside %1 no longer belongs to this record; nothing was changed.":
        "%1 の横の鍵ファイルはこの記録のものではなくなっています。何も変更しませんでした。",
    "The password may have at most %1 characters.": "パスワードは%1文字以内です。",
    "A user name has at most %1 characters. Check what was typed in the user name field.":
        "ユーザー名は%1文字以内です。ユーザー名の欄に入力された内容を確かめてください。",
    "A password has at most %1 characters.": "パスワードは%1文字以内です。",
    "Restore the previous key file": "前の鍵ファイルに戻す",
    "The key file is damaged or missing, but its previous generation is intact. \"Restore the previous key file\" puts it back (the damaged file is kept beside it).":
        "鍵ファイルが壊れているか見つかりませんが、前の世代の鍵ファイルは無傷です。「前の鍵ファイルに戻す」で元に戻せます（壊れたファイルは横に残します）。",
    "The previous key file was restored (the damaged one is kept beside it). Sign in again; a password changed since then is the old one again.":
        "前の鍵ファイルに戻しました（壊れたファイルは横に残してあります）。もう一度ログインしてください。その後に変更したパスワードは変更前のものに戻っています。",
    "The previous key file of %1 was restored; the damaged one is kept beside it.":
        "%1 の前の鍵ファイルに戻しました。壊れたファイルは横に残してあります。",
    "usage: tsumugictl --db FILE keys restore-previous": "使い方: tsumugictl --db FILE keys restore-previous",
    "%1 nests its JSON more than %2 levels deep; no FHIR resource does. Nothing was imported.":
        "%1 は JSON の入れ子が%2段を超えています（FHIR のリソースにはない深さです）。何も取り込んでいません。",
})
USAGE_NOTES.update({
    "(the key file is damaged: put its previous generation back)": "（鍵ファイルが壊れたとき: 前の世代に戻す）",
})
EN_PLURALS.update({
    "Too many wrong passwords for this user name. Wait %n second(s) and try again.":
        ("Too many wrong passwords for this user name. Wait %n second and try again.",
         "Too many wrong passwords for this user name. Wait %n seconds and try again."),
})


JA.update({
    "Recovery key (print it or write it down and keep it away from this computer; with it an administrator's password can be set again even when the key file is lost):":
        "回復キー（印刷するか書き留めて、このコンピューターから離れた場所に保管してください。鍵ファイルをなくしても、これで管理者のパスワードを設定し直せます）:",
    "The recovery key was written to %1 (owner-only). Print it, keep it away from this computer, and delete the file.":
        "回復キーを %1 に書き出しました（本人のみ読み取り可）。印刷してこのコンピューターから離れた場所に保管し、ファイルは削除してください。",
    "Give the file holding the recovery key with --recovery-key-file ('-' reads standard input).":
        "回復キーを書いたファイルを --recovery-key-file で指定してください（'-' は標準入力）。",
    "The key file of %1 was written again: %2 signs in with the new password. Users whose slots were lost get a new password with: user reset-password NAME --new-password-file FILE":
        "%1 の鍵ファイルを作り直しました。%2 は新しいパスワードでログインできます。鍵を失った利用者には次のコマンドで新しいパスワードを設定してください: user reset-password NAME --new-password-file FILE",
    "Password set.": "パスワードを設定しました。",
    "A recovery key has 32 letters and digits in 8 groups of 4, as printed on the recovery sheet.":
        "回復キーは、回復シートに印刷されているとおり、英数字32文字（4文字ずつ8組）です。",
    "This recovery key does not open the record %1 (or its recovery file %2 is missing too). Nothing was changed.":
        "この回復キーでは記録 %1 を開けません（回復ファイル %2 もなくなっている可能性があります）。何も変更していません。",
    "%1 is not an administrator of this record; give an administrator's user name.":
        "%1 はこの記録の管理者ではありません。管理者のユーザー名を指定してください。",
    "Tsumugi recovery sheet": "Tsumugi 回復シート",
    "Clinic: %1 (institution number %2)": "医療機関: %1（医療機関コード %2）",
    "Issued: %1": "発行: %1",
    "Recovery key": "回復キー",
    "With this key an administrator can set a new password and open the record again when every administrator's password is forgotten or the key file (%1) is lost or damaged:":
        "管理者のパスワードをすべて忘れたとき、または鍵ファイル（%1）をなくしたり壊したりしたとき、このキーで管理者のパスワードを設定し直し、記録を開けるようにできます:",
    "Anyone holding this sheet and a copy of the record can read every chart. Keep it in the clinic's safe, never beside the computer or the backups; do not photograph it. A new key (Settings) makes this sheet useless: destroy it then.":
        "このシートと記録の複製があれば、誰でもすべてのカルテを読めます。院内の金庫に保管し、コンピューターやバックアップの近くには置かないでください。撮影もしないでください。新しい回復キーを作ると（設定メニュー）このシートは使えなくなります。そのときは破棄してください。",
    "New &recovery key…": "新しい回復キーを作る(&R)…",
    "New recovery key": "新しい回復キー",
    "Make a new recovery key? The sheet printed before stops working (destroy it); the new sheet is shown once.":
        "新しい回復キーを作りますか？ 以前に印刷したシートは使えなくなります（破棄してください）。新しいシートは一度だけ表示されます。",
    "Recovery sheet": "回復シート",
    "This is the record's recovery key. With it an administrator can open the record again when every administrator's password is forgotten or the key file is lost. It is shown only now: print the sheet (or save it as PDF and print that) and keep it in the clinic's safe, away from this computer.":
        "この記録の回復キーです。管理者のパスワードをすべて忘れたときや鍵ファイルをなくしたとき、これで記録を開けるようにできます。表示されるのは今だけです。シートを印刷して（または PDF に保存して印刷して）、このコンピューターから離れた院内の金庫に保管してください。",
    "I have printed the sheet and will keep it in a safe place": "シートを印刷し、安全な場所に保管します",
    "Continue": "続ける",
    "The sheet was sent to the printer. Check that it came out complete and legible.":
        "シートをプリンターに送りました。欠けずに読める状態で印刷されたか確かめてください。",
    "Save the recovery sheet": "回復シートを保存",
    "PDF (*.pdf)": "PDF (*.pdf)",
    "Saved as %1 (only you can read it). Print it, then delete the file.":
        "%1 に保存しました（本人のみ読み取り可）。印刷したらファイルは削除してください。",
})


JA.update({
    "warning: %1": "注意: %1",
    "The record is whole: every table and index was read and every page authenticated (%1 ms).":
        "記録ファイルは無傷です。すべての表と索引を読み、すべてのページの認証を確かめました（%1 ミリ秒）。",
    "The disk is full: the record is read-only until space is freed. Charts can be read; changes cannot be saved. The sign-in and what was viewed go into the audit trail when space returns.":
        "ディスクに空きがないため、空きができるまで記録は読み取り専用です。カルテは読めますが、変更は保存できません。ログインと閲覧の記録は、空きができたときに監査記録へ書き込みます。",
    "a table or index is inconsistent (the database reports: %1)":
        "表または索引に不整合があります（データベースの報告: %1）",
    "The record file is damaged: %1. It is open read-only, so nothing more is written into it; charts can still be read. The administrator restores the record file and its key file together from the last good backup, then runs the check again (tsumugictl check).":
        "記録ファイルが壊れています: %1。これ以上書き込まないよう読み取り専用で開いています。カルテは読めます。管理者は、最後の正常なバックアップから記録ファイルと鍵ファイルを一緒に戻し、もう一度検査してください（tsumugictl check）。",
    "The record file %1 is damaged (the database reports: %2). Restore it with its key file from the last backup; ask the administrator.":
        "記録ファイル %1 が壊れています（データベースの報告: %2）。最後のバックアップから鍵ファイルと一緒に戻してください。管理者に連絡してください。",
    "The record is open read-only (it was found damaged, or its file cannot be written); the change was not saved.":
        "記録は読み取り専用で開いています（破損が見つかったか、ファイルに書き込めません）。変更は保存されていません。",
    "The record file is damaged": "記録ファイルが壊れています",
})
USAGE_NOTES.update({
    "(reads and authenticates every page; a damaged record is marked and opens read-only)":
        "（すべてのページを読んで認証を確かめる。壊れた記録には印を付け、読み取り専用で開く）",
})


JA.update({
    "%1: the master file inside would unpack to %2 MB, far more than any SSK master (at most %3 MB here); nothing was imported.":
        "%1: 中のマスターファイルは展開すると %2 MB になり、どの SSK マスターよりはるかに大きいため（上限 %3 MB）、何も取り込んでいません。",
    "%1: the master file inside would unpack from %2 KB to %3 MB (%4 times), which no SSK master does (about 6 times); a damaged or hostile archive. Nothing was imported.":
        "%1: 中のマスターファイルは %2 KB から %3 MB に展開されます（%4 倍）。SSK のマスターは約6倍で、これは壊れているか悪意のある圧縮ファイルです。何も取り込んでいません。",
    "This visit already has a note (version %1, last saved %2). Open the visit's note and add to it; nothing was saved.":
        "この受診にはすでに記載があります（第%1版、最終保存 %2）。その記載を開いて書き足してください。今回の内容は保存していません。",
})


JA.update({
    "The file %1 cannot be read.": "ファイル %1 を読めません。",
    "%1 is larger than a note can be (1 MB).": "%1 は記載として大きすぎます（上限 1 MB）。",
})
USAGE_NOTES.update({
    "(--findings-file FILE / --orders-file FILE instead: the text from a file, '-' standard input)":
        "（代わりに --findings-file FILE / --orders-file FILE: ファイルから読む。'-' は標準入力）",
})


# JP-CLINS 1.11: a shared lab result's local item code and ordering doctor (issue 36).
JA.update({
    "Not shared yet: the sharing service asks for this clinic's own code of the item (院内項目コード) beside the JLAC10 code. Add it once and later results of the item take it.":
        "まだ共有されません: 共有サービスは JLAC10 コードと並べて、この医療機関の項目コード（院内項目コード）を求めます。一度入力すると、この項目の以後の結果にも使われます。",
    "Not shared yet: the sharing service asks for the doctor who ordered the test, and it is not recorded for this result. A doctor can add it.":
        "まだ共有されません: 共有サービスは検査を依頼した医師を求めますが、この結果には記録されていません。医師が追加できます。",
    "'%1' is not a usable local item code (1 to 20 letters, digits, '.', '_' or '-').":
        "「%1」は院内項目コードとして使えません（英数字・「.」「_」「-」の1〜20文字）。",
    "there is no user '%1' to have ordered the test": "検査を依頼した医師として「%1」というユーザーはいません",
    "'%1' is not a doctor, so cannot have ordered the test": "「%1」は医師ではないため、検査の依頼者にできません",
    "Completed for the sharing service (local item code, ordering doctor)":
        "共有サービスに必要な情報を追加（院内項目コード・依頼医師）",
    " [kept back: %1]": " ［共有保留: %1］",
    "Kept back until a doctor completes them: %n lab result(s) without the clinic's item code or the ordering doctor (see the chart's lab tab).":
        "医師が補うまで共有を保留: 院内項目コードまたは依頼医師のない検査結果 %n 件（カルテの検査タブを参照）。",
    "kept back until a doctor completes them (lab complete): without the clinic's item code %1, without the ordering doctor %2":
        "医師が補うまで共有を保留（lab complete）: 院内項目コードなし %1、依頼医師なし %2",
    "%n result(s) of %1 completed for the sharing service.": "%n 件の %1 の結果を共有用に補いました。",
    "This clinic's code for the item (院内項目コード)": "この医療機関での項目コード（院内項目コード）",
    "&Local item code": "院内項目コード(&L)",
    "Complete %1 for the sharing service": "%1 を共有用に補う",
    "Results without an ordering doctor are recorded as ordered by you (%1).":
        "依頼医師のない結果は、あなた（%1）の依頼として記録します。",
    "Complete": "補う",
    "Complete for &sharing…": "共有用に補う(&S)…",
    "Add this clinic's item code and the ordering doctor the sharing service asks for":
        "共有サービスが求める院内項目コードと依頼医師を追加します",
    "kept back": "保留",
})

EN_PLURALS.update({
    "Kept back until a doctor completes them: %n lab result(s) without the clinic's item code or the ordering doctor (see the chart's lab tab).": (
        "Kept back until a doctor completes it: %n lab result without the clinic's item code or the ordering doctor (see the chart's lab tab).",
        "Kept back until a doctor completes them: %n lab results without the clinic's item code or the ordering doctor (see the chart's lab tab)."),
    "%n result(s) of %1 completed for the sharing service.": (
        "%n result of %1 completed for the sharing service.",
        "%n results of %1 completed for the sharing service."),
})


def japanese_for(context, source):
    if (context, source) in CONTEXT_JA:
        return CONTEXT_JA[(context, source)]
    if source.startswith("usage: tsumugictl"):
        return usage_ja(source)
    if source.startswith("  ") and ("--" in source or "master " in source):
        # A block of command syntax: it stays as typed; the notes in brackets are translated.
        text = source
        for english, japanese in USAGE_NOTES.items():
            text = text.replace(english, japanese)
        return text
    return JA.get(source)


def write(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    # lupdate writes <!DOCTYPE TS>; keep the file the way lupdate would write it.
    text = path.read_text(encoding="utf-8")
    text = text.replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


def fill_ja():
    path = HERE / "tsumugi_ja.ts"
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source")
            tr = msg.find("translation")
            ja = japanese_for(name, source)
            if ja is None:
                missing.append(f"{name}: {source!r}")
                continue
            tr.attrib.pop("type", None)
            if msg.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                tr.text = None
                form = ET.SubElement(tr, "numerusform")
                form.text = ja
            else:
                tr.text = ja
    write(tree, path)
    return missing


def fill_en():
    path = HERE / "tsumugi_en.ts"
    tree = ET.parse(path)
    missing = []
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            if msg.get("numerus") != "yes":
                continue
            source = msg.findtext("source")
            forms = EN_PLURALS.get(source)
            if not forms:
                missing.append(f"en plural: {source!r}")
                continue
            tr = msg.find("translation")
            tr.attrib.pop("type", None)
            for child in list(tr):
                tr.remove(child)
            tr.text = None
            for f in forms:
                ET.SubElement(tr, "numerusform").text = f
    write(tree, path)
    return missing


# sync: transport settings, outbox, tsumugictl config / sync
JA.update({
    "No server is configured. Set it with: tsumugictl config set server-url https://HOST:PORT":
        "送信先サーバーが設定されていません。次のコマンドで設定してください: tsumugictl config set server-url https://HOST:PORT",
    "The server address '%1' is not an http(s) URL.": "サーバーのアドレス「%1」は http(s) の URL ではありません。",
    "A client certificate needs both the certificate and its key file.":
        "クライアント証明書には証明書ファイルと鍵ファイルの両方が必要です。",
    "The server address must look like https://host:port, not '%1'.":
        "サーバーのアドレスは https://host:port の形式で指定してください（「%1」は使えません）。",
    "The connect timeout is between 100 and 120000 milliseconds.": "接続タイムアウトは 100〜120000 ミリ秒で指定してください。",
    "The request timeout is between 500 and 600000 milliseconds.": "要求タイムアウトは 500〜600000 ミリ秒で指定してください。",
    "The service refused this submission (HTTP %1).": "サービスがこの送信を受け付けませんでした（HTTP %1）。",
    "The service refused this submission (HTTP %1): %2.": "サービスがこの送信を受け付けませんでした（HTTP %1）: %2。",
    "No answer from the service (it may or may not have arrived; the same data will be sent again): %1":
        "サービスから応答がありません（届いたかどうか分からないため、同じデータを再送します）: %1",
    "The service is busy or unavailable (HTTP %1); retrying.":
        "サービスが混雑しているか利用できません（HTTP %1）。再試行します。",
    "  config list | config get KEY | config set KEY VALUE   (keys: %1; an empty VALUE clears a file setting)\n":
        "  config list | config get KEY | config set KEY VALUE   （キー: %1。ファイルの設定は VALUE を空にすると解除）\n",
    "%1 takes a whole number, not '%2'.": "%1 には整数を指定してください（「%2」は使えません）。",
    "Unknown setting '%1'. Known settings: %2.": "設定「%1」はありません。設定できるもの: %2。",
    "  sync push [--attempts N] | sync status | sync list [--state pending|sending|sent|rejected|failed]\n"
    "  sync retry ID | sync show ID   (the outbox to the national services; server: config set server-url)\n":
        "  sync push [--attempts N] | sync status | sync list [--state pending|sending|sent|rejected|failed]\n"
        "  sync retry ID | sync show ID   （全国サービスへの送信キュー。送信先: config set server-url）\n",
    "document %1": "文書 %1",
    "#%1 patient %2 %3: %4, %n attempt(s)": "#%1 患者 %2 %3: %4、試行 %n 回",
    "--attempts takes a number from 1 to 20, not '%1'.": "--attempts には 1〜20 の数を指定してください（「%1」は使えません）。",
    "sent: %1, rejected: %2, failed: %3, not attempted: %4, nothing to send: %5":
        "送信済: %1、差し戻し: %2、失敗: %3、未試行: %4、送信不要: %5",
    "The service could not be reached: %1": "サービスに接続できませんでした: %1",
    "server: %1": "送信先: %1",
    "(not configured)": "（未設定）",
    "queued: %1 (pending %2, sending %3, failed-retrying %4)": "送信待ち: %1（未送信 %2、送信中 %3、再試行待ち %4）",
    "rejected: %1, sent: %2, nothing to send: %3": "差し戻し: %1、送信済: %2、送信不要: %3",
    "last success: %1": "最終成功: %1",
    "Unknown state '%1': pending, sending, sent, rejected, failed, not_needed.":
        "状態「%1」はありません（pending, sending, sent, rejected, failed, not_needed のいずれか）。",
    "Give the outbox item number (see sync status or sync list).":
        "送信キューの項目番号を指定してください（sync status または sync list で確認できます）。",
    "There is no outbox item %1.": "送信キューに項目 %1 はありません。",
    "Item %1 is %2: nothing to retry.": "項目 %1 は「%2」です。再送するものはありません。",
    "Item %1 will be sent with the next push.": "項目 %1 は次の送信で送られます。",
    "Item %1 has no payload yet: it is built just before the first attempt.":
        "項目 %1 にはまだ送信内容がありません（最初の送信の直前に作られます）。",
})
CONTEXT_JA.update({
    ("OutboxItem", "pending"): "送信待ち",
    ("OutboxItem", "sending"): "送信中",
    ("OutboxItem", "sent"): "送信済",
    ("OutboxItem", "rejected"): "差し戻し",
    ("OutboxItem", "failed, retrying"): "送信失敗（再試行待ち）",
    ("OutboxItem", "nothing to send"): "送信不要",
    ("SyncCommands", "never"): "なし",
})
EN_PLURALS.update({
    "#%1 patient %2 %3: %4, %n attempt(s)": ("#%1 patient %2 %3: %4, %n attempt", "#%1 patient %2 %3: %4, %n attempts"),
})

# core/documents, sync/fhir/DocumentBundleExporter, tsumugictl document / export referral|discharge
JA.update({
    "%1 is longer than %2 characters.": "%1が%2文字を超えています。",
    "The addressee's institution number (医療機関番号) \"%1\" is not valid: it has 10 digits, prefecture (01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.":
        "紹介先の医療機関番号「%1」が正しくありません。10桁で、都道府県番号（01〜47）、点数表番号（医科1・歯科3）、医療機関コード7桁です。",
    "The discharge date (%1) is before the admission date (%2).": "退院日（%1）が入院日（%2）より前です。",
    "Medication %1: enter the drug name.": "処方%1: 薬剤名を入力してください。",
    "Medication %1: a YJ code has 12 letters or digits (\"%2\" given).": "処方%1: YJコードは英数字12桁です（「%2」が入力されています）。",
    "Medication %1: enter the generic-name (一般名) code or choose \"no code\".": "処方%1: 一般名コードを入力するか「コードなし」を選んでください。",
    "Medication %1: dose, days and quantity cannot be negative.": "処方%1: 用量・日数・総量に負の値は使えません。",
    "Only a referral can carry a discharge summary as an attachment.": "退院時サマリーを添付できるのは診療情報提供書だけです。",
    "Enter the addressee institution (紹介先医療機関).": "紹介先医療機関を入力してください。",
    "Enter the addressee's institution number (医療機関番号); the sharing service delivers by it.": "紹介先の医療機関番号を入力してください（共有サービスはこの番号で届けます）。",
    "Enter the purpose of the referral (紹介目的).": "紹介目的を入力してください。",
    "Enter the chief complaint or pick at least one diagnosis (傷病名・主訴).": "主訴を入力するか、傷病名を1つ以上選んでください（傷病名・主訴）。",
    "Enter the present illness (現病歴).": "現病歴を入力してください。",
    "Enter the admission date.": "入院日を入力してください。",
    "Enter the discharge date.": "退院日を入力してください。",
    "Enter the reason for admission (入院理由).": "入院理由を入力してください。",
    "Enter the chief complaint (主訴).": "主訴を入力してください。",
    "Pick at least one diagnosis at discharge (退院時診断).": "退院時診断を1つ以上選んでください。",
    "Enter the hospital course (入院中経過).": "入院中経過を入力してください。",
    "The attachment has no file name.": "添付ファイルにファイル名がありません。",
    "%1: only PDF, PNG and JPEG files can be attached.": "%1: 添付できるのは PDF・PNG・JPEG ファイルだけです。",
    "%1 is empty.": "%1 は空です。",
    "%1 is %2 MB; an attachment can be at most %3 MB.": "%1 は %2 MB あります。添付ファイルは1つ %3 MB までです。",
    "%1 is not a valid %2 file.": "%1 は正しい %2 ファイルではありません。",
    "Document %1 was not found.": "文書 %1 が見つかりません。",
    "%1 %2 is not in this patient's chart.": "%1 %2 はこの患者のカルテにありません。",
    "%1 %2 was withdrawn from the chart; take it off the document.": "%1 %2 はカルテで取り消されています。文書から外してください。",
    "Attachment %1 does not belong to this document.": "添付 %1 はこの文書のものではありません。",
    "Document %1 is not a discharge summary of this patient.": "文書 %1 はこの患者の退院時サマリーではありません。",
    "The attached discharge summary (document %1) must be finalised first.": "添付する退院時サマリー（文書 %1）を先に確定してください。",
    "Save the document first, then add its attachments.": "文書を保存してから添付ファイルを追加してください。",
    "Someone else changed this document (now version %1) while you were editing version %2. Reopen it and apply your change again.":
        "版 %2 を編集している間に、ほかの人がこの文書を変更しました（現在は版 %1）。開き直して、もう一度変更してください。",
    "This document is %1; a finalised document is edited as a new version.": "この文書は %1 です。確定済の文書は新しい版として編集します。",
    "Only a draft can be finalised; this document is %1.": "確定できるのは下書きだけです。この文書は %1 です。",
    "Only a finalised document gets a new version; this document is %1 (save the draft instead).": "新しい版を作れるのは確定済の文書だけです。この文書は %1 です（下書きを保存してください）。",
    "Give the reason for withdrawing the document.": "文書を取り消す理由を入力してください。",
    "The document is already withdrawn.": "この文書はすでに取り消されています。",
    "A received document needs the institution it came from.": "受信した文書には送信元の医療機関が必要です。",
    "A received document keeps the document as it was received.": "受信した文書は受信したままの内容を保存します（元データがありません）。",
    "Version %1 of document %2 does not exist.": "文書 %2 に版 %1 はありません。",
    "Attachments are added to a draft; start a new version of this finalised document first.": "添付ファイルは下書きに追加します。確定済の文書は先に新しい版を作ってください。",
    "Attachments are removed from a draft; start a new version of this finalised document first.": "添付ファイルは下書きから外します。確定済の文書は先に新しい版を作ってください。",
    "Attachment %1 is not on this document.": "添付 %1 はこの文書にありません。",
    "Attachment %1 was not found.": "添付 %1 が見つかりません。",
    "Only doctors keep the address book.": "紹介先アドレス帳を編集できるのは医師だけです。",
    "Enter the institution's name.": "医療機関名を入力してください。",
    "The institution number (医療機関番号) \"%1\" is not valid: it has 10 digits, prefecture (01–47), fee schedule (1 medical, 3 dental) and the 7-digit institution code.":
        "医療機関番号「%1」が正しくありません。10桁で、都道府県番号（01〜47）、点数表番号（医科1・歯科3）、医療機関コード7桁です。",
    "The address book entry was not found.": "アドレス帳の項目が見つかりません。",
    "%1 %2 is missing from the chart.": "%1 %2 がカルテにありません。",
    "Document %1 was received from %2; only our own documents are exported.": "文書 %1 は %2 から受信したものです。書き出せるのは自院の文書だけです。",
    "Document %1 is %2; only a finalised document is exported.": "文書 %1 は %2 です。書き出せるのは確定済の文書だけです。",
    "The attached discharge summary (document %1) is not finalised.": "添付の退院時サマリー（文書 %1）が確定されていません。",
    "--%1 takes ids separated by commas (like 3,4); '%2' is not an id.": "--%1 にはカンマ区切りの ID を指定します（例: 3,4）。「%2」は ID ではありません。",
    "--med is KIND:CODE:NAME:DOSE:UNIT:USAGE:DAYS (KIND yj, generic or none; several separated by ';'); '%1' is not.":
        "--med は 種別:コード:薬剤名:1日量:単位:用法:日数 の形式です（種別は yj・generic・none、複数は「;」区切り）。「%1」は違います。",
    "  document create referral|discharge --patient NUMBER [--to INSTITUTION-NUMBER --to-name TEXT\n           --to-department TEXT --to-doctor TEXT --purpose TEXT --complaint TEXT --illness TEXT\n           --history TEXT --course TEXT --instructions TEXT --remarks TEXT --diagnosis IDS --allergy IDS\n           --rx IDS --lab IDS --med KIND:CODE:NAME:DOSE:UNIT:USAGE:DAYS[;…] --attach FILE[,FILE]\n           --attach-discharge ID --admitted DATE --discharged DATE --reason TEXT\n           --admission-diagnosis IDS --hospital-course TEXT --discharge-instructions TEXT\n           --disposition TEXT --date DATE]   (IDS: chart item ids separated by commas)\n  document edit ID [same options]   (a draft)\n  document finalize ID [--send] | document send ID   (to the sharing service)\n  document revise ID [--reason TEXT] | document withdraw ID --reason TEXT\n  document list --patient NUMBER | document show ID [--version N]\n":
        "  document create referral|discharge --patient 患者番号 [--to 紹介先医療機関番号 --to-name 名称\n           --to-department 診療科 --to-doctor 医師名 --purpose 紹介目的 --complaint 主訴 --illness 現病歴\n           --history 既往歴 --course 臨床経過 --instructions 診療方針 --remarks 備考 --diagnosis IDS --allergy IDS\n           --rx IDS --lab IDS --med 種別:コード:薬剤名:1日量:単位:用法:日数[;…] --attach ファイル[,ファイル]\n           --attach-discharge ID --admitted 入院日 --discharged 退院日 --reason 入院理由\n           --admission-diagnosis IDS --hospital-course 入院中経過 --discharge-instructions 退院時方針\n           --disposition 退院時転帰 --date 作成日]   （IDS: カルテ項目の ID をカンマ区切りで）\n  document edit ID [同じオプション]   （下書き）\n  document finalize ID [--send] | document send ID   （共有サービスへ送信）\n  document revise ID [--reason 理由] | document withdraw ID --reason 理由\n  document list --patient 患者番号 | document show ID [--version 版]\n",
    "Give the document id, e.g. document show 12.": "文書 ID を指定してください（例: document show 12）。",
    "Document %1 created (%2, draft, version %3).": "文書 %1 を作成しました（%2、下書き、版 %3）。",
    "Document %1 saved (draft, version %2).": "文書 %1 を保存しました（下書き、版 %2）。",
    "Document %1 finalised (version %2) by %3.": "文書 %1 を確定しました（版 %2、%3）。",
    "Document %1: version %2 started as a draft.": "文書 %1: 版 %2 を下書きとして作成しました。",
    "Document %1 withdrawn.": "文書 %1 を取り消しました。",
    "No documents.": "文書はありません。",
    "received from %1": "%1 から受信",
    "--version is a number.": "--version には数字を指定してください。",
    "  export clins --patient NUMBER --out DIR [--year YYYY] [--seed N]   (JP-CLINS bundles, one file per resource type; --year: the year the unit was first sent, default this year)\n  export referral|discharge --document ID --out FILE [--seed N]   (a finalised document as its JP-CLINS document bundle)\n":
        "  export clins --patient 患者番号 --out フォルダ [--year 年] [--seed N]   （JP-CLINS バンドルをリソース種別ごとに1ファイル。--year: その単位を最初に送った年、既定は今年）\n  export referral|discharge --document ID --out ファイル [--seed N]   （確定済の文書を JP-CLINS 文書バンドルとして書き出し）\n",
    "Give the document id with --document.": "--document で文書 ID を指定してください。",
    "Give the output file with --out.": "--out で出力ファイルを指定してください。",
    "Document %1 is a %2, not a %3.": "文書 %1 は %2 で、%3 ではありません。",
})
CONTEXT_JA.update({
    ("DocumentCommands", "Revision reason"): "改版の理由",
    ("DocumentCommands", "Received from"): "受信元",
    ("DocumentCommands", "To"): "紹介先",
    ("DocumentCommands", "Purpose"): "紹介目的",
    ("DocumentCommands", "Admitted"): "入院日",
    ("DocumentCommands", "Discharged"): "退院日",
    ("DocumentCommands", "Prescriptions"): "処方",
    ("DocumentCommands", "Medication"): "薬剤",
    ("DocumentCommands", "Discharge disposition"): "退院時転帰",
    ("DocumentCommands", "Attachment"): "添付",
    ("DocumentCommands", "Attached discharge summary"): "添付の退院時サマリー",
    ("DocumentCommands", "Reason for admission"): "入院理由",
    ("DocumentCommands", "Hospital course"): "入院中経過",
    ("DocumentCommands", "Discharge instructions"): "退院時の指示",
    ("DocumentCommands", "Remarks"): "備考",
    ("DocumentCommands", "Diagnoses on admission"): "入院時診断",
    ("DocumentCommands", "Diagnoses"): "傷病名",
    ("DocumentCommands", "Lab results"): "検査結果",
    ("DocumentCommands", "Finalised"): "確定",
    ("DocumentCommands", "Date"): "日付",
    ("DocumentCommands", "Document"): "文書",
    ("DocumentCommands", "Allergies"): "アレルギー",
    ("DocumentCommands", "Chief complaint"): "主訴",
    ("DocumentCommands", "Present illness"): "現病歴",
    ("DocumentCommands", "Past history"): "既往歴",
    ("DocumentCommands", "Clinical course"): "臨床経過",
    ("DocumentCommands", "Treatment policy"): "診療方針",
    ("DocumentRepository", "Diagnosis"): "傷病名",
    ("DocumentRepository", "Allergy"): "アレルギー",
    ("DocumentRepository", "Prescription"): "処方",
    ("DocumentRepository", "Lab result"): "検査結果",
    ("DocumentBundleExporter", "Diagnosis"): "傷病名",
    ("DocumentBundleExporter", "Allergy"): "アレルギー",
    ("DocumentBundleExporter", "Prescription"): "処方",
    ("DocumentBundleExporter", "Lab result"): "検査結果",
    ("DocumentValidator", "Chief complaint"): "主訴",
    ("DocumentValidator", "Present illness"): "現病歴",
    ("DocumentValidator", "Past history"): "既往歴",
    ("DocumentValidator", "Clinical course"): "臨床経過",
    ("DocumentValidator", "Remarks"): "備考",
    ("DocumentValidator", "Purpose of referral"): "紹介目的",
    ("DocumentValidator", "Treatment policy"): "診療方針",
    ("DocumentValidator", "Reason for admission"): "入院理由",
    ("DocumentValidator", "Hospital course"): "入院中経過",
    ("DocumentValidator", "Discharge instructions"): "退院時の指示",
})

# ui/SyncStatusIndicator, ui/SyncPanel, MainWindow's sync entry
JA.update({
    "Sync not configured": "送信先未設定",
    "Sync: not yet connected": "送信: 未接続",
    "Online": "オンライン",
    "Offline": "オフライン",
    "Queued: %1": "送信待ち: %1",
    "Rejected: %1": "差し戻し: %1",
    "Last sent: %1": "最終送信: %1",
    "Last sent: never": "最終送信: なし",
    "Sending to the national services. Click to open the Sync panel.":
        "全国医療情報プラットフォームへの送信状況です。クリックすると送信状況画面を開きます。",
    "Last error: %1": "直近のエラー: %1",
    "Sync — sending to the national services": "送信状況 — 全国医療情報プラットフォームへの送信",
    "Patient": "患者",
    "Content": "内容",
    "State": "状態",
    "Attempts": "試行回数",
    "Last change": "最終更新",
    "Last error": "直近のエラー",
    "Re&try": "再送(&T)",
    "View &payload…": "送信内容を表示(&P)…",
    "Open &chart": "カルテを開く(&C)",
    "Close": "閉じる",
    "No. %1": "患者番号 %1",
    "%1 (No. %2)": "%1（患者番号 %2）",
    "Document #%1": "文書 #%1",
    "Diagnoses (Condition)": "傷病名（Condition）",
    "Allergies (AllergyIntolerance)": "アレルギー（AllergyIntolerance）",
    "Lab results (Observation)": "検査結果（Observation）",
    "[delete]": "［削除］",
    "Items: %1  —  waiting to be sent: %2, rejected: %3": "項目数: %1 — 送信待ち: %2、差し戻し: %3",
    "This item is not waiting for a retry.": "この項目は再送を待っていません。",
    "Nothing frozen yet: the payload is built from the record when the item is sent.":
        "まだ送信内容は作られていません。送信時にカルテから作成されます。",
    "Payload — %1, %2": "送信内容 — %1、%2",
    "Bundle identifier: %1\nSHA-256: %2": "Bundle識別子: %1\nSHA-256: %2",
    "Not frozen yet.": "まだ作成されていません。",
    "&Sync status…": "送信状況(&S)…",
    "Ctrl+Shift+Y": "Ctrl+Shift+Y",
})

# Sending a finalised document to the sharing service is the doctor's choice.
JA.update({
    "Send to the sharing service": "共有サービスへ送信",
    "On finalising, queue the document for the sharing service (電子診療情報提供書)":
        "確定時に共有サービス（電子診療情報提供書）への送信を予約します",
    "Se&nd": "送信(&N)",
    "Send this finalised document to the sharing service now": "確定済みの文書をいま共有サービスへ送信します",
    "Sharing service: not sent (paper only)": "共有サービス: 未送信（紙のみ）",
    "Only a finalised document can be sent; this document is %1.": "送信できるのは確定済みの文書のみです。この文書は%1です。",
    "Queued for the sharing service.": "共有サービスへの送信を予約しました。",
    "Not sent to the sharing service (paper only).": "共有サービスへは送信しません（紙のみ）。",
})


# The shared-record pull runs off the UI thread; the panel shows it is busy.
JA.update({
    "Getting…": "取得中…",
    "Asking the sharing service…": "共有サービスに問い合わせ中…",
})


# The FHIR import in the desk's File menu (FhirImportDialog) and its patient confirmation (FhirImportMatchDialog).
JA.update({
    "&Import FHIR files…": "FHIRファイルを取り込む(&I)…",
    "Ctrl+Shift+I": "Ctrl+Shift+I",
    "Import FHIR files": "FHIRファイルの取り込み",
    "JP-CLINS bundles and eCS resources (.json) received from other institutions. Their items are added to the "
    "patient's chart read-only, marked with the sending institution; importing a file again adds nothing twice.":
        "他の医療機関から受け取った JP-CLINS バンドルと eCS リソース（.json）を取り込みます。項目は送信元の医療機関名付きで、"
        "編集できない項目として患者のカルテに加わります。同じファイルをもう一度取り込んでも二重には入りません。",
    "File": "ファイル",
    "Result": "結果",
    "Patient found": "患者の照合",
    "Added": "追加",
    "Updated": "更新",
    "Unchanged": "変更なし",
    "The selected file's report in full.": "選択したファイルの結果の全文をここに表示します。",
    "Choose the files to import (Ctrl+O).": "取り込むファイルを選んでください（Ctrl+O）。",
    "&Choose files…": "ファイルを選ぶ(&F)…",
    "The chart of the selected file's patient": "選択したファイルの患者のカルテを開きます",
    "FHIR files to import": "取り込む FHIR ファイル",
    "FHIR JSON files (*.json)": "FHIR JSON ファイル (*.json)",
    "All files (*)": "すべてのファイル (*)",
    "%1 of %2 files imported; %3 failed; %4 not imported.":
        "%2件中%1件を取り込みました。失敗 %3件、取り込まず %4件。",
    "%1: not imported (you chose not to import it).": "%1: 取り込みませんでした（取り込まないを選択）。",
    "Imported": "取り込み済み",
    "No. %1 %2": "患者番号 %1 %2",
    "Not imported (skipped)": "取り込まず（スキップ）",
    "Not imported (needs confirmation)": "取り込まず（確認が必要）",
    "Failed — nothing imported": "失敗 — 何も取り込んでいません",
    "Error: %1: %2": "エラー: %1: %2",
    "Note: %1": "注: %1",
    "By insured-person identifier": "被保険者番号で照合",
    "By the sender's patient number": "送信元の患者番号で照合",
    "Name, reading and birth date (confirmed)": "氏名・カナ・生年月日（確認済み）",
    "Chosen in the confirmation": "確認画面で選択",
    "Patient of an earlier file": "先に取り込んだファイルの患者",
    "New patient registered": "新しい患者として登録",
    "Confirm the patient": "患者の確認",
    "<b>%1</b> is about a patient with the same name, reading and birth date as a patient of this clinic, but no "
    "insured-person identifier links them. Is it the same person?":
        "<b>%1</b> の患者は、当院の患者と氏名・カナ・生年月日が一致しますが、被保険者番号では結び付いていません。"
        "同じ方ですか？",
    "Patient no.": "患者番号",
    "Reading (kana)": "カナ",
    "Insured-person identifier": "被保険者番号",
    "In the received file": "受け取ったファイル",
    "(the sender's)": "（送信元の番号）",
    "In this clinic": "当院の患者",
    "In this clinic (%1)": "当院の患者（%1）",
    "Insurer %1, symbol %2, number %3, branch %4": "保険者番号 %1　記号 %2　番号 %3　枝番 %4",
    "Importing adds the file's items to the chart read-only, marked with the sending institution. Once you "
    "confirm, later files from the same sender are matched without asking.":
        "取り込んだ項目は送信元の医療機関名付きで、編集できない項目としてカルテに加わります。一度確認すると、"
        "同じ送信元からの次のファイルは確認なしで照合されます。",
    "&Import into this patient": "この患者に取り込む(&I)",
    "&Import into the ticked patient": "選んだ患者に取り込む(&I)",
    "Register as a &new patient": "新しい患者として登録(&N)",
    "&Do not import": "取り込まない(&D)",
})


# tsumugictl document send: a finalised paper-only letter is sent later (DocumentCommands, DocumentSendState).
JA.update({
    "Document %1 was received from %2; only our own letters are sent.":
        "文書 %1 は %2 から受信したものです。送信できるのは自院の文書だけです。",
    "Document %1 is a draft (version %2); finalise it first: document finalize %1 --send finalises and sends it.":
        "文書 %1 は下書き（版 %2）です。先に確定してください: document finalize %1 --send で確定と同時に送信します。",
    "Document %1 is withdrawn; a withdrawn letter is not sent.": "文書 %1 は取り下げ済みです。取り下げた文書は送信しません。",
    "Document %1 (version %2) is already queued for the sharing service; nothing was changed.":
        "文書 %1（版 %2）はすでに共有サービスへの送信待ちです。変更はありません。",
    "Document %1 (version %2) was already sent to the sharing service; nothing was changed.":
        "文書 %1（版 %2）はすでに共有サービスへ送信済みです。変更はありません。",
    "Document %1 (version %2) was rejected by the sharing service: %3\nCorrect it as a new version (document revise %1, document edit %1 …) and finalise that with --send.":
        "文書 %1（版 %2）は共有サービスで差し戻されました: %3\n新しい版として訂正し（document revise %1、document edit %1 …）、--send を付けて確定してください。",
    "no reason given": "理由の記載なし",
    "Document %1 (version %2) queued for the sharing service; it is sent with the next push.":
        "文書 %1（版 %2）を共有サービスへの送信待ちに入れました。次の送信で送られます。",
    "not sent (paper only); an earlier version stays on the sharing service":
        "未送信（紙のみ）・以前の版が共有サービスに残っています",
    "not sent (paper only)": "未送信（紙のみ）",
    "not queued": "送信待ちなし",
    "rejected: %1": "差し戻し: %1",
    "Sharing service: not sent (paper only); an earlier version stays on the sharing service":
        "共有サービス: 未送信（紙のみ）・以前の版が共有サービスに残っています",
    "An earlier version of this letter was sent to the sharing service (or is queued for it). If this version is finalised without sending, the earlier version stays on the sharing service and the addressee keeps reading it.":
        "この文書の以前の版は共有サービスへ送信済み（または送信待ち）です。この版を送信せずに確定すると、以前の版が共有サービスに残り、紹介先は以前の版を読み続けます。",
})


# The chart's 文書 tab: each letter's sharing-service state (DocumentListPanel).
JA.update({
    "Sharing service": "共有サービス",
})


# Finalising a new version without sending while an earlier version went to the service (DocumentEditor).
JA.update({
    "Not finalised. Tick “Send to the sharing service” to replace the earlier version there.":
        "確定していません。共有サービス上の以前の版を置き換えるには「共有サービスへ送信」にチェックを入れてください。",
    "Finalise without sending": "送信せずに確定",
    "Finalise this version for paper only anyway?": "それでもこの版を紙のみとして確定しますか？",
})


# The electronic-signature seam (DocumentSignatures): the editor and the viewer say whether a version is signed.
JA.update({
    "The signer returned no signature; the document was not finalised.":
        "署名機能が署名を返しませんでした。文書は確定されていません。",
    "Electronic signature: not checked (received document)": "電子署名: 未確認（受信文書）",
    "Electronic signature: signed by %1 at %2": "電子署名: %1（%2 署名）",
    "Electronic signature: none (signing is not set up)": "電子署名: なし（署名機能は未設定）",
    "Electronic signature: signed when finalised": "電子署名: 確定時に署名します",
    "Electronic signature: none (%1)": "電子署名: なし（%1）",
    "Electronic signature: none (finalised without a signature)": "電子署名: なし（署名なしで確定）",
})


# Received referral letters and discharge summaries: import (DocumentBundleReader, MedicationRequestReader,
# ClinsImporter), the inbox's カルテに取り込む (ReferralInbox, ReferralInboxService, inbox import) and the viewer.
JA.update({
    "  inbox fetch | inbox list   (referral letters addressed to this clinic)\n  inbox import ID [--accept-match | --create-patient] [--patient NUMBER]   (file a letter into the patient's chart: a doctor's action)\n":
        "  inbox fetch | inbox list   （当院宛ての紹介状）\n  inbox import ID [--accept-match | --create-patient] [--patient 患者番号]   （紹介状を患者のカルテに取り込む: 医師の操作）\n",
    "Give the letter's id (see inbox list).": "紹介状の ID を指定してください（inbox list で確認できます）。",
    "There is no letter %1 in the inbox.": "受信箱に紹介状 %1 はありません。",
    "inbox letter %1 (%2)": "受信紹介状 %1（%2）",
    "Filed in the chart of patient %1 %2 as document %3.": "患者 %1 %2 のカルテに文書 %3 として取り込みました。",
    "Linked to patient %1 %2 by the insured-person identifier; not yet filed in the chart.":
        "被保険者番号で患者 %1 %2 に紐付けました。カルテへの取り込みはまだです。",
    "File into &chart": "カルテに取り込む(&C)",
    "Files the letter in the patient's chart: the letter under 文書, its diagnoses, allergies and lab results as the sender's read-only items (doctors)":
        "紹介状を患者のカルテに取り込みます。紹介状は文書に、病名・アレルギー・検査結果は紹介元の読み取り専用の項目として入ります（医師）",
    "&Open letter": "紹介状を開く(&O)",
    "In chart": "カルテ",
    "filed": "取込済",
    "not yet": "未取込",
    "Which patient is this?": "どの患者の紹介状ですか？",
    "The letter's patient has the same name, reading and birth date as patient %1 %2 (%3, born %4), but no identifier links them.":
        "紹介状の患者は患者 %1 %2（%3、%4 生まれ）と氏名・フリガナ・生年月日が同じですが、識別子で結び付いていません。",
    "File for this patient": "この患者に取り込む",
    "Register as a new patient": "新しい患者として登録",
    "Do not file": "取り込まない",
    "The letter was not filed.": "紹介状は取り込みませんでした。",
    "Select a letter first.": "先に紹介状を選んでください。",
    "File the letter into the chart first; it then opens like any letter.":
        "先にカルテに取り込んでください。取り込むと他の文書と同じように開けます。",
    "  the letter is filed as document %1": "  紹介状は文書 %1 として保存しました",
    "  the letter is document %1": "  紹介状は文書 %1 です",
    "points to %1, which is not an entry of this bundle.": "%1 を指していますが、このバンドルのエントリにありません。",
    "%1 in section %2 (%3) is kept in the received letter only.":
        "セクション %2（%3）の %1 は受信した文書の中にのみ保存しています。",
    "is required: the Composition and its resources.": "必須です: Composition とそのリソース。",
    "is required in a document bundle.": "文書バンドルでは必須です。",
    "the first entry of a document bundle must be its Composition.":
        "文書バンドルの最初のエントリは Composition でなければなりません。",
    "'%1' is not a document Tsumugi reads; expected 57133-1 (診療情報提供書) or 18842-5 (退院時サマリー).":
        "'%1' は Tsumugi が読める文書ではありません。57133-1（診療情報提供書）または 18842-5（退院時サマリー）が必要です。",
    "is required: it is how a corrected resend of the letter is recognised.":
        "必須です: 訂正して再送された文書を見分けるために使います。",
    "must point to the Patient entry of the bundle.": "バンドルの Patient エントリを指す必要があります。",
    "is required: the drug of the prescription.": "必須です: 処方の薬剤。",
    "names no drug (neither text nor a coding's display).": "薬剤名がありません（text も coding の display もありません）。",
    "MedicationRequest: %1 gives a dose per intake, shown as the dose.":
        "MedicationRequest: %1 は1回量で記載されているため、その量を用量として表示します。",
    "the letter does not say which institution wrote it (give it with --from NUMBER).":
        "文書に作成した医療機関が書かれていません（--from 医療機関番号 で指定してください）。",
    "this letter was written by this clinic (%1); it is in the record already.":
        "この文書は当院（%1）が作成したもので、すでに記録にあります。",
    "received again, changed by the sender": "再受信（送信元で変更）",
    "This letter (%1) was received earlier for another patient; it is not filed twice.":
        "この文書（%1）は以前に別の患者の文書として受信しています。二重には保存しません。",
    "Section %1": "セクション %1",
    "Warning: %1 To replace it, send this version: document send %2":
        "注意: %1 置き換えるには、この版を送信してください: document send %2",
    "filed into the chart: %1": "カルテに取り込み: %1",
    "%n filed into the chart": "カルテに取り込み %n 通",
})
EN_PLURALS.update({
    "%n filed into the chart": (
        "%n filed into the chart",
        "%n filed into the chart"),
})
CONTEXT_JA.update({
    ("tsumugi::ui::ReferralInbox", "failed"): "失敗",
})

# Real masters from the first minute (issue 14): shipped SSK masters, import, search, sharing of labs, partial dates.
JA.update({
    "A 一般名 code names a drug: use it for a drug contraindication (category medication).":
        "一般名コードは医薬品を表します。薬剤禁忌（分類: 医薬品）に使ってください。",
    "'%1' is not a 一般名 code as JP-CLINS writes it (GCM and 12 characters, e.g. GCM2171022F2ZZZ).":
        "「%1」は JP-CLINS の一般名コードの形式ではありません（GCM と12文字。例: GCM2171022F2ZZZ）。",
    " [from %1, read-only]": " ［%1 から受領・参照のみ］",
    " onset %1": " 発症 %1",
    " [not shared: not a JP-CLINS item]": " ［共有対象外: JP-CLINS の項目ではありません］",
    "A disease name takes at most %1 modifiers (修飾語), as the レセ電 record holds them; this one has %2.":
        "修飾語はレセ電の記録どおり1つの病名に %1 個までです（この病名は %2 個）。",
    "A name that is not in the master (未コード化傷病名) is sent as its whole wording: write the modifier into the name instead of adding it.":
        "マスターにない病名（未コード化傷病名）は文言全体で送られます。修飾語は追加せず、病名の文言に含めてください。",
    "The modifier %1 (%2) is chosen twice.": "修飾語 %1（%2）が2回選ばれています。",
    "The disease code %1 (%2) has ended in the master and is not used for new entries.":
        "傷病名コード %1（%2）はマスターで廃止されており、新しい登録には使えません。",
    "The disease code %1 (%2) has ended in the master; use its successor %3 instead.":
        "傷病名コード %1（%2）はマスターで廃止されています。移行先の %3 を使ってください。",
    "The modifier %1 (%2) has ended in the master.": "修飾語 %1（%2）はマスターで廃止されています。",
    "  [from %1]": "　［%1 から受領］",
    "Not shared: a code of this clinic (not JLAC) is kept in the chart and its trends only. The sharing service takes the core lab items and the infection items by their JLAC10 codes.":
        "共有されません: 院内コード（JLAC以外）の結果はカルテと推移表にのみ残ります。共有サービスが受け取るのはコア検査項目と感染症の項目で、JLAC10コードのものです。",
    "Not shared: this JLAC code is not one of the JP-CLINS core lab or infection items, so the sharing service does not take it. It stays in the chart and its trends.":
        "共有されません: この JLAC コードは JP-CLINS のコア検査項目・感染症項目ではないため、共有サービスは受け取りません。カルテと推移表には残ります。",
    "Received from another institution: it is not sent again by this clinic.": "他院から受領した結果です。当院からは再送しません。",
    "Withdrawn: not sent.": "取り消し済み: 送信しません。",
    "%1 is not a zip archive (it may be damaged or only partly downloaded).":
        "%1 は zip ファイルではありません（壊れているか、ダウンロードが途中の可能性があります）。",
    "%1 could not be opened.": "%1 を開けませんでした。",
    "%1 is a damaged zip archive (%2).": "%1 は壊れた zip ファイルです（%2）。",
    "%1 holds more than one master file; import each SSK zip on its own.":
        "%1 には複数のマスターファイルが入っています。支払基金の zip を1つずつ取り込んでください。",
    "%1 holds no master file (.txt or .csv).": "%1 にマスターファイル（.txt または .csv）がありません。",
    "%1: the master file's size cannot be read.": "%1: マスターファイルの大きさを読み取れません。",
    "%1: %2 cannot be unpacked (%3).": "%1: %2 を展開できません（%3）。",
    "%1: %2 is damaged (%3).": "%1: %2 が壊れています（%3）。",
    "%1 lists %2 entries, but the record offers %3 of this master now and %4 of them would end. An SSK master file is the whole master: check that this is the full file. Nothing was imported.":
        "%1 には %2 件しかありませんが、このカルテは現在このマスターの %3 件を使っており、そのうち %4 件が廃止扱いになります。支払基金のマスターファイルは全件です。全件ファイルか確認してください。何も取り込んでいません。",
    "%1 is not named like an SSK master (b_ 傷病名, z_ 修飾語, y_ 医薬品); say which master it is.":
        "%1 は支払基金のマスターのファイル名（b_ 傷病名、z_ 修飾語、y_ 医薬品）ではありません。どのマスターか指定してください。",
    "%1 is the %2 master, not the %3 master; nothing was imported.":
        "%1 は %2 マスターで、%3 マスターではありません。何も取り込んでいません。",
    "%n code(s) already ended (廃止 or 経過措置): kept for old charts, not offered.":
        "%n 件はすでに終了（廃止・経過措置満了）しています。過去のカルテのために残し、新規には表示しません。",
    "一般名": "一般名",
    "(移行先 of ended %1)": "（廃止された %1 の移行先）",
    "No %1 entry has the code %2.": "%1 マスターにコード %2 はありません。",
    "ended: may not be chosen for new entries since %1": "終了: %1 以降、新しい登録には使えません",
    "may be chosen until %1": "%1 まで使用できます",
    "移行先: %1": "移行先: %1",
    "%1 master: %2 entries from %3 (added %4, changed %5, ended %6)":
        "%1 マスター: %3 から %2 件（追加 %4、変更 %5、終了 %6）",
    "%1 (year only)": "%1年（年のみ）",
    "%1-%2 (month only)": "%1年%2月（月まで）",
    "Line %1 of the %2 has no code or no name.": "%2 の %1 行目にコードか名称がありません。",
    "This master is not a レセ電 基本マスター file.": "このマスターはレセ電の基本マスターではありません。",
    "The shipped master %1 is missing from this build.": "同梱のマスター %1 がこのビルドにありません。",
    "「レセプト電算処理システム 基本マスター」(社会保険診療報酬支払基金) を加工して作成 — 傷病名 %1, 修飾語 %2, 医薬品 %3 (公共データ利用規約 第1.0版). JLAC10 codes of the JP-CLINS core lab and infection value sets from the 電子カルテ情報共有サービス FHIR package 1.5.2.":
        "「レセプト電算処理システム 基本マスター」(社会保険診療報酬支払基金) を加工して作成 — 傷病名 %1、修飾語 %2、医薬品 %3（公共データ利用規約 第1.0版）。コア検査項目・感染症項目の JLAC10 コードは電子カルテ情報共有サービスの FHIR パッケージ 1.5.2 から。",
    "recorded but not shareable: lab results with a local code %1, with a JLAC code that is not a JP-CLINS core or infection item %2":
        "記録済みで共有対象外: 院内コードの検査結果 %1 件、JP-CLINS のコア・感染症項目ではない JLAC コードの検査結果 %2 件",
    "一般名 %1": "一般名 %1",
    "not shared": "対象外",
    "Kept in this chart only: the sharing service takes the JP-CLINS core lab and infection items by their JLAC10 codes.":
        "このカルテにのみ残ります。共有サービスが受け取るのは JP-CLINS のコア検査項目と感染症項目（JLAC10コード）です。",
    "Core lab items and infection items with their JLAC10 code are shared with the national sharing service.":
        "コア検査項目と感染症項目は、JLAC10コードで電子カルテ情報共有サービスに共有されます。",
    "Shared: this is a JP-CLINS item; it goes to the sharing service with the next send.":
        "共有されます: JP-CLINS の項目です。次の送信で共有サービスに送られます。",
    "Update &masters…": "マスター更新…(&M)",
    "Masters: %1": "マスター: %1",
    "Diseases (傷病名)": "傷病名",
    "Modifiers (修飾語)": "修飾語",
    "Drugs (医薬品)": "医薬品",
    "Generic names (一般名)": "一般名",
    "Allergens (J-FAGY)": "アレルゲン（J-FAGY）",
    "Lab codes (JLAC)": "検査コード（JLAC）",
    "Update masters": "マスター更新",
    "Choose the master files as the 社会保険診療報酬支払基金 publishes them (zip files named b_…, z_…, y_…). Each file is taken whole or not at all; codes that ended stay readable on old charts but are no longer offered.":
        "社会保険診療報酬支払基金が公開しているマスターファイル（b_…、z_…、y_… の zip）を選んでください。各ファイルは全件を取り込むか、何も取り込まないかのどちらかです。廃止されたコードは過去のカルテでは読めますが、新しい登録の候補には出ません。",
    "Master files": "マスターファイル",
    "SSK master files (*.zip *.txt *.csv)": "支払基金のマスターファイル (*.zip *.txt *.csv)",
    "Reading %n file(s)…": "%n 個のファイルを読み込み中…",
    "%1: %2 Nothing of this file was taken.": "%1: %2 このファイルからは何も取り込んでいません。",
    "%1 from %2: %3 entries — added %4, changed %5, ended %6": "%1（%2）: %3 件 — 追加 %4、変更 %5、終了 %6",
    "Recorded but not shareable: %1 lab result(s) with a clinic code, %2 with a JLAC code outside the JP-CLINS core and infection items.":
        "記録済みで共有対象外: 院内コードの検査結果 %1 件、JP-CLINS のコア・感染症項目以外の JLAC コード %2 件。",
})
EN_PLURALS.update({
    "%n code(s) already ended (廃止 or 経過措置): kept for old charts, not offered.": (
        "%n code already ended (廃止 or 経過措置): kept for old charts, not offered.",
        "%n codes already ended (廃止 or 経過措置): kept for old charts, not offered."),
    "Reading %n file(s)…": ("Reading %n file…", "Reading %n files…"),
})


# The doctor's day (issue 39): drug allergies by class, ingredient or product, and what matched.
JA.update({
    "An ingredient is recorded as a drug allergy or contraindication (category medication).":
        "成分は薬剤アレルギー・薬剤禁忌（分類: 医薬品）として記録します。",
    "'%1' is not an ingredient code (the first 7 characters of a YJ code, e.g. 6131001).":
        "「%1」は成分コード（YJ コードの先頭7文字。例: 6131001）ではありません。",
    "A drug class is recorded as a drug allergy or contraindication (category medication).":
        "薬の系統は薬剤アレルギー・薬剤禁忌（分類: 医薬品）として記録します。",
    "'%1' is not a drug class Tsumugi knows.": "「%1」は Tsumugi の知らない薬の系統です。",
    "No drug in the master has the ingredient code %1; give its name with --name (e.g. アモキシシリン).":
        "成分コード %1 の薬はマスターにありません。--name で成分名を指定してください（例: アモキシシリン）。",
    "Penicillins": "ペニシリン系抗菌薬",
    "Cephems (cephalosporins)": "セフェム系抗菌薬",
    "Carbapenems and penems": "カルバペネム系・ペネム系抗菌薬",
    "Macrolides": "マクロライド系抗菌薬",
    "Quinolones": "キノロン系抗菌薬",
    "Tetracyclines": "テトラサイクリン系抗菌薬",
    "Sulfonamides (サルファ剤)": "サルファ剤",
    "NSAIDs (non-steroidal anti-inflammatory drugs)": "NSAIDs（非ステロイド性抗炎症薬）",
    "Pyrazolones (ピリン系)": "ピリン系（ピラゾロン系）解熱鎮痛薬",
    "Iodinated contrast media": "ヨード造影剤",
    "Local anaesthetics (amide type)": "局所麻酔薬（アミド型）",
    "%1 is one of the %2; the patient's record says: allergy or contraindication to %3 (%4).":
        "%1 は%2です。この患者には「%3」のアレルギー・禁忌が記録されています（%4）。",
    "%1 contains %2; the patient's record says: allergy or contraindication to the ingredient %2 (%3).":
        "%1 は %2 を含みます。この患者には成分「%2」のアレルギー・禁忌が記録されています（%3）。",
    "%1 has the same ingredient as %2, recorded as a drug allergy or contraindication (%3).":
        "%1 は、薬剤アレルギー・禁忌として記録された %2 と同じ成分です（%3）。",
    "%1 is also known by the name %2, which the patient's record lists as an allergy (%3).":
        "%1 は「%2」とも呼ばれる薬で、この患者のアレルギーに記録されています（%3）。",
    "%1 is one of the %2, and the patient's record lists \"%3\" as an allergy (%4). Record it as that drug class in the allergy dialog.":
        "%1 は%2で、この患者のアレルギーに「%3」と記録されています（%4）。アレルギー画面でこの系統として記録し直してください。",
    "Ingredient (in every product)": "成分（含むすべての薬）",
    "Drug class (e.g. penicillins, NSAIDs)": "薬の系統（ペニシリン系、NSAIDs など）",
    "One product or 一般名": "特定の製品・一般名",
    "Recor&ded as": "記録の単位(&D)",
    "Drug c&lass": "薬の系統(&L)",
    "Drug class: %1 (every drug of the class is checked)": "薬の系統: %1（この系統のすべての薬を確認します）",
    "Record as the drug class %1": "「%1」として記録する",
    "Ingredient %1 (every product holding it is checked)": "成分 %1（この成分を含むすべての薬を確認します）",
    "Give the drug's code with --code.": "--code で薬剤のコードを指定してください。",
    "No usual dosage: neither this patient nor this clinic has prescribed %1.":
        "いつもの用量はありません: この患者にも当院でも %1 の処方歴がありません。",
    "Filled from this patient's last prescription of the drug.": "この患者の前回の処方から入力しました。",
    "Filled from how this clinic usually prescribes the drug.": "当院でよく使う用量・用法から入力しました。",
    "Visit on %1": "%1 の受診",
    "This patient already has a visit on %1 (%2). Open it, or start a second visit that day?":
        "この患者には %1 の受診（%2）がすでにあります。その受診を開きますか、同じ日の2回目の受診を作りますか？",
    "&Open that visit": "その受診を開く(&O)",
    "Start a &second visit": "2回目の受診を作る(&S)",
    "Modifier: e.g. きゅうせい (急性), ひだり (左)": "修飾語: 例 きゅうせい（急性）、ひだり（左）",
    "Remo&ve modifier": "修飾語を外す(&V)",
    "&Modifiers": "修飾語(&M)",
    "Recorded as": "登録される病名",
    "Save (Ctrl+Enter)": "保存（Ctrl+Enter）",
    "insurer %1": "保険者番号 %1",
    "symbol %1": "記号 %1",
    "number %1": "番号 %1",
    "branch %1": "枝番 %1",
    "%1 (DRAFT)": "%1（下書き）",
    "DRAFT": "下書き",
    "To the attending doctor": "ご担当医 御侍史",
    "Alt+%1": "Alt+%1",
    "Unit, range and specimen as this clinic last reported %1 (%2).":
        "単位・基準範囲・検体は当院の前回の %1（%2）と同じにしました。",
    "The connection to the clinic server was lost while saving: the change may or may not have been saved. Open it again to see which.":
        "保存中に院内サーバーとの接続が切れました。変更は保存された可能性も、されていない可能性もあります。開き直して確かめてください。",
    "Another desk is saving; try again in a moment. Nothing was saved.":
        "別の端末が保存中です。少し待ってからもう一度お試しください。何も保存していません。",
    "The clinic server took too long to answer; the change was not saved. Try again; if it keeps happening, tell whoever looks after the server.":
        "院内サーバーの応答に時間がかかりすぎたため、変更は保存していません。もう一度お試しください。繰り返す場合はサーバーの管理者に知らせてください。",
    "The clinic server's address cannot be read: %1": "院内サーバーのアドレスを読み取れません: %1",
    "The clinic server %1 is on another machine: Tsumugi connects to it only with sslmode=verify-full (its certificate checked), so that patient data never crosses the network in the clear. Add sslmode=verify-full and the clinic's certificate (sslrootcert) to the address.":
        "院内サーバー %1 は別のコンピューターにあります。患者情報が暗号化されずにネットワークを流れないよう、Tsumugi は sslmode=verify-full（証明書を確認する接続）でしか接続しません。アドレスに sslmode=verify-full と院内の証明書（sslrootcert）を加えてください。",
    "Folder": "フォルダー",
    "Drive": "ドライブ",
    "Unknown": "不明",
    "Save the note as a draft": "カルテを下書き保存",
    "Finalise the note": "カルテを確定",
    "Insert a stock phrase": "定型文を挿入",
    "Repeat the last prescription (Do処方)": "前回処方を繰り返す（Do処方）",
    "Add a prescription": "処方を追加",
    "Start today's visit": "今日の受診を始める",
    "Versions of the note": "カルテの版の履歴",
    "Close the chart": "カルテを閉じる",
    "New referral letter": "紹介状を作成",
    "Other clinics' shared record": "他院の共有記録",
    "This page": "このページ",
    "The chart": "カルテ",
    "<p>On the left, the visits (newest first); on the right, the tabs 1–5 (Alt+1 … Alt+5): the visit note with its prescriptions, diagnoses, allergies, lab results and documents. The red band under the name lists the allergies and contraindications; every prescription is checked against them, by drug class, ingredient and product.</p><p>A note is a draft until it is finalised; a change to a finalised note is a new version, and the versions stay.</p>":
        "<p>左は受診の一覧（新しい順）、右はタブ 1〜5（Alt+1〜Alt+5）: 診察記録と処方、傷病名、アレルギー、検査結果、文書です。氏名の下の赤い帯にアレルギーと禁忌が並び、処方はすべて薬の系統・成分・製品の単位でこれと照合されます。</p><p>カルテは確定するまで下書きです。確定したカルテの変更は新しい版になり、前の版も残ります。</p>",
    "Keys": "キー操作",
    "Alt with an underlined letter presses that button or opens that menu.":
        "Alt と下線付きの文字で、そのボタンを押すかメニューを開きます。",
    "&Help for this window": "この画面のヘルプ(&H)",
    "Reception and patients": "受付と患者",
    "<p>Find a patient by name, reading, number or birth date (Ctrl+F), add them to today's reception list and open their chart (F2). The reception list shows who is waiting, with the doctor and done; its status keys work on the selected row.</p><p>Ctrl+L locks the screen when you leave the desk; the record stays open for the next sign-in.</p>":
        "<p>氏名・フリガナ・患者番号・生年月日で患者を探し（Ctrl+F）、今日の受付に追加してカルテを開きます（F2）。受付一覧には待合中・診察中・済が表示され、状態のキーは選んだ行に働きます。</p><p>席を離れるときは Ctrl+L で画面をロックします。カルテは開いたままで、次のサインインで続けられます。</p>",
    "Unit and specimen of the item; no earlier result of it in this clinic.":
        "単位と検体は項目の標準です（当院での過去の結果はありません）。",
})
JA.update({
    "Give the record with --db: a file, or a postgresql:// URL of the clinic server.":
        "--db で記録を指定してください（ファイル、または院内サーバーの postgresql:// URL）。",
    "The server database %1 already holds a Tsumugi record; it was left untouched.":
        "サーバーのデータベース %1 にはすでに Tsumugi の記録があります。何も変更していません。",
    "The key slots of %1 no longer belong to this record; nothing was changed.":
        "%1 の鍵スロットはこの記録のものではなくなっています。何も変更していません。",
    "This recovery key does not open the record on %1. Nothing was changed.":
        "この回復キーでは %1 の記録を開けません。何も変更していません。",
    "the key slots on %1": "%1 の鍵スロット",
    "The server database %1 holds no Tsumugi record. Create one with tsumugictl init, or check the database name.":
        "サーバーのデータベース %1 に Tsumugi の記録がありません。tsumugictl init で作成するか、データベース名を確認してください。",
    "There are no intact previous key slots on %1. Restore the record from the backup.":
        "%1 に壊れていない一つ前の鍵スロットがありません。バックアップから記録を復元してください。",    "%n row(s) of reading (views, sign-ins) wait for the next change to chain them.":
        "閲覧・サインインの記録 %n 行が、次の変更の際に監査の連鎖へ加えられます。",    "Open the clinic record at <path> (a file, or a postgresql:// URL of the clinic server) instead of the default one.":
        "既定の記録の代わりに <path> の診療記録を開きます（ファイル、または院内サーバーの postgresql:// URL）。",
    "The clinic server holds no Tsumugi record at this address. An administrator creates it with tsumugictl init.":
        "院内サーバーのこのアドレスには Tsumugi の記録がありません。管理者が tsumugictl init で作成します。",    "The record is whole: every table on the clinic server was read (%1 ms).":
        "記録は完全です。院内サーバーのすべての表を読み取りました（%1 ミリ秒）。",
    "The previous key slots on the clinic server were restored in place of the current ones.":
        "院内サーバーの一つ前の鍵スロットを、現在のものの代わりに復元しました。",
    "usage: tsumugictl --db FILE|URL keys restore-previous": "使い方: tsumugictl --db FILE|URL keys restore-previous",
})
EN_PLURALS.update({
    "%n row(s) of reading (views, sign-ins) wait for the next change to chain them.":
        ("%n row of reading (views, sign-ins) waits for the next change to chain it.",
         "%n rows of reading (views, sign-ins) wait for the next change to chain them."),
})
USAGE_NOTES.update({
    "(--generic: the 一般名コード, e.g. 2171022F2ZZZ;": "（--generic: 一般名コード。例: 2171022F2ZZZ、",
    "--ingredient: a YJ code of a drug holding it, its first 7 characters kept, named from the master;":
        "--ingredient: その成分を含む薬の YJ コード（先頭7文字を記録、成分名はマスターから）、",
    "--drug-class: see allergy classes)": "--drug-class: 一覧は allergy classes）",
})

# The declared storage model (issue 32).
JA.update({
    "--driver is postgres or sqlite.": "--driver には postgres または sqlite を指定します。",
    "This record has schema %1, which this program cannot bring up to date (it was made by a trial version). "
    "The record was not changed.":
        "この記録のスキーマは %1 で、このプログラムでは最新にできません（試用版で作られたものです）。"
        "記録は変更していません。",
})
USAGE_NOTES.update({
    "(the record's tables as SQL, from the declared model; no record is opened)":
        "（記録のテーブルを宣言されたモデルから SQL で表示。記録は開きません）",
})
# Live desks (issue 33).
JA.update({
    "--timeout is a number of seconds.": "--timeout には秒数を指定します。",
    "This record is a file on one computer: only a record on the clinic server has other desks to hear.":
        "この記録は1台のパソコンのファイルです。他の端末の変更を受け取れるのは院内サーバーの記録だけです。",
    "The connection to the clinic server %1 was lost: %2": "院内サーバー %1 との接続が切れました: %2",
    "Updated at another desk": "他の端末で更新されました",
    "Reload": "再読込",
    "Cannot reach the server": "サーバーに接続できません",
    "Sent by another desk": "送信: 他の端末が担当",
    "Another desk is sending the outbox (one desk sends for the whole record); nothing was sent. Its items are "
    "sent by that desk.":
        "別の端末が送信を担当しています（送信は記録全体で1台が行います）。ここでは何も送信していません。"
        "送信待ちの項目はその端末が送信します。",
})
USAGE_NOTES.update({
    "(the clinic server: one line per change another desk commits)": "（院内サーバー: 他の端末が保存した変更を1行ずつ表示）",
})

JA.update({
    # Two desks editing the same thing (#33): who saved first, and when.
    "%1 changed this allergy at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.":
        "編集中に %1 さんが %2 にこのアレルギーを変更しました（現在 第%3版）。保存していません。開き直してから変更をやり直してください。",
    "%1 saved this note at %2 (now version %3) while you were editing it. Nothing was saved and nothing of theirs was overwritten: compare your text with theirs and save again.":
        "編集中に %1 さんが %2 にこの記録を保存しました（現在 第%3版）。保存しておらず、相手の内容も上書きしていません。両方の内容を見比べてから保存し直してください。",
    "%1 changed this diagnosis at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.":
        "編集中に %1 さんが %2 にこの病名を変更しました（現在 第%3版）。保存していません。開き直してから変更をやり直してください。",
    "%1 saved this document at %2 (now version %3) while you were editing it. Nothing was saved and nothing of theirs was overwritten.":
        "編集中に %1 さんが %2 にこの文書を保存しました（現在 第%3版）。保存しておらず、相手の内容も上書きしていません。",
    "%1 changed this patient at %2 (now version %3) while you were looking at it. Nothing was saved; check the insurance again.":
        "確認中に %1 さんが %2 にこの患者を変更しました（現在 第%3版）。保存していません。保険をもう一度確認してください。",
    "%1 changed this result at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.":
        "編集中に %1 さんが %2 にこの検査結果を変更しました（現在 第%3版）。保存していません。開き直してから変更をやり直してください。",
    "%1 changed this patient at %2 (now version %3) while you were editing it. Nothing was saved; reopen the patient and apply your change again.":
        "編集中に %1 さんが %2 にこの患者を変更しました（現在 第%3版）。保存していません。患者を開き直してから変更をやり直してください。",
    "%1 changed this prescription at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.":
        "編集中に %1 さんが %2 にこの処方を変更しました（現在 第%3版）。保存していません。開き直してから変更をやり直してください。",
    "%1 changed this visit at %2 (now version %3) while you were editing it. Nothing was saved; reopen it and apply your change again.":
        "編集中に %1 さんが %2 にこの受診を変更しました（現在 第%3版）。保存していません。開き直してから変更をやり直してください。",
    "%1 saved this document at %2 while you were editing it. Your text was saved as a separate draft (document %3) beside theirs (document %4): compare the two and withdraw the one you do not need.":
        "編集中に %1 さんが %2 にこの文書を保存しました。あなたの内容は別の下書き（文書 %3）として、相手の文書（文書 %4）とは別に保存しました。両方を見比べて、不要な方を取り下げてください。",
    "Family name": "姓",
    "Given name": "名",
    "Family name (kana)": "姓（カナ）",
    "Given name (kana)": "名（カナ）",
    "Date of birth": "生年月日",
    "Postal code": "郵便番号",
    "Insurance": "保険",
    "(empty)": "（空欄）",
    "Their changes are now in the form, with yours on top. Check it and save again.":
        "相手の変更を画面に取り込み、その上にあなたの変更を重ねました。確認してからもう一度保存してください。",
    "You both changed (your value is in the form; theirs was): %1":
        "両方で変更した項目（画面はあなたの値、相手の値は次のとおり）: %1",
    "The connection to the clinic server was lost while saving, and the server did not save the change. Nothing was saved; try again.":
        "保存中にクリニックのサーバーとの接続が切れ、サーバーはこの変更を保存しませんでした。何も保存されていません。もう一度保存してください。",
    "The clinic server stopped answering (nothing for about %1 s, and no new connection): the desk gave up waiting. The last change was not saved; nothing else was lost.":
        "クリニックのサーバーが応答しなくなりました（約 %1 秒応答がなく、新しい接続もできません）。待つのをやめました。最後の変更は保存されていません。それ以外に失われたものはありません。",
    "Only my text": "自分の入力のみ",
    "Put back only what you typed (their text stays saved until you save)": "自分が入力した内容だけに戻します（保存するまで相手の内容が保存されたままです）",
    "Only their text": "相手の内容のみ",
    "Drop what you typed and show the note as they saved it": "自分の入力を捨て、相手が保存した記録を表示します",
    "%1 saved this note at %2 while you were typing. Their text and yours are put together below; nothing is saved until you save. Check it first.":
        "入力中に %1 さんが %2 にこの記録を保存しました。相手の内容とあなたの入力を下に合わせて表示しています。保存するまで何も保存されません。確認してから保存してください。",
})

JA.update({
    # A desk waiting for the clinic server off its window's thread (#33).
    "Saving… (waiting for the clinic server)": "保存しています…（院内サーバーの応答待ち）",
    "Reading… (waiting for the clinic server)": "読み込んでいます…（院内サーバーの応答待ち）",
    "This desk is still waiting for the clinic server's answer to its last request; try again in a moment.":
        "この端末は直前の処理について院内サーバーの応答を待っています。少し待ってからやり直してください。",
})

JA.update({
    # A sealed value that does not open where it was found (#34).
    "A stored value of %1 (row %2, %3) does not open with this record's key where it was found: it was moved from another row or column, or altered outside Tsumugi. It is not shown; tell whoever looks after the server.":
        "%1（行 %2、%3）の保存値が、見つかった場所ではこの記録の鍵で開けません。別の行や列から移されたか、つむぎ以外で書き換えられています。表示しません。サーバーの管理者に知らせてください。",
})

JA.update({
    # A server step that only a desk with the record key can run (#34).
    "Bringing this record to schema %1 needs the record key: sign in at a desk to do it. The record was not changed.":
        "この記録をスキーマ %1 にするには記録の鍵が必要です。端末からサインインして行ってください。記録は変更していません。",
})

JA.update({
    # Rotating the record key (#34): a desk signed in before it, and a key file whose retiring key does not open.
    "The record key was changed since you signed in (a value of %1 is sealed under its key generation %2). Sign in again to go on; nothing was lost.":
        "サインイン後に記録の鍵が変更されました（%1 の値は鍵の世代 %2 で封をされています）。続けるにはサインインし直してください。失われたものはありません。",
    "The key file's retiring record key does not open with the current one: the file is damaged. Put its previous generation back (tsumugictl keys restore-previous).":
        "鍵ファイルの旧い記録鍵が現在の鍵で開けません。ファイルが壊れています。一つ前の世代を戻してください（tsumugictl keys restore-previous）。",
})

JA.update({
    # Rotating the record key itself (#34).
    "The record key is being changed (key generation %1) since you signed in. Sign in again to go on; nothing was lost.":
        "サインイン後に記録の鍵の変更が始まりました（鍵の世代 %1）。続けるにはサインインし直してください。失われたものはありません。",
    "re-sealing": "封の掛け直し中",
    "removing the old search tokens": "旧い検索トークンを削除中",
    "done": "完了",
    "Rotating the record key is for a record on the clinic server. A record in a file is encrypted whole with its key (SQLCipher); changing that key is not built yet.":
        "記録の鍵の交換は院内サーバーの記録のためのものです。ファイルの記録はその鍵で全体が暗号化されており（SQLCipher）、その鍵の変更はまだ作られていません。",
    "The password is incorrect; the record key was not changed.": "パスワードが違います。記録の鍵は変更していません。",
    "A rotation of the record key (generation %1) is under way: let it finish first (tsumugictl keys rotate --resume).":
        "記録の鍵の交換（世代 %1）が進行中です。先に終わらせてください（tsumugictl keys rotate --resume）。",
    "The record key cannot be rotated again.": "記録の鍵はこれ以上交換できません。",
    "usage: tsumugictl --db FILE|URL keys restore-previous | keys rotate [--resume] [--batches N] [--recovery-key-out FILE] | keys rotation":
        "使い方: tsumugictl --db ファイル|URL keys restore-previous | keys rotate [--resume] [--batches 件数] [--recovery-key-out ファイル] | keys rotation",
    "Key generation %1: %2; tables %3 of %4 done, %5 rows re-sealed, %6 values refused, %7 old search tokens removed.":
        "鍵の世代 %1: %2。表 %4 件中 %3 件完了、%5 行の封を掛け直し、開けない値 %6 件、旧い検索トークン %7 件を削除。",
    "The record key was never rotated (generation 1).": "記録の鍵は一度も交換されていません（世代 1）。",
    "A new record key (generation %1) was made. Every other user signs in once with the one-time password below and then sets a password of their own; desks signed in now are asked to sign in again.":
        "新しい記録の鍵（世代 %1）を作りました。ほかの利用者は下の一回限りのパスワードで一度サインインし、自分のパスワードを設定してください。いまサインインしている端末にはサインインし直しを求めます。",
    "Stopped; go on with tsumugictl keys rotate --resume.": "中断しました。tsumugictl keys rotate --resume で続けてください。",
})

JA.update({
    # 「記録の鍵を交換…」 (#34).
    "Change the record key": "記録の鍵を交換",
    "Change the record key when a password or a desk may have been exposed. A new key is made that nothing old opens, and the whole record is sealed anew under it while everyone goes on working. Every other user gets a one-time password below and signs in again with it; a new recovery sheet replaces the old one.":
        "パスワードや端末が漏れたおそれがあるときに記録の鍵を交換します。古いものでは開けない新しい鍵を作り、皆が仕事を続けている間に記録全体の封を新しい鍵で掛け直します。ほかの利用者には下の一回限りのパスワードを渡し、それでサインインし直してもらいます。新しい回復シートが古いものに代わります。",
    "Your password": "あなたのパスワード",
    "&Change the key": "鍵を交換する(&C)",
    "Your password:": "あなたのパスワード:",
    "User": "利用者",
    "One-time password": "一回限りのパスワード",
    "New &recovery sheet…": "新しい回復シート(&R)…",
    "Key generation %1: %2. %3 rows sealed anew, %4 old search tokens removed.":
        "鍵の世代 %1: %2。%3 行の封を掛け直し、旧い検索トークン %4 件を削除しました。",
    "Stopped; it goes on when this window is opened again.": "中断しました。この画面を開き直すと続きから進みます。",
    "Change the record &key…": "記録の鍵を交換(&K)…",
    "The record key was changed by an administrator. Unlock with the one-time password you were given (or the password you set with it); what is open stays as it was.":
        "管理者が記録の鍵を交換しました。渡された一回限りのパスワード（またはそれで設定したパスワード）でロックを解除してください。開いている画面はそのまま残ります。",
    "Locked: the record key was changed.": "ロック中: 記録の鍵が交換されました。",
    "These one-time passwords are shown only now: hand each user theirs before you close this window, and print the new recovery sheet.":
        "一回限りのパスワードは今しか表示されません。この画面を閉じる前に各利用者に渡し、新しい回復シートを印刷してください。",
})

JA.update({
    # A one-time password handed out by a rotation of the record key (#34).
    "warning: you signed in with a one-time password; set one of your own with user passwd --new-password-file FILE.":
        "警告: 一回限りのパスワードでサインインしました。user passwd --new-password-file ファイル で自分のパスワードを設定してください。",
    "Set a password of your own to go on; the one-time password still signs you in for that.":
        "続けるには自分のパスワードを設定してください。そのために一回限りのパスワードでもう一度サインインできます。",
    "Set your password": "パスワードの設定",
    "You signed in with a one-time password. Set a password of your own now (at least %n characters); the one-time password then opens nothing.":
        "一回限りのパスワードでサインインしました。自分のパスワード（%n 文字以上）をいま設定してください。以後、一回限りのパスワードでは開けません。",
    "New password:": "新しいパスワード:",
    "Once more:": "もう一度:",
    "Set the password": "パスワードを設定",
    "The two passwords differ.": "二つのパスワードが一致しません。",
    "Choose a password other than the one-time password.": "一回限りのパスワードとは別のパスワードにしてください。",
})

EN_PLURALS.update({
    "You signed in with a one-time password. Set a password of your own now (at least %n characters); the one-time password then opens nothing.":
        ("You signed in with a one-time password. Set a password of your own now (at least %n character); the one-time password then opens nothing.",
         "You signed in with a one-time password. Set a password of your own now (at least %n characters); the one-time password then opens nothing."),
})

JA.update({
    # The clinic server set up and joined (#35).
    "%1 (OpenSSL: %2)": "%1（OpenSSL: %2）",
    "The clinic's certificate authority has no %1.": "院内の認証局に %1 がありません。",
    "The clinic's CA certificate cannot be read.": "院内認証局の証明書を読み取れません。",
    "A key could not be made.": "鍵を作成できませんでした。",
    "A key could not be written.": "鍵を書き出せませんでした。",
    "The CA key could not be encrypted.": "認証局の鍵を暗号化できませんでした。",
    "The CA key could not be written.": "認証局の鍵を書き出せませんでした。",
    "The CA password is wrong: the clinic's certificate authority signs nothing without it.":
        "認証局のパスワードが違います。正しいパスワードがなければ院内認証局は何にも署名しません。",
    "A certificate extension could not be set (%1).": "証明書の拡張を設定できませんでした（%1）。",
    "A serial number could not be made.": "シリアル番号を作成できませんでした。",
    "A certificate could not be written.": "証明書を書き出せませんでした。",
    "The CA password needs at least 8 characters.": "認証局のパスワードは8文字以上にしてください。",
    "%1 already holds a certificate authority; it was left untouched.": "%1 にはすでに認証局があります。変更していません。",
    "The folder %1 cannot be made.": "フォルダー %1 を作成できません。",
    "Tsumugi clinic CA": "Tsumugi 院内認証局",
    "The CA certificate could not be signed.": "認証局の証明書に署名できませんでした。",
    "There is no clinic certificate authority in %1.": "%1 に院内認証局がありません。",
    "The server's certificate needs a name or an address.": "サーバー証明書には名前かアドレスが必要です。",
    "A desk's name is 1 to 40 letters, digits, '-', '.' or '_' (for example reception-1 or exam-2), not '%1'.":
        "端末名は英数字・「-」「.」「_」の1〜40文字です（例: reception-1、exam-2）。「%1」は使えません。",
    "The desk %1 had a certificate that was revoked; give the desk a new name.":
        "端末 %1 の証明書は失効済みです。端末に新しい名前を付けてください。",
    "The desk %1 has a certificate already; revoke it first to issue another.":
        "端末 %1 にはすでに証明書があります。新しく発行するには先に失効させてください。",
    "The certificate could not be signed.": "証明書に署名できませんでした。",
    "No valid certificate was issued to a desk named %1.": "端末 %1 に有効な証明書は発行されていません。",
    "The list of revoked certificates could not be signed.": "失効リストに署名できませんでした。",
    "The list of revoked certificates could not be written.": "失効リストを書き出せませんでした。",
    "No random join code could be made.": "参加コードを作成できませんでした。",
    "This is no join file of a Tsumugi clinic server (tsumugictl server certs issue makes one).":
        "これは Tsumugi 院内サーバーの参加ファイルではありません（tsumugictl server certs issue で作成します）。",
    "This join file was made by a newer Tsumugi; update this desk first.":
        "この参加ファイルは新しい版の Tsumugi で作られています。先にこの端末を更新してください。",
    "This join file is damaged; have a new one made.": "この参加ファイルは壊れています。作り直してもらってください。",
    "The join code does not open this join file. Type it as the administrator's screen showed it (the dashes may be left out).":
        "参加コードが一致しません。管理者の画面に表示されたとおりに入力してください（「-」は省略できます）。",
    "The clinic server refused this desk's certificate: it was revoked. An administrator issues the desk a new one (tsumugictl server certs issue).":
        "院内サーバーがこの端末の証明書を拒否しました（失効済み）。管理者が新しい証明書を発行してください（tsumugictl server certs issue）。",
    "The clinic server did not accept this desk's certificate (it is missing or not of the clinic's certificate authority). Join the desk again with a join file of this server.":
        "院内サーバーがこの端末の証明書を受け付けませんでした（証明書がないか、院内認証局のものではありません）。このサーバーの参加ファイルで参加し直してください。",
    "The server's certificate does not name the address this desk uses: connect by an address the server was set up with (tsumugictl server init --listen).":
        "サーバー証明書にこの端末が使うアドレスが含まれていません。サーバー設定時のアドレス（tsumugictl server init --listen）で接続してください。",
    "The server's certificate is not of this clinic's certificate authority: this may be another server. Nothing was sent to it.":
        "サーバー証明書がこの医院の認証局のものではありません。別のサーバーかもしれません。何も送信していません。",
    "The clinic server does not let this connection in: a desk connects with TLS, its own certificate and the desks' role, from the clinic's network.":
        "院内サーバーがこの接続を受け付けません。端末は院内ネットワークから、TLS・自分の証明書・端末用ロールで接続します。",
    "The record on the clinic server has schema %1 and this Tsumugi needs %2. Only the server changes its schema: an administrator runs tsumugictl server upgrade on the server machine, then this desk signs in again. Nothing was changed.":
        "院内サーバーの記録はスキーマ %1 ですが、この Tsumugi には %2 が必要です。スキーマはサーバーでのみ変更します。管理者がサーバー機で tsumugictl server upgrade を実行してから、この端末でサインインし直してください。何も変更していません。",
    "There is no postgres user on this machine: install postgresql-15 first (scripts/setup does).":
        "このコンピューターに postgres ユーザーがありません。先に postgresql-15 をインストールしてください（scripts/setup が行います）。",
    "%1 cannot be given to the postgres user.": "%1 を postgres ユーザーの所有にできません。",
    "%1 cannot be started: install postgresql-15 first (scripts/setup does).":
        "%1 を起動できません。先に postgresql-15 をインストールしてください（scripts/setup が行います）。",
    "%1 failed: %2": "%1 が失敗しました: %2",
    "%1 holds no clinic server: set one up with tsumugictl server init --data %1.":
        "%1 に院内サーバーはありません。tsumugictl server init --data %1 で設定してください。",
    "Give the server's folder with --data DIR.": "サーバーのフォルダーを --data DIR で指定してください。",
    "Give the addresses the desks reach the server by with --listen (for example 192.168.1.10).":
        "端末がサーバーに接続するアドレスを --listen で指定してください（例: 192.168.1.10）。",
    "--port is a number from 1024 to 65535.": "--port は 1024〜65535 の数です。",
    "The clinic's certificate authority in %1 is kept.": "%1 の院内認証局はそのまま使います。",
    "Made the clinic's certificate authority in %1 (its key is encrypted under the CA password).":
        "%1 に院内認証局を作成しました（鍵は認証局のパスワードで暗号化されています）。",
    "%1 holds a cluster that is not a PostgreSQL 15 cluster with its settings inside; it was left untouched.":
        "%1 のクラスターは設定ファイルを内部に持つ PostgreSQL 15 のクラスターではありません。変更していません。",
    "The cluster in %1 is adopted.": "%1 のクラスターを引き継ぎます。",
    "Made a PostgreSQL 15 cluster in %1.": "%1 に PostgreSQL 15 のクラスターを作成しました。",
    "The server listens on %1, port %2, for desks with a certificate of the clinic's CA only (TLS 1.3).":
        "サーバーは %1（ポート %2）で、院内認証局の証明書を持つ端末だけを受け付けます（TLS 1.3）。",
    "The database %1 holds a Tsumugi record already: it is kept.": "データベース %1 にはすでに Tsumugi の記録があります。そのまま使います。",
    "Made the record of %1 (%2); administrator: %3.": "%1（%2）の記録を作成しました。管理者: %3",
    "Give the file holding the CA password with --ca-password-file ('-' reads standard input).":
        "認証局のパスワードを書いたファイルを --ca-password-file で指定してください（「-」で標準入力から読みます）。",
    "The clinic server in %1 is running (port %2).": "%1 の院内サーバーは稼働中です（ポート %2）。",
    "The clinic server in %1 is stopped (port %2).": "%1 の院内サーバーは停止しています（ポート %2）。",
    "Each desk joins with a certificate of its own: tsumugictl server certs issue DESK --data %1 --ca-password-file FILE writes DESK.tsumugi-join and shows its join code; on the desk, the setup window's 「院内サーバーに接続する」 (or tsumugictl server join) takes both. Desks connect to %2, port %3.":
        "各端末は自分の証明書で参加します。tsumugictl server certs issue 端末名 --data %1 --ca-password-file ファイル で 端末名.tsumugi-join と参加コードを作り、端末ではセットアップ画面の「院内サーバーに接続する」（または tsumugictl server join）で両方を入力します。端末の接続先は %2（ポート %3）です。",
    "The record on the clinic server in %1 is at this version's schema.": "%1 の院内サーバーの記録はこの版のスキーマになっています。",
    "revoked %1": "失効 %1",
    "valid": "有効",
    "The certificate of the desk %1 is revoked: the server refuses its next connection.":
        "端末 %1 の証明書を失効させました。次の接続からサーバーが拒否します。",
    "The join file of the desk %1 is %2. Its join code (shown only now; give it to the desk by another way than the file):":
        "端末 %1 の参加ファイルは %2 です。参加コード（今だけ表示します。ファイルとは別の方法で端末に伝えてください）:",
    "The join file %1 cannot be read.": "参加ファイル %1 を読み取れません。",
    "Give the file holding the join code with --code-file ('-' reads standard input).":
        "参加コードを書いたファイルを --code-file で指定してください（「-」で標準入力から読みます）。",
})

JA.update({
    # A desk joins the clinic server from the setup window (#35).
    "The clinic server holds no Tsumugi record at this address. An administrator sets it up with tsumugictl server init.":
        "このアドレスの院内サーバーに Tsumugi の記録がありません。管理者が tsumugictl server init で設定してください。",
    "no answer within %1 s": "%1 秒以内に応答がありません",
    "Server name %1": "サーバー名 %1",
    "Port %1": "ポート %1",
    "TLS and the server's certificate": "TLS とサーバー証明書",
    "This desk's certificate": "この端末の証明書",
    "The record's schema": "記録のスキーマ",
    "The user's key": "利用者の鍵",
    "The name cannot be resolved (%1): check the address in the join file, or this desk's network.":
        "名前を解決できません（%1）。参加ファイルのアドレスか、この端末のネットワークを確認してください。",
    "Nothing answers at port %1 of %2 (%3): the server may be stopped (tsumugictl server status), or a firewall closes the port.":
        "%2 のポート %1 が応答しません（%3）。サーバーが停止しているか（tsumugictl server status）、ファイアウォールでポートが閉じています。",
    "The server answers.": "サーバーが応答しました。",
    "The server's certificate is the clinic's (verify-full).": "サーバー証明書は院内認証局のものです（verify-full）。",
    "The server accepted this desk's certificate.": "サーバーがこの端末の証明書を受け付けました。",
    "The server holds no Tsumugi record: set it up with tsumugictl server init.":
        "サーバーに Tsumugi の記録がありません。tsumugictl server init で設定してください。",
    "The record has schema %1 and this Tsumugi needs %2: an administrator runs tsumugictl server upgrade on the server.":
        "記録はスキーマ %1 ですが、この Tsumugi には %2 が必要です。管理者がサーバーで tsumugictl server upgrade を実行してください。",
    "The record has schema %1, newer than this Tsumugi (%2): update this desk's Tsumugi.":
        "記録のスキーマ %1 はこの Tsumugi（%2）より新しい版です。この端末の Tsumugi を更新してください。",
    "Schema %1, as this Tsumugi.": "スキーマ %1（この Tsumugi と同じ）。",
    "The record has no user %1: an administrator adds the user (or check the spelling).":
        "記録に利用者 %1 がいません。管理者が利用者を追加してください（綴りも確認してください）。",
    "%1 can sign in with a password.": "%1 はパスワードでサインインできます。",
    "Connect to the clinic server": "院内サーバーに接続する",
    "Choose the join file the administrator made for this desk (tsumugictl server certs issue), type its join code, and sign in.":
        "管理者がこの端末用に作った参加ファイル（tsumugictl server certs issue）を選び、参加コードを入力してサインインしてください。",
    "Connect and sign in": "接続してサインイン",
    "e.g. reception-1.tsumugi-join (on a USB stick)": "例: reception-1.tsumugi-join（USB メモリー内）",
    "Choose…": "選択…",
    "e.g. K7QM-2XPD-9FHA-T3WZ": "例: K7QM-2XPD-9FHA-T3WZ",
    "Connection test": "接続テスト",
    "Join file:": "参加ファイル:",
    "Join code:": "参加コード:",
    "User name:": "利用者名:",
    "Join file": "参加ファイル",
    "Join files (*.tsumugi-join);;All files (*)": "参加ファイル (*.tsumugi-join);;すべてのファイル (*)",
    "The join file of the desk %1": "端末 %1 の参加ファイル",
    "Choose the join file the administrator made for this desk.": "管理者がこの端末用に作った参加ファイルを選んでください。",
    "Testing the connection…": "接続をテストしています…",
    "not tried": "未実施",
    "Type the user name and password you sign in with (an administrator adds users).":
        "サインインする利用者名とパスワードを入力してください（利用者は管理者が追加します）。",
    "Welcome to Tsumugi": "Tsumugi へようこそ",
    "Where does this computer keep the clinic's record?": "このコンピューターは医院の記録をどこに置きますか？",
    "Create a new record on this PC": "このPCに新しい記録を作る",
    "For a clinic with one computer, or to try Tsumugi out. The record is encrypted on this PC.":
        "コンピューター1台の医院、または試用のとき。記録はこのPCに暗号化して保存します。",
    "For a clinic with several desks on one record: the administrator has set the server up and made a join file for this desk.":
        "複数の端末で一つの記録を使う医院: 管理者がサーバーを設定し、この端末の参加ファイルを作ってあります。",
})

JA.update({
    # The clinic server's backups (#35).
    "This record is a file on one computer, not on the clinic server.": "この記録は1台のコンピューター上のファイルで、院内サーバーの記録ではありません。",
    "The record key was changed since you signed in: sign in again.": "サインイン後に記録の鍵が交換されました。サインインし直してください。",
    "The backup could not be encrypted.": "バックアップを暗号化できませんでした。",
    "%1 is no backup of a Tsumugi clinic server.": "%1 は Tsumugi 院内サーバーのバックアップではありません。",
    "The backup %1 is damaged, cut short or was altered: it does not open as written. Use another generation.":
        "バックアップ %1 は壊れているか、途中で切れているか、改変されています（書いたとおりに開けません）。別の世代を使ってください。",
    "The backup %1 cannot be read.": "バックアップ %1 を読み取れません。",
    "The user name or password does not open this backup: it takes a password a user had on %1, when it was made.":
        "利用者名またはパスワードでこのバックアップを開けません。作成時（%1）に利用者が使っていたパスワードが必要です。",
    "%1 cannot be started: install postgresql-15.": "%1 を起動できません。postgresql-15 をインストールしてください。",
    "%1 did not accept the backup (exit %2): %3": "%1 がバックアップを受け付けませんでした（終了コード %2）: %3",
    "Only an administrator backs up the record.": "記録のバックアップは管理者だけが行います。",
    "Keep at least one backup.": "バックアップは少なくとも1世代残してください。",
    "The backup folder %1 cannot be made.": "バックアップ先のフォルダー %1 を作成できません。",
    "The backup %1 cannot be written: %2": "バックアップ %1 を書き込めません: %2",
    "The backup could not be written to %1 (%2); no backup was kept from this run, the older ones are untouched.":
        "%1 にバックアップを書き込めませんでした（%2）。今回のバックアップは残していません。以前の世代はそのままです。",
    "pg_dump cannot be started: install postgresql-15.": "pg_dump を起動できません。postgresql-15 をインストールしてください。",
    "pg_dump failed: %1": "pg_dump が失敗しました: %1",
    "The backup could not be written to %1.": "%1 にバックアップを書き込めませんでした。",
    "The backup could not be put in place as %1.": "バックアップを %1 として配置できませんでした。",
    "The server in %1 holds a record already: a backup is restored only into a new server (tsumugictl server restore makes one), never over a record.":
        "%1 のサーバーにはすでに記録があります。バックアップは新しいサーバー（tsumugictl server restore が作成）にだけ復元し、既存の記録に上書きすることはありません。",
    "The restored audit trail does not end where the backup said it did: the backup is not whole.":
        "復元した監査記録の末尾がバックアップの記載と一致しません。バックアップが完全ではありません。",
    "The restored audit trail is broken: %1": "復元した監査記録が壊れています: %1",
    "The database %1 is left empty for a backup to be restored into.": "データベース %1 はバックアップの復元先として空のままにします。",
    "Give the backup folder with --to FOLDER.": "バックアップ先のフォルダーを --to で指定してください。",
    "schema %1, audit row %2": "スキーマ %1、監査記録 %2 行目まで",
    "The backup %1 of %2 opens whole: every part authenticated, the archive readable (schema %3, audit trail up to row %4).":
        "%2 のバックアップ %1 は完全に開けます。すべての部分が認証され、アーカイブも読み取れます（スキーマ %3、監査記録 %4 行目まで）。",
    "Give the backup folder with --to FOLDER (a USB disk or a NAS).": "バックアップ先のフォルダーを --to で指定してください（USB ディスクや NAS）。",
    "--keep is a number of backups, at least 1.": "--keep は残す世代数で、1以上です。",
    "Backed up and verified: %1 (%2 bytes, %3 ms).": "バックアップして検証しました: %1（%2 バイト、%3 ミリ秒）",
    "Removed the older generation %1.": "古い世代 %1 を削除しました。",
    "Restored %1 into the new server in %2: the audit trail ends where the backup said and verifies. Join the desks to it (server certs issue).":
        "%1 を %2 の新しいサーバーに復元しました。監査記録はバックアップの記載どおりに終わり、検証も通りました。各端末を参加させてください（server certs issue）。",
})

JA.update({
    "The clinic server %1 lets a desk in with the desk's own certificate only: the address lacks sslcert and sslkey. Join this desk with its join file (the setup window's 「院内サーバーに接続する」, or tsumugictl server join).":
        "院内サーバー %1 には端末自身の証明書でのみ接続できます。アドレスに sslcert と sslkey がありません。参加ファイルでこの端末を参加させてください（セットアップ画面の「院内サーバーに接続する」、または tsumugictl server join）。",
    "from the join file, e.g. 192.168.1.10:5432": "参加ファイルから（例: 192.168.1.10:5432）",
    "Server address:": "サーバーのアドレス:",
    "The server address is a name or an address, with :port if it is not %1 (for example 192.168.1.10:5432).":
        "サーバーのアドレスは名前またはアドレスで、ポートが %1 でなければ「:ポート」を付けます（例: 192.168.1.10:5432）。",
})

if __name__ == "__main__":
    missing = fill_ja() + fill_en()
    for m in missing:
        print("no translation:", m, file=sys.stderr)
    sys.exit(1 if missing else 0)
