#include "ui/DiagnosisTab.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "ui/ChartTables.h"
#include "ui/ChartText.h"
#include "ui/DiagnosisDialog.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

DiagnosisTab::DiagnosisTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot, QWidget* parent)
    : ChartTab(record, patientId, snapshot, parent) {
    m_table = ChartTables::makeTable(
        this, "diagnosisTable",
        {tr("Diagnosis"), tr("Principal"), tr("Start"), tr("Outcome"), tr("End"), tr("Code"), tr("Flags")});
    m_add = ChartTables::makeButton(this, "addDiagnosisButton", tr("&Add diagnosis…"),
                                    tr("From the disease master or free text"));
    m_edit = ChartTables::makeButton(this, "editDiagnosisButton", tr("&Edit…"), tr("Outcome, end date, flags"));
    m_withdraw = ChartTables::makeButton(this, "withdrawDiagnosisButton", tr("&Withdraw…"), tr("Entered in error"));
    connect(m_add, &QPushButton::clicked, this, &DiagnosisTab::addDiagnosis);
    connect(m_edit, &QPushButton::clicked, this, &DiagnosisTab::editDiagnosis);
    connect(m_withdraw, &QPushButton::clicked, this, &DiagnosisTab::withdrawDiagnosis);
    connect(m_table, &QTableWidget::cellActivated, this, [this] {
        if (!m_readOnly) {
            editDiagnosis();
        }
    });
    for (QWidget* w : {m_add, m_edit, m_withdraw}) {
        w->setVisible(!m_readOnly);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addStretch(1);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_withdraw);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void DiagnosisTab::showChart() {
    try {
        m_all = m_record.chart().diagnoses().forPatient(m_patientId, true);
    } catch (const Error&) {
        m_all = m_snapshot.diagnoses;
    }
    m_table->setRowCount(int(m_all.size()));
    for (int r = 0; r < m_all.size(); ++r) {
        const Diagnosis& d = m_all.at(r);
        QString code = tr("Uncoded");
        if (!d.isUncoded()) {
            code = d.medisCode + (d.icd10.isEmpty() ? QString() : QStringLiteral(" / ") + d.icd10);
        } else if (!d.receiptCode.isEmpty() && d.receiptCode != Diagnosis::UncodedReceiptCode) {
            // From the master, but its row carries no MEDIS number: show the レセ電 code.
            code = tr("Receipt code %1").arg(d.receiptCode);
        }
        QString outcome = ChartText::outcome(d.outcome);
        if (d.withdrawn) {
            outcome =
                tr("Withdrawn: %1").arg(ChartTables::withdrawalReason(m_record.chart().diagnoses().history(d.id)));
        }
        ChartTables::setRow(m_table, r, d.id,
                            {ChartTables::receivedName(d.displayName(), d.sourceInstitution),
                             d.principal ? tr("Principal") : QString(), d.startText(), outcome, d.endText(), code,
                             ChartText::diagnosisFlags(d)},
                            d.withdrawn, d.comment, d.outcome != Diagnosis::Outcome::Continuing);
        if (d.principal && !d.withdrawn) {
            for (int c = 0; c < m_table->columnCount(); ++c) {
                QFont f = m_table->item(r, c)->font();
                f.setBold(true);
                m_table->item(r, c)->setFont(f);
            }
        }
    }
    m_edit->setEnabled(!m_all.isEmpty());
    m_withdraw->setEnabled(!m_all.isEmpty());
}

void DiagnosisTab::addDiagnosis() {
    if (m_readOnly) {
        return;
    }
    Diagnosis d;
    d.patientId = m_patientId;
    d.visitId = m_visitId;
    d.startDate = m_record.clock().today();
    DiagnosisDialog dialog(m_record, d, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit chartChanged();
        emit wantsToBeShown();
    }
}

void DiagnosisTab::editDiagnosis() {
    const qint64 id = ChartTables::selectedRowId(m_table);
    if (m_readOnly || id == 0) {
        return;
    }
    const std::optional<Diagnosis> d = m_record.chart().diagnoses().find(id);
    if (!d || d->withdrawn) {
        return;
    }
    DiagnosisDialog dialog(m_record, *d, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit chartChanged();
    }
}

void DiagnosisTab::withdrawDiagnosis() {
    withdrawSelected(m_table, tr("Withdraw diagnosis"),
                     [this](qint64 id, const QString& reason) { m_record.chart().diagnoses().withdraw(id, reason); });
}

} // namespace tsumugi::ui
