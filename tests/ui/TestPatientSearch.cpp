// The one search field of the main window: kana typed in hiragana finds a patient registered in katakana.
#include "UiTestSupport.h"
#include "support/TestRegistry.h"
#include "ui/MainWindow.h"
#include "ui/PatientListPanel.h"
#include "ui/PatientTableModel.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

class TestPatientSearch : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        auto record = createRecord(m_dir.filePath(QStringLiteral("record.tsumugi")), m_clock);
        m_yamada = record->patients().create(patient("山田", "花子", "ヤマダ", "ハナコ", QDate(1975, 4, 12)));
        record->patients().create(patient("山本", "一郎", "ヤマモト", "イチロウ", QDate(1960, 1, 2)));
        record->patients().create(patient("佐藤", "健", "サトウ", "ケン", QDate(1990, 12, 24)));
        m_window = std::make_unique<MainWindow>(std::move(record));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_search = findWidget<QLineEdit>(m_window.get(), "patientSearchEdit");
        m_table = findWidget<QTableView>(m_window.get(), "patientTable");
        QVERIFY(m_search && m_table);
    }

    void ctrlFFocusesTheSearchField() {
        m_table->setFocus();
        QVERIFY(!m_search->hasFocus());
        QTest::keyClick(m_window.get(), Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(m_search->hasFocus());
    }

    void hiraganaFindsKatakanaPatient() {
        search(QStringLiteral("やまだ"));
        QTRY_COMPARE(m_table->model()->rowCount(), 1);
        QCOMPARE(nameInRow(0), QStringLiteral("山田\u3000花子"));
    }

    void searchKinds_data() {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("kana prefix") << QStringLiteral("やま") << QStringList{"山田\u3000花子", "山本\u3000一郎"};
        QTest::newRow("half-width katakana") << QStringLiteral("ｻﾄｳ") << QStringList{"佐藤\u3000健"};
        QTest::newRow("kanji prefix") << QStringLiteral("山本") << QStringList{"山本\u3000一郎"};
        QTest::newRow("birth date era") << QStringLiteral("S50.4.12") << QStringList{"山田\u3000花子"};
        QTest::newRow("birth date western") << QStringLiteral("1990-12-24") << QStringList{"佐藤\u3000健"};
        QTest::newRow("nobody") << QStringLiteral("わたなべ") << QStringList{};
    }
    void searchKinds() {
        QFETCH(QString, query);
        QFETCH(QStringList, names);
        search(query);
        QTest::keyClick(m_search, Qt::Key_Return); // Enter searches at once
        QCOMPARE(m_table->model()->rowCount(), int(names.size()));
        for (int row = 0; row < names.size(); ++row) {
            QCOMPARE(nameInRow(row), names.at(row));
        }
        if (names.isEmpty()) {
            QVERIFY(findWidget<QLabel>(m_window.get(), "patientStatusLabel")->text().contains(query));
        }
    }

    void birthDateShowsTheEra() {
        search(QStringLiteral("やまだ"));
        QTest::keyClick(m_search, Qt::Key_Return);
        QCOMPARE(m_table->model()->rowCount(), 1);
        const QString shown = m_table->model()->index(0, PatientTableModel::BirthDateColumn).data().toString();
        QCOMPARE(shown, QStringLiteral("1975-04-12 (昭和50年4月12日)"));
    }

    void enterInTheListOpensThePatient() {
        search(QStringLiteral("やまだ"));
        QTest::keyClick(m_search, Qt::Key_Return); // searches and goes to the list
        QCOMPARE(m_table->model()->rowCount(), 1);
        QTRY_VERIFY(m_table->hasFocus());
        // Enter on the row opens the patient dialog; close it as soon as it shows.
        bool sawDialog = false;
        QTimer::singleShot(0, this, [&] {
            QDialog* dialog = m_window->findChild<QDialog*>(QStringLiteral("patientDialog"));
            sawDialog = dialog && dialog->isVisible() &&
                        findWidget<QLineEdit>(dialog, "familyNameEdit")->text() == QStringLiteral("山田");
            if (dialog) {
                dialog->reject();
            }
        });
        QTest::keyClick(m_table, Qt::Key_Return);
        QVERIFY(sawDialog);
    }

    void cleanupTestCase() { m_window.reset(); }

private:
    void search(const QString& text) {
        m_search->clear();
        m_search->setFocus();
        typeText(m_search, text);
    }
    QString nameInRow(int row) const {
        return m_table->model()->index(row, PatientTableModel::NameColumn).data().toString();
    }

    QTemporaryDir m_dir;
    ManualClock m_clock{fixedNow()};
    Patient m_yamada;
    std::unique_ptr<MainWindow> m_window;
    QLineEdit* m_search = nullptr;
    QTableView* m_table = nullptr;
};

TSUMUGI_TEST_CLASS(TestPatientSearch)
#include "TestPatientSearch.moc"
