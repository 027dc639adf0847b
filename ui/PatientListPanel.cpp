#include "ui/PatientListPanel.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "ui/PatientTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace tsumugi::ui {

PatientListPanel::PatientListPanel(ClinicRecord& record, QWidget* parent)
    : QWidget(parent)
    , m_record(record) {
    setObjectName(QStringLiteral("patientListPanel"));

    auto* heading = new QLabel(tr("Patients"), this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    heading->setFont(headingFont);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("patientSearchEdit"));
    m_search->setPlaceholderText(tr("Search: patient no., kana, name, phone or birth date (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);

    m_model = new PatientTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("patientTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(PatientTableModel::PhoneColumn, QHeaderView::Stretch);
    m_table->setTabKeyNavigation(false);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("patientStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setText(tr("Type in the search field to find a patient."));

    m_new = new QPushButton(tr("&New patient…"), this);
    m_new->setObjectName(QStringLiteral("newPatientButton"));
    m_new->setToolTip(tr("Register a new patient (Ctrl+N)"));
    m_edit = new QPushButton(tr("&Open / edit"), this);
    m_edit->setObjectName(QStringLiteral("editPatientButton"));
    m_edit->setToolTip(tr("Open the selected patient (Enter)"));
    m_addToReception = new QPushButton(tr("&Add to reception"), this);
    m_addToReception->setObjectName(QStringLiteral("addToReceptionButton"));
    m_addToReception->setToolTip(tr("Put the selected patient on today's reception list (Ctrl+R)"));
    m_chart = new QPushButton(tr("&Chart"), this);
    m_chart->setObjectName(QStringLiteral("openChartButton"));
    m_chart->setToolTip(tr("Open the selected patient's chart (F2)"));
    m_chart->setVisible(m_record.can(Permission::ReadCharts));
    connect(m_chart, &QPushButton::clicked, this, &PatientListPanel::chartRequested);
    connect(m_new, &QPushButton::clicked, this, &PatientListPanel::newPatientRequested);
    connect(m_edit, &QPushButton::clicked, this, &PatientListPanel::editPatientRequested);
    connect(m_addToReception, &QPushButton::clicked, this, &PatientListPanel::addToReceptionRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addStretch(1);
    buttons->addWidget(m_chart);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_addToReception);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 12, 6, 12);
    layout->addWidget(heading);
    layout->addWidget(m_search);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);

    // Search while typing, but not on every keystroke of a kana input.
    m_searchDelay.setSingleShot(true);
    m_searchDelay.setInterval(250);
    connect(&m_searchDelay, &QTimer::timeout, this, &PatientListPanel::runSearch);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_searchDelay.start(); });
    // Enter in the search field: search now and go to the first result.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        runSearch();
        if (m_model->rowCount() > 0) {
            m_table->setFocus();
        }
    });
    connect(m_table, &QTableView::activated, this, &PatientListPanel::editPatientRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &PatientListPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PatientListPanel::updateButtons);

    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_chart);
    setTabOrder(m_chart, m_edit);
    setTabOrder(m_edit, m_addToReception);
    updateButtons();
}

void PatientListPanel::focusSearch() {
    m_search->setFocus();
    m_search->selectAll();
}

void PatientListPanel::clear() {
    m_searchDelay.stop();
    m_search->clear();
    m_searchDelay.stop();
    m_model->clear();
    m_status->setText(tr("Type in the search field to find a patient."));
}

void PatientListPanel::runSearch() {
    if (m_record.waitingOnServer()) {
        m_searchDelay.start(); // the desk's request is out: search once its answer is in
        return;
    }
    m_searchDelay.stop();
    const QString query = m_search->text().trimmed();
    if (query.isEmpty()) {
        m_model->clear();
        m_status->setText(tr("Type in the search field to find a patient."));
        return;
    }
    try {
        const QList<Patient> found = m_record.patients().search(query);
        m_model->setPatients(found, m_record.clock().today());
        if (found.isEmpty()) {
            m_status->setText(tr("No patient found for “%1”.").arg(query));
        } else {
            m_status->setText(tr("%n patient(s) found.", nullptr, int(found.size())));
            m_table->selectRow(0);
        }
    } catch (const Error& e) {
        m_model->clear();
        m_status->setText(e.message());
    }
}

void PatientListPanel::refreshKeepingSelection() {
    const std::optional<Patient> selected = currentPatient();
    const int scrolled = m_table->verticalScrollBar()->value();
    runSearch();
    if (selected) {
        const int row = m_model->rowOf(selected->id);
        if (row >= 0) {
            m_table->selectRow(row);
        }
    }
    m_table->verticalScrollBar()->setValue(scrolled);
}

void PatientListPanel::showPatient(const Patient& patient) {
    m_search->blockSignals(true);
    m_search->setText(QString::number(patient.number));
    m_search->blockSignals(false);
    runSearch();
    const int row = m_model->rowOf(patient.id);
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->setFocus();
    }
}

std::optional<Patient> PatientListPanel::currentPatient() const {
    const QModelIndex index = m_table->selectionModel()->currentIndex();
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const int row = !rows.isEmpty() ? rows.first().row() : index.row();
    if (row < 0 || row >= m_model->rowCount()) {
        return std::nullopt;
    }
    return m_model->patientAt(row);
}

void PatientListPanel::updateButtons() {
    const bool selected = currentPatient().has_value();
    m_edit->setEnabled(selected);
    m_chart->setEnabled(selected);
    m_addToReception->setEnabled(selected);
}

} // namespace tsumugi::ui
