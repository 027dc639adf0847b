// Referral letters and discharge summaries written from the chart window, as a doctor does: open the 文書 tab,
// start a referral (prefilled from the chart), type the addressee and purpose, attach a file, finalise, revise as
// version 2; write a discharge summary and attach it to a referral. Real widgets by objectName, a real encrypted
// record. Screenshots of both editors go to <build>/screenshots/.
#include "DocumentTestChart.h"
#include "UiTestSupport.h"
#include "core/chart/AllergyRepository.h"
#include "core/documents/DocumentRepository.h"
#include "core/documents/DocumentSendState.h"
#include "core/documents/DocumentSignatures.h"
#include "core/i18n/TranslationLoader.h"
#include "core/outbox/OutboxQueue.h"
#include "support/TestRegistry.h"
#include "ui/ChartWindow.h"
#include "ui/DesktopLauncher.h"
#include "ui/DischargeSummaryEditor.h"
#include "ui/DocumentListPanel.h"
#include "ui/DocumentViewer.h"
#include "ui/ReferralEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestDocumentEditors : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock{fixedNow().toUTC()};
    std::unique_ptr<ClinicRecord> m_record;
    DocumentTestChart m_seed;
    std::unique_ptr<ChartWindow> m_chart;
    QString m_outDir;

    static QList<qint64> checked(QListWidget* list) {
        QList<qint64> ids;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked) {
                ids << list->item(i)->data(Qt::UserRole).toLongLong();
            }
        }
        return ids;
    }
    static void typeInto(QWidget* w, const QString& text) {
        w->setFocus();
        typeText(w, text);
    }
    void save(QWidget* widget, const char* name) {
        QCoreApplication::processEvents();
        const QString file = m_outDir + QString::fromLatin1(name);
        QVERIFY2(widget->grab().save(file), qPrintable(file));
    }
    ReferralEditor* openNewReferral() {
        m_chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentIndex(ChartWindow::DocumentsTab);
        QTest::mouseClick(findWidget<QPushButton>(m_chart.get(), "newReferralButton"), Qt::LeftButton);
        ReferralEditor* editor = nullptr;
        for (auto* e : m_chart->findChildren<ReferralEditor*>()) {
            if (e->isVisible() && e->document().id == 0) {
                editor = e;
            }
        }
        return editor;
    }

