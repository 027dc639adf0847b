// A visit in the chart window, as a doctor does it: open the chart from the patient list, start the visit, write
// S/O and plan in Japanese, add a diagnosis from the master, Do処方 with a contraindication warning that must be
// acknowledged, a single prescription with the same warning, finalise, edit (version 2) and read the history.
// Each step starts from its own record (init): the state it needs is written through the core, then the step
// drives the window, so any step passes alone and in any order.
#include "UiTestSupport.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/NoteTemplateLibrary.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"
#include "support/TestRegistry.h"
#include "ui/AllergyBanner.h"
#include "ui/AllergyDialog.h"
#include "ui/ChartWindow.h"
#include "ui/DiagnosisDialog.h"
#include "ui/MainWindow.h"
#include "ui/NoteHistoryDialog.h"
#include "ui/PrescriptionDialog.h"
#include "ui/RepeatPrescriptionDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

#include "support/TestDatabase.h"

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestChartVisit : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    // A fresh record: 鈴木 一郎 with last month's visit (ガスター散) and, since then, a contraindication for it.
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        // A file, or with TSUMUGI_TEST_DB=postgres a database of its own on the run's cluster (ui_chart_visit_pg).
        m_database.reset();
        m_database = std::make_unique<tsumugi::test::TestDatabase>(m_dir->filePath(QStringLiteral("record.tsumugi")));
        const QString path = m_database->location();
        createRecordWithStaff(path, m_clock).reset();
        auto record = openAs(path, DoctorName, DoctorPassword, m_clock);
        const Patient suzuki =
            record->patients().create(patient("鈴木", "一郎", "スズキ", "イチロウ", QDate(1958, 3, 14)));
        m_patientId = suzuki.id;
        Visit previous;
        previous.patientId = suzuki.id;
        previous.date = QDate(2026, 10, 20);
        previous.department = QStringLiteral("内科");
        previous = record->chart().visits().create(previous);
        record->chart().prescriptions().create(gaster(previous.id));
        Allergy contraindication;
        contraindication.patientId = suzuki.id;
        contraindication.category = Allergy::Category::Medication;
        contraindication.codeSystem = Allergy::CodeSystem::Yj;
        contraindication.code = QStringLiteral("2325003B2029");
        contraindication.name = QStringLiteral("ガスター散２％");
        contraindication.reaction = QStringLiteral("血小板減少");
        record->chart().allergies().create(contraindication);

        m_window = std::make_unique<MainWindow>(std::move(record));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_chart = nullptr;
    }

    void cleanup() {
        m_chart = nullptr;
        m_window.reset();
        m_database.reset();
        m_dir.reset();
    }

    void openChartFromPatientList() {
        auto* search = findWidget<QLineEdit>(m_window.get(), "patientSearchEdit");
        search->setFocus();
        typeText(search, QStringLiteral("すずき"));
        QTest::keyClick(search, Qt::Key_Return);
        QTRY_COMPARE(findWidget<QTableView>(m_window.get(), "patientTable")->model()->rowCount(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
        QTRY_COMPARE(m_window->chartWindows().size(), 1);
        m_chart = m_window->chartWindows().first();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart));
        QVERIFY(!m_chart->isReadOnly());
        const QString header = findWidget<QLabel>(m_chart, "chartHeaderLabel")->text();
        QVERIFY(header.contains(QStringLiteral("鈴木")) && header.contains(QStringLiteral("一郎")));
        QVERIFY(header.contains(QStringLiteral("スズキ")) && header.contains(QStringLiteral("イチロウ")));
        QVERIFY(header.contains(QStringLiteral("68"))); // age on 2026-11-20
        QCOMPARE(m_chart->allergyBanner()->state(), AllergyBanner::State::Recorded);
        QVERIFY(m_chart->allergyBanner()->text().contains(QStringLiteral("ガスター散２％")));
        QCOMPARE(findWidget<QListWidget>(m_chart, "visitTimeline")->count(), 1);
    }

    void startVisitAndWriteNote() {
        openChart();
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "newVisitButton"), Qt::LeftButton);
        auto* timeline = findWidget<QListWidget>(m_chart, "visitTimeline");
        QCOMPARE(timeline->count(), 2);
        QCOMPARE(timeline->currentRow(), 0); // newest first, and selected
        QVERIFY(timeline->item(0)->text().startsWith(QStringLiteral("2026-11-20")));

        auto* findings = findWidget<QPlainTextEdit>(m_chart, "findingsEdit");
        auto* orders = findWidget<QPlainTextEdit>(m_chart, "ordersEdit");
        QVERIFY(!findings->isReadOnly());
        findings->setFocus();
        typeText(findings, QStringLiteral("S: 3日前から咳と37.8℃の発熱"));
        QTest::keyClick(findings, Qt::Key_Return);
        typeText(findings, QStringLiteral("O: 咽頭発赤あり、胸部聴診異常なし"));
        // A 定型文 goes into the column it was written for.
        const QList<NoteTemplate> templates = m_window->record().chart().templates().list();
        QVERIFY(!templates.isEmpty());
        const NoteTemplate stock = templates.first();
        QPlainTextEdit* target = stock.target == NoteTemplate::Target::Findings ? findings : orders;
        const QString before = target->toPlainText();
        m_chart->insertTemplate(stock);
        QVERIFY(target->toPlainText().size() > before.size());
        target->setPlainText(before);
        orders->setFocus();
        typeText(orders, QStringLiteral("A: 急性上気道炎"));
        QTest::keyClick(orders, Qt::Key_Return);
        typeText(orders, QStringLiteral("P: 対症療法"));

        activate();
        QTest::keyClick(orders, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(m_chart->currentNote().has_value());
        QCOMPARE(m_chart->currentNote()->status, ClinicalNote::Status::Draft);
        QCOMPARE(m_chart->currentNote()->version, 1);
        QCOMPARE(m_chart->currentNote()->findings,
                 QStringLiteral("S: 3日前から咳と37.8℃の発熱\nO: 咽頭発赤あり、胸部聴診異常なし"));
        QVERIFY(m_window->record().chart().notes().forVisit(m_chart->currentVisitId()).has_value());
    }

    // By keyboard: Enter walks name → result → 修飾語 → start → 主病名 without saving; Ctrl+Enter saves.
    void diagnosisWithModifierByKeyboard() {
        openChart();
        QString preview;
        bool stillOpen = false;
        whenModal<DiagnosisDialog>([&](DiagnosisDialog* d) {
            const auto press = [](Qt::Key key, Qt::KeyboardModifiers mods = Qt::NoModifier) {
                QTest::keyClick(QApplication::focusWidget(), key, mods);
            };
            auto* name = findWidget<QLineEdit>(d, "diagnosisSearchEdit");
            name->setFocus();
            typeText(name, QStringLiteral("気管支炎"));
            auto* results = findWidget<QListWidget>(d, "diagnosisResultList");
            QTRY_VERIFY(results->count() >= 1);
            QCOMPARE(results->item(0)->text().section(QLatin1Char(' '), 0, 0), QStringLiteral("気管支炎"));
            press(Qt::Key_Return); // the first result
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(results));
            press(Qt::Key_Return); // on to the modifiers
            auto* modifier = findWidget<QLineEdit>(d, "diagnosisModifierEdit");
            QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(modifier));
            typeText(modifier, QStringLiteral("急性"));
            QTRY_VERIFY(findWidget<QListWidget>(d, "diagnosisModifierList")->count() >= 1);
            press(Qt::Key_Return); // adds 急性
            QTRY_COMPARE(findWidget<QListWidget>(d, "diagnosisModifierChosenList")->count(), 1);
            QTRY_VERIFY(modifier->text().isEmpty());
            press(Qt::Key_Return); // nothing more: on to the start date
            press(Qt::Key_Return); // to 主病名
            QCOMPARE(QApplication::focusWidget(),
                     static_cast<QWidget*>(findWidget<QCheckBox>(d, "diagnosisPrincipalCheck")));
            press(Qt::Key_Space);
            press(Qt::Key_Return); // to 疑い
            press(Qt::Key_Space);
            preview = findWidget<QLabel>(d, "diagnosisPreviewLabel")->text();
            stillOpen = d->isVisible();
            press(Qt::Key_Return, Qt::ControlModifier);
        });
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "addDiagnosisButton"), Qt::LeftButton);
        QVERIFY(stillOpen);
        QCOMPARE(preview, QStringLiteral("急性気管支炎の疑い"));
        const QList<Diagnosis> list = m_window->record().chart().diagnoses().forPatient(m_patientId);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().displayName(), QStringLiteral("急性気管支炎の疑い"));
        QVERIFY(list.first().principal);
        QVERIFY(list.first().suspected);
        QCOMPARE(list.first().modifiers.size(), 1);
    }

    void addDiagnosisFromMaster() {
        openChart();
        whenModal<DiagnosisDialog>([](DiagnosisDialog* d) {
            auto* name = findWidget<QLineEdit>(d, "diagnosisSearchEdit");
            name->setFocus();
            typeText(name, QStringLiteral("高血圧"));
            auto* results = findWidget<QListWidget>(d, "diagnosisResultList");
            QTRY_VERIFY(results->count() >= 1);
            results->setCurrentRow(0);
            QVERIFY(findWidget<QLabel>(d, "diagnosisCodeLabel")->text().contains(QStringLiteral("MEDIS")));
            findWidget<QCheckBox>(d, "diagnosisPrincipalCheck")->setChecked(true);
            QTest::mouseClick(findWidget<QPushButton>(d, "diagnosisSaveButton"), Qt::LeftButton);
        });
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "addDiagnosisButton"), Qt::LeftButton);
        const QList<Diagnosis> list = m_window->record().chart().diagnoses().forPatient(m_patientId);
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().name, QStringLiteral("高血圧症"));
        QVERIFY(list.first().principal);
        QCOMPARE(list.first().receiptCode, QStringLiteral("8833421")); // coded from the master, not free text
        QCOMPARE(findWidget<QTableWidget>(m_chart, "diagnosisTable")->rowCount(), 1);
        QVERIFY(findWidget<QLabel>(m_chart, "activeDiagnosesLabel")->text().contains(QStringLiteral("高血圧症")));
    }

    void doPrescriptionNeedsAcknowledgedWarning() {
        startTodaysVisit();
        openChart();
        bool warned = false;
        bool blocked = false;
        whenModal<RepeatPrescriptionDialog>([&](RepeatPrescriptionDialog* d) {
            auto* warning = findWidget<QLabel>(d, "repeatWarningLabel");
            warned =
                d->lineCount() == 1 && warning->isVisible() && warning->text().contains(QStringLiteral("ガスター"));
            auto* ok = findWidget<QPushButton>(d, "repeatPrescribeButton");
            blocked = !ok->isEnabled();
            findWidget<QSpinBox>(d, "repeatDaysSpin0")->setValue(7); // this time one week
            findWidget<QCheckBox>(d, "prescribeAnywayCheck")->setChecked(true);
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        activate();
        QTest::keyClick(findWidget<QPlainTextEdit>(m_chart, "ordersEdit"), Qt::Key_D, Qt::ControlModifier);
        QVERIFY(warned);
        QVERIFY(blocked);
        const QList<Prescription> rx = m_window->record().chart().prescriptions().forVisit(m_chart->currentVisitId());
        QCOMPARE(rx.size(), 1);
        QVERIFY(!rx.first().acknowledgedWarnings.isEmpty());
        QCOMPARE(rx.first().days, 7);
        QCOMPARE(rx.first().quantity, 7.0); // 1 g × 7 days
        QCOMPARE(findWidget<QTableWidget>(m_chart, "visitPrescriptionTable")->rowCount(), 1);
    }

    void singlePrescriptionWarnsUntilAcknowledged() {
        // Today's visit already carries ガスター (prescribed despite the contraindication, e.g. by Do処方): a second
        // one warns twice, for the contraindication and because it is already running.
        const qint64 today = startTodaysVisit();
        m_window->record().chart().prescriptions().create(gaster(today), true);
        openChart();
        QStringList shown;
        bool stayedOpen = false;
        whenModal<PrescriptionDialog>([&](PrescriptionDialog* d) {
            auto* name = findWidget<QLineEdit>(d, "drugNameEdit");
            name->setFocus();
            typeText(name, QStringLiteral("ガスター"));
            auto* results = findWidget<QListWidget>(d, "drugResultList");
            QTRY_VERIFY(results->count() >= 1);
            results->setCurrentRow(0);
            findWidget<QDoubleSpinBox>(d, "doseSpin")->setValue(1);
            QTest::mouseClick(findWidget<QPushButton>(d, "prescribeButton"), Qt::LeftButton);
            stayedOpen = d->isVisible() && findWidget<QLabel>(d, "prescriptionWarningLabel")->isVisible();
            shown = d->shownWarnings();
            findWidget<QCheckBox>(d, "prescribeAnywayCheck")->setChecked(true);
            QTest::mouseClick(findWidget<QPushButton>(d, "prescribeButton"), Qt::LeftButton);
        });
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "addPrescriptionButton"), Qt::LeftButton);
        QVERIFY(stayedOpen);
        QVERIFY2(shown.size() >= 2, qPrintable(shown.join(QLatin1Char('|')))); // contraindication + already running
        QCOMPARE(m_window->record().chart().prescriptions().forVisit(m_chart->currentVisitId()).size(), 2);
    }

    // A new line assumes nothing; picking a drug fills this patient's last dose, usage and days for it; a 【般】 item
    // ticks 一般名で処方.
    void newPrescriptionStartsFromTheUsualDosage() {
        startTodaysVisit();
        openChart();
        bool emptyAtFirst = false;
        bool filled = false;
        bool saidWhy = false;
        bool genericTicked = false;
        int usages = 0;
        whenModal<PrescriptionDialog>([&](PrescriptionDialog* d) {
            auto* dose = findWidget<QDoubleSpinBox>(d, "doseSpin");
            auto* days = findWidget<QSpinBox>(d, "daysSpin");
            auto* usage = findWidget<QComboBox>(d, "usageCombo");
            auto* usual = findWidget<QLabel>(d, "usualDosageLabel");
            usages = usage->count();
            emptyAtFirst =
                dose->value() == 0 && days->value() == 0 && usage->currentText().isEmpty() && !usual->isVisible();
            auto* name = findWidget<QLineEdit>(d, "drugNameEdit");
            name->setFocus();
            typeText(name, QStringLiteral("ガスター散"));
            auto* results = findWidget<QListWidget>(d, "drugResultList");
            // The row whose text starts so, once the search has answered.
            const auto rowStarting = [results](const QString& prefix) {
                for (int i = 0; i < results->count(); ++i) {
                    if (results->item(i)->text().startsWith(prefix)) {
                        return i;
                    }
                }
                return -1;
            };
            QTRY_VERIFY(rowStarting(QStringLiteral("ガスター散２％")) >= 0);
            results->setCurrentRow(rowStarting(QStringLiteral("ガスター散２％")));
            filled = dose->value() == 1.0 && days->value() == 14 &&
                     usage->currentText() == QStringLiteral("1日2回朝夕食後") &&
                     findWidget<QComboBox>(d, "unitCombo")->currentText() == QStringLiteral("g");
            saidWhy = usual->isVisible() && usual->text().contains(QStringLiteral("last prescription"));
            name->selectAll();
            typeText(name, QStringLiteral("ファモチジン"));
            QTRY_VERIFY(rowStarting(QStringLiteral("【般】")) >= 0);
            results->setCurrentRow(rowStarting(QStringLiteral("【般】")));
            genericTicked = findWidget<QCheckBox>(d, "genericNameCheck")->isChecked() &&
                            findWidget<QLabel>(d, "drugCodeLabel")->text().contains(QStringLiteral("一般名"));
            d->reject();
        });
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "addPrescriptionButton"), Qt::LeftButton);
        QVERIFY(usages >= 20);
        QVERIFY(emptyAtFirst);
        QVERIFY(filled);
        QVERIFY(saidWhy);
        QVERIFY(genericTicked);
    }

    // 新しい受診 when today's visit exists asks first: opening it makes nothing, only the second choice a new visit.
    void secondVisitOnTheSameDayAsksFirst() {
        const qint64 today = startTodaysVisit();
        openChart();
        const auto visitsToday = [this] {
            int n = 0;
            for (const Visit& v : m_window->record().chart().visits().forPatient(m_patientId)) {
                n += v.date == m_clock.today() && !v.withdrawn ? 1 : 0;
            }
            return n;
        };
        QString asked;
        whenModal<QMessageBox>([&](QMessageBox* box) {
            asked = box->objectName();
            QTest::mouseClick(findWidget<QPushButton>(box, "openSameDayVisitButton"), Qt::LeftButton);
        });
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "newVisitButton"), Qt::LeftButton);
        QCOMPARE(asked, QStringLiteral("sameDayVisitQuestion"));
        QCOMPARE(visitsToday(), 1);
        QCOMPARE(m_chart->currentVisitId(), today);
        whenModal<QMessageBox>([&](QMessageBox* box) {
            QTest::mouseClick(findWidget<QPushButton>(box, "secondSameDayVisitButton"), Qt::LeftButton);
        });
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "newVisitButton"), Qt::LeftButton);
        QCOMPARE(visitsToday(), 2);
        QVERIFY(m_chart->currentVisitId() != today);
    }

    // 「ロキソニンに反応した」: recorded as the ingredient, named from the products that hold it, so the tape and
    // the generics are stopped too.
    void allergyRecordedAsTheIngredientOfAPickedDrug() {
        openChart();
        AllergyDialog dialog(m_window->record(), m_patientId, 0, m_chart);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(findWidget<QComboBox>(&dialog, "allergyLevelCombo")->currentData().toInt(),
                 int(AllergyDialog::Level::Ingredient)); // what a doctor usually means
        auto* name = findWidget<QLineEdit>(&dialog, "allergySearchEdit");
        name->setFocus();
        typeText(name, QStringLiteral("ロキソニン錠"));
        auto* results = findWidget<QListWidget>(&dialog, "allergyResultList");
        QTRY_VERIFY(results->count() >= 1);
        results->setCurrentRow(0);
        QCOMPARE(name->text(), QStringLiteral("ロキソプロフェン"));
        QVERIFY(findWidget<QLabel>(&dialog, "allergyCodeLabel")->text().contains(QStringLiteral("1149019")));
        QTest::mouseClick(findWidget<QPushButton>(&dialog, "allergySaveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.saved().codeSystem, Allergy::CodeSystem::Ingredient);
        QCOMPARE(dialog.saved().code, QStringLiteral("1149019"));
        QCOMPARE(dialog.saved().name, QStringLiteral("ロキソプロフェン"));
    }

    void finaliseThenEditMakesVersionTwo() {
        saveDraftOfToday();
        openChart();
        QCOMPARE(m_chart->currentNote()->status, ClinicalNote::Status::Draft);
        activate();
        QTest::keyClick(m_chart, Qt::Key_1, Qt::AltModifier); // back to the visit tab
        QVERIFY(findWidget<QPlainTextEdit>(m_chart, "ordersEdit")->isVisible());
        auto* orders = findWidget<QPlainTextEdit>(m_chart, "ordersEdit");
        QTest::keyClick(orders, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_chart->currentNote()->status, ClinicalNote::Status::Final);
        QCOMPARE(m_chart->currentNote()->finalizedBy, QStringLiteral("佐藤 一郎"));

        orders = findWidget<QPlainTextEdit>(m_chart, "ordersEdit");
        orders->setFocus();
        orders->moveCursor(QTextCursor::End);
        QTest::keyClick(orders, Qt::Key_Return);
        typeText(orders, QStringLiteral("5日後に再診"));
        auto* reason = findWidget<QLineEdit>(m_chart, "revisionReasonEdit");
        QVERIFY(reason->isVisible());
        reason->setFocus();
        typeText(reason, QStringLiteral("再診日を追記"));
        activate();
        QTest::keyClick(reason, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(m_chart->currentNote()->version, 2);
        QCOMPARE(m_chart->currentNote()->status, ClinicalNote::Status::Draft);
        QTest::keyClick(findWidget<QPlainTextEdit>(m_chart, "ordersEdit"), Qt::Key_F,
                        Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(m_chart->currentNote()->status, ClinicalNote::Status::Final);
        QCOMPARE(m_chart->currentNote()->version, 2);
    }

    // Another doctor saves the draft while this desk types: this desk's save is refused with who and when, and
    // the editor holds both texts together until the doctor saves them; the same when the chart is re-read.
    void aNoteSavedAtAnotherDeskMeanwhileIsPutTogetherNotOverwritten() {
        const ClinicalNote draft = saveDraftOfToday();
        const QString path = m_database->location();
        openAs(path, AdminName, AdminPassword, m_clock)
            ->users()
            .add(QStringLiteral("dr.tanaka"), QStringLiteral("田中 二郎"), Role::Doctor,
                 QStringLiteral("doctor pass 2"));
        auto otherDesk = openAs(path, QStringLiteral("dr.tanaka"), QStringLiteral("doctor pass 2"), m_clock);
        const auto saveAtTheOtherDesk = [&](const QString& orders) {
            ClinicalNote theirs = *otherDesk->chart().notes().find(draft.id);
            theirs.orders = orders;
            m_clock.advanceSeconds(60);
            otherDesk->chart().notes().saveDraft(theirs);
        };
        openChart();
        auto* findings = findWidget<QPlainTextEdit>(m_chart, "findingsEdit");
        auto* orders = findWidget<QPlainTextEdit>(m_chart, "ordersEdit");
        auto* bar = findWidget<QFrame>(m_chart, "noteConflictBar");
        QVERIFY(!bar->isVisible());

        const QString mine = draft.findings + QStringLiteral("\nO: SpO2 98%");
        findings->setPlainText(mine);
        const QString theirs = draft.orders + QStringLiteral("\nP: 3日後に再診");
        saveAtTheOtherDesk(theirs);
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "saveDraftButton"), Qt::LeftButton);
        QTRY_VERIFY(bar->isVisible());
        const QString said = findWidget<QLabel>(m_chart, "noteConflictLabel")->text();
        QVERIFY2(said.contains(QStringLiteral("田中 二郎")), qPrintable(said));
        ClinicalNote stored = *m_window->record().chart().notes().find(draft.id);
        QCOMPARE(stored.findings, draft.findings); // theirs, untouched
        QCOMPARE(stored.orders, theirs);
        QCOMPARE(findings->toPlainText(), mine); // both, in the editor
        QCOMPARE(orders->toPlainText(), theirs);
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "saveDraftButton"), Qt::LeftButton);
        QTRY_VERIFY(!bar->isVisible());
        stored = *m_window->record().chart().notes().find(draft.id);
        QCOMPARE(stored.findings, mine);
        QCOMPARE(stored.orders, theirs);

        // Typing, then the chart re-read (the bar 他の端末で更新されました → 再読込) after the other desk saved.
        orders->setPlainText(theirs + QStringLiteral("\n処方: なし"));
        saveAtTheOtherDesk(theirs + QStringLiteral("\n採血: CRP"));
        m_chart->reload();
        QVERIFY(bar->isVisible());
        QCOMPARE(orders->toPlainText(), theirs + QStringLiteral("\n採血: CRP\n処方: なし"));
        // "Only their text" drops what this desk typed; "only my text" puts it back.
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "noteConflictTheirsButton"), Qt::LeftButton);
        QCOMPARE(orders->toPlainText(), theirs + QStringLiteral("\n採血: CRP"));
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "noteConflictMineButton"), Qt::LeftButton);
        QCOMPARE(orders->toPlainText(), theirs + QStringLiteral("\n処方: なし"));
        QCOMPARE(m_window->record().chart().notes().find(draft.id)->orders, theirs + QStringLiteral("\n採血: CRP"));
    }

    void historyShowsBothVersionsAndTheDiff() {
        // Version 1 finalised, then version 2 with a line added, finalised too.
        ClinicalNoteRepository& notes = m_window->record().chart().notes();
        const ClinicalNote draft = saveDraftOfToday();
        notes.finalize(draft.id);
        notes.revise(draft.id, 1, draft.findings, draft.orders + QStringLiteral("\n5日後に再診"),
                     QStringLiteral("再診日を追記"));
        notes.finalize(draft.id);
        openChart();
        QCOMPARE(m_chart->currentNote()->version, 2);
        int versions = 0;
        QString diff;
        QString first;
        whenModal<NoteHistoryDialog>([&](NoteHistoryDialog* d) {
            versions = d->versionCount();
            diff = findWidget<QTextBrowser>(d, "noteDiffView")->toPlainText();
            d->selectVersion(1);
            first = findWidget<QTextBrowser>(d, "noteVersionView")->toPlainText();
            d->reject();
        });
        QTest::mouseClick(findWidget<QPushButton>(m_chart, "noteHistoryButton"), Qt::LeftButton);
        QCOMPARE(versions, 2);
        QVERIFY2(diff.contains(QStringLiteral("+ 5日後に再診")), qPrintable(diff));
        QVERIFY(diff.contains(QStringLiteral("P: 対症療法")));
        QVERIFY(first.contains(QStringLiteral("P: 対症療法")));
        QVERIFY(!first.contains(QStringLiteral("5日後に再診")));
        const QString html =
            NoteHistoryDialog::renderDiff(m_window->record().chart().notes().diff(m_chart->currentNote()->id, 1, 2),
                                          QStringLiteral("S/O"), QStringLiteral("P"));
        QVERIFY(html.contains(QStringLiteral("#1b5e20"))); // added lines in green
    }

