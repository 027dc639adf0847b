#include "ui/ChartWindow.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/chart/VisitRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "ui/AllergyBanner.h"
#include "ui/AllergyDialog.h"
#include "ui/ChartText.h"
#include "ui/DiagnosisDialog.h"
#include "ui/DisplayText.h"
#include "ui/DocumentListPanel.h"
#include "ui/LabResultDialog.h"
#include "ui/LabTrendChart.h"
#include "ui/NoteHistoryDialog.h"
#include "ui/PrescriptionDialog.h"
#include "ui/RepeatPrescriptionDialog.h"
#include "ui/SharedRecordPanel.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

namespace {

QTableWidget* makeTable(QWidget* parent, const char* objectName, const QStringList& headers) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(objectName));
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setWordWrap(false);
    return t;
}

// One row; withdrawn rows are greyed and struck through, never hidden (nothing is deleted from a chart).
void setRow(QTableWidget* t, int row, qint64 id, const QStringList& cells, bool withdrawn, const QString& tooltip = {},
            bool ended = false) {
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        if (withdrawn || ended) {
            item->setForeground(QColor(0x9e, 0x9e, 0x9e));
        }
        if (withdrawn) {
            QFont f = item->font();
            f.setStrikeOut(true);
            item->setFont(f);
        }
        if (!tooltip.isEmpty()) {
            item->setToolTip(tooltip);
        }
        t->setItem(row, c, item);
    }
}

// Items received from another institution (FHIR import) are shown with it and are read-only here.
QString receivedName(const QString& name, const QString& sourceInstitution) {
    return sourceInstitution.isEmpty() ? name : ChartWindow::tr("%1 [from %2, read-only]").arg(name, sourceInstitution);
}

// The reason of a withdrawal is kept with its version row (the item itself only says it was withdrawn).
QString withdrawalReason(const QList<ChartItemVersion>& versions) {
    return versions.isEmpty() ? QString() : versions.last().reason;
}

QPushButton* makeButton(QWidget* parent, const char* objectName, const QString& text, const QString& tip = {}) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    if (!tip.isEmpty()) {
        b->setToolTip(tip);
    }
    return b;
}

} // namespace

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
    m_newVisit = makeButton(timelineBox, "newVisitButton", tr("&New visit"), tr("Start today's visit (Ctrl+N)"));
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
    m_withdrawVisit = makeButton(timelineBox, "withdrawVisitButton", tr("Withdraw visit…"),
                                 tr("A visit recorded in error stays in the list, greyed, with the reason"));
    connect(m_withdrawVisit, &QPushButton::clicked, this, &ChartWindow::withdrawVisit);
    timelineLayout->addWidget(m_withdrawVisit);
    timelineLayout->addLayout(newVisitForm);
    timelineLayout->addWidget(m_newVisit);
    // The shared record / emergency summary from the national service (read-only, reconciled by adoption).
    auto* sharedRecord = makeButton(timelineBox, "sharedRecordButton", tr("&Shared record…"),
                                    tr("Other clinics' shared items and the emergency summary (Ctrl+Shift+R)"));
    sharedRecord->setVisible(m_record.can(Permission::ReadCharts));
    connect(sharedRecord, &QPushButton::clicked, this, &ChartWindow::openSharedRecord);
    timelineLayout->addWidget(sharedRecord);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("chartTabs"));
    m_tabs->addTab(createVisitTab(), tr("Visit note"));
    m_tabs->addTab(createDiagnosesTab(), tr("Diagnoses"));
    m_tabs->addTab(createAllergiesTab(), tr("Allergies"));
    m_tabs->addTab(createLabsTab(), tr("Lab results"));
    m_documents = new DocumentListPanel(m_record, m_patientId, this);
    m_tabs->addTab(m_documents, tr("Documents"));

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

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_header);
    layout->addWidget(m_banner);
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
    for (QWidget* w :
         QList<QWidget*>{m_newVisit,         m_withdrawVisit,    m_visitDate,          m_visitClass,
                         m_department,       m_saveDraft,        m_finalize,           m_template,
                         m_addPrescription,  m_editPrescription, m_repeatPrescription, m_withdrawPrescription,
                         m_addDiagnosis,     m_editDiagnosis,    m_withdrawDiagnosis,  m_addAllergy,
                         m_noKnownAllergies, m_withdrawAllergy,  m_importLabs,         m_addLab}) {
        w->setVisible(!m_readOnly);
    }
    if (m_readOnly) {
        for (QWidget* w : newVisitForm->parentWidget()->findChildren<QLabel*>()) {
            if (w != timelineTitle) {
                w->hide();
            }
        }
    }
    m_findings->setReadOnly(true);
    m_orders->setReadOnly(true);

    setTabOrder(m_timeline, m_findings);
    setTabOrder(m_findings, m_orders);
    setTabOrder(m_orders, m_visitPrescriptions);
    setTabOrder(m_visitPrescriptions, m_addPrescription);
    setTabOrder(m_addPrescription, m_repeatPrescription);
    setTabOrder(m_repeatPrescription, m_editPrescription);
    setTabOrder(m_editPrescription, m_withdrawPrescription);
    setTabOrder(m_withdrawPrescription, m_revisionReason);
    setTabOrder(m_revisionReason, m_template);
    setTabOrder(m_template, m_saveDraft);
    setTabOrder(m_saveDraft, m_finalize);
    setTabOrder(m_finalize, m_history);

    resize(1320, 860);
    reload();
    if (!m_snapshot.visits.isEmpty()) {
        selectVisit(m_snapshot.visits.first().visit.id);
    }
    m_timeline->setFocus();
}

