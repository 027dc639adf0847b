// Who sees what in the chart: the allergy banner's three states, a read-only chart for a reader who is not a doctor,
// no chart for the desk, and chart windows gone while the main window is locked.
#include "UiTestSupport.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/VisitRepository.h"
#include "support/TestRegistry.h"
#include "ui/AllergyBanner.h"
#include "ui/ChartWindow.h"
#include "ui/LabTrendChart.h"
#include "ui/MainWindow.h"
#include "ui/ReceptionPanel.h"

#include <QAction>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestChartAccess : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("record.tsumugi"));
        createRecordWithStaff(m_path, m_clock).reset();
        auto doctor = openAs(m_path, DoctorName, DoctorPassword, m_clock);
        const Patient aoki = doctor->patients().create(patient("青木", "一", "アオキ", "ハジメ", QDate(1980, 1, 2)));
        m_unknown = aoki.id;
        m_unknownNumber = aoki.number;
        m_none = doctor->patients().create(patient("石井", "二郎", "イシイ", "ジロウ", QDate(1970, 5, 6))).id;
        const Patient ueno = doctor->patients().create(patient("上野", "三子", "ウエノ", "ミツコ", QDate(1990, 7, 8)));
        m_allergic = ueno.id;
        m_allergicNumber = ueno.number;
        doctor->chart().allergies().create(AllergyBanner::noKnownAllergies(m_none));
        Allergy egg;
        egg.patientId = m_allergic;
        egg.category = Allergy::Category::Food;
        egg.name = QStringLiteral("鶏卵");
        egg.reaction = QStringLiteral("蕁麻疹");
        doctor->chart().allergies().create(egg);
        Allergy drug;
        drug.patientId = m_allergic;
        drug.category = Allergy::Category::Medication;
        drug.name = QStringLiteral("ペニシリン系抗菌薬");
        doctor->chart().allergies().create(drug);
        Visit v;
        v.patientId = m_allergic;
        v.date = QDate(2026, 11, 19);
        v.department = QStringLiteral("内科");
        v = doctor->chart().visits().create(v);
        ClinicalNote note;
        note.visitId = v.id;
        note.patientId = m_allergic;
        note.findings = QStringLiteral("S: 発疹");
        note.orders = QStringLiteral("P: 経過観察");
        doctor->chart().notes().finalize(doctor->chart().notes().saveDraft(note).id);
        m_doctor = std::move(doctor);
    }

    void bannerShowsTheThreeStates() {
        ChartWindow unknown(*m_doctor, m_unknown);
        QCOMPARE(unknown.allergyBanner()->state(), AllergyBanner::State::NotRecorded);
        ChartWindow none(*m_doctor, m_none);
        QCOMPARE(none.allergyBanner()->state(), AllergyBanner::State::NoneKnown);
        QVERIFY(none.allergyBanner()->text() != unknown.allergyBanner()->text());
        ChartWindow allergic(*m_doctor, m_allergic);
        QCOMPARE(allergic.allergyBanner()->state(), AllergyBanner::State::Recorded);
        QVERIFY(allergic.allergyBanner()->text().contains(QStringLiteral("鶏卵")));
        QVERIFY(allergic.allergyBanner()->text().contains(QStringLiteral("蕁麻疹")));
        QVERIFY(allergic.allergyBanner()->text().contains(QStringLiteral("ペニシリン系抗菌薬")));
        // The banner is outside the tabs: whatever tab is open, it stays in view.
        allergic.show();
        QVERIFY(QTest::qWaitForWindowExposed(&allergic));
        QVERIFY(allergic.allergyBanner()->isVisible());

        // Recording "none" from the chart turns the amber banner into the explicit "none".
        auto* noneButton = findWidget<QPushButton>(&unknown, "noKnownAllergiesButton");
        QVERIFY(noneButton->isEnabled());
        noneButton->click();
        QVERIFY(!noneButton->isEnabled());
        QCOMPARE(unknown.allergyBanner()->state(), AllergyBanner::State::NoneKnown);
    }

    // 「取消…」 from the tab: cancelling the question withdraws nothing; the reason given is kept with the item,
    // which stays in the table, struck through.
    void withdrawFromTheTabAsksWhy() {
        const qint64 patientId =
            m_doctor->patients().create(patient("森", "三郎", "モリ", "サブロウ", QDate(1980, 1, 2))).id;
        Diagnosis d;
        d.patientId = patientId;
        d.name = QStringLiteral("急性胃炎");
        d.startDate = QDate(2026, 11, 1);
        d = m_doctor->chart().diagnoses().create(d);
        ChartWindow chart(*m_doctor, patientId);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        auto* table = findWidget<QTableWidget>(&chart, "diagnosisTable");
        table->setCurrentCell(0, 0);
        auto* withdraw = findWidget<QPushButton>(&chart, "withdrawDiagnosisButton");

        whenModal<QInputDialog>([](QInputDialog* question) { question->reject(); });
        withdraw->click();
        QVERIFY(!m_doctor->chart().diagnoses().find(d.id)->withdrawn);

        whenModal<QInputDialog>([](QInputDialog* question) {
            question->setTextValue(QStringLiteral("別の患者に入力"));
            question->accept();
        });
        withdraw->click();
        QVERIFY(m_doctor->chart().diagnoses().find(d.id)->withdrawn);
        QCOMPARE(m_doctor->chart().diagnoses().history(d.id).last().reason, QStringLiteral("別の患者に入力"));
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 0)->font().strikeOut());
    }

    void withdrawnItemsStayWithTheirReason() {
        Diagnosis d;
        d.patientId = m_none;
        d.name = QStringLiteral("腰痛症");
        d.startDate = QDate(2026, 11, 1);
        d = m_doctor->chart().diagnoses().create(d);
        m_doctor->chart().diagnoses().withdraw(d.id, QStringLiteral("別の患者に入力"));
        ChartWindow chart(*m_doctor, m_none);
        auto* table = findWidget<QTableWidget>(&chart, "diagnosisTable");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), QStringLiteral("腰痛症"));
        QVERIFY(table->item(0, 0)->font().strikeOut());
        bool reasonShown = false;
        for (int c = 0; c < table->columnCount(); ++c) {
            reasonShown = reasonShown || table->item(0, c)->text().contains(QStringLiteral("別の患者に入力"));
        }
        QVERIFY(reasonShown);

        Visit wrong;
        wrong.patientId = m_none;
        wrong.date = QDate(2026, 11, 18);
        wrong.department = QStringLiteral("内科");
        wrong = m_doctor->chart().visits().create(wrong);
        m_doctor->chart().visits().withdraw(wrong.id, QStringLiteral("受付の誤り"));
        chart.reload();
        auto* timeline = findWidget<QListWidget>(&chart, "visitTimeline");
        QCOMPARE(timeline->count(), 1);
        QVERIFY(timeline->item(0)->text().contains(QStringLiteral("受付の誤り")));
        QVERIFY(!findWidget<QPushButton>(&chart, "withdrawVisitButton")->isEnabled());
        QVERIFY(findWidget<QPlainTextEdit>(&chart, "findingsEdit")->isReadOnly()); // nothing is written to it
    }

    void adminReadsWithoutEditing() {
        auto admin = openAs(m_path, AdminName, AdminPassword, m_clock);
        ChartWindow chart(*admin, m_allergic);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QVERIFY(chart.isReadOnly());
        auto* findings = findWidget<QPlainTextEdit>(&chart, "findingsEdit");
        QCOMPARE(findings->toPlainText(), QStringLiteral("S: 発疹"));
        QVERIFY(findings->isReadOnly());
        QVERIFY(findWidget<QPlainTextEdit>(&chart, "ordersEdit")->isReadOnly());
        for (const char* name :
             {"saveDraftButton", "finalizeNoteButton", "newVisitButton", "addPrescriptionButton",
              "repeatPrescriptionButton", "addDiagnosisButton", "addAllergyButton", "importLabCsvButton"}) {
            QVERIFY2(!findWidget<QPushButton>(&chart, name)->isVisible(), name);
        }
        QVERIFY(!findWidget<QAction>(&chart, "actionSaveDraft")->isEnabled());
        QVERIFY(findWidget<QPushButton>(&chart, "noteHistoryButton")->isVisible());
        QVERIFY(!chart.saveDraft());
    }

    void clerkGetsNoChart() {
        MainWindow window(openAs(m_path, ClerkName, ClerkPassword, m_clock));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!findWidget<QPushButton>(&window, "openChartButton")->isVisible());
        QVERIFY(!findWidget<QAction>(&window, "actionOpenChart")->isEnabled());
        QCOMPARE(window.openChart(m_allergic), nullptr);
        QVERIFY(window.chartWindows().isEmpty());
    }

    void lockHidesChartWindows() {
        MainWindow window(openAs(m_path, DoctorName, DoctorPassword, m_clock));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        // From the reception list: Enter on the entry opens the chart.
        QVERIFY(window.receptionPanel()->addPatient(m_none));
        auto* reception = findWidget<QTableView>(&window, "receptionTable");
        reception->setFocus();
        reception->selectRow(0);
        QTest::keyClick(reception, Qt::Key_Return);
        QTRY_COMPARE(window.chartWindows().size(), 1);
        QCOMPARE(window.chartWindows().first()->patientId(), m_none);
        ChartWindow* first = window.openChart(m_allergic);
        ChartWindow* second = window.openChart(m_none); // already open from reception: the same window
        QVERIFY(first && second);
        QCOMPARE(window.openChart(m_allergic), first); // the same patient: raised, not opened twice
        QVERIFY(first->isVisible() && second->isVisible());
        // A note half-typed in a new visit: re-reading the chart keeps it, locking keeps it as a draft.
        QTest::mouseClick(findWidget<QPushButton>(first, "newVisitButton"), Qt::LeftButton);
        const qint64 visitId = first->currentVisitId();
        auto* findings = findWidget<QPlainTextEdit>(first, "findingsEdit");
        findings->setFocus();
        typeText(findings, QStringLiteral("S: 発疹は軽快"));
        first->reload();
        QCOMPARE(findings->toPlainText(), QStringLiteral("S: 発疹は軽快"));
        QPointer<ChartWindow> a(first), b(second);
        window.lock();
        const std::optional<ClinicalNote> kept = window.record().chart().notes().forVisit(visitId);
        QVERIFY(kept.has_value());
        QCOMPARE(kept->findings, QStringLiteral("S: 発疹は軽快"));
        QCOMPARE(kept->status, ClinicalNote::Status::Draft);
        QVERIFY(!a || !a->isVisible());
        QVERIFY(!b || !b->isVisible());
        QTRY_VERIFY(!a && !b);
        QVERIFY(window.chartWindows().isEmpty());
        QCOMPARE(window.openChart(m_allergic), nullptr); // nothing opens while locked
    }

    void labCsvImportShowsResultsOrTheLineErrors() {
        ChartWindow chart(*m_doctor, m_allergic);
        const QString header = QStringLiteral(
            "patient_number,collected_at,code_system,code,name,value,unit,specimen,reference_low,reference_high\n");
        const QString good = header + QStringLiteral("%1,2026-09-01 09:00,local,HBA1C,HbA1c,7.2,%,全血,4.6,6.2\n"
                                                     "%1,2026-10-01 09:00,local,HBA1C,HbA1c,6.8,%,全血,4.6,6.2\n"
                                                     "%1,2026-11-01 09:00,local,HBA1C,HbA1c,6.1,%,全血,4.6,6.2\n")
                                          .arg(m_allergicNumber);
        const QString bad =
            header + QStringLiteral("%1,yesterday,local,HBA1C,HbA1c,7.0,%,全血,4.6,6.2\n").arg(m_allergicNumber);
        const QString goodPath = m_dir.filePath(QStringLiteral("good.csv"));
        const QString badPath = m_dir.filePath(QStringLiteral("bad.csv"));
        for (const auto& [path, text] : {std::pair{goodPath, good}, std::pair{badPath, bad}}) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(text.toUtf8());
        }
        auto* message = findWidget<QLabel>(&chart, "labMessageLabel");
        QVERIFY(!chart.importLabCsvFile(badPath));
        QVERIFY2(message->text().contains(QStringLiteral("2")), qPrintable(message->text())); // names line 2
        QCOMPARE(findWidget<QTableWidget>(&chart, "labItemTable")->rowCount(), 0);
        QVERIFY2(chart.importLabCsvFile(goodPath), qPrintable(message->text()));
        QCOMPARE(findWidget<QTableWidget>(&chart, "labItemTable")->rowCount(), 1);
        QCOMPARE(findWidget<QTableWidget>(&chart, "labResultTable")->rowCount(), 3);
        QCOMPARE(findWidget<LabTrendChart>(&chart, "labTrendChart")->pointCount(), 3);
    }

    // A core item's result without this clinic's code of the item is kept back from the sharing service (JP-CLINS
    // 1.9): the tab marks it and says why, and the doctor completes the item from there; then it is shared.
    void aKeptBackLabItemIsCompletedFromTheTab() {
        ChartWindow chart(*m_doctor, m_unknown);
        const QString path = m_dir.filePath(QStringLiteral("alt.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral("patient_number,collected_at,code_system,code,name,value,unit,specimen\n"
                               "%1,2026-11-01 09:00,jlac10,3B045000002327201,ALT,45,U/L,血清\n"
                               "%1,2026-11-10 09:00,jlac10,3B045000002327201,ALT,38,U/L,血清\n")
                    .arg(m_unknownNumber)
                    .toUtf8());
        f.close();
        auto* message = findWidget<QLabel>(&chart, "labMessageLabel");
        QVERIFY2(chart.importLabCsvFile(path), qPrintable(message->text()));
        auto* items = findWidget<QTableWidget>(&chart, "labItemTable");
        QCOMPARE(items->rowCount(), 1);
        items->setCurrentCell(0, 0);
        const QString keptBack = QCoreApplication::translate("tsumugi::ui::LabTab", "kept back");
        QCOMPARE(items->item(0, 5)->text(), keptBack);
        QVERIFY(items->item(0, 5)->toolTip().contains(QStringLiteral("院内項目コード")));
        auto* complete = findWidget<QPushButton>(&chart, "completeLabSharingButton");
        QVERIFY(complete->isEnabled());
        bool filled = false;
        whenModal<QDialog>([&filled](QDialog* dialog) {
            auto* code = dialog->findChild<QLineEdit*>(QStringLiteral("labCompleteLocalCodeEdit"));
            auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("labCompleteButton"));
            if (!code || !ok) {
                dialog->reject();
                return;
            }
            QTest::keyClicks(code, QStringLiteral("L ALT")); // not a code: refused in words, the dialog stays
            ok->click();
            const auto* error = dialog->findChild<QLabel*>(QStringLiteral("labCompleteErrorLabel"));
            if (!error || !error->isVisible() || !dialog->isVisible()) {
                dialog->reject();
                return;
            }
            code->clear();
            QTest::keyClicks(code, QStringLiteral("0001234"));
            filled = true;
            ok->click();
        });
        complete->click();
        QVERIFY(filled);
        QVERIFY2(message->text().contains(QStringLiteral("2")), qPrintable(message->text()));
        QVERIFY(items->item(0, 5)->text().isEmpty()); // shared now
        QVERIFY(!complete->isEnabled());
        for (const LabResult& r : m_doctor->chart().labs().series(m_unknown, QStringLiteral("ALT"))) {
            QCOMPARE(r.localCode, QStringLiteral("0001234"));
        }
    }

    void cleanupTestCase() { m_doctor.reset(); }

private:
    QTemporaryDir m_dir;
    QString m_path;
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<ClinicRecord> m_doctor;
    qint64 m_unknown = 0;
    qint64 m_none = 0;
    qint64 m_allergic = 0;
    qint64 m_allergicNumber = 0;
    qint64 m_unknownNumber = 0;
};

TSUMUGI_TEST_CLASS(TestChartAccess)
#include "TestChartAccess.moc"
