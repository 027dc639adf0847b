// Sending a referral is the doctor's choice, end to end: the referral is written in the editor opened from a
// chart (widgets by objectName), "共有サービスへ送信" is ticked, it is finalised, the outbox sender pushes it to
// a real tsumugi-sim over HTTPS, the addressee's mailbox lists it, and the official JP-CLINS validator checks
// the exact bytes that were sent (the payload frozen in the outbox item). A letter finalised without the
// box ticked never reaches the service.
#include "UiTestSupport.h"
#include "support/OfficialValidator.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"
#include "sync/support/SharingFixture.h"

#include "core/documents/DocumentRepository.h"
#include "core/documents/DocumentSendState.h"
#include "core/i18n/TranslationLoader.h"
#include "core/outbox/OutboxQueue.h"
#include "sync/outbox/OutboxSender.h"
#include "sync/outbox/RetryPolicy.h"
#include "sync/transport/HttpClient.h"
#include "ui/ChartWindow.h"
#include "ui/DocumentListPanel.h"
#include "ui/ReferralEditor.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::sync;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;
using tsumugi::test::SharingFixture;

namespace {
const QString Addressee = QStringLiteral("1312345675"); // 10 digits with a valid check digit
}

class TestDocumentSend : public QObject {
    Q_OBJECT

    std::unique_ptr<SharingFixture> f;
    std::unique_ptr<ChartWindow> m_chart;
    qint64 m_patientId = 0;
    QTemporaryDir m_dir;

    ClinicRecord& record() { return f->record(); }

    ReferralEditor* writeReferral(const QString& purpose, bool send) {
        m_chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentIndex(ChartWindow::DocumentsTab);
        QTest::mouseClick(findWidget<QPushButton>(m_chart.get(), "newReferralButton"), Qt::LeftButton);
        ReferralEditor* editor = nullptr;
        for (auto* e : m_chart->findChildren<ReferralEditor*>()) {
            editor = e->isVisible() && e->document().id == 0 ? e : editor;
        }
        if (!editor) {
            return nullptr;
        }
        auto* check = findWidget<QCheckBox>(editor, "documentSendCheck");
        if (check->isChecked()) { // nothing typed yet: no addressee number, so not ticked by default
            return nullptr;
        }
        findWidget<QLineEdit>(editor, "institutionNameEdit")->setFocus();
        typeText(findWidget<QLineEdit>(editor, "institutionNameEdit"), QStringLiteral("つむぎ総合病院"));
        findWidget<QLineEdit>(editor, "institutionNumberEdit")->setFocus();
        typeText(findWidget<QLineEdit>(editor, "institutionNumberEdit"), Addressee);
        findWidget<QLineEdit>(editor, "addresseeDepartmentEdit")->setFocus();
        typeText(findWidget<QLineEdit>(editor, "addresseeDepartmentEdit"), QStringLiteral("循環器内科"));
        findWidget<QPlainTextEdit>(editor, "purposeEdit")->setFocus();
        typeText(findWidget<QPlainTextEdit>(editor, "purposeEdit"), purpose);
        findWidget<QPlainTextEdit>(editor, "chiefComplaintEdit")->setFocus();
        typeText(findWidget<QPlainTextEdit>(editor, "chiefComplaintEdit"), QStringLiteral("労作時胸痛"));
        findWidget<QPlainTextEdit>(editor, "presentIllnessEdit")->setFocus();
        typeText(findWidget<QPlainTextEdit>(editor, "presentIllnessEdit"),
                 QStringLiteral("1か月前から階段昇降時に胸部圧迫感。"));
        // The addressee number ticks the box; the doctor's own click decides from then on.
        if (!check->isChecked()) {
            return nullptr;
        }
        if (!send) {
            QTest::mouseClick(check, Qt::LeftButton);
        }
        return editor;
    }