private slots:
    void initTestCase() {
        isolateSettings();
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja")), QStringLiteral("ja"));
        DesktopLauncher::applyClinicFont(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        m_outDir = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QVERIFY(QDir().mkpath(m_outDir));
        const QString path = m_dir.filePath(QStringLiteral("record.tsumugi"));
        createRecordWithStaff(path, m_clock).reset();
        m_record = openAs(path, DoctorName, DoctorPassword, m_clock);
        m_seed = seedDocumentChart(*m_record);
        m_chart = std::make_unique<ChartWindow>(*m_record, m_seed.patientId);
        m_chart->resize(1200, 800);
        m_chart->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_chart.get()));
    }

    void referralIsPrefilledFromTheChart() {
        ReferralEditor* editor = openNewReferral();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        // Active diagnoses ticked, the cured one only in the past history; allergies and running drugs ticked.
        const auto diagnoses = checked(findWidget<QListWidget>(editor, "diagnosisPicker"));
        QVERIFY(diagnoses.contains(m_seed.hypertension.id));
        QVERIFY(diagnoses.contains(m_seed.diabetes.id));
        QVERIFY(!diagnoses.contains(m_seed.pastCold.id));
        QVERIFY(findWidget<QPlainTextEdit>(editor, "pastHistoryEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("急性上気道炎")));
        QCOMPARE(checked(findWidget<QListWidget>(editor, "allergyPicker")), QList<qint64>{m_seed.nsaid.id});
        QCOMPARE(checked(findWidget<QListWidget>(editor, "prescriptionPicker")).size(), 2);
        QCOMPARE(findWidget<QListWidget>(editor, "labPicker")->count(), 3);
        QVERIFY(findWidget<QPlainTextEdit>(editor, "presentIllnessEdit")
                    ->toPlainText()
                    .contains(QStringLiteral("心窩部痛")));
        // Everything stays editable.
        QVERIFY(!findWidget<QPlainTextEdit>(editor, "presentIllnessEdit")->isReadOnly());
        QVERIFY(findWidget<QListWidget>(editor, "diagnosisPicker")->isEnabled());
        editor->close();
    }

    void writeAttachFinaliseAndRevise() {
        ReferralEditor* editor = openNewReferral();
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        QPointer<ReferralEditor> guard(editor);

        // Keyboard: the addressee fields follow each other with Tab.
        auto* name = findWidget<QLineEdit>(editor, "institutionNameEdit");
        auto* number = findWidget<QLineEdit>(editor, "institutionNumberEdit");
        QCOMPARE(name->nextInFocusChain(), static_cast<QWidget*>(number));

        typeInto(name, QStringLiteral("大阪中央病院"));
        typeInto(number, QStringLiteral("2710000001"));
        typeInto(findWidget<QLineEdit>(editor, "addresseeDepartmentEdit"), QStringLiteral("消化器内科"));
        typeInto(findWidget<QLineEdit>(editor, "addresseeDoctorEdit"), QStringLiteral("田中 先生"));
        typeInto(findWidget<QPlainTextEdit>(editor, "chiefComplaintEdit"), QStringLiteral("心窩部痛"));
        // A lab result picked by hand.
        auto* labs = findWidget<QListWidget>(editor, "labPicker");
        labs->item(0)->setCheckState(Qt::Checked);

        // Without a purpose the letter cannot be finalised; the message says what to fill in.
        QTest::mouseClick(findWidget<QPushButton>(editor, "finalizeDocumentButton"), Qt::LeftButton);
        auto* message = findWidget<QLabel>(editor, "documentMessageLabel");
        QVERIFY(message->isVisible());
        QVERIFY2(message->text().contains(QStringLiteral("紹介目的")), qPrintable(message->text()));
        QCOMPARE(editor->document().status, Document::Status::Draft);            // kept as a draft meanwhile
        QVERIFY(findWidget<QLabel>(editor, "sendStateLabel")->text().isEmpty()); // nothing is sent from a draft
        QVERIFY(editor->document().id != 0);

        // Ctrl+S saves the draft.
        editor->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        typeInto(findWidget<QPlainTextEdit>(editor, "purposeEdit"),
                 QStringLiteral("上部消化管内視鏡検査と加療のお願い"));
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_VERIFY(m_record->documents().find(editor->document().id)->purpose.contains(QStringLiteral("内視鏡")));

        // Attachments: a small image goes in; a file over the limit is refused with its size and the limit.
        const QString png = m_dir.filePath(QStringLiteral("ecg.png"));
        QImage image(40, 20, QImage::Format_RGB32);
        image.fill(Qt::white);
        QVERIFY(image.save(png));
        QVERIFY(editor->addAttachments({png}));
        QCOMPARE(findWidget<QListWidget>(editor, "attachmentList")->count(), 1);
        const QString big = m_dir.filePath(QStringLiteral("scan.pdf"));
        {
            QFile f(big);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(DocumentAttachment::MaxBytes + 1024 * 1024));
        }
        QVERIFY(!editor->addAttachments({big}));
        QVERIFY2(message->text().contains(QStringLiteral("MB")), qPrintable(message->text()));
        QVERIFY(message->text().contains(QStringLiteral("scan.pdf")));
        QCOMPARE(findWidget<QListWidget>(editor, "attachmentList")->count(), 1);

        save(editor, "document_referral_editor_ja.png");

        // The addressee has an institution number, so sending to the sharing service is ticked by default.
        auto* sendCheck = findWidget<QCheckBox>(editor, "documentSendCheck");
        QVERIFY(sendCheck->isVisible());
        QVERIFY(sendCheck->isChecked());
        QTest::mouseClick(findWidget<QPushButton>(editor, "finalizeDocumentButton"), Qt::LeftButton);
        QVERIFY(!sendCheck->isVisible());
        QVERIFY(editor->document().sendRequested);
        QVERIFY2(editor->document().status == Document::Status::Final, qPrintable(message->text()));
        QCOMPARE(editor->document().version, 1);
        QCOMPARE(editor->document().finalizedBy, QStringLiteral("佐藤 一郎"));
        // No signer is set up: the editor says so instead of letting the printed name pass for a signature.
        QCOMPARE(findWidget<QLabel>(editor, "documentSignatureLabel")->text(),
                 DocumentSignatures::tr("Electronic signature: none (signing is not set up)"));
        QVERIFY(editor->isReadOnly());
        QVERIFY(findWidget<QPlainTextEdit>(editor, "purposeEdit")->isReadOnly());
        QVERIFY(!findWidget<QPushButton>(editor, "finalizeDocumentButton")->isVisible());
        QVERIFY(editor->printHtml().contains(QStringLiteral("大阪中央病院")));
        const qint64 id = editor->document().id;
        const Document stored = m_record->documents().open(id);
        QCOMPARE(stored.addressee.institutionNumber, QStringLiteral("2710000001"));
        QVERIFY(stored.diagnosisIds.contains(m_seed.hypertension.id));
        QCOMPARE(stored.labResultIds.size(), 1);
        QCOMPARE(stored.attachments.size(), 1);
        // Finalising queued it for the sharing service (the outbox in the record); the editor shows that state,
        // and "send again" queues it once more rather than twice.
        auto documentItems = [&] {
            QList<OutboxItem> out;
            for (const OutboxItem& item : m_record->outbox().items()) {
                if (item.kind == OutboxItem::Kind::Document && item.documentId == id) {
                    out << item;
                }
            }
            return out;
        };
        QCOMPARE(documentItems().size(), 1);
        QVERIFY(documentItems().first().isQueued());
        auto* sendState = findWidget<QLabel>(editor, "sendStateLabel");
        QVERIFY2(sendState->text().contains(OutboxItem::displayState(documentItems().first().state)),
                 qPrintable(sendState->text()));
        auto* sendAgain = findWidget<QPushButton>(editor, "sendDocumentButton");
        QVERIFY(sendAgain->isVisible());
        QTest::mouseClick(sendAgain, Qt::LeftButton);
        QCOMPARE(documentItems().size(), 1);
        // The chart's 文書 tab lists it as final.
        auto* table = findWidget<QTableWidget>(m_chart.get(), "documentTable");
        QTRY_COMPARE(table->rowCount(), 1);

        // A later change is version 2; version 1 stays readable.
        findWidget<QLineEdit>(editor, "revisionReasonEdit")->setText(QStringLiteral("内視鏡の希望日を追記"));
        QTest::mouseClick(findWidget<QPushButton>(editor, "newVersionButton"), Qt::LeftButton);
        QCOMPARE(editor->document().version, 2);
        QCOMPARE(editor->document().status, Document::Status::Draft);
        QVERIFY(!editor->isReadOnly());
        typeInto(findWidget<QPlainTextEdit>(editor, "remarksEdit"),
                 QStringLiteral("12月第1週の検査を希望されています。"));
        QTest::keyClick(editor, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(editor->document().status, Document::Status::Final);
        auto* versions = findWidget<QComboBox>(editor, "versionCombo");
        QCOMPARE(versions->count(), 2);
        versions->setCurrentIndex(versions->findData(1));
        QTest::mouseClick(findWidget<QPushButton>(editor, "showVersionButton"), Qt::LeftButton);
        DocumentViewer* viewer = editor->findChild<DocumentViewer*>();
        QVERIFY(viewer);
        QCOMPARE(viewer->document().version, 1);
        QCOMPARE(findWidget<QLabel>(viewer, "documentViewerSignature")->text(),
                 DocumentSignatures::tr("Electronic signature: none (signing is not set up)"));
        const QString v1 = findWidget<QTextBrowser>(viewer, "documentViewerText")->toPlainText();
        QVERIFY(v1.contains(QStringLiteral("上部消化管内視鏡")));
        QVERIFY(!v1.contains(QStringLiteral("12月第1週")));
        viewer->close();
        editor->close();
        QTRY_VERIFY(guard.isNull());

        // The finalised letter opens again (read-only, with its history) from the tab.
        table->selectRow(0);
        auto* reopened = qobject_cast<ReferralEditor*>(
            m_chart->findChild<DocumentListPanel*>(QStringLiteral("documentListPanel"))->openSelected());
        QVERIFY(reopened);
        QCOMPARE(reopened->document().version, 2);
        QVERIFY(reopened->isReadOnly());
        QCOMPARE(findWidget<QLineEdit>(reopened, "institutionNameEdit")->text(), QStringLiteral("大阪中央病院"));
        reopened->close();
    }

    void dischargeSummaryAttachedToAReferral() {
        m_chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentIndex(ChartWindow::DocumentsTab);
        QTest::mouseClick(findWidget<QPushButton>(m_chart.get(), "newDischargeButton"), Qt::LeftButton);
        DischargeSummaryEditor* editor = nullptr;
        for (auto* e : m_chart->findChildren<DischargeSummaryEditor*>()) {
            editor = e->isVisible() ? e : editor;
        }
        QVERIFY(editor);
        QVERIFY(QTest::qWaitForWindowExposed(editor));
        findWidget<QDateEdit>(editor, "admissionDateEdit")->setDate(QDate(2026, 11, 10));
        findWidget<QDateEdit>(editor, "dischargeDateEdit")->setDate(QDate(2026, 11, 18));
        typeInto(findWidget<QLineEdit>(editor, "dispositionEdit"), QStringLiteral("軽快"));
        typeInto(findWidget<QPlainTextEdit>(editor, "reasonForAdmissionEdit"), QStringLiteral("血糖コントロール不良"));
        typeInto(findWidget<QPlainTextEdit>(editor, "chiefComplaintEdit"), QStringLiteral("口渇、体重減少"));
        typeInto(findWidget<QPlainTextEdit>(editor, "hospitalCourseEdit"),
                 QStringLiteral("食事療法と内服調整により血糖は改善。低血糖なし。"));
        typeInto(findWidget<QPlainTextEdit>(editor, "dischargeInstructionsEdit"), QStringLiteral("2週間後に外来再診"));
        QVERIFY(checked(findWidget<QListWidget>(editor, "diagnosisPicker")).contains(m_seed.diabetes.id));
        save(editor, "document_discharge_editor_ja.png");
        // A discharge summary travels as an attachment: not sent on its own unless the doctor ticks it.
        QVERIFY(!findWidget<QCheckBox>(editor, "documentSendCheck")->isChecked());
        QTest::mouseClick(findWidget<QPushButton>(editor, "finalizeDocumentButton"), Qt::LeftButton);
        QVERIFY2(editor->document().status == Document::Status::Final,
                 qPrintable(findWidget<QLabel>(editor, "documentMessageLabel")->text()));
        const qint64 summaryId = editor->document().id;
        const auto summaryItems = [&] {
            int n = 0;
            for (const OutboxItem& item : m_record->outbox().items()) {
                n += item.kind == OutboxItem::Kind::Document && item.documentId == summaryId ? 1 : 0;
            }
            return n;
        };
        QCOMPARE(summaryItems(), 0);
        auto* sendLater = findWidget<QPushButton>(editor, "sendDocumentButton");
        QVERIFY(sendLater->isVisible());
        // 送信, not 再送信 (compared through tr(): the catalogue is regenerated by the lead).
        QCOMPARE(sendLater->text(), DocumentEditor::tr("Se&nd"));
        QCOMPARE(findWidget<QLabel>(editor, "sendStateLabel")->text(),
                 DocumentSendState::tr("Sharing service: not sent (paper only)"));
        QTest::mouseClick(sendLater, Qt::LeftButton); // the doctor changes their mind: sent after all
        QCOMPARE(summaryItems(), 1);
        QVERIFY(editor->document().sendRequested);
        QCOMPARE(sendLater->text(), DocumentEditor::tr("Se&nd again"));
        QCOMPARE(m_record->documents().open(summaryId).admissionDate, QDate(2026, 11, 10));
        editor->close();

        // The next referral offers it as an attachment.
        ReferralEditor* referral = openNewReferral();
        QVERIFY(referral);
        auto* combo = findWidget<QComboBox>(referral, "attachedDischargeCombo");
        const int index = combo->findData(summaryId);
        QVERIFY(index > 0);
        combo->setCurrentIndex(index);
        typeInto(findWidget<QLineEdit>(referral, "institutionNameEdit"), QStringLiteral("大阪中央病院"));
        typeInto(findWidget<QLineEdit>(referral, "institutionNumberEdit"), QStringLiteral("2710000001"));
        typeInto(findWidget<QPlainTextEdit>(referral, "purposeEdit"), QStringLiteral("糖尿病の継続加療のお願い"));
        QVERIFY(referral->saveDraft());
        QCOMPARE(m_record->documents().open(referral->document().id).attachedDischargeId, summaryId);
        referral->close();
    }

    // Another desk saves the letter's draft while it is open here: this desk's text is not lost and theirs is not
    // overwritten; it becomes a draft of its own, and the message says who saved, when, and which is which.
    void aDraftSavedAtAnotherDeskKeepsBothAsSeparateDrafts() {
        ReferralEditor* editor = openNewReferral();
        QVERIFY(editor);
        typeInto(findWidget<QLineEdit>(editor, "institutionNameEdit"), QStringLiteral("大阪中央病院"));
        typeInto(findWidget<QLineEdit>(editor, "institutionNumberEdit"), QStringLiteral("2710000001"));
        typeInto(findWidget<QPlainTextEdit>(editor, "purposeEdit"), QStringLiteral("精査のお願い"));
        QVERIFY(editor->saveDraft());
        const Document opened = editor->document();

        auto otherDesk = openAs(m_dir.filePath(QStringLiteral("record.tsumugi")), DoctorName, DoctorPassword, m_clock);
        Document theirs = otherDesk->documents().open(opened.id);
        theirs.purpose = QStringLiteral("精査加療のお願い（他の端末で追記）");
        m_clock.advanceSeconds(60);
        otherDesk->documents().updateDraft(theirs);

        auto* purpose = findWidget<QPlainTextEdit>(editor, "purposeEdit");
        purpose->setPlainText(QStringLiteral("精査のお願い。胃内視鏡を希望"));
        QVERIFY(!editor->saveDraft()); // not saved as asked: finalising would stop here
        const QString said = findWidget<QLabel>(editor, "documentMessageLabel")->text();
        QVERIFY2(said.contains(QStringLiteral("佐藤 一郎")), qPrintable(said));
        QVERIFY(editor->document().id != opened.id);
        QCOMPARE(m_record->documents().open(opened.id).purpose, theirs.purpose);
        QCOMPARE(m_record->documents().open(editor->document().id).purpose,
                 QStringLiteral("精査のお願い。胃内視鏡を希望"));
        QCOMPARE(purpose->toPlainText(), QStringLiteral("精査のお願い。胃内視鏡を希望"));
        editor->resize(1100, 760);
        save(editor, "document_conflict_ja.png");
        // The copy is an ordinary draft: saving it again works.
        QVERIFY(editor->saveDraft());
        editor->close();
    }

    void addressBookFillsTheAddressee() {
        // A finalised referral puts its addressee into the address book (as the first case's letter did); said here
        // too, so this case does not depend on running after it.
        m_record->documents().addressBook().noteUsed({QStringLiteral("大阪中央病院"), QStringLiteral("2710000001"),
                                                      QStringLiteral("消化器内科"), QStringLiteral("田中 先生")});
        ReferralEditor* editor = openNewReferral();
        QVERIFY(editor);
        auto* book = findWidget<QComboBox>(editor, "addressBookCombo");
        QVERIFY(book->count() >= 2);
        editor->chooseAddressBookEntry(1);
        QCOMPARE(findWidget<QLineEdit>(editor, "institutionNumberEdit")->text(), QStringLiteral("2710000001"));
        QCOMPARE(findWidget<QLineEdit>(editor, "addresseeDepartmentEdit")->text(), QStringLiteral("消化器内科"));
        editor->close();
    }

    void receivedLetterOpensReadOnlyInTheViewer() {
        Document received;
        received.kind = Document::Kind::Referral;
        received.patientId = m_seed.patientId;
        received.sourceInstitution = QStringLiteral("大阪中央病院");
        received.rawJson = QStringLiteral("{\"resourceType\":\"Bundle\"}");
        received.purpose = QStringLiteral("内視鏡検査結果のご報告");
        received.clinicalCourse = QStringLiteral("胃角部に潰瘍を認め、PPIを開始しました。");
        // Their medication list holds an NSAID; this patient is recorded as NSAID-intolerant (as a class).
        MedicationLine loxonin;
        loxonin.codeKind = MedicationLine::CodeKind::Yj;
        loxonin.code = QStringLiteral("1149019F1560");
        loxonin.name = QStringLiteral("ロキソニン錠６０ｍｇ");
        loxonin.dose = 3;
        loxonin.unit = QStringLiteral("錠");
        loxonin.usageText = QStringLiteral("1日3回毎食後");
        loxonin.days = 7;
        MedicationLine ppi = loxonin;
        ppi.codeKind = MedicationLine::CodeKind::None;
        ppi.code.clear();
        ppi.name = QStringLiteral("ランソプラゾールOD錠15mg");
        ppi.dose = 1;
        received.medications = {loxonin, ppi};
        Allergy nsaids;
        nsaids.patientId = m_seed.patientId;
        nsaids.category = Allergy::Category::Medication;
        nsaids.codeSystem = Allergy::CodeSystem::DrugClass;
        nsaids.code = QStringLiteral("nsaid");
        nsaids.reaction = QStringLiteral("喘息発作");
        m_record->chart().allergies().create(nsaids);
        received = m_record->documents().saveReceived(received);
        auto* panel = m_chart->findChild<DocumentListPanel*>(QStringLiteral("documentListPanel"));
        panel->reload();
        auto* viewer = qobject_cast<DocumentViewer*>(panel->openDocument(received.id));
        QVERIFY(viewer); // not an editor: received letters cannot be changed here
        QVERIFY(QTest::qWaitForWindowExposed(viewer));
        const QString text = findWidget<QTextBrowser>(viewer, "documentViewerText")->toPlainText();
        QVERIFY(text.contains(QStringLiteral("胃角部に潰瘍")));
        QVERIFY(text.contains(QStringLiteral("大阪中央病院")));
        QVERIFY(!text.contains(QStringLiteral("つむぎ内科クリニック"))); // headed by the sender, not by us
        QVERIFY(findWidget<QPushButton>(viewer, "viewerPrintButton")->isEnabled());
        auto* clash = findWidget<QLabel>(viewer, "documentAllergyWarningLabel");
        QVERIFY(clash->isVisible());
        QVERIFY2(clash->text().contains(QStringLiteral("ロキソニン")) &&
                     clash->text().contains(QStringLiteral("NSAIDs")) &&
                     !clash->text().contains(QStringLiteral("ランソプラゾール")),
                 qPrintable(clash->text()));
        QCOMPARE(findWidget<QLabel>(viewer, "documentViewerSignature")->text(),
                 DocumentSignatures::tr("Electronic signature: not checked (received document)"));
        save(viewer, "document_viewer_received_ja.png");
        viewer->close();
    }

    void cleanupTestCase() {
        m_chart.reset();
        m_record.reset();
    }
};

TSUMUGI_TEST_CLASS(TestDocumentEditors)
#include "TestDocumentEditors.moc"
