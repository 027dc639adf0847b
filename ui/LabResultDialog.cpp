#include "ui/LabResultDialog.h"

#include "ui/MasterSearchField.h"

#include "ui/ErrorLabel.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/LabItemUnits.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/LabSharing.h"
#include "core/masters/MasterCatalog.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsumugi::ui {

namespace {

// The specimen a JLAC code is for (血清, 全血(添加物入り) …), from the master's detail.
QString specimenOf(const MasterEntry& e) {
    return QJsonDocument::fromJson(e.detail.toUtf8()).object().value(QStringLiteral("specimen")).toString();
}

QString numberText(const std::optional<double>& v) {
    return v ? QString::number(*v) : QString();
}

std::optional<double> number(const QString& text) {
    bool ok = false;
    const double v = text.trimmed().toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

} // namespace

LabResultDialog::LabResultDialog(ClinicRecord& record, qint64 patientId, qint64 visitId, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_patientId(patientId)
    , m_visitId(visitId) {
    setObjectName(QStringLiteral("labResultDialog"));
    setWindowTitle(tr("Enter a lab result"));

    m_search = new MasterSearchField(m_record, MasterKind::Jlac, QStringLiteral("labItemEdit"),
                                     QStringLiteral("labItemResultList"), this);
    // One row per item (HbA1c once, not once per method and specimen): the clinic's own code for it ranks first
    // and stands for the item; another method's code can still be typed into the code field.
    m_search->setDistinct([](const MasterEntry& e) { return e.groupCode; });
    m_search->setRowText([](const MasterEntry& e) {
        const QString specimen = specimenOf(e);
        return specimen.isEmpty() ? e.name : QStringLiteral("%1   （%2）").arg(e.name, specimen);
    });
    m_name = m_search->edit();
    m_name->setPlaceholderText(tr("Item: type to search the JLAC master, or a name of your own"));
    m_results = m_search->list();
    m_results->setMaximumHeight(110);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("labCodeEdit"));
    m_code->setPlaceholderText(tr("Local code, e.g. HBA1C"));
    // The clinic's own code of the item, which the sharing service asks beside the JLAC code; remembered per item.
    m_localCode = new QLineEdit(this);
    m_localCode->setObjectName(QStringLiteral("labLocalCodeEdit"));
    m_localCode->setPlaceholderText(tr("This clinic's code for the item (院内項目コード)"));
    m_value = new QLineEdit(this);
    m_value->setObjectName(QStringLiteral("labValueEdit"));
    m_unit = new QLineEdit(this);
    m_unit->setObjectName(QStringLiteral("labUnitEdit"));
    m_low = new QLineEdit(this);
    m_low->setObjectName(QStringLiteral("labLowEdit"));
    m_high = new QLineEdit(this);
    m_high->setObjectName(QStringLiteral("labHighEdit"));
    m_specimen = new QComboBox(this);
    m_specimen->setObjectName(QStringLiteral("labSpecimenCombo"));
    m_specimen->setEditable(true);
    m_specimen->addItems({tr("Serum"), tr("Plasma"), tr("Whole blood"), tr("Urine")});
    m_collected = new QDateTimeEdit(m_record.clock().now().toLocalTime(), this);
    m_collected->setObjectName(QStringLiteral("labCollectedEdit"));
    m_collected->setCalendarPopup(true);
    m_collected->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
    m_error = ErrorLabel::create(this, QStringLiteral("labErrorLabel"));
    m_defaults = new QLabel(this);
    m_defaults->setObjectName(QStringLiteral("labDefaultsLabel"));
    m_defaults->setWordWrap(true);
    m_defaults->setStyleSheet(QStringLiteral("QLabel{color:#555;}"));
    m_defaults->hide();
    // Said at entry, not discovered later: whether this result will reach the sharing service.
    m_sharing = new QLabel(this);
    m_sharing->setObjectName(QStringLiteral("labSharingLabel"));
    m_sharing->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Item"), m_search);
    form->addRow(tr("&Code"), m_code);
    form->addRow(tr("&Local item code"), m_localCode);
    form->addRow(tr("&Value"), m_value);
    form->addRow(tr("&Unit"), m_unit);
    auto* range = new QHBoxLayout;
    range->addWidget(m_low);
    range->addWidget(new QLabel(QStringLiteral("–"), this));
    range->addWidget(m_high);
    auto* rangeLabel = new QLabel(tr("&Reference range"), this);
    rangeLabel->setBuddy(m_low); // a layout row gets no buddy by itself
    form->addRow(rangeLabel, range);
    form->addRow(tr("&Specimen"), m_specimen);
    form->addRow(QString(), m_defaults);
    form->addRow(tr("C&ollected"), m_collected);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("labSaveButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LabResultDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_sharing);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    connect(m_search, &MasterSearchField::edited, this, [this] {
        m_entry.reset();
        updateSharing();
    });
    connect(m_search, &MasterSearchField::picked, this, &LabResultDialog::pick);
    connect(m_code, &QLineEdit::textChanged, this, &LabResultDialog::updateSharing);
    connect(m_localCode, &QLineEdit::textChanged, this, &LabResultDialog::updateSharing);
    updateSharing();
    resize(560, 520);
}

