// The FHIR import from the desk's File menu on real records: another clinic (its own SQLCipher record) exports
// JP_Bundle_CLINS files for 佐藤 花子 with her insurance; we know her without insurance, so only name, reading and
// birth date agree. The confirmation shows both patients; "import into this patient" puts the items read-only into
// her chart, "register as a new patient" registers another one, "do not import" writes nothing. A malformed file
// and a file without a required element fail alone, named with the file (and the element) in the results.
// Writes screenshots/fhir_import_confirm_ja.png and screenshots/fhir_import_results_ja.png.
#include "UiTestSupport.h"
#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include "sync/fhir/ClinsExporter.h"
#include "sync/fhir/FhirJson.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/i18n/TranslationLoader.h"
#include "ui/ChartWindow.h"
#include "ui/DesktopLauncher.h"
#include "ui/FhirImportDialog.h"
#include "ui/FhirImportMatchDialog.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>
#include <functional>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

namespace {
const QString Sender = QStringLiteral("1319990002");

Patient hanako() {
    Patient p = patient("佐藤", "花子", "サトウ", "ハナコ", QDate(1948, 11, 3));
    p.insurance = {QStringLiteral("39131016"), QStringLiteral("記号1"), QStringLiteral("00012345"),
                   QStringLiteral("01")};
    return p;
}

void writeAll(const QString& path, const QByteArray& data) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(data);
}
// Answers every confirmation that appears while it lives (whenModal answers one only; a run may ask twice).
class ConfirmationAnswerer {
public:
    explicit ConfirmationAnswerer(std::function<void(FhirImportMatchDialog*)> answer)
        : m_answer(std::move(answer)) {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            auto* confirm = qobject_cast<FhirImportMatchDialog*>(QApplication::activeModalWidget());
            if (confirm && confirm->isVisible() && !confirm->property("answered").toBool()) {
                confirm->setProperty("answered", true);
                ++m_asked;
                m_answer(confirm);
            }
        });
        m_timer.start(20);
    }
    int asked() const { return m_asked; }

private:
    std::function<void(FhirImportMatchDialog*)> m_answer;
    QTimer m_timer;
    int m_asked = 0;
};
} // namespace

class TestFhirImportUi : public QObject {
    Q_OBJECT

    ManualClock m_clock{fixedNow()};
    QTemporaryDir m_files; // what the other clinic sent
    QString m_conditions;  // its Condition bundle (with an element we do not read, to be reported)
    QString m_allergies;   // its AllergyIntolerance bundle
    QString m_broken;      // not JSON
    QString m_noCode;      // a Condition without its code
    QString m_shots;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    qint64 m_ours = 0; // our 佐藤 花子, registered without insurance
    qint64 m_oursNumber = 0;

    ClinicRecord& record() { return m_window->record(); }
    int itemsOf(qint64 patientId) {
        return int(record().chart().diagnoses().forPatient(patientId, true).size() +
                   record().chart().allergies().forPatient(patientId, true).size());
    }
    int allItems() {
        int n = 0;
        for (const Patient& p : record().patients().search(QStringLiteral("サトウ"))) {
            n += itemsOf(p.id);
        }
        return n;
    }

