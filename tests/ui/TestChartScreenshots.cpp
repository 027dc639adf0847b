// Japanese screenshots of the chart window for review and the manual: the visit with banner, note, diagnoses and
// prescriptions; the note history with its differences; the lab table with the trend chart; a prescription warning.
// PNGs go to <build>/screenshots/.
#include "UiTestSupport.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/demo/DemoData.h"
#include "core/i18n/TranslationLoader.h"
#include "support/TestRegistry.h"
#include "ui/AllergyDialog.h"
#include "ui/ChartWindow.h"
#include "ui/DesktopLauncher.h"
#include "ui/HelpDialog.h"
#include "ui/LabSharingCompletionDialog.h"
#include "ui/LabTrendChart.h"
#include "ui/MainWindow.h"
#include "ui/NoteHistoryDialog.h"
#include "ui/PrescriptionDialog.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestChartScreenshots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        isolateSettings();
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        DesktopLauncher::applyClinicFont(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        m_outDir = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QVERIFY(QDir().mkpath(m_outDir));
        QVERIFY(m_dir.isValid());
        const QString path = m_dir.filePath(QStringLiteral("record.tsumugi"));
        {
            auto admin = createRecordWithStaff(path, m_clock);
            QVERIFY(DemoData::fill(*admin) > 0);
        }
        auto record = openAs(path, DoctorName, DoctorPassword, m_clock);
        const Patient yamada = record->patients().search(QStringLiteral("ヤマダ")).value(0);
        QVERIFY(yamada.id != 0);
        m_patientId = yamada.id;
        seedChart(*record, yamada.id);
        m_window = std::make_unique<MainWindow>(std::move(record));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_chart = m_window->openChart(m_patientId);
        QVERIFY(m_chart);
        m_chart->resize(1360, 860);
        QVERIFY(QTest::qWaitForWindowExposed(m_chart));
    }

    void visit() {
        m_chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentIndex(ChartWindow::VisitTab);
        // The insurance in the card's words, not the FHIR identifier (「39131016::00012345:」).
        const QString header = findWidget<QLabel>(m_chart, "chartHeaderLabel")->text();
        QVERIFY2(header.contains(QStringLiteral("保険者番号")) && !header.contains(QStringLiteral("::")),
                 qPrintable(header));
        QVERIFY(findWidget<QTableWidget>(m_chart, "visitPrescriptionTable")->rowCount() >= 2);
        checkNoEnglish(m_chart);
        save(m_chart, "chart_visit_ja.png");
    }

    void diagnoses() {
        m_chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentIndex(ChartWindow::DiagnosesTab);
        checkNoEnglish(m_chart);
        save(m_chart, "chart_diagnoses_ja.png");
    }

    void allergies() {
        m_chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentIndex(ChartWindow::AllergiesTab);
        QCOMPARE(findWidget<QTableWidget>(m_chart, "allergyTable")->rowCount(), 2);
        checkNoEnglish(m_chart);
        save(m_chart, "chart_allergies_ja.png");
    }

    void history() {
        NoteHistoryDialog dialog(m_window->record(), m_chart->currentNote()->id, m_chart);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.versionCount(), 2);
        checkNoEnglish(&dialog);
        save(&dialog, "chart_history_ja.png");
    }

    void labs() {
        m_chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentIndex(ChartWindow::LabsTab);
        m_chart->selectLabItem(QStringLiteral("HBA1C"));
        QTRY_COMPARE(findWidget<LabTrendChart>(m_chart, "labTrendChart")->pointCount(), 5);
        checkNoEnglish(m_chart);
        save(m_chart, "chart_labs_ja.png");
        // The item kept back, and what the doctor completes it with.
        m_chart->selectLabItem(QStringLiteral("ALT"));
        auto* complete = findWidget<QPushButton>(m_chart, "completeLabSharingButton");
        QVERIFY(complete->isEnabled());
        LabSharingCompletionDialog dialog(m_window->record(), m_patientId, QStringLiteral("ALT"), QStringLiteral("ALT"),
                                          complete->toolTip(), m_chart);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(QStringLiteral("labCompleteLocalCodeEdit")),
                         QStringLiteral("0001234"));
        checkNoEnglish(&dialog);
        save(&dialog, "lab_complete_ja.png");
    }

    void prescriptionWarning() {
        Prescription p;
        p.patientId = m_patientId;
        p.visitId = m_chart->currentVisitId();
        PrescriptionDialog dialog(m_window->record(), p, m_chart);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* name = findWidget<QLineEdit>(&dialog, "drugNameEdit");
        name->setFocus();
        typeText(name, QStringLiteral("ハイペン"));
        auto* results = findWidget<QListWidget>(&dialog, "drugResultList");
        QTRY_VERIFY(results->count() >= 1);
        results->setCurrentRow(0);
        findWidget<QDoubleSpinBox>(&dialog, "doseSpin")->setValue(2);
        QVERIFY(findWidget<QLabel>(&dialog, "prescriptionWarningLabel")->isVisible());
        checkNoEnglish(&dialog);
        save(&dialog, "chart_prescription_warning_ja.png");
        dialog.reject();
    }

    // The clerk types 「ペニシリン」 (not in the drug master): the dialog offers the class, and the class then stops
    // amoxicillin in the prescription dialog, saying which allergy matched.
    void freeTextPenicillinBecomesTheClassAndStopsAmoxicillin() {
        const qint64 visitId = m_chart->currentVisitId();
        {
            AllergyDialog dialog(m_window->record(), m_patientId, visitId, m_chart);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto* offer = findWidget<QPushButton>(&dialog, "allergyCodeAsClassButton");
            QVERIFY(!offer->isVisible());
            auto* name = findWidget<QLineEdit>(&dialog, "allergySearchEdit");
            name->setFocus();
            typeText(name, QStringLiteral("ペニシリン"));
            QTRY_VERIFY(offer->isVisible());
            QVERIFY2(offer->text().contains(QStringLiteral("ペニシリン系")), qPrintable(offer->text()));
            checkNoEnglish(&dialog);
            save(&dialog, "allergy_dialog_offer_ja.png");
            QTest::mouseClick(offer, Qt::LeftButton);
            QCOMPARE(findWidget<QComboBox>(&dialog, "allergyLevelCombo")->currentData().toInt(),
                     int(AllergyDialog::Level::DrugClass));
            QCOMPARE(findWidget<QComboBox>(&dialog, "allergyClassCombo")->currentData().toString(),
                     QStringLiteral("penicillin"));
            QVERIFY(!name->isVisible()); // the class is the allergen now
            QVERIFY(!offer->isVisible());
            typeText(findWidget<QLineEdit>(&dialog, "allergyReactionEdit"), QStringLiteral("アナフィラキシー"));
            checkNoEnglish(&dialog);
            save(&dialog, "allergy_dialog_class_ja.png");
            QTest::mouseClick(findWidget<QPushButton>(&dialog, "allergySaveButton"), Qt::LeftButton);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
            QCOMPARE(dialog.saved().codeSystem, Allergy::CodeSystem::DrugClass);
            QCOMPARE(dialog.saved().code, QStringLiteral("penicillin"));
            QCOMPARE(dialog.saved().name, QStringLiteral("ペニシリン系抗菌薬"));
        }
        Prescription p;
        p.patientId = m_patientId;
        p.visitId = visitId;
        PrescriptionDialog dialog(m_window->record(), p, m_chart);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* name = findWidget<QLineEdit>(&dialog, "drugNameEdit");
        name->setFocus();
        typeText(name, QStringLiteral("サワシリン"));
        auto* results = findWidget<QListWidget>(&dialog, "drugResultList");
        QTRY_VERIFY(results->count() >= 1);
        results->setCurrentRow(0);
        findWidget<QDoubleSpinBox>(&dialog, "doseSpin")->setValue(3);
        auto* warning = findWidget<QLabel>(&dialog, "prescriptionWarningLabel");
        QTRY_VERIFY(warning->isVisible());
        QVERIFY2(warning->text().contains(QStringLiteral("ペニシリン系抗菌薬")) &&
                     warning->text().contains(QStringLiteral("アナフィラキシー")),
                 qPrintable(warning->text()));
        QTest::mouseClick(findWidget<QPushButton>(&dialog, "prescribeButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible()); // not saved without the acknowledgement
        checkNoEnglish(&dialog);
        save(&dialog, "chart_prescription_class_warning_ja.png");
        dialog.reject();
        for (const Prescription& saved : m_window->record().chart().prescriptions().forVisit(visitId)) {
            QVERIFY(!saved.drugName.contains(QStringLiteral("サワシリン")));
        }
    }

    // F1 opens the window's page: what it is for and every key, in Japanese.
    void helpPage() {
        QString page;
        whenModal<HelpDialog>([&](HelpDialog* d) {
            page = d->pageText();
            QCoreApplication::processEvents();
            save(d, "help_chart_ja.png");
            d->reject();
        });
        m_chart->activateWindow();
        QApplication::setActiveWindow(m_chart);
        QTest::keyClick(m_chart, Qt::Key_F1);
        QVERIFY2(page.contains(QStringLiteral("下書き")) && page.contains(QStringLiteral("Ctrl+")), qPrintable(page));
        static const QRegularExpression english(QStringLiteral("[A-Za-z]{4,}"));
        for (auto it = english.globalMatch(page); it.hasNext();) {
            const QString w = it.next().captured();
            QVERIFY2(w == QStringLiteral("Ctrl") || w == QStringLiteral("Shift"), qPrintable(w));
        }
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    static void seedChart(ClinicRecord& record, qint64 patientId) {
        Chart& chart = record.chart();
        Allergy nsaid;
        nsaid.patientId = patientId;
        nsaid.category = Allergy::Category::Medication;
        nsaid.codeSystem = Allergy::CodeSystem::Yj;
        nsaid.code = QStringLiteral("1149032F1027");
        nsaid.name = QStringLiteral("ハイペン錠１００ｍｇ（エトドラク）");
        nsaid.reaction = QStringLiteral("喘息発作");
        nsaid.severity = Allergy::Severity::Severe;
        chart.allergies().create(nsaid);
        Allergy egg;
        egg.patientId = patientId;
        egg.category = Allergy::Category::Food;
        egg.name = QStringLiteral("鶏卵");
        egg.reaction = QStringLiteral("蕁麻疹");
        egg.severity = Allergy::Severity::Mild;
        chart.allergies().create(egg);

        auto diagnosis = [&](const QString& code, const QString& name, const QDate& start, bool principal,
                             bool suspected) {
            Diagnosis d;
            d.patientId = patientId;
            d.receiptCode = code;
            d.name = name;
            d.startDate = start;
            d.principal = principal;
            d.suspected = suspected;
            return chart.diagnoses().create(d);
        };
        diagnosis(QStringLiteral("8833421"), QStringLiteral("高血圧症"), QDate(2019, 4, 8), true, false);
        diagnosis(QStringLiteral("2500013"), QStringLiteral("糖尿病"), QDate(2021, 6, 14), false, false);
        diagnosis(QStringLiteral("5319009"), QStringLiteral("胃潰瘍"), QDate(2026, 11, 20), false, true);
        Diagnosis cold = diagnosis({}, QStringLiteral("急性上気道炎"), QDate(2026, 9, 18), false, false);
        cold.outcome = Diagnosis::Outcome::Cured;
        cold.endDate = QDate(2026, 9, 25);
        chart.diagnoses().update(cold);

        auto visit = [&](const QDate& date) {
            Visit v;
            v.patientId = patientId;
            v.date = date;
            v.department = QStringLiteral("内科");
            return chart.visits().create(v);
        };
        auto note = [&](const Visit& v, const QString& findings, const QString& orders) {
            ClinicalNote n;
            n.visitId = v.id;
            n.patientId = patientId;
            n.findings = findings;
            n.orders = orders;
            return chart.notes().finalize(chart.notes().saveDraft(n).id);
        };
        const Visit september = visit(QDate(2026, 9, 18));
        note(september, QStringLiteral("S: 咽頭痛、鼻汁\nO: 体温37.2℃、咽頭発赤軽度"),
             QStringLiteral("A: 急性上気道炎\nP: 対症療法、1週間で改善なければ再診"));
        const Visit october = visit(QDate(2026, 10, 20));
        note(october, QStringLiteral("S: 自覚症状なし\nO: 血圧 142/88 mmHg、脈拍 72\nHbA1c 6.6%"),
             QStringLiteral("A: 高血圧症、糖尿病 ともに改善傾向\nP: 処方継続、食事療法の継続を指導"));
        auto rx = [&](const Visit& v, const QString& yj, double dose, const QString& unit, const QString& usage) {
            Prescription p;
            p.visitId = v.id;
            p.codeSystem = Prescription::CodeSystem::Yj;
            p.drugCode = yj;
            p.dose = dose;
            p.unit = unit;
            p.usageText = usage;
            p.days = 28;
            chart.prescriptions().create(p, true);
        };
        rx(october, QStringLiteral("2149037F1032"), 1, QStringLiteral("錠"), QStringLiteral("1日1回朝食後"));
        rx(october, QStringLiteral("3969004F1020"), 3, QStringLiteral("錠"), QStringLiteral("1日3回毎食直前"));
        rx(october, QStringLiteral("2329027D1028"), 1, QStringLiteral("g"), QStringLiteral("1日2回朝食後・就寝前"));

        const Visit today = visit(QDate(2026, 11, 20));
        const ClinicalNote first =
            note(today,
                 QStringLiteral("S: 3日前から心窩部痛、食後に増悪。黒色便なし\nO: 血圧 136/84 mmHg、脈拍 70\n"
                                "腹部: 心窩部に軽度圧痛、筋性防御なし"),
                 QStringLiteral("A: 高血圧症 良好、胃潰瘍の疑い\nP: 上部消化管内視鏡を予約\n処方継続（Do処方）"));
        chart.notes().revise(first.id, first.version, first.findings,
                             QStringLiteral("A: 高血圧症 良好、胃潰瘍の疑い\nP: 上部消化管内視鏡を11/27に予約\n"
                                            "処方継続（Do処方）\nNSAIDsは禁忌のため使用しない"),
                             QStringLiteral("内視鏡の予約日と注意を追記"));
        chart.notes().finalize(first.id);
        chart.prescriptions().repeatPrevious(today.id, true);

        // HbA1c with its JP-CLINS core JLAC10 code (shared), LDL with the lab company's own code (kept here only):
        // the tab shows both kinds side by side.
        auto lab = [&](const QString& key, const QString& jlac10, const QString& name, const QString& unit, double low,
                       double high, const QString& specimen, const QDateTime& at, double value) {
            LabResult r;
            r.patientId = patientId;
            r.codeSystem = jlac10.isEmpty() ? LabResult::CodeSystem::Local : LabResult::CodeSystem::Jlac10;
            r.code = jlac10.isEmpty() ? key : jlac10;
            r.localCode =
                jlac10.isEmpty() ? QString() : QStringLiteral("0003001"); // the clinic's code of a shared item
            r.itemKey = key;
            r.name = name;
            r.valueNumber = value;
            r.unit = unit;
            r.referenceLow = low;
            r.referenceHigh = high;
            r.specimen = specimen;
            r.collectedAt = at;
            chart.labs().create(r);
        };
        const double hba1c[] = {7.4, 7.1, 6.9, 6.6, 6.4};
        const double ldl[] = {162, 151, 138, 131, 124};
        for (int i = 0; i < 5; ++i) {
            const QDateTime at(QDate(2026, 7, 20).addMonths(i), QTime(9, 15));
            lab(QStringLiteral("HBA1C"), QStringLiteral("3D046000001906202"), QStringLiteral("HbA1c"),
                QStringLiteral("%"), 4.6, 6.2, QStringLiteral("全血"), at, hba1c[i]);
            lab(QStringLiteral("LDL"), QString(), QStringLiteral("LDLコレステロール"), QStringLiteral("mg/dL"), 65, 139,
                QStringLiteral("血清"), at, ldl[i]);
        }
        // ALT from the lab's file without the clinic's code of the item: kept back, until the doctor adds it.
        LabResult alt;
        alt.patientId = patientId;
        alt.code = QStringLiteral("3B045000002327201");
        alt.name = QStringLiteral("ALT");
        alt.valueNumber = 38;
        alt.unit = QStringLiteral("U/L");
        alt.specimen = QStringLiteral("血清");
        alt.collectedAt = QDateTime(QDate(2026, 11, 20), QTime(9, 15));
        chart.labs().create(alt);
    }

    void save(QWidget* widget, const char* name) {
        QCoreApplication::processEvents();
        const QString file = m_outDir + QString::fromLatin1(name);
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

    // Any visible English word (four letters or more) on a Japanese screen is a missed translation.
    void checkNoEnglish(QWidget* root) {
        static const QRegularExpression word(QStringLiteral("[A-Za-z]{4,}"));
        static const QStringList allowed = {QStringLiteral("Ctrl"),  QStringLiteral("Shift"), QStringLiteral("Enter"),
                                            QStringLiteral("MEDIS"), QStringLiteral("FAGY"),  QStringLiteral("NSAIDs"),
                                            QStringLiteral("mmHg"),  QStringLiteral("JLAC")};
        QStringList texts;
        for (QLabel* l : root->findChildren<QLabel*>()) {
            if (l->isVisibleTo(root)) {
                texts << l->text();
            }
        }
        for (QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
            if (b->isVisibleTo(root)) {
                texts << b->text() << b->toolTip();
            }
        }
        for (QGroupBox* g : root->findChildren<QGroupBox*>()) {
            texts << g->title();
        }
        for (QTabWidget* t : root->findChildren<QTabWidget*>()) {
            for (int i = 0; i < t->count(); ++i) {
                texts << t->tabText(i);
            }
        }
        for (QTableWidget* t : root->findChildren<QTableWidget*>()) {
            for (int c = 0; c < t->columnCount(); ++c) {
                texts << t->horizontalHeaderItem(c)->text();
            }
        }
        for (const QString& text : std::as_const(texts)) {
            QString plain = text;
            plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            plain.remove(QRegularExpression(QStringLiteral("&[a-z]+;")));
            auto it = word.globalMatch(plain);
            while (it.hasNext()) {
                const QString w = it.next().captured();
                QVERIFY2(allowed.contains(w), qPrintable(QStringLiteral("English left: '%1' in '%2'").arg(w, text)));
            }
        }
    }

    QTemporaryDir m_dir;
    QString m_outDir;
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<MainWindow> m_window;
    ChartWindow* m_chart = nullptr;
    qint64 m_patientId = 0;
};

TSUMUGI_TEST_CLASS(TestChartScreenshots)
#include "TestChartScreenshots.moc"
