// オンライン資格確認 from the reception list, driven like a clerk: the eligibility dialog with the simulated card
// reader, the answer shown (an invalid one in large red letters), the differing insurance offered and accepted as a
// new patient version, and 未確認 on the reception entry while the service is down with a retry that works once it
// is back. Real tsumugi-sim over HTTPS; Japanese screenshots into <build>/screenshots/.
#include "UiTestSupport.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"
#include "sync/support/SharingFixture.h"

#include "core/eligibility/EligibilityLog.h"
#include "core/i18n/TranslationLoader.h"
#include "ui/EligibilityDialog.h"
#include "ui/EligibilityResultView.h"
#include "ui/MainWindow.h"
#include "ui/ReceptionPanel.h"
#include "ui/ReceptionTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;
using tsumugi::test::SharingFixture;

class TestEligibilityUi : public QObject {
    Q_OBJECT
    std::unique_ptr<SharingFixture> f;
    std::unique_ptr<MainWindow> m_window;
    QString m_shots;

    void shot(QWidget* w, const QString& name) { QVERIFY2(w->grab().save(m_shots + name), qPrintable(m_shots + name)); }
    void selectReceptionOf(const QString& family) {
        auto* table = findWidget<QTableView>(m_window.get(), "receptionTable");
        auto* model = m_window->receptionPanel()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->entryAt(row).patient.familyName == family) {
                table->selectRow(row);
                return;
            }
        }
        QFAIL(qPrintable(family + QStringLiteral(" is not on the reception list")));
    }
    EligibilityDialog* openDialog() {
        QTest::mouseClick(findWidget<QPushButton>(m_window.get(), "receptionEligibilityButton"), Qt::LeftButton);
        EligibilityDialog* d = nullptr;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (auto* e = qobject_cast<EligibilityDialog*>(w); e && e->isVisible()) {
                d = e;
            }
        }
        return d;
    }