    // The other clinic: its own record, its patient with two diagnoses and an allergy, exported as files.
    void writeSenderFiles() {
        QTemporaryDir senderDir;
        ClinicRecord::NewRecord setup = newRecordSetup();
        setup.clinic.name = QStringLiteral("よその内科");
        setup.clinic.institutionNumber = Sender;
        const QString path = senderDir.filePath(QStringLiteral("sender.tsumugi"));
        auto sender = ClinicRecord::create(path, setup, m_clock);
        sender->users().add(DoctorName, QStringLiteral("他院 医師"), Role::Doctor, DoctorPassword);
        const qint64 patientId = sender->patients().create(hanako()).id;
        sender = openAs(path, DoctorName, DoctorPassword, m_clock);
        Diagnosis d;
        d.patientId = patientId;
        d.name = QStringLiteral("十二指腸潰瘍");
        d.medisCode = QStringLiteral("20064049");
        d.icd10 = QStringLiteral("K269");
        d.startDate = QDate(2020, 4, 10);
        d.principal = true;
        sender->chart().diagnoses().create(d);
        Diagnosis h = d;
        h.name = QStringLiteral("本態性高血圧症");
        h.medisCode = QStringLiteral("20061856");
        h.icd10 = QStringLiteral("I10");
        h.principal = false;
        h.startDate = QDate(2018, 6, 1);
        sender->chart().diagnoses().create(h);
        Allergy a;
        a.patientId = patientId;
        a.category = Allergy::Category::Food;
        a.codeSystem = Allergy::CodeSystem::Jfagy;
        a.code = QStringLiteral("J9FC11310000");
        a.name = QStringLiteral("さば");
        a.reaction = QStringLiteral("蕁麻疹");
        sender->chart().allergies().create(a);

        fhir::ClinsExporter::Options o;
        o.now = m_clock.now();
        o.seed = 5;
        for (const auto& b : fhir::ClinsExporter(*sender).exportPatient(patientId, o)) {
            const QString file = m_files.filePath(b.fileName);
            fhir::Json json = b.json();
            if (b.resourceType == QLatin1String("Condition")) {
                // Something we do not read: kept in the raw JSON and reported, never silently dropped.
                json["entry"][1]["resource"]["bodySite"] = {{"text", "十二指腸球部"}};
                m_conditions = file;
                fhir::Json noCode = b.json();
                noCode["entry"][1]["resource"].erase("code");
                m_noCode = m_files.filePath(QStringLiteral("no-code.json"));
                writeAll(m_noCode, fhir::ClinsExporter::serialize(noCode));
            } else if (b.resourceType == QLatin1String("AllergyIntolerance")) {
                m_allergies = file;
            }
            writeAll(file, fhir::ClinsExporter::serialize(json));
        }
        m_broken = m_files.filePath(QStringLiteral("broken.json"));
        writeAll(m_broken, QByteArrayLiteral("{\"resourceType\": \"Bundle\", \"entry\": [ "));
    }

    // The File menu's action, by its shortcut, with the picker answered: these files from the sender's folder.
    FhirImportDialog* importThroughMenu(const QStringList& files) {
        // The picker is found by its name (not as the active modal widget, which depends on window activation).
        QTimer poll;
        poll.setInterval(20);
        connect(&poll, &QTimer::timeout, this, [this, files] {
            auto* picker = m_window->findChild<QFileDialog*>(QStringLiteral("fhirImportFilePicker"));
            if (!picker || !picker->isVisible() || picker->fileMode() != QFileDialog::ExistingFiles) {
                return;
            }
            // Answered again on every tick while it stays open: the folder's model loads in the background and may
            // clear the typed names before Open takes them.
            picker->setDirectory(m_files.path());
            QStringList quoted;
            for (const QString& f : files) {
                quoted << QLatin1Char('"') + QFileInfo(f).fileName() + QLatin1Char('"');
            }
            // Typed into the file name box, as a user does (selectFile() leaves a focused box alone).
            auto* name = picker->findChild<QLineEdit*>(QStringLiteral("fileNameEdit"));
            if (!name) {
                return;
            }
            name->setText(quoted.join(QLatin1Char(' ')));
            static_cast<QDialog*>(picker)->accept(); // as the Open button does
        });
        poll.start();
        QAction* action = findWidget<QAction>(m_window.get(), "actionImportFhir");
        if (!action || !action->isEnabled() || action->shortcut() != QKeySequence(QStringLiteral("Ctrl+Shift+I"))) {
            return nullptr;
        }
        // The shortcut is the desk window's: it must be the active one (not a chart opened from it).
        m_window->activateWindow();
        if (!QTest::qWaitFor([this] { return QApplication::activeWindow() == m_window.get(); })) {
            return nullptr;
        }
        QTest::keySequence(m_window.get(), action->shortcut());
        return m_window->findChild<FhirImportDialog*>(QStringLiteral("fhirImportDialog"));
    }

