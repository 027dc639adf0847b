#include "ui/ChartWindow.h"

#include "core/Error.h"
#include "core/chart/VisitRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "ui/AllergyBanner.h"
#include "ui/AllergyTab.h"
#include "ui/ChartTables.h"
#include "ui/ChartText.h"
#include "ui/DiagnosisTab.h"
#include "ui/DisplayText.h"
#include "ui/DocumentListPanel.h"
#include "ui/HelpDialog.h"
#include "ui/LabTab.h"
#include "ui/SharedRecordPanel.h"
#include "ui/VisitNoteTab.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFormLayout>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

ChartWindow::ChartWindow(ClinicRecord& record, qint64 patientId, QWidget* parent)
    : QMainWindow(parent, Qt::Window)
    , m_record(record)
    , m_patientId(patientId)
    , m_readOnly(!record.can(Permission::WriteCharts)) {
    setObjectName(QStringLiteral("chartWindow"));
    setAttribute(Qt::WA_DeleteOnClose);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("chartHeaderLabel"));
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_banner = new AllergyBanner(this);

    auto* timelineBox = new QWidget(this);
    auto* timelineTitle = new QLabel(tr("Visits (newest first)"), timelineBox);
    QFont bold = timelineTitle->font();
    bold.setBold(true);
    timelineTitle->setFont(bold);
    m_timeline = new QListWidget(timelineBox);
    m_timeline->setObjectName(QStringLiteral("visitTimeline"));
    m_timeline->setWordWrap(true);
    m_timeline->setSpacing(3);
    m_timeline->setAlternatingRowColors(true);
    m_newVisit =
        ChartTables::makeButton(timelineBox, "newVisitButton", tr("&New visit"), tr("Start today's visit (Ctrl+N)"));
    m_visitDate = new QDateEdit(timelineBox);
    m_visitDate->setObjectName(QStringLiteral("visitDateEdit"));
    m_visitDate->setCalendarPopup(true);
    m_visitDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_visitDate->setDate(m_record.clock().today());
    m_visitClass = new QComboBox(timelineBox);
    m_visitClass->setObjectName(QStringLiteral("visitClassCombo"));
    m_visitClass->addItem(ChartText::encounterClass(Visit::EncounterClass::Outpatient),
                          int(Visit::EncounterClass::Outpatient));
    m_visitClass->addItem(ChartText::encounterClass(Visit::EncounterClass::Inpatient),
                          int(Visit::EncounterClass::Inpatient));
    m_department = new QLineEdit(timelineBox);
    m_department->setObjectName(QStringLiteral("visitDepartmentEdit"));
    m_department->setPlaceholderText(tr("Department"));
    m_department->setText(tr("Internal medicine"));
    auto* newVisitForm = new QFormLayout;
    newVisitForm->addRow(tr("Date"), m_visitDate);
    newVisitForm->addRow(tr("Class"), m_visitClass);
    newVisitForm->addRow(tr("Department"), m_department);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    timelineLayout->setContentsMargins(0, 0, 0, 0);
    timelineLayout->addWidget(timelineTitle);
    timelineLayout->addWidget(m_timeline, 1);
    m_withdrawVisit =
        ChartTables::makeButton(timelineBox, "withdrawVisitButton", tr("Withdraw visit…"),
                                tr("A visit recorded in error stays in the list, greyed, with the reason"));
    connect(m_withdrawVisit, &QPushButton::clicked, this, &ChartWindow::withdrawVisit);
    timelineLayout->addWidget(m_withdrawVisit);
    timelineLayout->addLayout(newVisitForm);
    timelineLayout->addWidget(m_newVisit);
    // The shared record / emergency summary from the national service (read-only, reconciled by adoption).
    auto* sharedRecord =
        ChartTables::makeButton(timelineBox, "sharedRecordButton", tr("Shared re&cord…"),
                                tr("Other clinics' shared items and the emergency summary (Ctrl+Shift+R)"));
    sharedRecord->setVisible(m_record.can(Permission::ReadCharts));
    connect(sharedRecord, &QPushButton::clicked, this, &ChartWindow::openSharedRecord);
    timelineLayout->addWidget(sharedRecord);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_visitTab = new VisitNoteTab(m_record, m_patientId, m_snapshot, this);
    addChartTab(m_visitTab, tr("Visit note"));
    m_diagnosisTab = new DiagnosisTab(m_record, m_patientId, m_snapshot, this);
    addChartTab(m_diagnosisTab, tr("Diagnoses"));
    m_allergyTab = new AllergyTab(m_record, m_patientId, m_snapshot, m_banner, this);
    addChartTab(m_allergyTab, tr("Allergies"));
    m_labTab = new LabTab(m_record, m_patientId, m_snapshot, this);
    addChartTab(m_labTab, tr("Lab results"));
    m_documents = new DocumentListPanel(m_record, m_patientId, this);
    m_tabs->addTab(m_documents, tr("Documents"));
    // Alt+1 … Alt+5 are the tabs' own mnemonics, so the number that reaches a tab is written on it.
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabText(i, QStringLiteral("&%1 %2").arg(i + 1).arg(m_tabs->tabText(i)));
        m_tabs->setTabToolTip(i, tr("Alt+%1").arg(i + 1));
    }
    connect(m_visitTab, &VisitNoteTab::statusMessage, this,
            [this](const QString& text) { statusBar()->showMessage(text, 8000); });
    m_serverWait = new QLabel(this);
    m_serverWait->setObjectName(QStringLiteral("chartServerWaitLabel"));
    m_serverWait->setStyleSheet(QStringLiteral("color:#1a4f8a;font-weight:bold;"));
    m_serverWait->hide();
    statusBar()->addPermanentWidget(m_serverWait);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("chartSplitter"));
    splitter->addWidget(timelineBox);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    splitter->setSizes({260, 1040});
    splitter->setChildrenCollapsible(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("chartMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_changedElsewhere = new QFrame(this);
    m_changedElsewhere->setObjectName(QStringLiteral("changedElsewhereBar"));
    m_changedElsewhere->setStyleSheet(
        QStringLiteral("#changedElsewhereBar{background:#e3f2fd;border:1px solid #90caf9;border-radius:3px;}"));
    auto* changedLayout = new QHBoxLayout(m_changedElsewhere);
    changedLayout->setContentsMargins(8, 3, 8, 3);
    changedLayout->addWidget(new QLabel(tr("Updated at another desk"), m_changedElsewhere), 1);
    auto* reloadButton = new QPushButton(tr("Reload"), m_changedElsewhere);
    reloadButton->setObjectName(QStringLiteral("changedElsewhereReloadButton"));
    changedLayout->addWidget(reloadButton);
    m_changedElsewhere->hide();
    connect(reloadButton, &QPushButton::clicked, this, [this] {
        keepUnsavedNote();
        reload();
    });

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
    layout->addWidget(m_changedElsewhere);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);
    setCentralWidget(central);

    connect(m_timeline, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_snapshot.visits.size()) {
            return;
        }
        const qint64 id = m_snapshot.visits.at(row).visit.id;
        if (id != m_visitId) {
            // Leaving a visit keeps what was typed there (as a draft) rather than dropping it.
            if (!keepUnsavedNote()) {
                selectVisit(m_visitId);
                return;
            }
            selectVisit(id);
        }
    });
    connect(m_newVisit, &QPushButton::clicked, this, &ChartWindow::startVisit);

    createActions();
    for (QWidget* w : QList<QWidget*>{m_newVisit, m_withdrawVisit, m_visitDate, m_visitClass, m_department}) {
        w->setVisible(!m_readOnly);
    }
    if (m_readOnly) {
        for (QWidget* w : newVisitForm->parentWidget()->findChildren<QLabel*>()) {
            if (w != timelineTitle) {
                w->hide();
            }
        }
    }
    setTabOrder(m_timeline, m_visitTab->firstField());

    resize(1320, 860);
    reload();
    if (!m_snapshot.visits.isEmpty()) {
        selectVisit(m_snapshot.visits.first().visit.id);
    }
    m_timeline->setFocus();
}

