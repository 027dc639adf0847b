#include "ui/PrescriptionDialog.h"

#include "ui/MasterSearchField.h"

#include "ui/ErrorLabel.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/DosageUsageCatalog.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/masters/MasterCatalog.h"
#include "core/record/ClinicRecord.h"
#include "ui/ChartText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

namespace tsumugi::ui {

PrescriptionDialog::PrescriptionDialog(ClinicRecord& record, const Prescription& prescription, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_initial(prescription) {
    setObjectName(QStringLiteral("prescriptionDialog"));
    setWindowTitle(prescription.id == 0 ? tr("Prescribe") : tr("Edit prescription"));

    m_search = new MasterSearchField(m_record, MasterKind::Drug, QStringLiteral("drugNameEdit"),
                                     QStringLiteral("drugResultList"), this);
    m_search->setRowText([](const MasterEntry& e) {
        return e.genericName.isEmpty() || e.kind == MasterKind::GenericDrug
                   ? e.name
                   : e.name + QStringLiteral("   ") + e.genericName;
    });
    m_name = m_search->edit();
    m_name->setPlaceholderText(tr("Drug: type kana or name to search the drug master, or free text"));
    m_results = m_search->list();
    m_results->setMinimumHeight(120);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("drugCodeLabel"));
    m_generic = new QCheckBox(tr("Prescribe by &generic name"), this);
    m_generic->setObjectName(QStringLiteral("genericNameCheck"));
    m_dose = new QDoubleSpinBox(this);
    m_dose->setObjectName(QStringLiteral("doseSpin"));
    m_dose->setDecimals(2);
    m_dose->setRange(0, 100000);
    m_dose->setSpecialValueText(QStringLiteral(" ")); // 0 = not chosen yet: shown empty, refused when saving
    m_unit = new QComboBox(this);
    m_unit->setObjectName(QStringLiteral("unitCombo"));
    m_unit->setEditable(true);
    m_unit->addItems(PrescriptionRepository::dosageUnits());
    m_usage = new QComboBox(this);
    m_usage->setObjectName(QStringLiteral("usageCombo"));
    m_usage->setEditable(true);
    m_usage->setMaxVisibleItems(16);
    // The usage is chart data, written as the prescription is (Japanese) whatever the screen's language.
    for (const DosageUsage& u : DosageUsageCatalog::all()) {
        m_usage->addItem(u.text);
    }
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("daysSpin"));
    m_days->setRange(0, 365);
    m_days->setSpecialValueText(QStringLiteral(" "));
    m_days->setSuffix(tr(" days"));
    m_usual = new QLabel(this);
    m_usual->setObjectName(QStringLiteral("usualDosageLabel"));
    m_usual->setStyleSheet(QStringLiteral("QLabel{color:#555;}"));
    m_usual->hide();
    m_quantity = new QDoubleSpinBox(this);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setDecimals(3);
    m_quantity->setRange(0, 1000000);
    m_quantity->setSpecialValueText(tr("dose × days"));
    m_dispensing = new QComboBox(this);
    m_dispensing->setObjectName(QStringLiteral("dispensingCombo"));
    m_dispensing->addItem(ChartText::dispensing(Prescription::Dispensing::Outside),
                          int(Prescription::Dispensing::Outside));
    m_dispensing->addItem(ChartText::dispensing(Prescription::Dispensing::InHouse),
                          int(Prescription::Dispensing::InHouse));

