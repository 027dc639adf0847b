// Reception (受付): put a registered patient on today's list, then move them through the statuses.
#include "UiTestSupport.h"
#include "core/reception/ReceptionList.h"
#include "support/TestRegistry.h"
#include "ui/DisplayText.h"
#include "ui/MainWindow.h"
#include "ui/ReceptionTableModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestReception : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    // Every case starts from its own record and an empty list: none depends on the one before it.
    void init() {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto record = createRecord(m_dir->filePath(QStringLiteral("record.tsumugi")), m_clock);
        m_patient = record->patients().create(patient("鈴木", "さくら", "スズキ", "サクラ", QDate(2001, 3, 3)));
        m_window = std::make_unique<MainWindow>(std::move(record));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_list = findWidget<QTableView>(m_window.get(), "receptionTable");
        QVERIFY(m_list);
    }

    void listStartsEmpty() {
        QCOMPARE(m_list->model()->rowCount(), 0);
        QVERIFY(
            findWidget<QLabel>(m_window.get(), "receptionTitleLabel")->text().contains(QStringLiteral("2026-11-20")));
    }

    void cleanup() {
        m_window.reset();
        m_dir.reset();
    }

    void addSearchedPatient() {
        addBySearch();
        QCOMPARE(m_list->model()->rowCount(), 1);
        QCOMPARE(statusInRow(0), DisplayText::receptionStatus(ReceptionStatus::Waiting));
        const QList<ReceptionEntry> today = m_window->record().reception().today();
        QCOMPARE(today.size(), 1);
        QCOMPARE(today.first().patient.id, m_patient.id);
        QCOMPARE(today.first().status, ReceptionStatus::Waiting);
        QCOMPARE(today.first().queueNumber, 1);
    }

    void addingTwiceIsRefusedWithAMessage() {
        addBySearch();
        QTest::keyClick(m_window.get(), Qt::Key_R, Qt::ControlModifier); // same as the button
        auto* message = findWidget<QLabel>(m_window.get(), "receptionMessageLabel");
        QVERIFY(message->isVisible());
        QVERIFY(!message->text().isEmpty());
        QCOMPARE(m_window->record().reception().today().size(), 1);
    }

    void changeStatus() {
        addBySearch();
        m_list->setFocus();
        m_list->selectRow(0);
        auto* callIn = findWidget<QPushButton>(m_window.get(), "receptionInConsultationButton");
        QVERIFY(callIn->isEnabled());
        QTest::mouseClick(callIn, Qt::LeftButton);
        QCOMPARE(m_window->record().reception().today().first().status, ReceptionStatus::InConsultation);
        QCOMPARE(statusInRow(0), DisplayText::receptionStatus(ReceptionStatus::InConsultation));
        QVERIFY(!callIn->isEnabled()); // already in consultation

        QTest::keyClick(m_window.get(), Qt::Key_3, Qt::ControlModifier); // Ctrl+3: done
        QCOMPARE(m_window->record().reception().today().first().status, ReceptionStatus::Done);
        QCOMPARE(statusInRow(0), DisplayText::receptionStatus(ReceptionStatus::Done));
    }

    void f5Refreshes() {
        addBySearch();
        const qint64 first = m_window->record().reception().today().first().id;
        m_window->record().reception().setStatus(first, ReceptionStatus::Done);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(m_list->model()->rowCount(), 1);
        // Another desk adds the patient again (the earlier visit is done, so that is allowed).
        m_window->record().reception().add(m_patient.id);
        QCOMPARE(m_list->model()->rowCount(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QCOMPARE(m_list->model()->rowCount(), 2);
    }

private:
    // The desk's way in: search the patient by kana, then 「受付に追加」.
    void addBySearch() {
        auto* search = findWidget<QLineEdit>(m_window.get(), "patientSearchEdit");
        search->setFocus();
        typeText(search, QStringLiteral("すずき"));
        QTest::keyClick(search, Qt::Key_Return);
        auto* patients = findWidget<QTableView>(m_window.get(), "patientTable");
        QTRY_COMPARE(patients->model()->rowCount(), 1);
        auto* add = findWidget<QPushButton>(m_window.get(), "addToReceptionButton");
        QVERIFY(add->isEnabled());
        QTest::mouseClick(add, Qt::LeftButton);
    }
    QString statusInRow(int row) const {
        return m_list->model()->index(row, ReceptionTableModel::StatusColumn).data().toString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    ManualClock m_clock{fixedNow()};
    Patient m_patient;
    std::unique_ptr<MainWindow> m_window;
    QTableView* m_list = nullptr;
};

TSUMUGI_TEST_CLASS(TestReception)
#include "TestReception.moc"
