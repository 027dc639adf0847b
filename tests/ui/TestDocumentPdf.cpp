// Printing a referral: the PDF (Qt PrintSupport, A4) is read back with pdftotext (poppler-utils) to check the
// letterhead, the addressee, the sections, the patient's name on every page and "page / pages" numbers; the first
// page is rendered with pdftoppm into <build>/screenshots/ for review.
#include "DocumentTestChart.h"
#include "UiTestSupport.h"
#include "core/documents/DocumentRepository.h"
#include "core/i18n/TranslationLoader.h"
#include "core/settings/ClinicSettings.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"
#include "ui/DesktopLauncher.h"
#include "ui/DocumentViewer.h"

#include <QDir>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestDocumentPdf : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    ManualClock m_clock{fixedNow().toUTC()};
    std::unique_ptr<ClinicRecord> m_record;
    DocumentTestChart m_seed;

    static QString run(const QString& program, const QStringList& args) {
        QProcess p;
        p.start(program, args);
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            return QString();
        }
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    // The PDF's text page by page (pdftotext separates pages with a form feed). NFKC: the PDF's text map names some
    // kanji by their Kangxi radical twins (same glyph in Noto CJK).
    static QStringList pagesOf(const QString& pdf) {
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")})
                                 .normalized(QString::NormalizationForm_KC);
        QStringList pages = text.split(QLatin1Char('\f'));
        while (!pages.isEmpty() && pages.last().trimmed().isEmpty()) {
            pages.removeLast();
        }
        return pages;
    }

