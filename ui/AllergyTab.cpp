#include "ui/AllergyTab.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/record/ClinicRecord.h"
#include "ui/AllergyBanner.h"
#include "ui/AllergyDialog.h"
#include "ui/ChartTables.h"
#include "ui/ChartText.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

AllergyTab::AllergyTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot,
                       const AllergyBanner* banner, QWidget* parent)
    : ChartTab(record, patientId, snapshot, parent)
    , m_banner(banner) {
    m_table = ChartTables::makeTable(
        this, "allergyTable",
        {tr("Allergen / drug"), tr("Category"), tr("Reaction"), tr("Severity"), tr("Code"), tr("Recorded")});
    m_add = ChartTables::makeButton(this, "addAllergyButton", tr("&Add allergy / contraindication…"),
                                    tr("J-FAGY, drug master or free text"));
    m_noKnownAllergies = ChartTables::makeButton(this, "noKnownAllergiesButton", tr("Record no &known allergies"));
    m_withdraw = ChartTables::makeButton(this, "withdrawAllergyButton", tr("&Withdraw…"), tr("Entered in error"));
    connect(m_add, &QPushButton::clicked, this, &AllergyTab::addAllergy);
    connect(m_noKnownAllergies, &QPushButton::clicked, this, &AllergyTab::recordNoKnownAllergies);
    connect(m_withdraw, &QPushButton::clicked, this, &AllergyTab::withdrawAllergy);
    for (QWidget* w : {m_add, m_noKnownAllergies, m_withdraw}) {
        w->setVisible(!m_readOnly);
    }
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_noKnownAllergies);
    buttons->addStretch(1);
    buttons->addWidget(m_withdraw);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
}

void AllergyTab::showChart() {
    QList<Allergy> all;
    try {
        all = m_record.chart().allergies().forPatient(m_patientId, true);
    } catch (const Error&) {
        all = m_snapshot.allergies;
    }
    m_table->setRowCount(int(all.size()));
    for (int r = 0; r < all.size(); ++r) {
        const Allergy& a = all.at(r);
        QString category = ChartText::allergyCategory(a.category);
        if (a.withdrawn) {
            category +=
                QStringLiteral(" — ") +
                tr("Withdrawn: %1").arg(ChartTables::withdrawalReason(m_record.chart().allergies().history(a.id)));
        }
        ChartTables::setRow(m_table, r, a.id,
                            {ChartTables::receivedName(a.name, a.sourceInstitution), category, a.reaction,
                             ChartText::severity(a.severity), a.code.isEmpty() ? tr("Free text") : a.code,
                             a.recordedDate.toString(Qt::ISODate)},
                            a.withdrawn);
        if (a.isContraindication() && !a.withdrawn) {
            for (int c = 0; c < 2; ++c) {
                m_table->item(r, c)->setForeground(QColor(0xc6, 0x28, 0x28));
            }
        }
    }
    // "None known" only makes sense while nothing (and not already "none") is recorded.
    m_noKnownAllergies->setEnabled(m_banner->state() == AllergyBanner::State::NotRecorded);
    m_withdraw->setEnabled(!all.isEmpty());
}

void AllergyTab::addAllergy() {
    if (m_readOnly) {
        return;
    }
    AllergyDialog dialog(m_record, m_patientId, m_visitId, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit chartChanged();
        emit wantsToBeShown();
    }
}

void AllergyTab::recordNoKnownAllergies() {
    if (m_readOnly) {
        return;
    }
    try {
        Allergy a = AllergyBanner::noKnownAllergies(m_patientId);
        a.visitId = m_visitId;
        m_record.chart().allergies().create(a);
    } catch (const Error& e) {
        emit failed(e.message());
        return;
    }
    emit chartChanged();
}

void AllergyTab::withdrawAllergy() {
    withdrawSelected(m_table, tr("Withdraw allergy"),
                     [this](qint64 id, const QString& reason) { m_record.chart().allergies().withdraw(id, reason); });
}

} // namespace tsumugi::ui