void ChartWindow::addChartTab(ChartTab* tab, const QString& title) {
    m_chartTabs << tab;
    m_tabs->addTab(tab, title);
    connect(tab, &ChartTab::chartChanged, this, &ChartWindow::reload);
    connect(tab, &ChartTab::failed, this, &ChartWindow::showError);
    connect(tab, &ChartTab::wantsToBeShown, this, [this, tab] { m_tabs->setCurrentWidget(tab); });
}

void ChartWindow::createActions() {
    auto add = [this](const char* name, const QString& text, const QKeySequence& key, auto receiver, auto slot,
                      bool writes) {
        auto* a = new QAction(text, this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        connect(a, &QAction::triggered, receiver, slot);
        if (writes) {
            a->setEnabled(!m_readOnly);
        }
        return a;
    };
    // The texts name the actions on the F1 page.
    add("actionSaveDraft", tr("Save the note as a draft"), QKeySequence(tr("Ctrl+S")), m_visitTab,
        &VisitNoteTab::saveDraft, true);
    add("actionFinalizeNote", tr("Finalise the note"), QKeySequence(tr("Ctrl+Shift+F")), m_visitTab,
        &VisitNoteTab::finalizeNote, true);
    add("actionInsertTemplate", tr("Insert a stock phrase"), QKeySequence(tr("Ctrl+T")), m_visitTab,
        &VisitNoteTab::chooseTemplate, true);
    add("actionRepeatPrescription", tr("Repeat the last prescription (Do処方)"), QKeySequence(tr("Ctrl+D")), m_visitTab,
        &VisitNoteTab::repeatPrescription, true);
    add("actionAddPrescription", tr("Add a prescription"), QKeySequence(tr("Ctrl+Shift+P")), m_visitTab,
        &VisitNoteTab::addPrescription, true);
    add("actionNewVisit", tr("Start today's visit"), QKeySequence(tr("Ctrl+N")), this, &ChartWindow::startVisit, true);
    add("actionNoteHistory", tr("Versions of the note"), QKeySequence(tr("Ctrl+H")), m_visitTab,
        &VisitNoteTab::showHistory, false);
    add("actionCloseChart", tr("Close the chart"), QKeySequence(tr("Ctrl+W")), this, &QWidget::close, false);
    add(
        "actionNewReferral", tr("New referral letter"), QKeySequence(tr("Ctrl+Shift+L")), this,
        [this] { m_documents->newReferral(); }, true);
    add("actionSharedRecord", tr("Other clinics' shared record"), QKeySequence(tr("Ctrl+Shift+R")), this,
        &ChartWindow::openSharedRecord, false);
    add("actionHelp", tr("This page"), QKeySequence(QKeySequence::HelpContents), this, &ChartWindow::showHelp, false);
}

SharedRecordPanel* ChartWindow::openSharedRecord() {
    auto* dialog = findChild<QDialog*>(QStringLiteral("sharedRecordDialog"));
    if (!dialog) {
        dialog = new QDialog(this);
        dialog->setObjectName(QStringLiteral("sharedRecordDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Shared record — %1").arg(m_snapshot.patient.fullName()));
        auto* panel = new SharedRecordPanel(m_record, m_patientId, dialog);
        connect(panel, &SharedRecordPanel::adopted, this, [this] { reload(); });
        auto* layout = new QVBoxLayout(dialog);
        layout->addWidget(panel);
        dialog->resize(900, 640);
    }
    dialog->show();
    dialog->raise();
    return dialog->findChild<SharedRecordPanel*>();
}

void ChartWindow::reload() {
    try {
        m_snapshot = m_record.chart().open(m_patientId);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    m_message->hide();
    m_changedElsewhere->hide();
    setWindowTitle(tr("Chart — %1").arg(m_snapshot.patient.fullName()));
    showHeader();
    m_banner->setAllergies(m_snapshot.allergies);
    showTimeline();
    for (ChartTab* tab : std::as_const(m_chartTabs)) {
        tab->setVisitId(m_visitId);
        tab->showChart();
    }
    m_visitTab->showActiveDiagnoses(m_diagnosisTab->diagnoses());
    showVisitControls();
}

void ChartWindow::noteChangedElsewhere() {
    m_changedElsewhere->show();
}

void ChartWindow::showHeader() {
    const Patient& p = m_snapshot.patient;
    const QDate today = m_record.clock().today();
    const QString insurance = DisplayText::insurance(p.insurance);
    m_header->setText(QStringLiteral("<span style='font-size:15pt;font-weight:bold'>%1</span>&nbsp;&nbsp;"
                                     "<span style='font-size:11pt'>%2</span>&nbsp;&nbsp;&nbsp;%3")
                          .arg(p.fullName().toHtmlEscaped(), p.fullKana().toHtmlEscaped(),
                               tr("No. %1 · %2 · %3 · born %4 · %5")
                                   .arg(DisplayText::patientNumber(p.number), DisplayText::age(p, today),
                                        DisplayText::sex(p.sex), DisplayText::birthDate(p.birthDate), insurance)
                                   .toHtmlEscaped()));
}

void ChartWindow::showTimeline() {
    const QSignalBlocker block(m_timeline);
    m_timeline->clear();
    int selected = -1;
    for (int i = 0; i < m_snapshot.visits.size(); ++i) {
        const ChartVisit& cv = m_snapshot.visits.at(i);
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(cv.visit.date.toString(Qt::ISODate), ChartText::encounterClass(cv.visit.encounterClass),
                                cv.visit.department);
        QString second = cv.visit.doctorName;
        if (cv.note) {
            second +=
                QStringLiteral("  ") + tr("%1 v%2").arg(ChartText::noteStatus(cv.note->status)).arg(cv.note->version);
        }
        if (!cv.prescriptions.isEmpty()) {
            second += QStringLiteral("  ") + tr("Rx %1").arg(cv.prescriptions.size());
        }
        auto* item = new QListWidgetItem(line + QLatin1Char('\n') + second, m_timeline);
        item->setData(Qt::UserRole, cv.visit.id);
        if (cv.visit.withdrawn) {
            item->setForeground(QColor(0x9e, 0x9e, 0x9e));
            item->setText(item->text() + QLatin1Char('\n') + tr("Withdrawn: %1").arg(cv.visit.withdrawnReason));
        }
        if (cv.visit.id == m_visitId) {
            selected = i;
        }
    }
    if (selected < 0 && !m_snapshot.visits.isEmpty()) {
        selected = 0;
        m_visitId = m_snapshot.visits.first().visit.id;
    }
    m_timeline->setCurrentRow(selected);
}

// A visit recorded here and not withdrawn can be withdrawn; received visits are another institution's.
void ChartWindow::showVisitControls() {
    const ChartVisit* cv = currentChartVisit();
    m_withdrawVisit->setEnabled(!m_readOnly && cv && !cv->visit.withdrawn && cv->visit.sourceInstitution.isEmpty());
}

const ChartVisit* ChartWindow::currentChartVisit() const {
    return ChartTab::findVisit(m_snapshot, m_visitId);
}

qint64 ChartWindow::currentVisitId() const {
    return m_visitId;
}

std::optional<ClinicalNote> ChartWindow::currentNote() const {
    return m_visitTab->currentNote();
}

void ChartWindow::selectVisit(qint64 visitId) {
    for (int i = 0; i < m_snapshot.visits.size(); ++i) {
        if (m_snapshot.visits.at(i).visit.id == visitId) {
            m_visitId = visitId;
            {
                const QSignalBlocker block(m_timeline);
                m_timeline->setCurrentRow(i);
            }
            for (ChartTab* tab : std::as_const(m_chartTabs)) {
                tab->setVisitId(m_visitId);
            }
            m_visitTab->showVisit();
            showVisitControls();
            return;
        }
    }
}

bool ChartWindow::saveDraft() {
    return m_visitTab->saveDraft();
}

bool ChartWindow::keepUnsavedNote() {
    return m_visitTab->keepUnsavedNote();
}

void ChartWindow::insertTemplate(const NoteTemplate& t) {
    m_visitTab->insertTemplate(t);
}

bool ChartWindow::importLabCsvFile(const QString& path) {
    return m_labTab->importLabCsvFile(path);
}

void ChartWindow::selectLabItem(const QString& itemKey) {
    m_labTab->selectLabItem(itemKey);
}

void ChartWindow::closeEvent(QCloseEvent* event) {
    keepUnsavedNote();
    QMainWindow::closeEvent(event);
}

void ChartWindow::startVisit() {
    if (m_readOnly) {
        return;
    }
    Visit v;
    v.patientId = m_patientId;
    v.date = m_visitDate->date();
    v.encounterClass = Visit::EncounterClass(m_visitClass->currentData().toInt());
    v.department = m_department->text().trimmed();
    // A second visit on the same day is rare (a return after tests) and usually a double click: ask first.
    for (const ChartVisit& cv : m_snapshot.visits) {
        if (cv.visit.withdrawn || cv.visit.date != v.date) {
            continue;
        }
        QMessageBox ask(QMessageBox::Question, tr("Visit on %1").arg(v.date.toString(Qt::ISODate)),
                        tr("This patient already has a visit on %1 (%2). Open it, or start a second visit that day?")
                            .arg(v.date.toString(Qt::ISODate), cv.visit.department),
                        QMessageBox::NoButton, this);
        ask.setObjectName(QStringLiteral("sameDayVisitQuestion"));
        QPushButton* open = ask.addButton(tr("&Open that visit"), QMessageBox::AcceptRole);
        open->setObjectName(QStringLiteral("openSameDayVisitButton"));
        QPushButton* second = ask.addButton(tr("Start a &second visit"), QMessageBox::DestructiveRole);
        second->setObjectName(QStringLiteral("secondSameDayVisitButton"));
        QPushButton* cancel = ask.addButton(tr("Cancel"), QMessageBox::RejectRole);
        ask.setDefaultButton(open);
        ask.setEscapeButton(cancel);
        ask.exec();
        if (ask.clickedButton() == open) {
            selectVisit(cv.visit.id);
            m_tabs->setCurrentIndex(VisitTab);
            m_visitTab->focusNote();
            return;
        }
        if (ask.clickedButton() != second) {
            return;
        }
        break;
    }
    try {
        v = m_record.chart().visits().create(v);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    m_visitId = v.id;
    reload();
    m_tabs->setCurrentIndex(VisitTab);
    m_visitTab->focusNote();
}

void ChartWindow::withdrawVisit() {
    const ChartVisit* cv = currentChartVisit();
    QString reason;
    if (m_readOnly || !cv || cv->visit.withdrawn || !ChartTables::confirmReason(this, tr("Withdraw visit"), &reason)) {
        return;
    }
    try {
        m_record.chart().visits().withdraw(cv->visit.id, reason);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    reload();
}

void ChartWindow::showServerWait(const QString& text) {
    m_serverWait->setText(text);
    m_serverWait->setVisible(!text.isEmpty());
}

void ChartWindow::showError(const QString& message) {
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color:#c62828;font-weight:bold;"));
    m_message->show();
}

void ChartWindow::showHelp() {
    QList<QAction*> keys = actions();
    HelpDialog help(tr("The chart"),
                    tr("<p>On the left, the visits (newest first); on the right, the tabs 1–5 (Alt+1 … Alt+5): the "
                       "visit note with its prescriptions, diagnoses, allergies, lab results and documents. The red "
                       "band under the name lists the allergies and contraindications; every prescription is "
                       "checked against them, by drug class, ingredient and product.</p><p>A note is a draft "
                       "until it is finalised; a change to a finalised note is a new version, and the versions "
                       "stay.</p>"),
                    keys, this);
    help.exec();
}

} // namespace tsumugi::ui
