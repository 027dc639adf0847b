#include "ui/PatientDialog.h"

#include "core/Error.h"
#include "core/patients/PatientMerge.h"
#include "core/patients/PatientRepository.h"
#include "core/patients/PatientValidator.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "core/util/JapaneseEra.h"
#include "ui/DisplayText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>
#include <algorithm>

namespace tsumugi::ui {

namespace {
const QString ErrorStyle = QStringLiteral("color: #b00020;");
const QString FieldErrorStyle = QStringLiteral("QLineEdit { border: 1px solid #b00020; border-radius: 2px; "
                                               "padding: 2px; background: #fff6f6; }");
} // namespace

PatientDialog::PatientDialog(ClinicRecord& record, const Patient& existing, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_original(existing) {
    setObjectName(QStringLiteral("patientDialog"));
    const bool isNew = existing.id == 0;
    setWindowTitle(
        isNew ? tr("Register patient")
              : tr("Edit patient %1 — %2").arg(DisplayText::patientNumber(existing.number), existing.fullName()));

    // Personal data: label column, then one or two field columns (family / given).
    auto* personBox = new QGroupBox(tr("Patient"), this);
    auto* person = new QGridLayout(personBox);
    person->setColumnStretch(1, 1);
    person->setColumnStretch(2, 1);
    person->setHorizontalSpacing(12);
    int row = 0;
    person->addWidget(new QLabel(tr("Name (family / given):"), personBox), row, 0);
    m_familyName = addLineEdit(QStringLiteral("familyName"), person, row, 1);
    m_givenName = addLineEdit(QStringLiteral("givenName"), person, row, 2);
    m_familyName->setPlaceholderText(tr("e.g. 山田"));
    m_givenName->setPlaceholderText(tr("e.g. 太郎"));
    row += 2;
    person->addWidget(new QLabel(tr("Kana (family / given):"), personBox), row, 0);
    m_familyKana = addLineEdit(QStringLiteral("familyKana"), person, row, 1);
    m_givenKana = addLineEdit(QStringLiteral("givenKana"), person, row, 2);
    m_familyKana->setPlaceholderText(tr("e.g. ヤマダ"));
    m_givenKana->setPlaceholderText(tr("e.g. タロウ"));
    row += 2;
    person->addWidget(new QLabel(tr("Sex:"), personBox), row, 0);
    m_sex = new QComboBox(personBox);
    m_sex->setObjectName(QStringLiteral("sexCombo"));
    for (Sex s : {Sex::Unknown, Sex::Male, Sex::Female, Sex::Other}) {
        m_sex->addItem(DisplayText::sex(s), int(s));
    }
    person->addWidget(m_sex, row, 1);
    m_fields.insert(QStringLiteral("sex"), m_sex);
    row += 2;
    person->addWidget(new QLabel(tr("Birth date:"), personBox), row, 0);
    m_birthDate = addLineEdit(QStringLiteral("birthDate"), person, row, 1);
    m_birthDate->setPlaceholderText(tr("1975-04-12 or S50.4.12"));
    m_birthDatePreview = new QLabel(personBox);
    m_birthDatePreview->setObjectName(QStringLiteral("birthDatePreviewLabel"));
    m_birthDatePreview->setStyleSheet(QStringLiteral("color: #2a5d8f;"));
    person->addWidget(m_birthDatePreview, row, 2);
    row += 2;
    person->addWidget(new QLabel(tr("Postal code:"), personBox), row, 0);
    m_postalCode = addLineEdit(QStringLiteral("postalCode"), person, row, 1);
    m_postalCode->setPlaceholderText(tr("e.g. 160-0023"));
    row += 2;
    person->addWidget(new QLabel(tr("Address:"), personBox), row, 0);
    m_address = addLineEdit(QStringLiteral("address"), person, row, 1, 2);
    row += 2;
    person->addWidget(new QLabel(tr("Phone:"), personBox), row, 0);
    m_phone = addLineEdit(QStringLiteral("phone"), person, row, 1);
    m_phone->setPlaceholderText(tr("e.g. 03-1234-5678"));

    // Insurance card (保険証) fields, in the order they appear on the card.
    auto* insuranceBox = new QGroupBox(tr("Health insurance card"), this);
    auto* insurance = new QGridLayout(insuranceBox);
    insurance->setColumnStretch(1, 1);
    insurance->setColumnStretch(2, 1);
    insurance->setHorizontalSpacing(12);
    row = 0;
    insurance->addWidget(new QLabel(tr("Insurer number:"), insuranceBox), row, 0);
    m_insurerNumber = addLineEdit(QStringLiteral("insurerNumber"), insurance, row, 1);
    m_insurerNumber->setPlaceholderText(tr("8 digits (6 for National Health Insurance)"));
    m_insurerNumber->setMaxLength(8);
    row += 2;
    insurance->addWidget(new QLabel(tr("Symbol / number:"), insuranceBox), row, 0);
    m_insuranceSymbol = addLineEdit(QStringLiteral("insuranceSymbol"), insurance, row, 1);
    m_insuranceNumber = addLineEdit(QStringLiteral("insuranceNumber"), insurance, row, 2);
    m_insuranceSymbol->setPlaceholderText(tr("Symbol"));
    m_insuranceNumber->setPlaceholderText(tr("Number"));
    row += 2;
    insurance->addWidget(new QLabel(tr("Branch number:"), insuranceBox), row, 0);
    m_insuranceBranch = addLineEdit(QStringLiteral("insuranceBranch"), insurance, row, 1);
    m_insuranceBranch->setPlaceholderText(tr("2 digits, e.g. 01"));
    m_insuranceBranch->setMaxLength(2);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("patientErrorSummary"));
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(ErrorStyle);
    m_summary->hide();

    auto* buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(isNew ? tr("Register") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("patientSaveButton"));
    m_saveButton->setDefault(true);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("patientCancelButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &PatientDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    // One label column width for both boxes, so the fields line up.
    int labelWidth = 0;
    for (QGridLayout* grid : {person, insurance}) {
        for (int r = 0; r < grid->rowCount(); ++r) {
            if (QLayoutItem* item = grid->itemAtPosition(r, 0); item && item->widget()) {
                labelWidth = std::max(labelWidth, item->widget()->sizeHint().width());
            }
        }
    }
    person->setColumnMinimumWidth(0, labelWidth);
    insurance->setColumnMinimumWidth(0, labelWidth);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(12);
    layout->addWidget(personBox);
    layout->addWidget(insuranceBox);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    setMinimumWidth(680);

    // Fill in an existing patient.
    showPatient(existing);
    connect(m_birthDate, &QLineEdit::textChanged, this, &PatientDialog::updateBirthDatePreview);
    updateBirthDatePreview();

    // Reading order: name, kana, sex, birth date, address, phone, then the card.
    QWidget* order[] = {m_familyName,      m_givenName,       m_familyKana,      m_givenKana,  m_sex,
                        m_birthDate,       m_postalCode,      m_address,         m_phone,      m_insurerNumber,
                        m_insuranceSymbol, m_insuranceNumber, m_insuranceBranch, m_saveButton, cancel};
    for (size_t i = 1; i < std::size(order); ++i) {
        setTabOrder(order[i - 1], order[i]);
    }
    m_familyName->setFocus();
}

QLineEdit* PatientDialog::addLineEdit(const QString& field, QGridLayout* grid, int row, int column, int columnSpan) {
    auto* edit = new QLineEdit(grid->parentWidget());
    edit->setObjectName(field + QStringLiteral("Edit"));
    grid->addWidget(edit, row, column, 1, columnSpan);
    auto* error = new QLabel(grid->parentWidget());
    error->setObjectName(field + QStringLiteral("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(ErrorStyle);
    error->hide();
    grid->addWidget(error, row + 1, column, 1, columnSpan);
    m_fields.insert(field, edit);
    m_errors.insert(field, error);
    return edit;
}

QLabel* PatientDialog::errorLabelFor(const QString& field) {
    return m_errors.value(field, nullptr);
}

QDate PatientDialog::parseBirthDate(const QString& text) {
    const QString t = text.normalized(QString::NormalizationForm_KC).trimmed();
    if (t.isEmpty()) {
        return {};
    }
    static const QRegularExpression western(QStringLiteral("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})$"));
    if (auto m = western.match(t); m.hasMatch()) {
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    }
    static const QRegularExpression compact(QStringLiteral("^\\d{8}$"));
    if (compact.match(t).hasMatch()) {
        return QDate::fromString(t, QStringLiteral("yyyyMMdd"));
    }
    return JapaneseEra::parse(t);
}

void PatientDialog::updateBirthDatePreview() {
    const QDate date = parseBirthDate(m_birthDate->text());
    if (!date.isValid()) {
        m_birthDatePreview->setText(m_birthDate->text().trimmed().isEmpty() ? QString() : tr("(not a date yet)"));
        return;
    }
    Patient p;
    p.birthDate = date;
    m_birthDatePreview->setText(
        QStringLiteral("%1  %2").arg(DisplayText::birthDate(date), DisplayText::age(p, m_record.clock().today())));
}

void PatientDialog::showPatient(const Patient& p) {
    m_familyName->setText(p.familyName);
    m_givenName->setText(p.givenName);
    m_familyKana->setText(p.familyKana);
    m_givenKana->setText(p.givenKana);
    m_sex->setCurrentIndex(m_sex->findData(int(p.sex)));
    m_birthDate->setText(p.birthDate.isValid() ? p.birthDate.toString(Qt::ISODate) : QString());
    m_postalCode->setText(p.postalCode);
    m_address->setText(p.address);
    m_phone->setText(p.phone);
    m_insurerNumber->setText(p.insurance.insurerNumber);
    m_insuranceSymbol->setText(p.insurance.symbol);
    m_insuranceNumber->setText(p.insurance.number);
    m_insuranceBranch->setText(p.insurance.branch);
}

Patient PatientDialog::patientFromFields() const {
    Patient p = m_original;
    p.familyName = m_familyName->text().trimmed();
    p.givenName = m_givenName->text().trimmed();
    p.familyKana = m_familyKana->text().trimmed();
    p.givenKana = m_givenKana->text().trimmed();
    p.sex = static_cast<Sex>(m_sex->currentData().toInt());
    p.birthDate = parseBirthDate(m_birthDate->text());
    p.postalCode = m_postalCode->text().trimmed();
    p.address = m_address->text().trimmed();
    p.phone = m_phone->text().trimmed();
    // Card numbers are often typed with full-width digits by the Japanese input method.
    auto digits = [](const QLineEdit* e) { return e->text().normalized(QString::NormalizationForm_KC).trimmed(); };
    p.insurance.insurerNumber = digits(m_insurerNumber);
    p.insurance.symbol = m_insuranceSymbol->text().trimmed();
    p.insurance.number = m_insuranceNumber->text().trimmed();
    p.insurance.branch = digits(m_insuranceBranch);
    return p;
}

void PatientDialog::clearErrors() {
    for (QLabel* label : std::as_const(m_errors)) {
        label->clear();
        label->hide();
    }
    for (QWidget* field : std::as_const(m_fields)) {
        field->setStyleSheet(QString());
    }
    m_summary->hide();
}

void PatientDialog::showErrors(const FieldErrors& errors) {
    QWidget* first = nullptr;
    QStringList unplaced;
    for (const FieldError& e : errors) {
        QLabel* label = errorLabelFor(e.field);
        if (!label) {
            unplaced.append(e.message);
            continue;
        }
        // Two problems of one field go one under the other.
        label->setText(label->text().isEmpty() ? e.message : label->text() + QLatin1Char('\n') + e.message);
        label->show();
        if (QWidget* field = m_fields.value(e.field)) {
            field->setStyleSheet(FieldErrorStyle);
            if (!first) {
                first = field;
            }
        }
    }
    QString summary = tr("Please correct the marked fields. Nothing has been saved yet.");
    if (!unplaced.isEmpty()) {
        summary += QLatin1Char('\n') + unplaced.join(QLatin1Char('\n'));
    }
    m_summary->setText(summary);
    m_summary->show();
    growToFitMessages();
    if (first) {
        first->setFocus();
    }
}

void PatientDialog::growToFitMessages() {
    // Wrapped messages need more height than the dialog had; grow rather than clip them.
    layout()->activate();
    const int needed = layout()->hasHeightForWidth() ? layout()->totalHeightForWidth(width()) : sizeHint().height();
    if (needed > height()) {
        resize(width(), needed);
    }
}

void PatientDialog::save() {
    clearErrors();
    const Patient p = patientFromFields();
    const FieldErrors errors = PatientValidator::validate(p, m_record.clock().today());
    if (!errors.isEmpty()) {
        showErrors(errors);
        return;
    }
    try {
        m_saved = p.id == 0 ? m_record.patients().create(p) : m_record.patients().update(p);
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Conflict && p.id != 0 && takeInChangesMadeMeanwhile(p, e.message())) {
            return;
        }
        m_summary->setText(e.message());
        m_summary->show();
        growToFitMessages();
        return;
    }
    accept();
}

bool PatientDialog::takeInChangesMadeMeanwhile(const Patient& typed, const QString& refusal) {
    // Another desk saved this patient since the dialog opened: the form gets their version with this desk's changes
    // on top, and says which fields both changed; nothing is saved until the user saves again.
    std::optional<Patient> theirs;
    try {
        theirs = m_record.patients().open(typed.id);
    } catch (const Error&) {
        return false;
    }
    if (!theirs || theirs->version == m_original.version) {
        return false;
    }
    const PatientMerge merge = PatientMerge::of(m_original, *theirs, typed);
    m_original = *theirs;
    showPatient(merge.merged);
    QString text = refusal + QLatin1Char('\n') +
                   tr("Their changes are now in the form, with yours on top. Check it and save again.");
    if (!merge.bothChanged.isEmpty()) {
        text += QLatin1Char('\n') + tr("You both changed (your value is in the form; theirs was): %1")
                                        .arg(merge.bothChanged.join(QStringLiteral("、")));
    }
    m_summary->setText(text);
    m_summary->show();
    growToFitMessages();
    return true;
}

} // namespace tsumugi::ui