    m_warningLabel = new QLabel(this);
    m_warningLabel->setObjectName(QStringLiteral("prescriptionWarningLabel"));
    m_warningLabel->setWordWrap(true);
    m_warningLabel->setStyleSheet(
        QStringLiteral("QLabel{background:#c62828;color:white;font-weight:bold;padding:8px;border-radius:3px;}"));
    m_warningLabel->hide();
    m_anyway = new QCheckBox(tr("I have read the warnings: prescribe &anyway"), this);
    m_anyway->setObjectName(QStringLiteral("prescribeAnywayCheck"));
    m_anyway->hide();
    m_error = ErrorLabel::create(this, QStringLiteral("prescriptionErrorLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Drug"), m_search);
    form->addRow(tr("Code"), m_code);
    form->addRow(QString(), m_generic);
    auto* doseRow = new QHBoxLayout;
    doseRow->addWidget(m_dose, 1);
    doseRow->addWidget(m_unit, 1);
    // A row holding a layout gets no buddy by itself; without one the label would show the '&'.
    auto* doseLabel = new QLabel(tr("D&ose per day"), this);
    doseLabel->setBuddy(m_dose);
    form->addRow(doseLabel, doseRow);
    form->addRow(QString(), m_usual);
    form->addRow(tr("&Usage"), m_usage);
    form->addRow(tr("Da&ys"), m_days);
    form->addRow(tr("&Quantity"), m_quantity);
    form->addRow(tr("Dis&pensing"), m_dispensing);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("prescribeButton"));
    m_ok->setText(prescription.id == 0 ? tr("Prescribe") : tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PrescriptionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_warningLabel);
    layout->addWidget(m_anyway);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (prescription.id != 0) {
        m_name->setText(prescription.drugName);
        m_code->setText(prescription.drugCode.isEmpty() ? tr("Free text (no code)") : prescription.drugCode);
        m_generic->setChecked(prescription.codeSystem == Prescription::CodeSystem::Generic);
        m_dose->setValue(prescription.dose);
        m_unit->setCurrentText(prescription.unit);
        m_usage->setCurrentText(prescription.usageText);
        m_days->setValue(prescription.days);
        m_quantity->setValue(prescription.quantity);
        m_dispensing->setCurrentIndex(m_dispensing->findData(int(prescription.dispensing)));
    } else {
        // Nothing is assumed: the drug's usual dose, usage and days fill in when it is picked.
        m_days->setValue(0);
        m_usage->setCurrentIndex(-1);
        m_usage->setEditText(QString());
        m_code->setText(tr("Free text (no code)"));
    }
    connect(m_search, &MasterSearchField::edited, this, [this] {
        m_drug.reset();
        m_code->setText(tr("Free text (no code)"));
    });
    connect(m_search, &MasterSearchField::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_search, &MasterSearchField::picked, this, &PrescriptionDialog::pickDrug);
    connect(m_results, &QListWidget::itemActivated, this, [this] { m_dose->setFocus(); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] {
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_dose->setFocus();
        }
    });
    connect(m_generic, &QCheckBox::toggled, this, [this] {
        if (const auto entry = m_search->current()) {
            pickDrug(*entry);
        }
    });
    // Whatever the doctor changes after reading the warnings must be checked again.
    connect(m_name, &QLineEdit::textChanged, m_anyway, [this] { m_anyway->setChecked(false); });
    resize(620, 620);
}

void PrescriptionDialog::pickDrug(const MasterEntry& entry) {
    m_drug = entry;
    if (entry.kind == MasterKind::GenericDrug && !m_generic->isChecked()) {
        // A 【般】 line is a 一般名処方 by itself.
        const QSignalBlocker quiet(m_generic);
        m_generic->setChecked(true);
    }
    const bool generic = m_generic->isChecked() && !m_drug->genericName.isEmpty();
    m_search->showText(generic ? m_drug->genericName : m_drug->name);
    // Each code named by its own system: a 【般】 entry is a 一般名コード, not a YJ code.
    m_code->setText(m_drug->kind == MasterKind::GenericDrug ? tr("一般名 %1").arg(m_drug->code)
                                                            : tr("YJ %1").arg(m_drug->yjCode));
    if (!m_drug->unit.isEmpty()) {
        m_unit->setCurrentText(m_drug->unit);
    }
    if (m_initial.id == 0) {
        fillUsualDosage();
    }
    m_anyway->setChecked(false);
    // Show what the check finds as soon as the drug is chosen, not only at the end.
    try {
        Prescription p = current();
        showWarnings(m_record.chart().prescriptions().check(p).warnings);
    } catch (const Error&) {
        // Incomplete lines are judged when saving.
    }
}