QWidget* ChartWindow::createVisitTab() {
    auto* tab = new QWidget(this);
    m_visitInfo = new QLabel(tab);
    m_visitInfo->setObjectName(QStringLiteral("visitInfoLabel"));
    m_visitInfo->setWordWrap(true);
    m_activeDiagnoses = new QLabel(tab);
    m_activeDiagnoses->setObjectName(QStringLiteral("activeDiagnosesLabel"));
    m_activeDiagnoses->setWordWrap(true);
    m_activeDiagnoses->setTextFormat(Qt::RichText);
    m_noteStatus = new QLabel(tab);
    m_noteStatus->setObjectName(QStringLiteral("noteStatusLabel"));
    m_noteStatus->setWordWrap(true);

    m_findings = new QPlainTextEdit(tab);
    m_findings->setObjectName(QStringLiteral("findingsEdit"));
    m_findings->setPlaceholderText(tr("S: what the patient says\nO: findings, vital signs, examination"));
    m_findings->setTabChangesFocus(true);
    m_orders = new QPlainTextEdit(tab);
    m_orders->setObjectName(QStringLiteral("ordersEdit"));
    m_orders->setPlaceholderText(tr("A/P: assessment, plan, labs ordered"));
    m_orders->setTabChangesFocus(true);
    m_lastFocusedColumn = m_findings;

    auto* findingsBox = new QGroupBox(tr("Subjective / objective (S/O)"), tab);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->addWidget(m_findings);

    m_visitPrescriptions =
        makeTable(tab, "visitPrescriptionTable",
                  {tr("Drug"), tr("Dose"), tr("Usage"), tr("Days"), tr("Quantity"), tr("Dispensing")});
    m_addPrescription = makeButton(tab, "addPrescriptionButton", tr("&Prescribe…"), tr("Add a drug (Ctrl+Shift+P)"));
    m_repeatPrescription = makeButton(tab, "repeatPrescriptionButton", tr("&Do prescription…"),
                                      tr("Repeat the previous visit's prescription (Ctrl+D)"));
    m_editPrescription = makeButton(tab, "editPrescriptionButton", tr("&Edit…"));
    m_withdrawPrescription = makeButton(tab, "withdrawPrescriptionButton", tr("&Withdraw…"));
    connect(m_addPrescription, &QPushButton::clicked, this, &ChartWindow::addPrescription);
    connect(m_repeatPrescription, &QPushButton::clicked, this, &ChartWindow::repeatPrescription);
    connect(m_editPrescription, &QPushButton::clicked, this, &ChartWindow::editPrescription);
    connect(m_withdrawPrescription, &QPushButton::clicked, this, &ChartWindow::withdrawPrescription);
    auto* rxButtons = new QHBoxLayout;
    rxButtons->addWidget(m_addPrescription);
    rxButtons->addWidget(m_repeatPrescription);
    rxButtons->addStretch(1);
    rxButtons->addWidget(m_editPrescription);
    rxButtons->addWidget(m_withdrawPrescription);

    auto* ordersBox = new QGroupBox(tr("Plan / orders"), tab);
    auto* ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->addWidget(m_orders, 3);
    auto* rxTitle = new QLabel(tr("Prescriptions of this visit"), ordersBox);
    ordersLayout->addWidget(rxTitle);
    ordersLayout->addWidget(m_visitPrescriptions, 2);
    ordersLayout->addLayout(rxButtons);

    auto* columns = new QSplitter(Qt::Horizontal, tab);
    columns->setObjectName(QStringLiteral("noteColumns"));
    columns->addWidget(findingsBox);
    columns->addWidget(ordersBox);
    columns->setChildrenCollapsible(false);
    columns->setSizes({440, 600});

    m_revisionReasonLabel = new QLabel(tr("Reason for the new version (optional):"), tab);
    m_revisionReason = new QLineEdit(tab);
    m_revisionReason->setObjectName(QStringLiteral("revisionReasonEdit"));
    m_template = makeButton(tab, "insertTemplateButton", tr("&Template…"), tr("Insert a stock phrase (Ctrl+T)"));
    m_history = makeButton(tab, "noteHistoryButton", tr("&History…"), tr("Versions and differences (Ctrl+H)"));
    m_saveDraft = makeButton(tab, "saveDraftButton", tr("&Save draft"), tr("Save the note as a draft (Ctrl+S)"));
    m_finalize = makeButton(tab, "finalizeNoteButton", tr("&Finalise"),
                            tr("Finalise the note with your name and the time (Ctrl+Shift+F)"));
    connect(m_template, &QPushButton::clicked, this, &ChartWindow::chooseTemplate);
    connect(m_history, &QPushButton::clicked, this, &ChartWindow::showHistory);
    connect(m_saveDraft, &QPushButton::clicked, this, &ChartWindow::saveDraft);
    connect(m_finalize, &QPushButton::clicked, this, &ChartWindow::finalizeNote);
    auto* noteButtons = new QHBoxLayout;
    noteButtons->addWidget(m_revisionReasonLabel);
    noteButtons->addWidget(m_revisionReason, 1);
    noteButtons->addWidget(m_template);
    noteButtons->addWidget(m_history);
    noteButtons->addWidget(m_saveDraft);
    noteButtons->addWidget(m_finalize);

    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_visitInfo);
    layout->addWidget(m_activeDiagnoses);
    layout->addWidget(m_noteStatus);
    layout->addWidget(columns, 1);
    layout->addLayout(noteButtons);

    connect(m_findings, &QPlainTextEdit::textChanged, this, [this] {
        m_lastFocusedColumn = m_findings;
        updateNoteControls();
    });
    connect(m_orders, &QPlainTextEdit::textChanged, this, [this] {
        m_lastFocusedColumn = m_orders;
        updateNoteControls();
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_findings || now == m_orders) {
            m_lastFocusedColumn = qobject_cast<QPlainTextEdit*>(now);
        }
    });
    return tab;
}

