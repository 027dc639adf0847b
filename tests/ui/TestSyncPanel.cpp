// The sync status bar and panel on a real record and a real tsumugi-sim (HTTPS): a charted diagnosis is queued
// (pending in the panel, counted in the status bar), the background worker sends it (sent, online, last success),
// a refused patient name shows its rule number (R1113), the payload window shows the pretty-printed JSON, and the
// retry action resends after the name is fixed. Writes the Japanese screenshot screenshots/sync_panel_ja.png.
#include "UiTestSupport.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"
#include "sync/support/SharingFixture.h"

#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/i18n/TranslationLoader.h"
#include "core/outbox/OutboxQueue.h"
#include "ui/MainWindow.h"
#include "ui/SyncPanel.h"
#include "ui/SyncStatusIndicator.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;
using tsumugi::test::SharingFixture;

class TestSyncPanel : public QObject {
    Q_OBJECT

    std::unique_ptr<SharingFixture> f;
    std::unique_ptr<MainWindow> m_window;
    QString m_shots;
    qint64 m_refused = 0; // a patient whose name the service refuses (full-width space inside, R1113)

    ClinicRecord& record() { return m_window->record(); }
    // The status bar's words in the installed language (Japanese once the lead regenerates the .ts files).
    static QString indicatorText(const char* source) {
        return QCoreApplication::translate("tsumugi::ui::SyncStatusIndicator", source);
    }

    void chartDiagnosis(qint64 patientId, const QString& name) {
        Diagnosis d;
        d.patientId = patientId;
        d.name = name;
        d.startDate = QDate(2026, 11, 1);
        record().chart().diagnoses().create(d);
    }