    // The chart's 文書 tab, read as the doctor sees it: the sharing-service cell of one document's row.
    QString listedSendState(qint64 documentId) {
        m_chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentIndex(ChartWindow::DocumentsTab);
        m_chart->documentsPanel()->reload();
        auto* table = findWidget<QTableWidget>(m_chart.get(), "documentTable");
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, DocumentListPanel::KindColumn)->data(Qt::UserRole).toLongLong() == documentId) {
                return table->item(row, DocumentListPanel::SendColumn)->text();
            }
        }
        return QStringLiteral("(not listed)");
    }

    OutboxSender::Report push() {
        HttpClient client(f->sim.settings());
        OutboxSender sender(record(), client, RetryPolicy(20, 100));
        OutboxSender::Options o;
        o.ignoreSchedule = true;
        return sender.push(o);
    }

    QList<OutboxItem> documentItems(qint64 documentId) {
        QList<OutboxItem> out;
        for (const OutboxItem& i : record().outbox().items()) {
            if (i.kind == OutboxItem::Kind::Document && i.documentId == documentId) {
                out << *record().outbox().item(i.id);
            }
        }
        return out;
    }

private slots:
    void initTestCase() {
        isolateSettings();
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        if (!tsumugi::test::SimProcess::available()) {
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built");
        }
        f = std::make_unique<SharingFixture>();
        QVERIFY2(f->start(), qPrintable(f->simError));
        f->signIn(SharingFixture::DoctorName, SharingFixture::DoctorPassword);
        m_patientId = SharingFixture::patientNamed(record(), QStringLiteral("山田")).id;
        QVERIFY(m_patientId > 0);
        m_chart = std::make_unique<ChartWindow>(record(), m_patientId);
        m_chart->resize(1200, 800);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    }

    void paperOnlyIsNeverQueued() {
        ReferralEditor* editor = writeReferral(QStringLiteral("紙でお渡しする紹介状"), false);
        QVERIFY(editor);
        QTest::mouseClick(findWidget<QPushButton>(editor, "finalizeDocumentButton"), Qt::LeftButton);
        QVERIFY2(editor->document().status == Document::Status::Final,
                 qPrintable(findWidget<QLabel>(editor, "documentMessageLabel")->text()));
        QVERIFY(!editor->document().sendRequested);
        QVERIFY(documentItems(editor->document().id).isEmpty());
        QCOMPARE(findWidget<QLabel>(editor, "sendStateLabel")->text(),
                 DocumentSendState::tr("Sharing service: not sent (paper only)"));
        QCOMPARE(listedSendState(editor->document().id), DocumentSendState::tr("not sent (paper only)"));
        editor->close();
    }

    void tickedReferralReachesTheMailboxAndValidates() {
        ReferralEditor* editor = writeReferral(QStringLiteral("精査加療のお願い"), true);
        QVERIFY(editor);
        // The Japanese editor with the box ticked beside 確定.
        const QString shots = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QVERIFY(QDir().mkpath(shots));
        QCoreApplication::processEvents();
        QVERIFY(editor->grab().save(shots + QStringLiteral("document_send_check_ja.png")));
        QTest::mouseClick(findWidget<QPushButton>(editor, "finalizeDocumentButton"), Qt::LeftButton);
        QVERIFY2(editor->document().status == Document::Status::Final,
                 qPrintable(findWidget<QLabel>(editor, "documentMessageLabel")->text()));
        const qint64 id = editor->document().id;
        QCOMPARE(documentItems(id).size(), 1);
        QCOMPARE(listedSendState(id), OutboxItem::displayState(OutboxItem::State::Pending));

        const OutboxSender::Report report = push();
        QCOMPARE(report.rejected, 0);
        QCOMPARE(report.failed, 0);
        const OutboxItem item = documentItems(id).first();
        QVERIFY2(item.state == OutboxItem::State::Sent, qPrintable(item.lastError));
        QVERIFY(!item.payload.isEmpty());
        QCOMPARE(listedSendState(id), OutboxItem::displayState(OutboxItem::State::Sent));

        // The addressee's mailbox on the service lists it.
        HttpClient client(f->sim.settings());
        const HttpResponse m = client.get(QStringLiteral("/mailbox/%1/referrals").arg(Addressee));
        QCOMPARE(m.status, 200);
        QVERIFY2(m.body.contains(item.bundleIdentifier.toUtf8()) ||
                     m.body.contains(HttpClient::encodePathSegment(item.bundleIdentifier).toUtf8()),
                 m.body.constData());

        // The official validator on the exact bytes that went out.
        const QString file = m_dir.filePath(QStringLiteral("sent-referral.json"));
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(item.payload);
        out.close();
        editor->close();
        TSUMUGI_VALIDATE_OFFICIALLY(QStringList{file});
    }

    // Version 2 of the sent letter: sending starts ticked; unticking it and finalising asks first, because
    // version 1 stays on the sharing service. Cancel keeps the draft; confirming finalises for paper only and
    // the editor and the list say that the earlier version is still there.
    void newVersionOfASentLetterWarnsWhenNotSent() {
        // A letter of its own, sent to the service (tickedReferralReachesTheMailboxAndValidates shows that path).
        ReferralEditor* first = writeReferral(QStringLiteral("精査加療のお願い（第1版）"), true);
        QVERIFY(first);
        QTest::mouseClick(findWidget<QPushButton>(first, "finalizeDocumentButton"), Qt::LeftButton);
        QCOMPARE(first->document().status, Document::Status::Final);
        const qint64 sentId = first->document().id;
        first->close();
        QCOMPARE(push().failed, 0);
        QCOMPARE(documentItems(sentId).first().state, OutboxItem::State::Sent);

        auto* editor = qobject_cast<ReferralEditor*>(m_chart->documentsPanel()->openDocument(sentId));
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        findWidget<QLineEdit>(editor, "revisionReasonEdit")->setText(QStringLiteral("紹介先診療科の訂正"));
        QTest::mouseClick(findWidget<QPushButton>(editor, "newVersionButton"), Qt::LeftButton);
        QCOMPARE(editor->document().version, 2);
        auto* check = findWidget<QCheckBox>(editor, "documentSendCheck");
        QVERIFY(check->isVisible());
        QVERIFY(check->isChecked());
        QTest::mouseClick(check, Qt::LeftButton); // the doctor wants paper only this time
        QVERIFY(!check->isChecked());

        QString asked;
        whenModal<QMessageBox>([&](QMessageBox* box) {
            asked = box->text();
            QTest::mouseClick(findWidget<QPushButton>(box, "cancelFinaliseButton"), Qt::LeftButton);
        });
        QTest::mouseClick(findWidget<QPushButton>(editor, "finalizeDocumentButton"), Qt::LeftButton);
        QVERIFY2(asked.contains(DocumentSendState::earlierVersionStaysWarning()), qPrintable(asked));
        QCOMPARE(editor->document().status, Document::Status::Draft); // cancelled: nothing finalised
        QVERIFY(findWidget<QLabel>(editor, "documentMessageLabel")->isVisible());

        asked.clear();
        whenModal<QMessageBox>([&](QMessageBox* box) {
            asked = box->text();
            QTest::mouseClick(findWidget<QPushButton>(box, "finaliseWithoutSendingButton"), Qt::LeftButton);
        });
        QTest::mouseClick(findWidget<QPushButton>(editor, "finalizeDocumentButton"), Qt::LeftButton);
        QVERIFY(!asked.isEmpty());
        QCOMPARE(editor->document().status, Document::Status::Final);
        QCOMPARE(editor->document().version, 2);
        QVERIFY(!editor->document().sendRequested);
        QCOMPARE(findWidget<QLabel>(editor, "sendStateLabel")->text(),
                 DocumentSendState::tr(
                     "Sharing service: not sent (paper only); an earlier version stays on the sharing service"));
        QCOMPARE(listedSendState(sentId),
                 DocumentSendState::tr("not sent (paper only); an earlier version stays on the sharing service"));
        // Nothing new went to the service: the outbox item is still the one that sent version 1.
        QCOMPARE(documentItems(sentId).size(), 1);
        QCOMPARE(documentItems(sentId).first().state, OutboxItem::State::Sent);
        editor->close();
    }

    void cleanupTestCase() {
        m_chart.reset();
        f.reset();
    }
};

TSUMUGI_TEST_CLASS(TestDocumentSend)
#include "TestDocumentSend.moc"
