#include "ui/ReceptionPanel.h"

#include "core/Error.h"
#include "core/eligibility/EligibilityLog.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "ui/DisplayText.h"
#include "ui/EligibilityDialog.h"
#include "ui/EligibilityResultView.h"
#include "ui/EligibilityRunner.h"
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
    m_chart = new QPushButton(tr("Char&t"), this);
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

    // Online eligibility (オンライン資格確認) of the selected entry: its last result, and a retry after 未確認.
    m_eligibility = new QPushButton(tr("&Eligibility…"), this);
    m_eligibility->setObjectName(QStringLiteral("receptionEligibilityButton"));
    m_eligibility->setToolTip(tr("Check the insurance online with the My Number card or the insurance card"));
    connect(m_eligibility, &QPushButton::clicked, this, &ReceptionPanel::checkEligibility);
    m_eligibilityRetry = new QPushButton(tr("Re&try check"), this);
    m_eligibilityRetry->setObjectName(QStringLiteral("receptionEligibilityRetryButton"));
    m_eligibilityRetry->hide();
    connect(m_eligibilityRetry, &QPushButton::clicked, this, &ReceptionPanel::retryEligibility);
    m_eligibilityStatus = new QLabel(this);
    m_eligibilityStatus->setObjectName(QStringLiteral("receptionEligibilityLabel"));
    m_eligibilityStatus->setWordWrap(true);
    m_eligibilityRunner = new EligibilityRunner(m_record, this);
    connect(m_eligibilityRunner, &EligibilityRunner::finished, this, [this](const EligibilityCheck&) {
        m_eligibilityRetry->setEnabled(true);
        showEligibility();
    });
    connect(m_eligibilityRunner, &EligibilityRunner::failed, this, [this](const QString& message) {
        m_eligibilityRetry->setEnabled(true);
        showMessage(message, true);
    });

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
    auto* eligibilityRow = new QHBoxLayout;
    eligibilityRow->addWidget(m_eligibilityStatus, 1);
    eligibilityRow->addWidget(m_eligibilityRetry);
    eligibilityRow->addWidget(m_eligibility);
    layout->addLayout(eligibilityRow);
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
    // Rows updated in place keep the selection without a selection change: the buttons follow the new status.
    updateButtons();
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
    m_eligibility->setEnabled(entry.has_value());
    showEligibility();
}

void ReceptionPanel::showEligibility() {
    const std::optional<ReceptionEntry> entry = currentEntry();
    m_eligibilityRetry->hide();
    if (!entry) {
        m_eligibilityStatus->clear();
        return;
    }
    std::optional<EligibilityCheck> check;
    try {
        check = EligibilityLog(m_record).latestForReception(entry->id);
    } catch (const Error&) {
        check.reset();
    }
    QString color = QStringLiteral("#b00020");
    QString text;
    if (!check) {
        text = tr("Eligibility: not checked yet");
        color = QStringLiteral("#757575");
    } else if (check->status == EligibilityCheck::Status::NotChecked) {
        text = tr("Eligibility: NOT CHECKED (未確認) — the service could not be reached. Retry when online.");
        m_eligibilityRetry->show();
    } else if (check->status == EligibilityCheck::Status::Error || !check->result) {
        text = tr("Eligibility: not confirmed — %1").arg(check->message);
        m_eligibilityRetry->show();
    } else {
        text = tr("Eligibility: %1 (%2)")
                   .arg(EligibilityResultView::validityText(check->result->validity),
                        check->checkedAt.toLocalTime().toString(QStringLiteral("HH:mm")));
        if (check->result->validity == EligibilityResult::Validity::Valid) {
            color = QStringLiteral("#1b5e20");
        }
    }
    m_eligibilityStatus->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(color));
    m_eligibilityStatus->setText(text);
}

void ReceptionPanel::checkEligibility() {
    const std::optional<ReceptionEntry> entry = currentEntry();
    if (!entry) {
        showMessage(tr("Select a patient in the reception list first."), true);
        return;
    }
    auto* dialog = new EligibilityDialog(m_record, entry->patient.id, entry->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EligibilityDialog::checked, this, [this] { showEligibility(); });
    connect(dialog, &EligibilityDialog::patientUpdated, this, [this] { refresh(); });
    dialog->open();
}

void ReceptionPanel::retryEligibility() {
    const std::optional<ReceptionEntry> entry = currentEntry();
    if (!entry) {
        return;
    }
    try {
        const auto last = EligibilityLog(m_record).latestForReception(entry->id);
        if (last && m_eligibilityRunner->start(last->request, entry->patient.id, entry->id)) {
            m_eligibilityRetry->setEnabled(false);
            m_eligibilityStatus->setText(tr("Eligibility: asking the service again…"));
        }
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
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