QWidget* ChartWindow::createDiagnosesTab() {
    auto* tab = new QWidget(this);
    m_diagnoses =
        makeTable(tab, "diagnosisTable",
                  {tr("Diagnosis"), tr("Principal"), tr("Start"), tr("Outcome"), tr("End"), tr("Code"), tr("Flags")});
    m_addDiagnosis =
        makeButton(tab, "addDiagnosisButton", tr("&Add diagnosis…"), tr("From the disease master or free text"));
    m_editDiagnosis = makeButton(tab, "editDiagnosisButton", tr("&Edit…"), tr("Outcome, end date, flags"));
    m_withdrawDiagnosis = makeButton(tab, "withdrawDiagnosisButton", tr("&Withdraw…"), tr("Entered in error"));
    connect(m_addDiagnosis, &QPushButton::clicked, this, &ChartWindow::addDiagnosis);
    connect(m_editDiagnosis, &QPushButton::clicked, this, &ChartWindow::editDiagnosis);
    connect(m_withdrawDiagnosis, &QPushButton::clicked, this, &ChartWindow::withdrawDiagnosis);
    connect(m_diagnoses, &QTableWidget::cellActivated, this, [this] {
        if (!m_readOnly) {
            editDiagnosis();
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addDiagnosis);
    buttons->addStretch(1);
    buttons->addWidget(m_editDiagnosis);
    buttons->addWidget(m_withdrawDiagnosis);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_diagnoses, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* ChartWindow::createAllergiesTab() {
    auto* tab = new QWidget(this);
    m_allergies =
        makeTable(tab, "allergyTable",
                  {tr("Allergen / drug"), tr("Category"), tr("Reaction"), tr("Severity"), tr("Code"), tr("Recorded")});
    m_addAllergy = makeButton(tab, "addAllergyButton", tr("&Add allergy / contraindication…"),
                              tr("J-FAGY, drug master or free text"));
    m_noKnownAllergies = makeButton(tab, "noKnownAllergiesButton", tr("Record &no known allergies"));
    m_withdrawAllergy = makeButton(tab, "withdrawAllergyButton", tr("&Withdraw…"), tr("Entered in error"));
    connect(m_addAllergy, &QPushButton::clicked, this, &ChartWindow::addAllergy);
    connect(m_noKnownAllergies, &QPushButton::clicked, this, &ChartWindow::recordNoKnownAllergies);
    connect(m_withdrawAllergy, &QPushButton::clicked, this, &ChartWindow::withdrawAllergy);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addAllergy);
    buttons->addWidget(m_noKnownAllergies);
    buttons->addStretch(1);
    buttons->addWidget(m_withdrawAllergy);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(m_allergies, 1);
    layout->addLayout(buttons);
    return tab;
}

QWidget* ChartWindow::createLabsTab() {
    auto* tab = new QWidget(this);
    m_labItems = makeTable(tab, "labItemTable",
                           {tr("Item"), tr("Latest"), tr("Flag"), tr("Date"), tr("Results"), tr("Sharing")});
    m_labResults =
        makeTable(tab, "labResultTable", {tr("Collected"), tr("Value"), tr("Flag"), tr("Reference"), tr("Specimen")});
    // Dates and values keep their width; the specimen column takes the rest.
    m_labResults->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_labResults->horizontalHeader()->setStretchLastSection(true);
    m_trend = new LabTrendChart(tab);
    m_importLabs = makeButton(tab, "importLabCsvButton", tr("&Import CSV…"), tr("Results file from the lab company"));
    connect(m_importLabs, &QPushButton::clicked, this, &ChartWindow::importLabCsv);
    m_addLab = makeButton(tab, "addLabResultButton", tr("&Enter result…"), tr("Type a result by hand"));
    connect(m_addLab, &QPushButton::clicked, this, &ChartWindow::addLabResult);
    m_labMessage = new QLabel(tab);
    m_labMessage->setObjectName(QStringLiteral("labMessageLabel"));
    m_labMessage->setWordWrap(true);
    m_labMessage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_labItems, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_snapshot.labs.size() && m_snapshot.labs.at(row).itemKey != m_labItemKey) {
            m_labItemKey = m_snapshot.labs.at(row).itemKey;
            showLabSeries();
        }
    });
    auto* right = new QWidget(tab);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_trend, 2);
    rightLayout->addWidget(m_labResults, 3);
    auto* split = new QSplitter(Qt::Horizontal, tab);
    split->addWidget(m_labItems);
    split->addWidget(right);
    split->setChildrenCollapsible(false);
    split->setSizes({420, 600});
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_labMessage, 1);
    buttons->addWidget(m_addLab);
    buttons->addWidget(m_importLabs);
    auto* layout = new QVBoxLayout(tab);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    return tab;
}