    // The panel row of a patient's diagnoses unit, or -1.
    int rowOf(SyncPanel* panel, qint64 patientId) {
        QTableWidget* table = panel->table();
        for (const OutboxItem& i : record().outbox().items()) {
            if (i.patientId == patientId && i.resourceType == QLatin1String("Condition")) {
                for (int row = 0; row < table->rowCount(); ++row) {
                    if (table->item(row, 0)->data(Qt::UserRole).toLongLong() == i.id) {
                        return row;
                    }
                }
            }
        }
        return -1;
    }
    QString stateOf(SyncPanel* panel, qint64 patientId) {
        const int row = rowOf(panel, patientId);
        return row < 0 ? QString() : panel->table()->item(row, 2)->data(Qt::UserRole + 1).toString();
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
        Patient p = patient("検証　一", "太郎", "ケンショウ", "タロウ", QDate(1970, 5, 6));
        p.address = QStringLiteral("東京都中野区中野2-3-4");
        p.insurance = {QStringLiteral("01130012"), QStringLiteral("1234"), QStringLiteral("999"), QStringLiteral("00")};
        m_refused = f->record().patients().create(p).id;
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

    void queuedSentRejectedAndRetried() {
        const qint64 yamada = f->patientNamed(record(), QStringLiteral("山田")).id;
        QVERIFY(yamada > 0);
        chartDiagnosis(yamada, QStringLiteral("高血圧症"));
        chartDiagnosis(m_refused, QStringLiteral("糖尿病"));
        const int queued = record().outbox().counts().queued();
        QVERIFY(queued >= 2);

        // Status bar: offline-not-yet-known, the queued count read from the record.
        SyncStatusIndicator* indicator = findWidget<SyncStatusIndicator>(m_window.get(), "syncStatusIndicator");
        indicator->refreshCounts();
        QCOMPARE(indicator->status().queued, queued);
        QVERIFY2(indicator->text().contains(indicatorText("Queued: %1").arg(queued)), qPrintable(indicator->text()));

        // The panel from the menu: both units pending.
        m_window->findChild<QAction*>(QStringLiteral("actionSyncPanel"))->trigger();
        auto* panel = m_window->findChild<SyncPanel*>(QStringLiteral("syncPanel"));
        QVERIFY(panel && panel->isVisible());
        QCOMPARE(stateOf(panel, yamada), QStringLiteral("pending"));
        QCOMPARE(stateOf(panel, m_refused), QStringLiteral("pending"));
        QVERIFY(panel->table()->item(rowOf(panel, yamada), 0)->text().contains(QStringLiteral("山田")));
        QCOMPARE(panel->table()->item(rowOf(panel, yamada), 2)->text(),
                 QCoreApplication::translate("OutboxItem", "pending"));
        auto* retry = findWidget<QPushButton>(panel, "syncRetryButton");

        // The worker sends in the background; the window stays responsive (QTRY spins its event loop).
        m_window->startSync(100);
        QTRY_VERIFY_WITH_TIMEOUT(record().outbox().counts().queued() == 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(indicator->status().online && indicator->status().queued == 0, 10000);
        QVERIFY(indicator->status().lastSuccess.isValid());
        QVERIFY2(indicator->text().contains(indicatorText("Online")), qPrintable(indicator->text()));
        panel->refresh();
        QCOMPARE(stateOf(panel, yamada), QStringLiteral("sent"));
        QCOMPARE(stateOf(panel, m_refused), QStringLiteral("rejected"));
        const int refusedRow = rowOf(panel, m_refused);
        QVERIFY2(panel->table()->item(refusedRow, 5)->text().contains(QStringLiteral("R1113")),
                 qPrintable(panel->table()->item(refusedRow, 5)->text()));
        QCOMPARE(panel->table()->item(refusedRow, 2)->text(), QCoreApplication::translate("OutboxItem", "rejected"));
        QCOMPARE(panel->table()->item(refusedRow, 3)->text(), QStringLiteral("1"));
        QVERIFY(indicator->status().rejected >= 1);

        // The payload of the sent unit: read-only, pretty-printed JSON.
        QVERIFY(panel->selectItem(panel->table()->item(rowOf(panel, yamada), 0)->data(Qt::UserRole).toLongLong()));
        QVERIFY(!retry->isEnabled()); // a sent item has nothing to retry
        QTest::mouseClick(findWidget<QPushButton>(panel, "syncViewPayloadButton"), Qt::LeftButton);
        auto* payloadDialog = panel->findChild<QDialog*>(QStringLiteral("syncPayloadDialog"));
        QVERIFY(payloadDialog && payloadDialog->isVisible());
        auto* text = findWidget<QPlainTextEdit>(payloadDialog, "syncPayloadText");
        QVERIFY(text->isReadOnly());
        QVERIFY2(text->toPlainText().contains(QStringLiteral("\"resourceType\": \"Bundle\"")),
                 qPrintable(text->toPlainText().left(300)));
        QVERIFY(text->toPlainText().contains(QStringLiteral("高血圧症")));
        QVERIFY(text->toPlainText().count(QLatin1Char('\n')) > 20); // indented, not one line
        payloadDialog->close();

        // Japanese screenshot with the rejected row selected.
        QVERIFY(panel->selectItem(panel->table()->item(refusedRow, 0)->data(Qt::UserRole).toLongLong()));
        QVERIFY(retry->isEnabled());
        QTest::qWait(50);
        QVERIFY(panel->grab().save(m_shots + QStringLiteral("sync_panel_ja.png")));
        QVERIFY(m_window->grab().save(m_shots + QStringLiteral("sync_status_bar_ja.png")));

        // Fix the name, retry from the panel: sent on the next round.
        Patient fixed = *record().patients().open(m_refused);
        fixed.familyName = QStringLiteral("検証");
        record().patients().update(fixed, QStringLiteral("全角空白の修正"));
        QTest::mouseClick(retry, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(panel, m_refused), QStringLiteral("sent"), 20000);
        QCOMPARE(record().outbox().counts().rejected, 0);

        // Open the patient's chart from the panel.
        QVERIFY(panel->selectItem(panel->table()->item(rowOf(panel, m_refused), 0)->data(Qt::UserRole).toLongLong()));
        QTest::mouseClick(findWidget<QPushButton>(panel, "syncOpenChartButton"), Qt::LeftButton);
        QCOMPARE(m_window->chartWindows().size(), 1);
        m_window->stopSync();
    }

    void offlineIsShownWithTheError() {
        f->sim.stop();
        chartDiagnosis(f->patientNamed(record(), QStringLiteral("山田")).id, QStringLiteral("高血圧症"));
        SyncStatusIndicator* indicator = findWidget<SyncStatusIndicator>(m_window.get(), "syncStatusIndicator");
        m_window->startSync(100);
        QTRY_VERIFY_WITH_TIMEOUT(indicator->status().known && !indicator->status().online, 20000);
        QVERIFY2(indicator->text().contains(indicatorText("Offline")), qPrintable(indicator->text()));
        QVERIFY(!indicator->toolTip().isEmpty());
        QVERIFY(indicator->status().queued >= 1);
        m_window->stopSync();
    }
};

TSUMUGI_TEST_CLASS(TestSyncPanel)
#include "TestSyncPanel.moc"