private:
    static Prescription gaster(qint64 visitId) {
        Prescription p;
        p.visitId = visitId;
        p.codeSystem = Prescription::CodeSystem::Yj;
        p.drugCode = QStringLiteral("2325003B2029");
        p.dose = 1;
        p.unit = QStringLiteral("g");
        p.usageText = QStringLiteral("1日2回朝夕食後");
        p.days = 14;
        return p;
    }

    // Today's visit (2026-11-20), written by the core as 「新しい受診」 would.
    qint64 startTodaysVisit() {
        Visit v;
        v.patientId = m_patientId;
        v.date = m_clock.today();
        v.department = QStringLiteral("内科");
        return m_window->record().chart().visits().create(v).id;
    }

    // Today's visit with the note the doctor typed in startVisitAndWriteNote, saved as a draft.
    ClinicalNote saveDraftOfToday() {
        ClinicalNote note;
        note.patientId = m_patientId;
        note.visitId = startTodaysVisit();
        note.findings = QStringLiteral("S: 3日前から咳と37.8℃の発熱\nO: 咽頭発赤あり、胸部聴診異常なし");
        note.orders = QStringLiteral("A: 急性上気道炎\nP: 対症療法");
        return m_window->record().chart().notes().saveDraft(note);
    }

    // The chart as MainWindow opens it (openChartFromPatientList drives the patient list to get there).
    void openChart() {
        m_chart = m_window->openChart(m_patientId);
        QVERIFY(m_chart);
        QVERIFY(QTest::qWaitForWindowExposed(m_chart));
    }

    void activate() {
        m_chart->activateWindow();
        QApplication::setActiveWindow(m_chart);
        QVERIFY(QTest::qWaitForWindowActive(m_chart));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<tsumugi::test::TestDatabase> m_database;
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<MainWindow> m_window;
    ChartWindow* m_chart = nullptr;
    qint64 m_patientId = 0;
};

TSUMUGI_TEST_CLASS(TestChartVisit)
#include "TestChartVisit.moc"