void ChartWindow::createActions() {
    auto add = [this](const char* name, const QKeySequence& key, auto slot, bool writes) {
        auto* a = new QAction(this);
        a->setObjectName(QString::fromLatin1(name));
        a->setShortcut(key);
        a->setShortcutContext(Qt::WindowShortcut);
        addAction(a);
        connect(a, &QAction::triggered, this, slot);
        if (writes) {
            a->setEnabled(!m_readOnly);
            m_writeActions << a;
        }
        return a;
    };
    add("actionSaveDraft", QKeySequence(tr("Ctrl+S")), &ChartWindow::saveDraft, true);
    add("actionFinalizeNote", QKeySequence(tr("Ctrl+Shift+F")), &ChartWindow::finalizeNote, true);
    add("actionInsertTemplate", QKeySequence(tr("Ctrl+T")), &ChartWindow::chooseTemplate, true);
    add("actionRepeatPrescription", QKeySequence(tr("Ctrl+D")), &ChartWindow::repeatPrescription, true);
    add("actionAddPrescription", QKeySequence(tr("Ctrl+Shift+P")), &ChartWindow::addPrescription, true);
    add("actionNewVisit", QKeySequence(tr("Ctrl+N")), &ChartWindow::startVisit, true);
    add("actionNoteHistory", QKeySequence(tr("Ctrl+H")), &ChartWindow::showHistory, false);
    add("actionCloseChart", QKeySequence(tr("Ctrl+W")), &QWidget::close, false);
    add(
        "actionNewReferral", QKeySequence(tr("Ctrl+Shift+L")), [this] { m_documents->newReferral(); }, true);
    add("actionSharedRecord", QKeySequence(tr("Ctrl+Shift+R")), &ChartWindow::openSharedRecord, false);
    for (int i = 0; i <= DocumentsTab; ++i) {
        auto* a = new QAction(this);
        a->setObjectName(QStringLiteral("actionChartTab%1").arg(i + 1));
        a->setShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)));
        addAction(a);
        connect(a, &QAction::triggered, this, [this, i] { m_tabs->setCurrentIndex(i); });
    }
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
    // Saving a diagnosis or a prescription re-reads the chart; the note being typed must survive that.
    const bool unsaved = m_findings && noteChanged();
    const qint64 typedVisit = m_visitId;
    const QString typedFindings = m_findings->toPlainText();
    const QString typedOrders = m_orders->toPlainText();
    try {
        m_snapshot = m_record.chart().open(m_patientId);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    m_message->hide();
    setWindowTitle(tr("Chart — %1").arg(m_snapshot.patient.fullName()));
    showHeader();
    m_banner->setAllergies(m_snapshot.allergies);
    showTimeline();
    showVisit();
    showDiagnoses();
    showAllergies();
    showLabs();
    if (unsaved && typedVisit == m_visitId) {
        m_findings->setPlainText(typedFindings);
        m_orders->setPlainText(typedOrders);
        updateNoteControls();
    }
}

