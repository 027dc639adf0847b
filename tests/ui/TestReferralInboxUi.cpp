// The referral inbox driven like a doctor: another clinic's letter (the guide's referral example) arrives through
// a real tsumugi-sim; the doctor's fetch files it into the patient's chart (named by the insured identifier: the
// letter under 文書, its diagnoses and allergies as the sender's read-only items); カルテに取り込む again adds
// nothing; the letter opens in the document viewer, headed by the
// sender, with the sections our model has no field for (家族歴) shown in the sender's words. Japanese
// screenshots into <build>/screenshots/.
#include "UiTestSupport.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"
#include "sync/support/SharingFixture.h"

#include "core/chart/Chart.h"
#include "core/documents/DocumentRepository.h"
#include "core/i18n/TranslationLoader.h"
#include "core/sharing/ReferralInboxStore.h"
#include "ui/DocumentViewer.h"
#include "ui/MainWindow.h"
#include "ui/ReferralInbox.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;
using tsumugi::test::SharingFixture;

class TestReferralInboxUi : public QObject {
    Q_OBJECT
    std::unique_ptr<SharingFixture> f;
    std::unique_ptr<MainWindow> m_window;
    QString m_shots;

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
        if (SharingFixture::referralExampleTo(QStringLiteral("1310000001"), QStringLiteral("x")).isEmpty()) {
            TSUMUGI_MISSING_PREREQUISITE("the guide's referral example is not in ../shared/fhir/examples");
        }
        f = std::make_unique<SharingFixture>();
        QVERIFY2(f->start(/*faults*/ false), qPrintable(f->simError));
        QString error;
        QVERIFY2(f->sendReferralToUs(QStringLiteral("1319876543^2026^REF-UI-1"), &error), qPrintable(error));
        f->signIn(SharingFixture::DoctorName, SharingFixture::DoctorPassword);
        m_window = std::make_unique<MainWindow>(std::move(f->t.record));
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanup() {
        m_window.reset();
        f.reset();
    }

    void fetchFileAndOpenALetter() {
        ClinicRecord& record = m_window->record();
        const qint64 yamada = SharingFixture::patientNamed(record, QStringLiteral("山田")).id;
        QVERIFY(record.documents().listForPatient(yamada).isEmpty());

        ReferralInbox* inbox = m_window->openReferralInbox();
        QVERIFY(inbox);
        // A doctor's fetch files the letter at once: its patient is named by the insured identifier.
        QTest::mouseClick(findWidget<QPushButton>(inbox, "referralInboxFetchButton"), Qt::LeftButton);
        QCOMPARE(inbox->table()->rowCount(), 1);
        auto* message = findWidget<QLabel>(inbox, "referralInboxMessageLabel");
        QVERIFY2(message->text().contains(QStringLiteral("カルテに取り込み 1 通")), qPrintable(message->text()));
        const QList<Document> documents = record.documents().listForPatient(yamada);
        QCOMPARE(documents.size(), 1);
        const Document letter = documents.first();
        QVERIFY(!letter.isOurs());
        QCOMPARE(letter.senderName, QStringLiteral("港診療所"));
        QCOMPARE(letter.diagnosisIds.size(), 2);
        QCOMPARE(inbox->table()->item(0, 3)->text(), QStringLiteral("取込済"));
        inbox->table()->selectRow(0);
        shot(inbox, QStringLiteral("referral-inbox-filed_ja.png"));

        // Filing it again (the keyboard reaches the button: Alt+C is its mnemonic, Tab + Space presses it) files
        // nothing twice.
        auto* file = findWidget<QPushButton>(inbox, "referralInboxFileButton");
        QCOMPARE(file->shortcut(), QKeySequence(Qt::ALT | Qt::Key_C));
        QCOMPARE(file->focusPolicy() & Qt::TabFocus, Qt::TabFocus);
        file->setFocus();
        QTest::keyClick(file, Qt::Key_Space);
        QVERIFY2(message->text().contains(QStringLiteral("取り込み")), qPrintable(message->text()));
        QCOMPARE(record.documents().listForPatient(yamada).size(), 1);
        auto* open = findWidget<QPushButton>(inbox, "referralInboxOpenButton");

        // Opened in the viewer: headed by the sender, everything the letter says, read-only.
        bool checked = false;
        whenModal<DocumentViewer>([&](DocumentViewer* viewer) {
            const QString text = findWidget<QTextBrowser>(viewer, "documentViewerText")->toPlainText();
            QVERIFY(text.contains(QStringLiteral("港診療所")));
            QVERIFY(text.contains(QStringLiteral("腹痛精査お願いします。")));
            QVERIFY(text.contains(QStringLiteral("家族歴")));
            QVERIFY(text.contains(
                QStringLiteral("胃がん"))); // 家族歴 "母　胃がん" (rich text turns the full-width space into a space)
            QVERIFY(findWidget<QLabel>(viewer, "documentViewerStatus")->text().contains(QStringLiteral("港診療所")));
            QVERIFY(viewer->grab().save(m_shots + QStringLiteral("received-letter-viewer_ja.png")));
            checked = true;
            viewer->reject();
        });
        QVERIFY(open->isEnabled());
        QTest::mouseClick(open, Qt::LeftButton);
        QVERIFY(checked);

        inbox->close();
    }

private:
    void shot(QWidget* w, const QString& name) { QVERIFY2(w->grab().save(m_shots + name), qPrintable(m_shots + name)); }
};

TSUMUGI_TEST_CLASS(TestReferralInboxUi)
#include "TestReferralInboxUi.moc"