private slots:
    void initTestCase() {
        isolateSettings();
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        m_shots = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QDir().mkpath(m_shots);
    }

    void init() {
        if (!tsumugi::test::SimProcess::available()) {
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built");
        }
        f = std::make_unique<SharingFixture>();
        QVERIFY2(f->start(), qPrintable(f->simError));
        f->signIn(SharingFixture::ClerkName, SharingFixture::ClerkPassword);
        m_window = std::make_unique<MainWindow>(std::move(f->t.record));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->refreshReception();
    }
    void cleanup() {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (qobject_cast<EligibilityDialog*>(w)) {
                w->close();
            }
        }
        m_window.reset();
        f.reset();
    }

    void cardCheckOffersTheNewInsuranceAndAcceptsIt() {
        selectReceptionOf(QStringLiteral("高橋"));
        EligibilityDialog* d = openDialog();
        QVERIFY(d);
        const QString who = findWidget<QLabel>(d, "eligibilityPatientLabel")->text();
        QVERIFY2(who.contains(QStringLiteral("高橋")) && who.contains(QStringLiteral("美咲")), qPrintable(who));
        // The clerk places the card on the (simulated) reader; face recognition; consents as chosen on its screen.
        auto* card = findWidget<QLineEdit>(d, "eligibilityCardIdEdit");
        card->setFocus();
        QTest::keyClicks(card, QStringLiteral("MN-0004"));
        findWidget<QCheckBox>(d, "eligibilityConsentSurgeryCheck")->setChecked(false);
        QTest::mouseClick(findWidget<QPushButton>(d, "eligibilityCheckButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d->lastCheck().has_value(), 10000);
        QCOMPARE(d->lastCheck()->status, EligibilityCheck::Status::Checked);
        auto* headline = findWidget<QLabel>(d, "eligibilityValidityLabel");
        QVERIFY2(headline->text().contains(QStringLiteral("有効")), qPrintable(headline->text()));
        QVERIFY(findWidget<QLabel>(d, "eligibilityInsurerValue")->text().contains(QStringLiteral("06270011")));
        QVERIFY(findWidget<QLabel>(d, "eligibilityConsentValue")->text().contains(QStringLiteral("2026-11-21")));
        // The card says 06270011 / 5 / 77; the registration still has the old card: offered, not applied.
        QVERIFY(d->resultView()->offersInsuranceUpdate());
        QVERIFY(findWidget<QWidget>(d, "insuranceDiffBox")->isVisible());
        const Patient before = SharingFixture::patientNamed(m_window->record(), QStringLiteral("高橋"));
        QCOMPARE(before.insurance.insurerNumber, QStringLiteral("138040"));
        shot(d, QStringLiteral("eligibility-new-insurance.png"));

        QTest::mouseClick(findWidget<QPushButton>(d, "acceptInsuranceUpdateButton"), Qt::LeftButton);
        QVERIFY(findWidget<QLabel>(d, "insuranceUpdateAcceptedLabel")->isVisible());
        QVERIFY(!d->resultView()->offersInsuranceUpdate());
        const Patient after = *m_window->record().patients().open(before.id);
        QCOMPARE(after.version, before.version + 1);
        QCOMPARE(after.insurance, (Insurance{"06270011", "5", "77", "03"}));
        shot(d, QStringLiteral("eligibility-insurance-accepted.png"));
        d->close();
        // The reception list shows the entry's result.
        auto* status = findWidget<QLabel>(m_window.get(), "receptionEligibilityLabel");
        QTRY_VERIFY(status->text().contains(QStringLiteral("有効")));
    }

    void invalidResultIsProminent() {
        selectReceptionOf(QStringLiteral("山田"));
        EligibilityDialog* d = openDialog();
        QVERIFY(d);
        d->setMode(EligibilityDialog::CardDataMode);
        // Card data of a lost qualification (鈴木, 06139992 lost 2026-03-31) typed at the desk.
        for (const auto& [name, text] :
             {std::pair{"eligibilityInsurerEdit", "06139992"}, std::pair{"eligibilitySymbolEdit", "88"},
              std::pair{"eligibilityNumberEdit", "1001"}, std::pair{"eligibilityBranchEdit", "01"},
              std::pair{"eligibilityBirthEdit", "1990-01-20"}}) {
            auto* e = findWidget<QLineEdit>(d, name);
            e->clear();
            QTest::keyClicks(e, QString::fromLatin1(text));
        }
        QTest::mouseClick(findWidget<QPushButton>(d, "eligibilityCheckButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d->lastCheck().has_value() && d->lastCheck()->result.has_value(), 10000);
        auto* headline = findWidget<QLabel>(d, "eligibilityValidityLabel");
        QVERIFY(headline->text().contains(QStringLiteral("無効")));
        QVERIFY(headline->property("alarming").toBool());
        QVERIFY(headline->font().pointSizeF() > d->font().pointSizeF() * 1.5);
        QVERIFY(headline->styleSheet().contains(QStringLiteral("#b00020")));
        shot(d, QStringLiteral("eligibility-invalid.png"));

        // A wrong check digit has its own message, not "no match".
        auto* insurer = findWidget<QLineEdit>(d, "eligibilityInsurerEdit");
        insurer->clear();
        QTest::keyClicks(insurer, QStringLiteral("06139993"));
        const qint64 previous = d->lastCheck()->id;
        QTest::mouseClick(findWidget<QPushButton>(d, "eligibilityCheckButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d->lastCheck()->id != previous, 10000);
        QCOMPARE(d->lastCheck()->errorCode, QStringLiteral("invalid-check-digit"));
        QVERIFY(findWidget<QLabel>(d, "eligibilityMessageLabel")->text().contains(QStringLiteral("06139993")));
        QVERIFY(!headline->text().contains(QStringLiteral("該当なし")));
        shot(d, QStringLiteral("eligibility-check-digit.png"));
    }

    void offlineMarksNotCheckedAndRetryWorks() {
        selectReceptionOf(QStringLiteral("佐藤"));
        f->sim.stop();
        EligibilityDialog* d = openDialog();
        QVERIFY(d);
        QTest::keyClicks(findWidget<QLineEdit>(d, "eligibilityCardIdEdit"), QStringLiteral("MN-0002"));
        QTest::mouseClick(findWidget<QPushButton>(d, "eligibilityCheckButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(d->lastCheck().has_value(), 15000);
        QCOMPARE(d->lastCheck()->status, EligibilityCheck::Status::NotChecked);
        QVERIFY(findWidget<QLabel>(d, "eligibilityValidityLabel")->text().contains(QStringLiteral("未確認")));
        QVERIFY(findWidget<QPushButton>(d, "eligibilityRetryButton")->isVisible());
        d->close();

        auto* status = findWidget<QLabel>(m_window.get(), "receptionEligibilityLabel");
        auto* retry = findWidget<QPushButton>(m_window.get(), "receptionEligibilityRetryButton");
        QTRY_VERIFY(status->text().contains(QStringLiteral("未確認")));
        QVERIFY(retry->isVisible());
        shot(m_window.get(), QStringLiteral("reception-not-checked.png"));

        QString error;
        QVERIFY2(f->sim.restart(&error), qPrintable(error));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(QStringLiteral("有効")), 15000);
        QVERIFY(!retry->isVisible());
        const auto entry = m_window->receptionPanel()->currentEntry();
        QCOMPARE(EligibilityLog(m_window->record()).latestForReception(entry->id)->status,
                 EligibilityCheck::Status::Checked);
    }
};

TSUMUGI_TEST_CLASS(TestEligibilityUi)
#include "TestEligibilityUi.moc"
