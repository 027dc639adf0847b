#include "ui/ReceptionPanel.h"

#include "core/Error.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "ui/DisplayText.h"
#include "ui/ReceptionTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tsumugi::ui {

ReceptionPanel::ReceptionPanel(ClinicRecord& record, QWidget* parent)
    : QWidget(parent)
    , m_record(record) {
    setObjectName(QStringLiteral("receptionPanel"));

    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("receptionTitleLabel"));
    QFont headingFont = m_title->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_title->setFont(headingFont);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("receptionSummaryLabel"));

    m_model = new ReceptionTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("receptionTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true); // the status column
    m_table->setTabKeyNavigation(false);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("receptionMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_waiting = new QPushButton(tr("Waiting"), this);
    m_waiting->setObjectName(QStringLiteral("receptionWaitingButton"));
    m_waiting->setToolTip(tr("Back to waiting (Ctrl+1)"));
    m_inConsultation = new QPushButton(tr("Call in"), this);
    m_inConsultation->setObjectName(QStringLiteral("receptionInConsultationButton"));
    m_inConsultation->setToolTip(tr("The patient is now in consultation (Ctrl+2)"));
    m_done = new QPushButton(tr("Done"), this);
    m_done->setObjectName(QStringLiteral("receptionDoneButton"));
    m_done->setToolTip(tr("The consultation is finished (Ctrl+3)"));
    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("receptionRefreshButton"));
    m_refresh->setToolTip(tr("Reload today's list (F5)"));
    m_chart = new QPushButton(tr("C&hart"), this);
    m_chart->setObjectName(QStringLiteral("receptionChartButton"));
    m_chart->setToolTip(tr("Open the chart of the selected patient (Enter, F2)"));
    m_chart->setVisible(m_record.can(Permission::ReadCharts));
    connect(m_chart, &QPushButton::clicked, this, &ReceptionPanel::requestChart);
    connect(m_table, &QTableView::activated, this, &ReceptionPanel::requestChart);
    connect(m_waiting, &QPushButton::clicked, this, [this] { setCurrentStatus(ReceptionStatus::Waiting); });
    connect(m_inConsultation, &QPushButton::clicked, this,
            [this] { setCurrentStatus(ReceptionStatus::InConsultation); });
    connect(m_done, &QPushButton::clicked, this, [this] { setCurrentStatus(ReceptionStatus::Done); });
    connect(m_refresh, &QPushButton::clicked, this, &ReceptionPanel::refresh);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_waiting);
    buttons->addWidget(m_inConsultation);
    buttons->addWidget(m_done);
    buttons->addStretch(1);
    buttons->addWidget(m_chart);
    buttons->addWidget(m_refresh);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 12, 12, 12);
    layout->addWidget(m_title);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ReceptionPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReceptionPanel::updateButtons);
    setTabOrder(m_table, m_waiting);
    setTabOrder(m_waiting, m_inConsultation);
    setTabOrder(m_inConsultation, m_done);
    setTabOrder(m_done, m_chart);
    setTabOrder(m_chart, m_refresh);
    updateButtons();
}

void ReceptionPanel::refresh() {
    const std::optional<ReceptionEntry> current = currentEntry();
    const QDate today = m_record.clock().today();
    m_title->setText(tr("Today's reception — %1").arg(DisplayText::birthDate(today)));
    try {
        m_model->setEntries(m_record.reception().today(), today);
    } catch (const Error& e) {
        m_model->clear();
        showMessage(e.message(), true);
        return;
    }
    int waiting = 0, inConsultation = 0, done = 0;
    for (const ReceptionEntry& e : m_model->entries()) {
        switch (e.status) {
        case ReceptionStatus::Waiting:
            ++waiting;
            break;
        case ReceptionStatus::InConsultation:
            ++inConsultation;
            break;
        case ReceptionStatus::Done:
            ++done;
            break;
        }
    }
    m_summary->setText(tr("Waiting: %1   In consultation: %2   Done: %3").arg(waiting).arg(inConsultation).arg(done));
    if (current) {
        selectEntry(current->id);
    }
}

void ReceptionPanel::clear() {
    m_model->clear();
    m_title->clear();
    m_summary->clear();
    m_message->hide();
}

bool ReceptionPanel::addPatient(qint64 patientId) {
    try {
        const ReceptionEntry entry = m_record.reception().add(patientId);
        refresh();
        selectEntry(entry.id);
        showMessage(
            tr("%1 was added to today's reception as number %2.").arg(entry.patient.fullName()).arg(entry.queueNumber),
            false);
        return true;
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
}

bool ReceptionPanel::setCurrentStatus(ReceptionStatus status) {
    const std::optional<ReceptionEntry> entry = currentEntry();
    if (!entry) {
        showMessage(tr("Select a patient in the reception list first."), true);
        return false;
    }
    try {
        m_record.reception().setStatus(entry->id, status);
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
    m_message->hide();
    refresh();
    return true;
}

std::optional<ReceptionEntry> ReceptionPanel::currentEntry() const {
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_model->rowCount()) {
        return std::nullopt;
    }
    return m_model->entryAt(rows.first().row());
}

void ReceptionPanel::focusList() {
    m_table->setFocus();
    if (!currentEntry() && m_model->rowCount() > 0) {
        m_table->selectRow(0);
    }
}

void ReceptionPanel::selectEntry(qint64 entryId) {
    const int row = m_model->rowOfEntry(entryId);
    if (row >= 0) {
        m_table->selectRow(row);
    }
}

void ReceptionPanel::showMessage(const QString& message, bool isError) {
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(message);
    m_message->show();
}

void ReceptionPanel::updateButtons() {
    const std::optional<ReceptionEntry> entry = currentEntry();
    m_waiting->setEnabled(entry && entry->status != ReceptionStatus::Waiting);
    m_inConsultation->setEnabled(entry && entry->status != ReceptionStatus::InConsultation);
    m_done->setEnabled(entry && entry->status != ReceptionStatus::Done);
    m_chart->setEnabled(entry.has_value());
}

void ReceptionPanel::requestChart() {
    if (!m_record.can(Permission::ReadCharts)) {
        return;
    }
    if (const std::optional<ReceptionEntry> entry = currentEntry()) {
        emit chartRequested(entry->patient.id);
    }
}

} // namespace tsumugi::ui
