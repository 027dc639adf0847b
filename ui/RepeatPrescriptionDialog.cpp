#include "ui/RepeatPrescriptionDialog.h"

#include "ui/ErrorLabel.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/record/ClinicRecord.h"
#include "ui/ChartText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

RepeatPrescriptionDialog::RepeatPrescriptionDialog(ClinicRecord& record, qint64 visitId, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_visitId(visitId) {
    setObjectName(QStringLiteral("repeatPrescriptionDialog"));
    setWindowTitle(tr("Do prescription: repeat the previous visit's prescription"));

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("repeatPreviewTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Drug"), tr("Dose"), tr("Usage"), tr("Days"), tr("Quantity"), tr("Dispensing")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setTabKeyNavigation(false);

    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("repeatWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(
        QStringLiteral("QLabel{background:#c62828;color:white;font-weight:bold;padding:8px;border-radius:3px;}"));
    m_anyway = new QCheckBox(tr("I have read the warnings: prescribe &anyway"), this);
    m_anyway->setObjectName(QStringLiteral("prescribeAnywayCheck"));
    m_error = ErrorLabel::create(this, QStringLiteral("repeatErrorLabel"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("repeatPrescribeButton"));
    m_ok->setText(tr("Prescribe all"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RepeatPrescriptionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_anyway, &QCheckBox::toggled, this, &RepeatPrescriptionDialog::updateButton);

    try {
        m_preview = m_record.chart().prescriptions().previewRepeat(visitId);
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
    }
    m_table->setRowCount(int(m_preview.size()));
    for (int r = 0; r < m_preview.size(); ++r) {
        const Prescription& p = m_preview.at(r).prescription;
        const QStringList cells = {p.drugName,
                                   QString::number(p.dose, 'g', 6) + p.unit,
                                   p.usageText,
                                   tr("%n day(s)", nullptr, p.days),
                                   QString::number(p.quantity, 'g', 6) + p.unit,
                                   ChartText::dispensing(p.dispensing)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (!m_preview.at(r).warnings.isEmpty()) {
                item->setForeground(QColor(0xc6, 0x28, 0x28));
            }
            m_table->setItem(r, c, item);
        }
        // Days are what changes most often between visits: editable here, applied right after the copy is saved.
        auto* days = new QSpinBox(m_table);
        days->setObjectName(QStringLiteral("repeatDaysSpin%1").arg(r));
        days->setRange(1, 365);
        days->setValue(p.days);
        days->setSuffix(tr(" days"));
        m_table->setCellWidget(r, 3, days);
        m_days << days;
        for (const PrescriptionWarning& w : m_preview.at(r).warnings) {
            m_warnings << QStringLiteral("⚠ %1: %2").arg(ChartText::warningKind(w.kind), w.message);
        }
    }
    intro->setText(m_preview.isEmpty()
                       ? tr("There is no earlier visit with a prescription to repeat.")
                       : tr("%n line(s) from the previous visit, saved together. Change the days here; anything else "
                            "afterwards in the visit's prescription list.",
                            nullptr, int(m_preview.size())));
    m_warningLabel->setText(m_warnings.join(QLatin1Char('\n')));
    m_warningLabel->setVisible(!m_warnings.isEmpty());
    m_anyway->setVisible(!m_warnings.isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_anyway);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    updateButton();
    resize(820, 420);
}

void RepeatPrescriptionDialog::updateButton() {
    m_ok->setEnabled(!m_preview.isEmpty() && (m_warnings.isEmpty() || m_anyway->isChecked()));
}

void RepeatPrescriptionDialog::accept() {
    if (!m_ok->isEnabled()) {
        return;
    }
    try {
        PrescriptionRepository& rx = m_record.chart().prescriptions();
        const QList<Prescription> saved = rx.repeatPrevious(m_visitId, !m_warnings.isEmpty());
        for (int i = 0; i < saved.size() && i < m_days.size(); ++i) {
            if (saved.at(i).drugName != m_preview.at(i).prescription.drugName ||
                saved.at(i).days == m_days.at(i)->value()) {
                continue;
            }
            Prescription changed = saved.at(i);
            changed.days = m_days.at(i)->value();
            changed.quantity = 0; // dose × the new days
            changed.endDate = QDate();
            rx.update(changed, !m_warnings.isEmpty(), tr("Days changed in the Do prescription"));
        }
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tsumugi::ui
