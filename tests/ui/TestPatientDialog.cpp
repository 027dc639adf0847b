// Registering a patient: a wrong 保険者番号 is shown next to its field and nothing is saved; fixed, it saves.
#include "UiTestSupport.h"
#include "support/TestRegistry.h"
#include "ui/PatientDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestPatientDialog : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    // Every case has its own record: none depends on what an earlier one saved.
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_record = createRecord(m_dir->filePath(QStringLiteral("record.tsumugi")), m_clock);
    }
    void cleanup() {
        m_record.reset();
        m_dir.reset();
    }

    void badInsurerNumberIsShownAndNothingSaved_thenFixedAndSaved() {
        PatientDialog dialog(*m_record, Patient{});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        type(dialog, "familyNameEdit", QStringLiteral("山田"));
        type(dialog, "givenNameEdit", QStringLiteral("太郎"));
        type(dialog, "familyKanaEdit", QStringLiteral("やまだ"));
        type(dialog, "givenKanaEdit", QStringLiteral("たろう"));
        type(dialog, "birthDateEdit", QStringLiteral("S50.4.12"));     // 和暦 as on the card
        type(dialog, "insurerNumberEdit", QStringLiteral("01130013")); // check digit should be 2
        type(dialog, "insuranceSymbolEdit", QStringLiteral("1234"));
        type(dialog, "insuranceNumberEdit", QStringLiteral("567"));
        type(dialog, "insuranceBranchEdit", QStringLiteral("00"));
        auto* preview = findWidget<QLabel>(&dialog, "birthDatePreviewLabel");
        QVERIFY(preview->text().contains(QStringLiteral("1975-04-12 (昭和50年4月12日)")));

        auto* save = findWidget<QPushButton>(&dialog, "patientSaveButton");
        auto* insurerError = findWidget<QLabel>(&dialog, "insurerNumberError");
        QVERIFY(save && insurerError);
        QVERIFY(insurerError->isHidden());
        QTest::mouseClick(save, Qt::LeftButton);

        QVERIFY(insurerError->isVisible());
        QVERIFY2(insurerError->text().contains(QStringLiteral("保険者番号")), qPrintable(insurerError->text()));
        QVERIFY(insurerError->text().contains(QStringLiteral("01130013")));
        QVERIFY(findWidget<QLabel>(&dialog, "patientErrorSummary")->isVisible());
        // Only that field is marked; the others are fine.
        QVERIFY(findWidget<QLabel>(&dialog, "familyKanaError")->isHidden());
        QVERIFY(findWidget<QLabel>(&dialog, "birthDateError")->isHidden());
        QCOMPARE(accepted.count(), 0);
        QVERIFY(dialog.isVisible());
        QCOMPARE(m_record->patients().count(), qint64(0));
        QCOMPARE(QApplication::focusWidget(), findWidget<QLineEdit>(&dialog, "insurerNumberEdit"));

        auto* insurer = findWidget<QLineEdit>(&dialog, "insurerNumberEdit");
        insurer->clear();
        typeText(insurer, QStringLiteral("01130012"));
        QTest::mouseClick(save, Qt::LeftButton);

        QCOMPARE(accepted.count(), 1);
        QVERIFY(insurerError->isHidden());
        QCOMPARE(m_record->patients().count(), qint64(1));
        const Patient saved = dialog.savedPatient();
        QVERIFY(saved.number > 0);
        const std::optional<Patient> stored = m_record->patients().open(saved.id);
        QVERIFY(stored);
        QCOMPARE(stored->insurance.insurerNumber, QStringLiteral("01130012"));
        QCOMPARE(stored->birthDate, QDate(1975, 4, 12));
        QCOMPARE(stored->familyName, QStringLiteral("山田"));
    }

    void missingFieldsAreListedUnderEachField() {
        PatientDialog dialog(*m_record, Patient{});
        dialog.show();
        type(dialog, "givenNameEdit", QStringLiteral("花子"));
        type(dialog, "birthDateEdit", QStringLiteral("2099-01-01"));
        type(dialog, "insuranceBranchEdit", QStringLiteral("1"));
        QTest::mouseClick(findWidget<QPushButton>(&dialog, "patientSaveButton"), Qt::LeftButton);
        for (const char* name :
             {"familyNameError", "familyKanaError", "givenKanaError", "birthDateError", "insuranceBranchError"}) {
            QVERIFY2(findWidget<QLabel>(&dialog, name)->isVisible(), name);
        }
        QVERIFY(findWidget<QLabel>(&dialog, "insurerNumberError")->isHidden());
        QCOMPARE(m_record->patients().count(), qint64(0)); // nothing saved
    }

    void editingKeepsNumberAndSavesChange() {
        const Patient existing =
            m_record->patients().create(patient("山田", "太郎", "ヤマダ", "タロウ", QDate(1975, 4, 12)));
        QVERIFY(existing.id != 0);
        PatientDialog dialog(*m_record, existing);
        dialog.show();
        QCOMPARE(findWidget<QLineEdit>(&dialog, "familyNameEdit")->text(), QStringLiteral("山田"));
        auto* phone = findWidget<QLineEdit>(&dialog, "phoneEdit");
        typeText(phone, QStringLiteral("03-1234-5678"));
        QTest::mouseClick(findWidget<QPushButton>(&dialog, "patientSaveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const std::optional<Patient> stored = m_record->patients().open(existing.id);
        QCOMPARE(stored->phone, QStringLiteral("03-1234-5678"));
        QCOMPARE(stored->number, existing.number);
        QVERIFY(stored->version > existing.version);
    }

    // Another desk saves the same patient while the dialog is open: the save is refused naming who and when, the
    // form then holds their changes with this desk's on top (a field both changed is named), and saving again
    // keeps both desks' changes.
    void aPatientSavedAtAnotherDeskMeanwhileKeepsBothDesksChanges() {
        const Patient existing =
            m_record->patients().create(patient("山田", "太郎", "ヤマダ", "タロウ", QDate(1975, 4, 12)));
        PatientDialog dialog(*m_record, existing);
        dialog.show();
        auto* address = findWidget<QLineEdit>(&dialog, "addressEdit");
        auto* phone = findWidget<QLineEdit>(&dialog, "phoneEdit");
        address->setText(QStringLiteral("東京都新宿区1-2-3"));
        findWidget<QLineEdit>(&dialog, "postalCodeEdit")->setText(QStringLiteral("160-0022"));

        auto otherDesk = openAs(m_dir->filePath(QStringLiteral("record.tsumugi")), AdminName, AdminPassword, m_clock);
        Patient theirs = *otherDesk->patients().open(existing.id);
        theirs.phone = QStringLiteral("03-1111-2222");
        theirs.address = QStringLiteral("東京都渋谷区9-9");
        m_clock.advanceSeconds(60);
        otherDesk->patients().update(theirs);

        QTest::mouseClick(findWidget<QPushButton>(&dialog, "patientSaveButton"), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        const QString said = findWidget<QLabel>(&dialog, "patientErrorSummary")->text();
        QVERIFY2(said.contains(otherDesk->currentUser().displayName), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("東京都渋谷区9-9")), qPrintable(said)); // both changed the address
        QCOMPARE(phone->text(), QStringLiteral("03-1111-2222"));                      // theirs, taken in
        QCOMPARE(address->text(), QStringLiteral("東京都新宿区1-2-3"));               // mine, kept
        QCOMPARE(m_record->patients().open(existing.id)->address, QStringLiteral("東京都渋谷区9-9"));

        QTest::mouseClick(findWidget<QPushButton>(&dialog, "patientSaveButton"), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const Patient stored = *m_record->patients().open(existing.id);
        QCOMPARE(stored.phone, QStringLiteral("03-1111-2222"));
        QCOMPARE(stored.address, QStringLiteral("東京都新宿区1-2-3"));
        QCOMPARE(stored.postalCode, QStringLiteral("160-0022"));
        QCOMPARE(stored.version, existing.version + 2);
    }

    void birthDateFormats_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << QStringLiteral("1975-04-12") << QDate(1975, 4, 12);
        QTest::newRow("slashes") << QStringLiteral("1975/4/12") << QDate(1975, 4, 12);
        QTest::newRow("compact") << QStringLiteral("19750412") << QDate(1975, 4, 12);
        QTest::newRow("era short") << QStringLiteral("S50.4.12") << QDate(1975, 4, 12);
        QTest::newRow("era long") << QStringLiteral("令和元年5月1日") << QDate(2019, 5, 1);
        QTest::newRow("full width") << QStringLiteral("１９７５－０４－１２") << QDate(1975, 4, 12);
        QTest::newRow("nonsense") << QStringLiteral("yesterday") << QDate();
    }
    void birthDateFormats() {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        QCOMPARE(PatientDialog::parseBirthDate(text), date);
    }

private:
    static void type(QDialog& dialog, const char* name, const QString& text) {
        auto* edit = findWidget<QLineEdit>(&dialog, name);
        QVERIFY2(edit, name);
        edit->setFocus();
        typeText(edit, text);
        QCOMPARE(edit->text(), text);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{fixedNow()};
    std::unique_ptr<ClinicRecord> m_record;
};

TSUMUGI_TEST_CLASS(TestPatientDialog)
#include "TestPatientDialog.moc"