    // The row of a file in the results, or nullptr.
    static QTreeWidgetItem* rowOf(FhirImportDialog* dialog, const QString& path) {
        QTreeWidget* tree = findWidget<QTreeWidget>(dialog, "fhirImportResults");
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(FhirImportDialog::FileColumn) == QFileInfo(path).fileName()) {
                return tree->topLevelItem(i);
            }
        }
        return nullptr;
    }
    static QStringList childLines(QTreeWidgetItem* row) {
        QStringList out;
        for (int i = 0; i < row->childCount(); ++i) {
            out << row->child(i)->text(FhirImportDialog::FileColumn);
        }
        return out;
    }

    void save(QWidget* widget, const char* name) {
        QCoreApplication::processEvents();
        const QString file = m_shots + QString::fromLatin1(name);
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }

private slots:
    void initTestCase() {
        isolateSettings();
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        DesktopLauncher::applyClinicFont(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        m_shots = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QVERIFY(QDir().mkpath(m_shots));
        QVERIFY(m_files.isValid());
        writeSenderFiles();
        QVERIFY(QFile::exists(m_conditions));
        QVERIFY(QFile::exists(m_allergies));
    }

    // A fresh record for every case: we know 佐藤 花子 without her insurance; a doctor is signed in.
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        const QString path = m_dir->filePath(QStringLiteral("record.tsumugi"));
        {
            auto admin = createRecordWithStaff(path, m_clock);
            const Patient ours =
                admin->patients().create(patient("佐藤", "花子", "サトウ", "ハナコ", QDate(1948, 11, 3)));
            m_ours = ours.id;
            m_oursNumber = ours.number;
        }
        m_window = std::make_unique<MainWindow>(openAs(path, DoctorName, DoctorPassword, m_clock));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup() {
        m_window.reset();
        m_dir.reset();
    }

    void acceptingTheMatchImportsIntoOurPatientReadOnly() {
        QMap<QString, QString> shown; // what the confirmation showed, checked after it is answered
        bool keyboard = false;
        ConfirmationAnswerer answer([&](FhirImportMatchDialog* confirm) {
            for (QLabel* l : confirm->findChildren<QLabel*>()) {
                shown.insert(l->objectName(), l->text());
            }
            // Reachable by keyboard: each choice has a mnemonic and takes focus; Enter alone does not import.
            keyboard = findWidget<QPushButton>(confirm, "matchSkipButton")->isDefault();
            for (const char* name : {"matchAcceptButton", "matchCreateButton", "matchSkipButton"}) {
                auto* b = findWidget<QPushButton>(confirm, name);
                keyboard = keyboard && b && b->text().contains(QLatin1Char('&')) && (b->focusPolicy() & Qt::TabFocus);
            }
            save(confirm, "fhir_import_confirm_ja.png");
            QTest::keyClick(confirm, Qt::Key_I, Qt::AltModifier);
            if (confirm->isVisible()) { // no mnemonic delivery on this platform: the button itself
                findWidget<QPushButton>(confirm, "matchAcceptButton")->click();
            }
        });
        FhirImportDialog* dialog = importThroughMenu({m_conditions, m_broken, m_noCode});
        QVERIFY(dialog);
        QCOMPARE(answer.asked(), 1);
        QVERIFY(keyboard);
        // The file's patient beside ours: name, reading, birth date, sex, insurance; our number.
        QCOMPARE(shown.value(QStringLiteral("fileNameLabel")), hanako().fullName());
        QCOMPARE(shown.value(QStringLiteral("fileKanaLabel")), hanako().fullKana());
        QVERIFY(shown.value(QStringLiteral("fileBirthDateLabel")).startsWith(QStringLiteral("1948-11-03")));
        QVERIFY(shown.value(QStringLiteral("fileInsuranceLabel")).contains(QStringLiteral("00012345")));
        QVERIFY(!shown.value(QStringLiteral("fileSexLabel")).isEmpty());
        QCOMPARE(shown.value(QStringLiteral("candidate0NumberLabel")), QString::number(m_oursNumber));
        QCOMPARE(shown.value(QStringLiteral("candidate0NameLabel")), hanako().fullName());
        QCOMPARE(shown.value(QStringLiteral("candidate0KanaLabel")), hanako().fullKana());
        QVERIFY(shown.value(QStringLiteral("candidate0BirthDateLabel")).contains(QStringLiteral("昭和23年")));
        QVERIFY(shown.value(QStringLiteral("matchIntroLabel")).contains(QFileInfo(m_conditions).fileName()));

        QTreeWidgetItem* imported = rowOf(dialog, m_conditions);
        QVERIFY(imported);
        QVERIFY2(imported->text(FhirImportDialog::PatientColumn).contains(QString::number(m_oursNumber)),
                 qPrintable(imported->text(FhirImportDialog::PatientColumn)));
        QCOMPARE(imported->text(FhirImportDialog::AddedColumn), QStringLiteral("2"));
        QCOMPARE(imported->text(FhirImportDialog::UpdatedColumn), QStringLiteral("0"));
        QCOMPARE(imported->text(FhirImportDialog::UnchangedColumn), QStringLiteral("0"));
        QVERIFY2(childLines(imported).join(QLatin1Char('\n')).contains(QStringLiteral("bodySite")),
                 qPrintable(childLines(imported).join(QLatin1Char('\n'))));

        // The broken files fail alone, each named with what is wrong (and where).
        QTreeWidgetItem* broken = rowOf(dialog, m_broken);
        QVERIFY(broken);
        QVERIFY(broken->text(FhirImportDialog::AddedColumn).isEmpty());
        QVERIFY2(childLines(broken).value(0).contains(QStringLiteral("broken.json")),
                 qPrintable(childLines(broken).value(0)));
        QTreeWidgetItem* noCode = rowOf(dialog, m_noCode);
        QVERIFY(noCode);
        const QString why = childLines(noCode).value(0);
        QVERIFY2(why.contains(QStringLiteral("no-code.json")) && why.contains(QStringLiteral("entry[1]")),
                 qPrintable(why));
        QTreeWidget* tree = dialog->results();
        tree->setCurrentItem(noCode);
        QVERIFY(findWidget<QPlainTextEdit>(dialog, "fhirImportDetails")
                    ->toPlainText()
                    .contains(QStringLiteral("no-code.json")));
        QVERIFY(findWidget<QLabel>(dialog, "fhirImportSummaryLabel")->text().contains(QStringLiteral("3")));

        // In our patient's chart, marked with the sender and not changeable; nobody new registered.
        QCOMPARE(record().patients().count(), 1);
        const QList<Diagnosis> received = record().chart().diagnoses().forPatient(m_ours);
        QCOMPARE(received.size(), 2);
        for (const Diagnosis& d : received) {
            QCOMPARE(d.sourceInstitution, Sender);
        }
        Diagnosis changed = received.first();
        changed.comment = QStringLiteral("書き換え");
        TSUMUGI_VERIFY_ERROR(record().chart().diagnoses().update(changed, QStringLiteral("test")),
                             Error::Kind::PermissionDenied);

        tree->setCurrentItem(imported);
        dialog->resize(1100, 560);
        save(dialog, "fhir_import_results_ja.png");
        auto* openChart = findWidget<QPushButton>(dialog, "fhirImportOpenChartButton");
        QVERIFY(openChart->isEnabled());
        openChart->click();
        QCOMPARE(m_window->chartWindows().size(), 1);
        ChartWindow* chart = m_window->chartWindows().first();
        QCOMPARE(chart->patientId(), m_ours);
        auto* table = findWidget<QTableWidget>(chart, "diagnosisTable");
        QCOMPARE(table->rowCount(), 2);
        for (int r = 0; r < table->rowCount(); ++r) {
            QVERIFY2(table->item(r, 0)->text().contains(Sender), qPrintable(table->item(r, 0)->text()));
        }

        // Confirmed once, the sender's next file is matched without asking.
        chart->close();
        dialog->close();
        QTRY_VERIFY(!m_window->findChild<FhirImportDialog*>(QStringLiteral("fhirImportDialog")));
        dialog = importThroughMenu({m_allergies});
        QVERIFY(dialog);
        QCOMPARE(answer.asked(), 1);
        QCOMPARE(rowOf(dialog, m_allergies)->text(FhirImportDialog::AddedColumn), QStringLiteral("1"));
        QCOMPARE(record().chart().allergies().forPatient(m_ours).size(), 1);
    }

    void registeringANewPatientLeavesOursAlone() {
        ConfirmationAnswerer answer([](FhirImportMatchDialog* confirm) {
            QTest::keyClick(confirm, Qt::Key_N, Qt::AltModifier);
            if (confirm->isVisible()) {
                findWidget<QPushButton>(confirm, "matchCreateButton")->click();
            }
        });
        FhirImportDialog* dialog = importThroughMenu({m_conditions});
        QVERIFY(dialog);
        QCOMPARE(answer.asked(), 1);
        QCOMPARE(record().patients().count(), 2);
        QCOMPARE(itemsOf(m_ours), 0);
        QTreeWidgetItem* row = rowOf(dialog, m_conditions);
        QVERIFY(row);
        const qint64 createdId = row->data(FhirImportDialog::FileColumn, Qt::UserRole).toLongLong();
        QVERIFY(createdId != 0 && createdId != m_ours);
        const std::optional<Patient> created = record().patients().open(createdId);
        QVERIFY(created);
        QCOMPARE(created->fullKana(), hanako().fullKana());
        QCOMPARE(created->insurance, hanako().insurance);
        QCOMPARE(record().chart().diagnoses().forPatient(createdId).size(), 2);
        QVERIFY(row->text(FhirImportDialog::PatientColumn).contains(QString::number(created->number)));
        QCOMPARE(row->text(FhirImportDialog::AddedColumn), QStringLiteral("2"));
    }

    void skippingImportsNothing() {
        ConfirmationAnswerer answer([](FhirImportMatchDialog* confirm) {
            QTest::keyClick(confirm, Qt::Key_Escape); // Escape is "do not import"
            if (confirm->isVisible()) {
                findWidget<QPushButton>(confirm, "matchSkipButton")->click();
            }
        });
        FhirImportDialog* dialog = importThroughMenu({m_conditions});
        QVERIFY(dialog);
        QCOMPARE(answer.asked(), 1);
        QCOMPARE(record().patients().count(), 1);
        QCOMPARE(allItems(), 0);
        QTreeWidgetItem* row = rowOf(dialog, m_conditions);
        QVERIFY(row);
        QVERIFY(row->text(FhirImportDialog::AddedColumn).isEmpty());
        QVERIFY(row->data(FhirImportDialog::FileColumn, Qt::UserRole).toLongLong() == 0);
        QVERIFY(!findWidget<QPushButton>(dialog, "fhirImportOpenChartButton")->isEnabled());

        // Asked again next time for each file (nothing was remembered), and skipped again: still nothing.
        const auto results = dialog->importFiles({m_conditions, m_allergies});
        QCOMPARE(answer.asked(), 3);
        QCOMPARE(results.size(), 2);
        QCOMPARE(results[0].status, fhir::FhirImportResult::Status::NeedsConfirmation);
        QCOMPARE(results[1].status, fhir::FhirImportResult::Status::NeedsConfirmation);
        QCOMPARE(allItems(), 0);
        QCOMPARE(record().patients().count(), 1);
    }

    void lockingDuringTheConfirmationImportsNothingMore() {
        ConfirmationAnswerer answer([this](FhirImportMatchDialog*) { m_window->lock(); });
        importThroughMenu({m_conditions, m_allergies});
        QVERIFY(m_window->isLocked());
        QCOMPARE(answer.asked(), 1); // the second file was not started
        QCOMPARE(allItems(), 0);
        QCOMPARE(record().patients().count(), 1);
    }
};

TSUMUGI_TEST_CLASS(TestFhirImportUi)
#include "TestFhirImportUi.moc"