void PrescriptionDialog::fillUsualDosage() {
    std::optional<UsualDosage> usual;
    try {
        usual = m_record.chart().prescriptions().usualDosage(m_initial.patientId, current().drugCode);
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
    }
    if (!usual) {
        m_usual->hide();
        return;
    }
    m_dose->setValue(usual->dose);
    if (!usual->unit.isEmpty()) {
        m_unit->setCurrentText(usual->unit);
    }
    m_usage->setCurrentText(usual->usageText);
    m_days->setValue(usual->days);
    m_quantity->setValue(0);
    m_usual->setText(usual->source == UsualDosage::Source::ThisPatient
                         ? tr("Filled from this patient's last prescription of the drug.")
                         : tr("Filled from how this clinic usually prescribes the drug."));
    m_usual->show();
}

Prescription PrescriptionDialog::current() const {
    Prescription p = m_initial;
    p.drugName = m_name->text().trimmed();
    if (m_drug) {
        const bool generic =
            m_drug->kind == MasterKind::GenericDrug || (m_generic->isChecked() && !m_drug->genericName.isEmpty());
        if (m_drug->kind == MasterKind::GenericDrug) {
            // A 【般】 entry picked from the list: 一般名処方 by its own code.
            p.codeSystem = Prescription::CodeSystem::Generic;
            p.drugCode = m_drug->code;
        } else if (generic) {
            const QJsonObject detail = QJsonDocument::fromJson(m_drug->detail.toUtf8()).object();
            const QString genericCode = detail.value(QStringLiteral("genericCode")).toString();
            p.codeSystem = Prescription::CodeSystem::Generic;
            p.drugCode = genericCode.isEmpty() ? m_drug->yjCode : genericCode;
        } else {
            p.codeSystem = Prescription::CodeSystem::Yj;
            p.drugCode = m_drug->yjCode;
        }
        p.yjCode = m_drug->yjCode;
    } else if (m_initial.id == 0 || p.drugName != m_initial.drugName) {
        p.codeSystem = Prescription::CodeSystem::None;
        p.drugCode.clear();
        p.yjCode.clear();
    }
    p.dose = m_dose->value();
    p.unit = m_unit->currentText().trimmed();
    p.usageText = m_usage->currentText().trimmed();
    p.usageCode = DosageUsageCatalog::codeFor(p.usageText);
    p.days = m_days->value();
    p.quantity = m_quantity->value();
    p.dispensing = Prescription::Dispensing(m_dispensing->currentData().toInt());
    return p;
}

void PrescriptionDialog::showWarnings(const QList<PrescriptionWarning>& warnings) {
    m_warnings.clear();
    for (const PrescriptionWarning& w : warnings) {
        m_warnings << QStringLiteral("⚠ %1: %2").arg(ChartText::warningKind(w.kind), w.message);
    }
    m_warningLabel->setText(m_warnings.join(QLatin1Char('\n')));
    m_warningLabel->setVisible(!m_warnings.isEmpty());
    m_anyway->setVisible(!m_warnings.isEmpty());
}

void PrescriptionDialog::accept() {
    m_error->hide();
    const Prescription p = current();
    try {
        PrescriptionRepository& rx = m_record.chart().prescriptions();
        const CheckedPrescription checked = rx.check(p);
        showWarnings(checked.warnings);
        if (!checked.warnings.isEmpty() && !m_anyway->isChecked()) {
            m_anyway->setFocus();
            return;
        }
        const bool acknowledge = !checked.warnings.isEmpty();
        m_saved = p.id == 0 ? rx.create(p, acknowledge) : rx.update(p, acknowledge);
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tsumugi::ui