LabResult LabResultDialog::current() const {
    LabResult r;
    r.patientId = m_patientId;
    r.visitId = m_visitId;
    r.code = m_code->text().trimmed();
    // An official code typed in (not picked from the list) is still the official code.
    const bool official = m_entry || (!r.code.isEmpty() && m_record.masters().find(MasterKind::Jlac, r.code));
    r.codeSystem = official ? LabResult::CodeSystem::Jlac10 : LabResult::CodeSystem::Local;
    r.name = m_name->text().trimmed();
    r.localCode = m_localCode->text().trimmed();
    if (const std::optional<double> v = number(m_value->text())) {
        r.valueNumber = v;
    } else {
        r.valueText = m_value->text().trimmed();
    }
    r.unit = m_unit->text().trimmed();
    r.referenceLow = number(m_low->text());
    r.referenceHigh = number(m_high->text());
    r.specimen = m_specimen->currentText().trimmed();
    r.collectedAt = m_collected->dateTime();
    return r;
}

void LabResultDialog::updateSharing() {
    const LabResult r = current();
    if (r.code.isEmpty() && r.name.isEmpty()) {
        m_sharing->setText(tr("Core lab items and infection items with their JLAC10 code are shared with the "
                              "national sharing service."));
        m_sharing->setStyleSheet(QString());
        return;
    }
    // Saved, it has an ordering doctor (the visit's, else the doctor entering it): only the codes can be missing.
    LabResult saved = r;
    saved.orderedById = saved.orderedById != 0 ? saved.orderedById : m_record.currentUser().id;
    const LabSharing::Reason reason = m_record.chart().labs().sharingOf(saved);
    if (reason == LabSharing::Reason::Shared) {
        m_sharing->setText(tr("Shared: this is a JP-CLINS item; it goes to the sharing service with the next send."));
        m_sharing->setStyleSheet(QString());
    } else {
        m_sharing->setText(LabSharing::explanation(reason));
        m_sharing->setStyleSheet(QStringLiteral("color: #8a5a00; font-weight: bold;"));
    }
}

void LabResultDialog::pick(const MasterEntry& entry) {
    m_entry = entry;
    m_search->showText(m_entry->name);
    m_code->setText(m_entry->code);
    // The item's own unit and specimen first; then how this clinic last reported the item (its lab's unit,
    // reference range and specimen), which is what the next report will say too.
    QString unit = m_entry->unit.isEmpty() ? LabItemUnits::of(m_entry->groupCode) : m_entry->unit;
    QString specimen = specimenOf(*m_entry);
    std::optional<double> low;
    std::optional<double> high;
    std::optional<LabResult> last;
    try {
        last = m_record.chart().labs().lastOfItem(m_entry->groupCode.isEmpty() ? m_entry->code : m_entry->groupCode);
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
    }
    if (last) {
        m_localCode->setText(last->localCode);
        unit = last->unit.isEmpty() ? unit : last->unit;
        specimen = last->specimen.isEmpty() ? specimen : last->specimen;
        low = last->referenceLow;
        high = last->referenceHigh;
    }
    m_unit->setText(unit);
    m_specimen->setCurrentText(specimen);
    m_low->setText(numberText(low));
    m_high->setText(numberText(high));
    m_defaults->setText(last ? tr("Unit, range and specimen as this clinic last reported %1 (%2).")
                                   .arg(m_entry->name, last->collectedAt.date().toString(Qt::ISODate))
                             : tr("Unit and specimen of the item; no earlier result of it in this clinic."));
    m_defaults->show();
    updateSharing();
}

void LabResultDialog::accept() {
    const LabResult r = current();
    try {
        m_saved = m_record.chart().labs().create(r);
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tsumugi::ui
