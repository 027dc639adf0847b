// Every Alt+letter in a window does one thing: the menus and buttons, the labels that lead to a field and the tabs of
// the main window, the chart window, the chart dialogs, the patient dialog and the referral editor carry distinct
// mnemonics, in Japanese and in English; each menu's items too.
#include "UiTestSupport.h"
#include "core/chart/Chart.h"
#include "core/demo/DemoData.h"
#include "core/i18n/TranslationLoader.h"
#include "support/TestRegistry.h"
#include "ui/AllergyDialog.h"
#include "ui/ChartWindow.h"
#include "ui/DiagnosisDialog.h"
#include "ui/DocumentListPanel.h"
#include "ui/LabResultDialog.h"
#include "ui/MainWindow.h"
#include "ui/PatientDialog.h"
#include "ui/PrescriptionDialog.h"
#include "ui/ReferralEditor.h"

#include <QAbstractButton>
#include <QLabel>
#include <QMap>
#include <QMenu>
#include <QMenuBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace tsumugi;
using namespace tsumugi::ui;
using namespace tsumugi::ui::test;

namespace {
// The letter after a single '&' ("&File", "ファイル(&F)"); "&&" is a literal ampersand.
QChar mnemonicOf(const QString& text) {
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&')) {
            continue;
        }
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

void note(QMap<QChar, QStringList>& seen, const QString& text) {
    const QChar m = mnemonicOf(text);
    if (!m.isNull()) {
        seen[m] << text;
    }
}

QStringList clashesIn(const QMap<QChar, QStringList>& seen, const QString& where) {
    QStringList out;
    QString used;
    for (auto it = seen.begin(); it != seen.end(); ++it) {
        used += it.key();
        if (it.value().size() > 1) {
            out << QStringLiteral("%1: Alt+%2 = %3").arg(where, it.key(), it.value().join(QStringLiteral(" | ")));
        }
    }
    if (!out.isEmpty()) {
        out << QStringLiteral("%1 uses %2").arg(where, used); // to pick a free letter
    }
    return out;
}

// What Alt+letter may reach in this window (its own widgets, not those of other windows), and each menu's items.
QStringList clashes(QWidget* window) {
    QMap<QChar, QStringList> seen;
    QStringList out;
    const auto shown = [window](QWidget* w) { return w->window() == window && w->isVisibleTo(window); };
    for (QMenuBar* bar : window->findChildren<QMenuBar*>()) {
        for (QAction* a : bar->actions()) {
            if (!a->isVisible()) {
                continue;
            }
            note(seen, a->text());
            if (QMenu* menu = a->menu()) {
                QMap<QChar, QStringList> items;
                for (QAction* item : menu->actions()) {
                    if (item->isVisible() && !item->isSeparator()) {
                        note(items, item->text());
                    }
                }
                out << clashesIn(items, window->objectName() + QLatin1Char('/') + a->text());
            }
        }
    }
    for (QAbstractButton* b : window->findChildren<QAbstractButton*>()) {
        if (shown(b)) {
            note(seen, b->text());
        }
    }
    for (QLabel* l : window->findChildren<QLabel*>()) {
        if (shown(l) && l->buddy()) {
            note(seen, l->text());
        }
    }
    for (QTabWidget* tabs : window->findChildren<QTabWidget*>()) {
        if (!shown(tabs)) {
            continue;
        }
        for (int i = 0; i < tabs->count(); ++i) {
            note(seen, tabs->tabText(i));
        }
    }
    out << clashesIn(seen, window->objectName());
    return out;
}
} // namespace

class TestMnemonics : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { isolateSettings(); }

    void eachWindowHasDistinctMnemonics_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("ja") << QStringLiteral("ja");
        QTest::newRow("en") << QStringLiteral("en");
    }
    void eachWindowHasDistinctMnemonics() {
        QFETCH(QString, language);
        // Only this language's catalogue: an English text left untranslated would fall through to Japanese.
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        QCOMPARE(TranslationLoader::install(*QCoreApplication::instance(), language), language);
        QTemporaryDir dir;
        ManualClock clock{fixedNow().toUTC()};
        const QString path = dir.filePath(QStringLiteral("record.tsumugi"));
        {
            auto admin = createRecordWithStaff(path, clock);
            QVERIFY(DemoData::fill(*admin) > 0);
        }
        MainWindow window(openAs(path, DoctorName, DoctorPassword, clock));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList found = clashes(&window);
        const Patient patient = window.record().patients().search(QStringLiteral("ヤマダ")).value(0);
        QVERIFY(patient.id != 0);
        ChartWindow* chart = window.openChart(patient.id);
        QVERIFY(chart);
        QVERIFY(QTest::qWaitForWindowExposed(chart));
        for (int tab = 0; tab < chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->count(); ++tab) {
            chart->findChild<QTabWidget*>(QStringLiteral("chartTabs"))->setCurrentIndex(tab);
            found << clashes(chart);
        }
        Prescription rx;
        rx.patientId = patient.id;
        rx.visitId = chart->currentVisitId();
        PrescriptionDialog prescription(window.record(), rx, chart);
        prescription.show();
        found << clashes(&prescription);
        AllergyDialog allergy(window.record(), patient.id, chart->currentVisitId(), chart);
        allergy.show();
        found << clashes(&allergy);
        Diagnosis d;
        d.patientId = patient.id;
        DiagnosisDialog diagnosis(window.record(), d, chart);
        diagnosis.show();
        found << clashes(&diagnosis);
        LabResultDialog lab(window.record(), patient.id, chart->currentVisitId(), chart);
        lab.show();
        found << clashes(&lab);
        PatientDialog patientDialog(window.record(), patient, &window);
        patientDialog.show();
        found << clashes(&patientDialog);
        auto* documents = chart->findChild<DocumentListPanel*>(QStringLiteral("documentListPanel"));
        QVERIFY(documents);
        ReferralEditor* referral = documents->newReferral();
        QVERIFY(referral);
        QVERIFY(QTest::qWaitForWindowExposed(referral));
        found << clashes(referral);
        referral->close();
        found.removeDuplicates();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

TSUMUGI_TEST_CLASS(TestMnemonics)
#include "TestMnemonics.moc"