void ChartWindow::showHeader() {
    const Patient& p = m_snapshot.patient;
    const QDate today = m_record.clock().today();
    const QString insurance =
        p.insurance.isEmpty() ? tr("no insurance on file") : tr("insurance %1").arg(p.insurance.memberId());
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

const ChartVisit* ChartWindow::currentChartVisit() const {
    for (const ChartVisit& cv : m_snapshot.visits) {
        if (cv.visit.id == m_visitId) {
            return &cv;
        }
    }
    return nullptr;
}

qint64 ChartWindow::currentVisitId() const {
    return m_visitId;
}

void ChartWindow::selectVisit(qint64 visitId) {
    for (int i = 0; i < m_snapshot.visits.size(); ++i) {
        if (m_snapshot.visits.at(i).visit.id == visitId) {
            m_visitId = visitId;
            {
                const QSignalBlocker block(m_timeline);
                m_timeline->setCurrentRow(i);
            }
            showVisit();
            return;
        }
    }
}

void ChartWindow::showVisit() {
    const ChartVisit* cv = currentChartVisit();
    m_note = cv ? cv->note : std::nullopt;
    {
        const QSignalBlocker b1(m_findings);
        const QSignalBlocker b2(m_orders);
        m_findings->setPlainText(m_note ? m_note->findings : QString());
        m_orders->setPlainText(m_note ? m_note->orders : QString());
    }
    m_revisionReason->clear();
    if (!cv) {
        m_visitInfo->setText(m_readOnly ? tr("No visit recorded.") : tr("No visit selected. Start a visit (Ctrl+N)."));
    } else {
        m_visitInfo->setText(tr("<b>%1</b> · %2 · %3 · doctor: %4")
                                 .arg(cv->visit.date.toString(Qt::ISODate),
                                      ChartText::encounterClass(cv->visit.encounterClass),
                                      cv->visit.department.toHtmlEscaped(), cv->visit.doctorName.toHtmlEscaped()));
    }
    m_visitPrescriptions->setRowCount(0);
    if (cv) {
        m_visitPrescriptions->setRowCount(int(cv->prescriptions.size()));
        for (int r = 0; r < cv->prescriptions.size(); ++r) {
            const Prescription& p = cv->prescriptions.at(r);
            QString tip;
            if (!p.acknowledgedWarnings.isEmpty()) {
                tip = tr("Prescribed despite: %1").arg(p.acknowledgedWarnings.join(QStringLiteral("; ")));
            }
            setRow(m_visitPrescriptions, r, p.id,
                   {(p.acknowledgedWarnings.isEmpty() ? QString() : QStringLiteral("⚠ ")) + p.drugName +
                        (p.withdrawn ? QStringLiteral(" — ") +
                                           tr("Withdrawn: %1")
                                               .arg(withdrawalReason(m_record.chart().prescriptions().history(p.id)))
                                     : QString()),
                    QString::number(p.dose, 'g', 6) + p.unit, p.usageText, tr("%n day(s)", nullptr, p.days),
                    QString::number(p.quantity, 'g', 6) + p.unit, ChartText::dispensing(p.dispensing)},
                   p.withdrawn, tip);
        }
    }
    updateNoteControls();
}

bool ChartWindow::noteChanged() const {
    const QString f = m_note ? m_note->findings : QString();
    const QString o = m_note ? m_note->orders : QString();
    return m_findings->toPlainText() != f || m_orders->toPlainText() != o;
}

void ChartWindow::updateNoteControls() {
    const ChartVisit* cv = currentChartVisit();
    const bool visitOpen = cv && !cv->visit.withdrawn && cv->visit.sourceInstitution.isEmpty();
    const bool withdrawn = m_note && m_note->status == ClinicalNote::Status::Withdrawn;
    const bool editable = !m_readOnly && visitOpen && !withdrawn;
    m_findings->setReadOnly(!editable);
    m_orders->setReadOnly(!editable);
    const bool isFinal = m_note && m_note->status == ClinicalNote::Status::Final;
    const bool changed = noteChanged();
    m_saveDraft->setEnabled(editable && changed);
    m_finalize->setEnabled(editable && (changed || (m_note && m_note->status == ClinicalNote::Status::Draft)));
    m_template->setEnabled(editable);
    m_revisionReason->setVisible(!m_readOnly && isFinal);
    m_revisionReasonLabel->setVisible(!m_readOnly && isFinal);
    m_history->setEnabled(m_note.has_value());
    m_withdrawVisit->setEnabled(!m_readOnly && visitOpen);
    m_addPrescription->setEnabled(editable);
    m_repeatPrescription->setEnabled(editable);
    m_editPrescription->setEnabled(editable && m_visitPrescriptions->rowCount() > 0);
    m_withdrawPrescription->setEnabled(editable && m_visitPrescriptions->rowCount() > 0);

    QString status;
    QString style;
    if (!m_note) {
        status = cv ? tr("No note yet.") : QString();
    } else if (m_note->status == ClinicalNote::Status::Final) {
        status = tr("Finalised version %1 by %2 at %3.")
                     .arg(m_note->version)
                     .arg(m_note->finalizedBy, ChartText::dateTime(m_note->finalizedAt));
        if (changed) {
            status += QLatin1Char(' ') + tr("Saving your changes starts version %1.").arg(m_note->version + 1);
        }
        style = QStringLiteral("color:#1b5e20;");
    } else if (m_note->status == ClinicalNote::Status::Draft) {
        status = tr("Draft version %1, saved by %2 at %3 — not finalised.")
                     .arg(m_note->version)
                     .arg(m_note->updatedBy, ChartText::dateTime(m_note->updatedAt));
        style = QStringLiteral("color:#e65100;");
    } else {
        status = tr("Withdrawn (entered in error): %1").arg(m_note->revisionReason);
        style = QStringLiteral("color:#757575;");
    }
    if (changed && !(m_note && m_note->status == ClinicalNote::Status::Final)) {
        status += QLatin1Char(' ') + tr("Unsaved changes.");
    }
    m_noteStatus->setText(status);
    m_noteStatus->setStyleSheet(style);
}

bool ChartWindow::saveDraft() {
    if (m_readOnly || !currentChartVisit() || !noteChanged()) {
        return false;
    }
    try {
        ClinicalNoteRepository& notes = m_record.chart().notes();
        if (m_note && m_note->status == ClinicalNote::Status::Final) {
            m_note = notes.revise(m_note->id, m_findings->toPlainText(), m_orders->toPlainText(),
                                  m_revisionReason->text().trimmed());
        } else {
            ClinicalNote note = m_note.value_or(ClinicalNote{});
            note.visitId = m_visitId;
            note.patientId = m_patientId;
            note.findings = m_findings->toPlainText();
            note.orders = m_orders->toPlainText();
            m_note = notes.saveDraft(note);
        }
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    reload();
    return true;
}

bool ChartWindow::keepUnsavedNote() {
    if (m_readOnly || !noteChanged() || m_findings->isReadOnly()) {
        return true;
    }
    return saveDraft();
}

void ChartWindow::closeEvent(QCloseEvent* event) {
    keepUnsavedNote();
    QMainWindow::closeEvent(event);
}

bool ChartWindow::finalizeNote() {
    if (m_readOnly || !currentChartVisit()) {
        return false;
    }
    if (noteChanged() && !saveDraft()) {
        return false;
    }
    if (!m_note || m_note->status != ClinicalNote::Status::Draft) {
        return false;
    }
    try {
        m_note = m_record.chart().notes().finalize(m_note->id);
    } catch (const Error& e) {
        showError(e.message());
        return false;
    }
    reload();
    statusBar()->showMessage(tr("Note finalised (version %1).").arg(m_note ? m_note->version : 0), 8000);
    return true;
}

void ChartWindow::chooseTemplate() {
    if (m_readOnly || m_findings->isReadOnly()) {
        return;
    }
    QList<NoteTemplate> templates;
    try {
        templates = m_record.chart().templates().list();
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("templateMenu"));
    for (const NoteTemplate& t : std::as_const(templates)) {
        const QString column = t.target == NoteTemplate::Target::Findings ? tr("S/O") : tr("Plan");
        QAction* a = menu.addAction(QStringLiteral("%1  [%2]").arg(t.title, column));
        connect(a, &QAction::triggered, this, [this, t] { insertTemplate(t); });
    }
    if (templates.isEmpty()) {
        menu.addAction(tr("No templates"))->setEnabled(false);
    }
    menu.exec(m_template->mapToGlobal(QPoint(0, m_template->height())));
}

void ChartWindow::insertTemplate(const NoteTemplate& t) {
    // A template goes to the column it was written for, at the cursor when that column has focus.
    QPlainTextEdit* edit = t.target == NoteTemplate::Target::Findings ? m_findings : m_orders;
    if (edit->isReadOnly()) {
        return;
    }
    const int cursor = edit == m_lastFocusedColumn ? edit->textCursor().position() : int(edit->toPlainText().size());
    const QString before = edit->toPlainText();
    const QString after = NoteTemplateLibrary::insert(before, cursor, t);
    edit->setPlainText(after);
    QTextCursor c = edit->textCursor();
    c.setPosition(int(qMin(after.size(), qsizetype(cursor) + (after.size() - before.size()))));
    edit->setTextCursor(c);
    edit->setFocus();
}

void ChartWindow::showHistory() {
    if (!m_note) {
        return;
    }
    NoteHistoryDialog dialog(m_record, m_note->id, this);
    dialog.exec();
}

void ChartWindow::addPrescription() {
    if (m_readOnly || !m_addPrescription->isEnabled()) {
        return;
    }
    Prescription p;
    p.patientId = m_patientId;
    p.visitId = m_visitId;
    PrescriptionDialog dialog(m_record, p, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void ChartWindow::editPrescription() {
    const qint64 id = selectedRowId(m_visitPrescriptions);
    const ChartVisit* cv = currentChartVisit();
    if (m_readOnly || !cv || id == 0) {
        return;
    }
    for (const Prescription& p : cv->prescriptions) {
        if (p.id == id && !p.withdrawn) {
            PrescriptionDialog dialog(m_record, p, this);
            if (dialog.exec() == QDialog::Accepted) {
                reload();
            }
            return;
        }
    }
}

void ChartWindow::repeatPrescription() {
    if (m_readOnly || !m_repeatPrescription->isEnabled()) {
        return;
    }
    RepeatPrescriptionDialog dialog(m_record, m_visitId, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void ChartWindow::withdrawPrescription() {
    const qint64 id = selectedRowId(m_visitPrescriptions);
    QString reason;
    if (m_readOnly || id == 0 || !confirmReason(tr("Withdraw prescription"), &reason)) {
        return;
    }
    try {
        m_record.chart().prescriptions().withdraw(id, reason);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    reload();
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
    try {
        v = m_record.chart().visits().create(v);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    m_visitId = v.id;
    reload();
    m_tabs->setCurrentIndex(VisitTab);
    m_findings->setFocus();
}

void ChartWindow::withdrawVisit() {
    const ChartVisit* cv = currentChartVisit();
    QString reason;
    if (m_readOnly || !cv || cv->visit.withdrawn || !confirmReason(tr("Withdraw visit"), &reason)) {
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

void ChartWindow::showDiagnoses() {
    QList<Diagnosis> all;
    try {
        all = m_record.chart().diagnoses().forPatient(m_patientId, true);
    } catch (const Error&) {
        all = m_snapshot.diagnoses;
    }
    m_diagnoses->setRowCount(int(all.size()));
    for (int r = 0; r < all.size(); ++r) {
        const Diagnosis& d = all.at(r);
        QString code = tr("Uncoded");
        if (!d.isUncoded()) {
            code = d.medisCode + (d.icd10.isEmpty() ? QString() : QStringLiteral(" / ") + d.icd10);
        } else if (!d.receiptCode.isEmpty() && d.receiptCode != Diagnosis::UncodedReceiptCode) {
            // From the master, but its row carries no MEDIS number (the starter master): show the レセ電 code.
            code = tr("Receipt code %1").arg(d.receiptCode);
        }
        QString outcome = ChartText::outcome(d.outcome);
        if (d.withdrawn) {
            outcome = tr("Withdrawn: %1").arg(withdrawalReason(m_record.chart().diagnoses().history(d.id)));
        }
        setRow(m_diagnoses, r, d.id,
               {receivedName(d.displayName(), d.sourceInstitution), d.principal ? tr("Principal") : QString(),
                d.startText(), outcome, d.endText(), code, ChartText::diagnosisFlags(d)},
               d.withdrawn, d.comment, d.outcome != Diagnosis::Outcome::Continuing);
        if (d.principal && !d.withdrawn) {
            for (int c = 0; c < m_diagnoses->columnCount(); ++c) {
                QFont f = m_diagnoses->item(r, c)->font();
                f.setBold(true);
                m_diagnoses->item(r, c)->setFont(f);
            }
        }
    }
    // The doctor writes the note with the active problem list in sight (主病名 first, in bold).
    QStringList active;
    for (const Diagnosis& d : std::as_const(all)) {
        if (d.isActive()) {
            const QString name = d.displayName().toHtmlEscaped();
            d.principal ? active.prepend(QStringLiteral("<b>%1</b>").arg(name)) : active.append(name);
        }
    }
    m_activeDiagnoses->setText(active.isEmpty() ? tr("Diagnoses: none active")
                                                : tr("Diagnoses: %1").arg(active.join(QStringLiteral("、"))));
    m_editDiagnosis->setEnabled(!all.isEmpty());
    m_withdrawDiagnosis->setEnabled(!all.isEmpty());
}

void ChartWindow::showAllergies() {
    QList<Allergy> all;
    try {
        all = m_record.chart().allergies().forPatient(m_patientId, true);
    } catch (const Error&) {
        all = m_snapshot.allergies;
    }
    m_allergies->setRowCount(int(all.size()));
    for (int r = 0; r < all.size(); ++r) {
        const Allergy& a = all.at(r);
        QString category = ChartText::allergyCategory(a.category);
        if (a.withdrawn) {
            category += QStringLiteral(" — ") +
                        tr("Withdrawn: %1").arg(withdrawalReason(m_record.chart().allergies().history(a.id)));
        }
        setRow(m_allergies, r, a.id,
               {receivedName(a.name, a.sourceInstitution), category, a.reaction, ChartText::severity(a.severity),
                a.code.isEmpty() ? tr("Free text") : a.code, a.recordedDate.toString(Qt::ISODate)},
               a.withdrawn);
        if (a.isContraindication() && !a.withdrawn) {
            for (int c = 0; c < 2; ++c) {
                m_allergies->item(r, c)->setForeground(QColor(0xc6, 0x28, 0x28));
            }
        }
    }
    // "None known" only makes sense while nothing (and not already "none") is recorded.
    m_noKnownAllergies->setEnabled(m_banner->state() == AllergyBanner::State::NotRecorded);
    m_withdrawAllergy->setEnabled(!all.isEmpty());
}

void ChartWindow::showLabs() {
    m_labItems->setRowCount(int(m_snapshot.labs.size()));
    int selected = -1;
    for (int r = 0; r < m_snapshot.labs.size(); ++r) {
        const LabItemSummary& s = m_snapshot.labs.at(r);
        // Where the result came from, and whether the sharing service takes it, are read in the row itself.
        const QString name = s.latestSource.isEmpty() ? s.name : receivedName(s.name, s.latestSource);
        const bool unshared = s.latestSource.isEmpty() && !s.shareable;
        setRow(m_labItems, r, r,
               {name, s.latestValue, s.latestFlag, s.latestAt.toLocalTime().date().toString(Qt::ISODate),
                QString::number(s.count), unshared ? tr("not shared") : QString()},
               false);
        if (unshared) {
            const QString why = tr("Kept in this chart only: the sharing service takes the JP-CLINS core lab and "
                                   "infection items by their JLAC10 codes.");
            m_labItems->item(r, 0)->setToolTip(why);
            m_labItems->item(r, 5)->setToolTip(why);
        }
        if (!s.latestFlag.isEmpty() && s.latestFlag != QStringLiteral("N")) {
            for (int c = 1; c < 3; ++c) {
                m_labItems->item(r, c)->setForeground(QColor(0xc6, 0x28, 0x28));
            }
        }
        if (s.itemKey == m_labItemKey) {
            selected = r;
        }
    }
    if (selected < 0 && !m_snapshot.labs.isEmpty()) {
        selected = 0;
    }
    m_labItemKey.clear();
    if (selected >= 0) {
        const QSignalBlocker block(m_labItems);
        m_labItems->setCurrentCell(selected, 0);
        m_labItemKey = m_snapshot.labs.at(selected).itemKey;
    }
    showLabSeries();
}

void ChartWindow::selectLabItem(const QString& itemKey) {
    for (int r = 0; r < m_snapshot.labs.size(); ++r) {
        if (m_snapshot.labs.at(r).itemKey == itemKey) {
            m_labItems->setCurrentCell(r, 0);
        }
    }
}

void ChartWindow::showLabSeries() {
    QList<LabResult> series;
    if (!m_labItemKey.isEmpty()) {
        try {
            series = m_record.chart().labs().series(m_patientId, m_labItemKey);
        } catch (const Error& e) {
            m_labMessage->setText(e.message());
        }
    }
    m_trend->setResults(series);
    m_labResults->setRowCount(int(series.size()));
    // Newest first in the table, as the doctor reads it; the chart runs left to right in time.
    for (int i = 0; i < series.size(); ++i) {
        const LabResult& r = series.at(series.size() - 1 - i);
        QString reference = r.referenceText;
        if (reference.isEmpty() && (r.referenceLow || r.referenceHigh)) {
            reference = QStringLiteral("%1–%2").arg(r.referenceLow ? QString::number(*r.referenceLow) : QString(),
                                                    r.referenceHigh ? QString::number(*r.referenceHigh) : QString());
        }
        setRow(m_labResults, i, r.id,
               {ChartText::dateTime(r.collectedAt), r.displayValue(), r.abnormalFlag, reference, r.specimen},
               r.withdrawn);
        if (!r.abnormalFlag.isEmpty() && r.abnormalFlag != QStringLiteral("N")) {
            m_labResults->item(i, 1)->setForeground(QColor(0xc6, 0x28, 0x28));
            m_labResults->item(i, 2)->setForeground(QColor(0xc6, 0x28, 0x28));
        }
    }
}

void ChartWindow::importLabCsv() {
    if (m_readOnly) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import lab results"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        importLabCsvFile(path);
    }
}

bool ChartWindow::importLabCsvFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_labMessage->setText(tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)));
        m_labMessage->setStyleSheet(QStringLiteral("color:#c62828;"));
        return false;
    }
    try {
        const LabResultRepository::ImportSummary s =
            m_record.chart().labs().importCsv(file.readAll(), QFileInfo(path).fileName());
        reload();
        m_labMessage->setText(tr("Imported %n result(s).", nullptr, s.results));
        m_labMessage->setStyleSheet(QStringLiteral("color:#1b5e20;"));
        return true;
    } catch (const Error& e) {
        // The core names every bad line; nothing was imported.
        m_labMessage->setText(tr("Nothing imported: %1").arg(e.message()));
        m_labMessage->setStyleSheet(QStringLiteral("color:#c62828;"));
        return false;
    }
}

void ChartWindow::addLabResult() {
    if (m_readOnly) {
        return;
    }
    LabResultDialog dialog(m_record, m_patientId, m_visitId, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_labItemKey = dialog.saved().itemKey;
        reload();
        m_tabs->setCurrentIndex(LabsTab);
    }
}

void ChartWindow::addDiagnosis() {
    if (m_readOnly) {
        return;
    }
    Diagnosis d;
    d.patientId = m_patientId;
    d.visitId = m_visitId;
    d.startDate = m_record.clock().today();
    DiagnosisDialog dialog(m_record, d, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_tabs->setCurrentIndex(DiagnosesTab);
    }
}

void ChartWindow::editDiagnosis() {
    const qint64 id = selectedRowId(m_diagnoses);
    if (m_readOnly || id == 0) {
        return;
    }
    const std::optional<Diagnosis> d = m_record.chart().diagnoses().find(id);
    if (!d || d->withdrawn) {
        return;
    }
    DiagnosisDialog dialog(m_record, *d, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
    }
}

void ChartWindow::withdrawDiagnosis() {
    const qint64 id = selectedRowId(m_diagnoses);
    QString reason;
    if (m_readOnly || id == 0 || !confirmReason(tr("Withdraw diagnosis"), &reason)) {
        return;
    }
    try {
        m_record.chart().diagnoses().withdraw(id, reason);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    reload();
}

void ChartWindow::addAllergy() {
    if (m_readOnly) {
        return;
    }
    AllergyDialog dialog(m_record, m_patientId, m_visitId, this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        m_tabs->setCurrentIndex(AllergiesTab);
    }
}

void ChartWindow::recordNoKnownAllergies() {
    if (m_readOnly) {
        return;
    }
    try {
        Allergy a = AllergyBanner::noKnownAllergies(m_patientId);
        a.visitId = m_visitId;
        m_record.chart().allergies().create(a);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    reload();
}

void ChartWindow::withdrawAllergy() {
    const qint64 id = selectedRowId(m_allergies);
    QString reason;
    if (m_readOnly || id == 0 || !confirmReason(tr("Withdraw allergy"), &reason)) {
        return;
    }
    try {
        m_record.chart().allergies().withdraw(id, reason);
    } catch (const Error& e) {
        showError(e.message());
        return;
    }
    reload();
}

qint64 ChartWindow::selectedRowId(QTableWidget* table) const {
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0)) {
        return 0;
    }
    return table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool ChartWindow::confirmReason(const QString& title, QString* reason) {
    bool ok = false;
    *reason = QInputDialog::getText(this, title, tr("Reason (kept in the record; nothing is deleted):"),
                                    QLineEdit::Normal, QString(), &ok)
                  .trimmed();
    return ok && !reason->isEmpty();
}

void ChartWindow::showError(const QString& message) {
    m_message->setText(message);
    m_message->setStyleSheet(QStringLiteral("color:#c62828;font-weight:bold;"));
    m_message->show();
}

} // namespace tsumugi::ui
