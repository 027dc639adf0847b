// First start: no record file yet. The wizard checks its fields, creates the record and adds demo patients.
#include "UiTestSupport.h"
#include "core/reception/ReceptionList.h"
#include "support/TestRegistry.h"
#include "ui/SetupWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestSetupWizard : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void createsRecordWithDemoData() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("new folder/record.tsumugi")); // folder made on the way
        QVERIFY(!ClinicRecord::exists(path));

        SetupWizard wizard(path, m_clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QSignalSpy accepted(&wizard, &QDialog::accepted);
        // A record on this PC is the choice already made; the clinic server is the other.
        QCOMPARE(wizard.currentId(), int(SetupWizard::StartPage));
        QVERIFY(findWidget<QRadioButton>(&wizard, "setupNewRecordRadio")->isChecked());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ClinicPage));

        // Clinic page: a short institution number is refused with a message.
        type(wizard, "setupClinicNameEdit", QStringLiteral("つむぎ内科クリニック"));
        type(wizard, "setupInstitutionNumberEdit", QStringLiteral("13123"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ClinicPage));
        QVERIFY(findWidget<QLabel>(&wizard, "setupClinicErrorLabel")->isVisible());
        // A wrong prefecture too.
        findWidget<QLineEdit>(&wizard, "setupInstitutionNumberEdit")->clear();
        type(wizard, "setupInstitutionNumberEdit", QStringLiteral("9912345678"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(SetupWizard::ClinicPage));
        // The field takes digits only.
        findWidget<QLineEdit>(&wizard, "setupInstitutionNumberEdit")->clear();
        typeText(findWidget<QLineEdit>(&wizard, "setupInstitutionNumberEdit"), QStringLiteral("13a12345678"));
        QCOMPARE(findWidget<QLineEdit>(&wizard, "setupInstitutionNumberEdit")->text(), QStringLiteral("1312345678"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(SetupWizard::AdminPage));

        // Admin page: the two passwords must match.
        type(wizard, "setupAdminNameEdit", QStringLiteral("yamada"));
        type(wizard, "setupAdminDisplayNameEdit", QStringLiteral("山田 花子"));
        type(wizard, "setupPasswordEdit", QStringLiteral("kusuri-bako-12"));
        type(wizard, "setupPasswordRepeatEdit", QStringLiteral("kusuri-bako-13"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(SetupWizard::AdminPage));
        auto* adminError = findWidget<QLabel>(&wizard, "setupAdminErrorLabel");
        QVERIFY(adminError->isVisible());
        QVERIFY(findWidget<QLineEdit>(&wizard, "setupPasswordRepeatEdit")->text().isEmpty());
        type(wizard, "setupPasswordRepeatEdit", QStringLiteral("kusuri-bako-12"));
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(SetupWizard::FinishPage));
        QVERIFY(!ClinicRecord::exists(path)); // nothing written before the last click

        auto* summary = findWidget<QLabel>(&wizard, "setupSummaryLabel");
        QVERIFY(summary->text().contains(QStringLiteral("1312345678")));
        auto* demo = findWidget<QCheckBox>(&wizard, "setupDemoDataCheck");
        QVERIFY(!demo->isChecked()); // real clinics start empty
        QTest::mouseClick(demo, Qt::LeftButton, {}, QPoint(8, demo->height() / 2)); // on the box, not beside the text
        QVERIFY(demo->isChecked());
        QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);

        QCOMPARE(accepted.count(), 1);
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".keys")));
        std::unique_ptr<ClinicRecord> record = wizard.takeRecord();
        QVERIFY(record);
        QCOMPARE(record->currentUser().name, QStringLiteral("yamada"));
        QCOMPARE(record->currentUser().displayName, QStringLiteral("山田 花子"));
        QCOMPARE(record->clinic().institutionNumber, QStringLiteral("1312345678"));
        QCOMPARE(record->patients().count(), qint64(6));
        QVERIFY(!record->reception().today().isEmpty());
        record.reset();

        // The new password opens it again.
        QVERIFY(ClinicRecord::open(path, QStringLiteral("yamada"), QStringLiteral("kusuri-bako-12"), m_clock));
    }

    void tryItOutStartOffersDemoTicked() {
        QTemporaryDir dir;
        SetupWizard wizard(dir.filePath(QStringLiteral("record.tsumugi")), m_clock);
        wizard.offerDemoDataByDefault(true);
        auto* demo = findWidget<QCheckBox>(&wizard, "setupDemoDataCheck");
        QVERIFY(demo->isChecked());
        QTest::mouseClick(demo, Qt::LeftButton); // still the user's choice
        QVERIFY(!demo->isChecked());
    }

    void cancelLeavesNoFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("record.tsumugi"));
        SetupWizard wizard(path, m_clock);
        wizard.show();
        clickNext(wizard);
        type(wizard, "setupClinicNameEdit", QStringLiteral("つむぎ内科クリニック"));
        QTest::mouseClick(wizard.button(QWizard::CancelButton), Qt::LeftButton);
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!wizard.takeRecord());
    }

private:
    static void type(QWizard& wizard, const char* name, const QString& text) {
        auto* edit = findWidget<QLineEdit>(&wizard, name);
        QVERIFY2(edit, name);
        edit->setFocus();
        typeText(edit, text);
    }
    static void clickNext(QWizard& wizard) { QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton); }

    ManualClock m_clock{fixedNow()};
};

TSUMUGI_TEST_CLASS(TestSetupWizard)
#include "TestSetupWizard.moc"