private slots:
    void initTestCase() {
        isolateSettings();
        TranslationLoader::install(*QCoreApplication::instance(), QStringLiteral("ja"));
        DesktopLauncher::applyClinicFont(*qobject_cast<QApplication*>(QCoreApplication::instance()));
        const QString path = m_dir.filePath(QStringLiteral("record.tsumugi"));
        {
            auto admin = createRecordWithStaff(path, m_clock);
            admin->settings().setValue(QStringLiteral("letterhead.doctor"), QStringLiteral("院長 佐藤 一郎"));
        }
        m_record = openAs(path, DoctorName, DoctorPassword, m_clock);
        m_seed = seedDocumentChart(*m_record);
    }

    void referralPdfHasLetterheadPatientOnEveryPageAndPageNumbers() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            TSUMUGI_MISSING_PREREQUISITE("pdftotext (poppler-utils) is not installed: scripts/setup installs it.");
        }
        Document d;
        d.kind = Document::Kind::Referral;
        d.patientId = m_seed.patientId;
        d.addressee.institutionName = QStringLiteral("大阪中央病院");
        d.addressee.institutionNumber = QStringLiteral("2710000001");
        d.addressee.department = QStringLiteral("消化器内科");
        d.addressee.doctor = QStringLiteral("田中 先生");
        d.purpose = QStringLiteral("上部消化管内視鏡検査と加療のお願い");
        d.chiefComplaint = QStringLiteral("心窩部痛");
        d.diagnosisIds = {m_seed.hypertension.id, m_seed.diabetes.id};
        d.allergyIds = {m_seed.nsaid.id};
        d.labResultIds = m_seed.labIds;
        d.presentIllness = QStringLiteral("3日前から心窩部痛があり、食後に増悪します。黒色便はありません。");
        // A long clinical course so the letter runs over more than one page.
        QStringList course;
        for (int i = 1; i <= 45; ++i) {
            course << QStringLiteral("2026年%1月: 血圧 13%2/8%3 mmHg、内服を継続し経過良好。")
                          .arg(1 + i % 12)
                          .arg(i % 10)
                          .arg(i % 7);
        }
        d.clinicalCourse = course.join(QLatin1Char('\n'));
        d = m_record->documents().createDraft(d);
        d = m_record->documents().finalize(d.id);

        DocumentViewer viewer(*m_record, d);
        // Kept beside the page images for review.
        const QString shots = QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/");
        QVERIFY(QDir().mkpath(shots));
        const QString pdf = shots + QStringLiteral("document_referral.pdf");
        QVERIFY(viewer.savePdf(pdf));
        QVERIFY(QFileInfo(pdf).size() > 1000);
        QCOMPARE(QFile::permissions(pdf) & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());

        const QStringList pages = pagesOf(pdf);
        const QString text = pages.join(QLatin1Char('\f'));
        QVERIFY2(!text.isEmpty(), "pdftotext failed");
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        for (int i = 0; i < pages.size(); ++i) {
            const QString& page = pages.at(i);
            QVERIFY2(page.contains(QStringLiteral("山田 太郎")), qPrintable(QStringLiteral("page %1").arg(i + 1)));
            QVERIFY2(page.contains(QStringLiteral("%1 / %2").arg(i + 1).arg(pages.size())),
                     qPrintable(QStringLiteral("page %1 has no page number").arg(i + 1)));
        }
        const QString first = pages.first();
        QVERIFY(first.contains(QStringLiteral("つむぎ内科クリニック"))); // letterhead
        QVERIFY(first.contains(QStringLiteral("佐藤 一郎")));            // doctor from the settings
        QVERIFY(first.contains(QStringLiteral("大阪中央病院")));
        QVERIFY(first.contains(QStringLiteral("消化器内科")));
        QVERIFY(!first.contains(QStringLiteral("先生 先生"))); // the honorific once, even when typed with the name
        QVERIFY(first.contains(QStringLiteral("高血圧症")));
        QVERIFY(first.contains(QStringLiteral("HbA1c")));
        QVERIFY(text.contains(QStringLiteral("上部消化管内視鏡検査と加療のお願い")));
        QVERIFY(text.contains(QStringLiteral("ハイペン錠")));
        // The print preview lays out the same pages (Qt's dialog, closed here).
        bool previewShown = false;
        whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog* d) {
            previewShown = true;
            d->reject();
        });
        viewer.printPreview();
        QVERIFY(previewShown);
        // The viewer shows the same text that was printed.
        QVERIFY(findWidget<QTextBrowser>(&viewer, "documentViewerText")
                    ->toPlainText()
                    .contains(QStringLiteral("大阪中央病院")));

        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()) {
            qWarning("pdftoppm is not installed: no page image written");
            return;
        }
        QProcess ppm;
        ppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("80"), pdf,
                                               shots + QStringLiteral("document_referral_pdf")});
        QVERIFY(ppm.waitForFinished(60000));
        QCOMPARE(ppm.exitCode(), 0);
        QVERIFY(!QDir(shots).entryList({QStringLiteral("document_referral_pdf*.png")}).isEmpty());
    }

    // A draft is marked on every page; a letter to an unnamed doctor reads 「ご担当医 御侍史」.
    void draftIsMarkedOnEveryPageAndTheUnnamedDoctorIsAddressedNaturally() {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            TSUMUGI_MISSING_PREREQUISITE("pdftotext (poppler-utils) is not installed: scripts/setup installs it.");
        }
        Document d;
        d.kind = Document::Kind::Referral;
        d.patientId = m_seed.patientId;
        d.addressee.institutionName = QStringLiteral("大阪中央病院");
        d.addressee.institutionNumber = QStringLiteral("2710000001");
        d.purpose = QStringLiteral("精査のお願い");
        d.chiefComplaint = QStringLiteral("動悸");
        d.diagnosisIds = {m_seed.hypertension.id};
        d.presentIllness = QStringLiteral("1か月前から労作時の動悸があります。");
        QStringList course;
        for (int i = 1; i <= 45; ++i) {
            course << QStringLiteral("2026年%1月: 外来で経過観察。血圧は安定。").arg(1 + i % 12);
        }
        d.clinicalCourse = course.join(QLatin1Char('\n'));
        d = m_record->documents().createDraft(d);
        DocumentViewer viewer(*m_record, d);
        // Kept for review beside the final letter's pages.
        const QString pdf =
            QStringLiteral(TSUMUGI_BINARY_DIR) + QStringLiteral("/screenshots/document_referral_draft.pdf");
        QVERIFY(viewer.savePdf(pdf));
        const QStringList pages = pagesOf(pdf);
        const QString text = pages.join(QLatin1Char('\f'));
        QVERIFY2(pages.size() >= 2, qPrintable(QString::number(pages.size())));
        for (int i = 0; i < pages.size(); ++i) {
            QVERIFY2(pages.at(i).contains(QStringLiteral("下書き")), qPrintable(QStringLiteral("page %1").arg(i + 1)));
        }
        QVERIFY2(pages.first().contains(QStringLiteral("ご担当医 御侍史")), qPrintable(pages.first().left(600)));
        QVERIFY(!text.contains(QStringLiteral("ご担当医 先生")));
        // The finalised letter carries no mark.
        d = m_record->documents().finalize(d.id);
        DocumentViewer final(*m_record, d);
        const QString finalPdf = m_dir.filePath(QStringLiteral("final.pdf"));
        QVERIFY(final.savePdf(finalPdf));
        QVERIFY(!run(QStringLiteral("pdftotext"), {finalPdf, QStringLiteral("-")}).contains(QStringLiteral("下書き")));
    }

    void cleanupTestCase() { m_record.reset(); }
};

TSUMUGI_TEST_CLASS(TestDocumentPdf)
#include "TestDocumentPdf.moc"
