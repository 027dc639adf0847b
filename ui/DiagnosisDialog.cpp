#include "ui/DiagnosisDialog.h"

#include "ui/MasterSearchField.h"

#include "ui/ErrorLabel.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/DiagnosisRepository.h"
#include "core/masters/MasterCatalog.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "ui/ChartText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>

namespace tsumugi::ui {

DiagnosisDialog::DiagnosisDialog(ClinicRecord& record, const Diagnosis& diagnosis, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_initial(diagnosis) {
    setObjectName(QStringLiteral("diagnosisDialog"));
    const bool editing = diagnosis.id != 0;
    setWindowTitle(editing ? tr("Edit diagnosis") : tr("Add diagnosis"));

    m_search = new MasterSearchField(m_record, MasterKind::Disease, QStringLiteral("diagnosisSearchEdit"),
                                     QStringLiteral("diagnosisResultList"), this);
    m_search->setRowText([](const MasterEntry& e) {
        return e.icd10.isEmpty() ? e.name : QStringLiteral("%1   (%2)").arg(e.name, e.icd10);
    });
    m_name = m_search->edit();
    m_name->setPlaceholderText(tr("Type kana or kanji to search the disease master; free text is kept uncoded"));
    m_results = m_search->list();
    m_results->setMinimumHeight(140);
    m_code = new QLabel(this);
    m_code->setObjectName(QStringLiteral("diagnosisCodeLabel"));
    // 修飾語 (急性, 左, 術後 …) from the レセ電 修飾語 master; 疑い is the checkbox below.
    m_modifierSearch = new MasterSearchField(m_record, MasterKind::Modifier, QStringLiteral("diagnosisModifierEdit"),
                                             QStringLiteral("diagnosisModifierList"), this);
    m_modifierSearch->edit()->setPlaceholderText(tr("Modifier: e.g. きゅうせい (急性), ひだり (左)"));
    m_modifierSearch->setFilter([](const MasterEntry& e) { return e.code != Diagnosis::SuspectedModifierCode; });
    m_modifierResults = m_modifierSearch->list();
    m_modifierResults->setMaximumHeight(90);
    m_modifiers = new QListWidget(this);
    m_modifiers->setObjectName(QStringLiteral("diagnosisModifierChosenList"));
    m_modifiers->setFlow(QListView::LeftToRight);
    m_modifiers->setMaximumHeight(34);
    m_removeModifier = new QPushButton(tr("Remo&ve modifier"), this);
    m_removeModifier->setObjectName(QStringLiteral("diagnosisRemoveModifierButton"));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("diagnosisPreviewLabel"));
    m_preview->setStyleSheet(QStringLiteral("QLabel{font-weight:bold;}"));
    m_start = new QDateEdit(this);
    m_start->setObjectName(QStringLiteral("diagnosisStartDateEdit"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_principal = new QCheckBox(tr("&Principal diagnosis"), this);
    m_principal->setObjectName(QStringLiteral("diagnosisPrincipalCheck"));
    m_suspected = new QCheckBox(tr("&Suspected"), this);
    m_suspected->setObjectName(QStringLiteral("diagnosisSuspectedCheck"));
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("diagnosisOutcomeCombo"));
    for (Diagnosis::Outcome o : {Diagnosis::Outcome::Continuing, Diagnosis::Outcome::Cured, Diagnosis::Outcome::Died,
                                 Diagnosis::Outcome::Discontinued, Diagnosis::Outcome::Transferred}) {
        m_outcome->addItem(ChartText::outcome(o), int(o));
    }
    m_end = new QDateEdit(this);
    m_end->setObjectName(QStringLiteral("diagnosisEndDateEdit"));
    m_end->setCalendarPopup(true);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_longTerm = new QCheckBox(tr("Keep long-term (LTS)"), this);
    m_longTerm->setObjectName(QStringLiteral("diagnosisLongTermCheck"));
    m_uninformed = new QCheckBox(tr("Not told to the patient"), this);
    m_uninformed->setObjectName(QStringLiteral("diagnosisUninformedCheck"));
    m_undelivered = new QCheckBox(tr("Do not share"), this);
    m_undelivered->setObjectName(QStringLiteral("diagnosisUndeliveredCheck"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("diagnosisReasonEdit"));
    m_error = ErrorLabel::create(this, QStringLiteral("diagnosisErrorLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Name"), m_search);
    form->addRow(tr("Code"), m_code);
    if (!editing) {
        auto* modifierLabel = new QLabel(tr("&Modifiers"), this);
        modifierLabel->setBuddy(m_modifierSearch->edit());
        form->addRow(modifierLabel, m_modifierSearch);
        auto* chosen = new QHBoxLayout;
        chosen->addWidget(m_modifiers, 1);
        chosen->addWidget(m_removeModifier);
        form->addRow(QString(), chosen);
    } else {
        m_modifierSearch->hide();
        m_modifiers->hide();
        m_removeModifier->hide();
    }
    form->addRow(tr("Recorded as"), m_preview);
    form->addRow(tr("S&tart"), m_start);
    auto* kind = new QHBoxLayout;
    kind->addWidget(m_principal);
    kind->addWidget(m_suspected);
    kind->addStretch(1);
    form->addRow(QString(), kind);
    form->addRow(tr("&Outcome"), m_outcome);
    form->addRow(tr("&End date"), m_end);
    auto* flags = new QHBoxLayout;
    flags->addWidget(m_longTerm);
    flags->addWidget(m_uninformed);
    flags->addWidget(m_undelivered);
    flags->addStretch(1);
    form->addRow(tr("Sharing"), flags);
    if (editing) {
        form->addRow(tr("&Reason for the change"), m_reason);
    } else {
        m_reason->hide();
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    for (QAbstractButton* b : buttons->buttons()) {
        // No default button: Enter walks the form (keyPressEvent); saving is Ctrl+Enter or the button itself.
        if (auto* pb = qobject_cast<QPushButton*>(b)) {
            pb->setAutoDefault(false);
            pb->setDefault(false);
        }
    }
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("diagnosisSaveButton"));
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Save (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Ok)->setText(editing ? tr("Save") : tr("Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &DiagnosisDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    m_name->setText(diagnosis.name);
    m_code->setText(editing ? (diagnosis.isUncoded() ? tr("Uncoded (free text)") : diagnosis.medisCode)
                            : tr("Uncoded (free text)"));
    m_name->setReadOnly(editing); // the name of a recorded diagnosis stays; withdraw it if it was wrong
    m_start->setDate(diagnosis.startDate.isValid() ? diagnosis.startDate : m_record.clock().today());
    m_principal->setChecked(diagnosis.principal);
    m_suspected->setChecked(diagnosis.suspected);
    m_outcome->setCurrentIndex(m_outcome->findData(int(diagnosis.outcome)));
    m_end->setDate(diagnosis.endDate.isValid() ? diagnosis.endDate : m_record.clock().today());
    m_longTerm->setChecked(diagnosis.longTerm);
    m_uninformed->setChecked(diagnosis.uninformed);
    m_undelivered->setChecked(diagnosis.undelivered);
    auto updateEnd = [this] {
        m_end->setEnabled(Diagnosis::Outcome(m_outcome->currentData().toInt()) != Diagnosis::Outcome::Continuing);
    };
    updateEnd();
    connect(m_outcome, &QComboBox::currentIndexChanged, this, updateEnd);
    connect(m_search, &MasterSearchField::edited, this, [this] {
        m_entry.reset();
        m_code->setText(tr("Uncoded (free text)"));
    });
    connect(m_search, &MasterSearchField::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_search, &MasterSearchField::picked, this, &DiagnosisDialog::pick);
    connect(m_results, &QListWidget::itemDoubleClicked, this, [this] { m_start->setFocus(); });
    connect(m_modifierSearch, &MasterSearchField::picked, this, &DiagnosisDialog::addModifier);
    connect(m_removeModifier, &QPushButton::clicked, this, [this] {
        const int row = m_modifiers->currentRow() >= 0 ? m_modifiers->currentRow() : m_modifiers->count() - 1;
        if (row >= 0 && row < m_chosen.size()) {
            m_chosen.removeAt(row);
            delete m_modifiers->takeItem(row);
            showPreview();
        }
    });
    connect(m_name, &QLineEdit::textChanged, this, &DiagnosisDialog::showPreview);
    connect(m_suspected, &QCheckBox::toggled, this, &DiagnosisDialog::showPreview);
    m_results->setVisible(!editing);
    showPreview();
    resize(660, editing ? 440 : 680);
}

void DiagnosisDialog::pick(const MasterEntry& entry) {
    m_entry = entry;
    m_search->showText(m_entry->name);
    m_code->setText(tr("MEDIS %1 · ICD-10 %2").arg(m_entry->medisCode, m_entry->icd10));
}

void DiagnosisDialog::addModifier(const MasterEntry& entry) {
    for (const DiseaseModifier& m : std::as_const(m_chosen)) {
        if (m.code == entry.code) {
            return;
        }
    }
    DiseaseModifier m;
    m.code = entry.code;
    m.name = entry.name;
    m.suffix = entry.code.startsWith(QLatin1Char('8')); // 接尾語 are the 8xxx codes
    m_chosen.append(m);
    m_modifiers->addItem(m.name);
    showPreview();
    // Ready for the next one, once the list has finished announcing this pick.
    QTimer::singleShot(0, this, [this] {
        const QSignalBlocker quiet(m_modifierSearch);
        m_modifierSearch->edit()->clear();
        m_modifierResults->clear();
    });
}

void DiagnosisDialog::showPreview() {
    // The name as it will be recorded and sent: prefixes, the name, suffixes, then の疑い.
    QString prefixes;
    QString suffixes;
    for (const DiseaseModifier& m : std::as_const(m_chosen)) {
        (m.suffix ? suffixes : prefixes) += m.name;
    }
    const QString base = m_initial.id != 0 ? m_initial.displayName() : m_name->text().trimmed();
    m_preview->setText(
        base.isEmpty() ? QString()
                       : prefixes + base + suffixes +
                             (m_suspected->isChecked() && m_initial.id == 0 ? QStringLiteral("の疑い") : QString()));
}

void DiagnosisDialog::keyPressEvent(QKeyEvent* event) {
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (!enter) {
        QDialog::keyPressEvent(event);
        return;
    }
    event->accept();
    if (event->modifiers() & Qt::ControlModifier) {
        accept();
        return;
    }
    QWidget* focus = focusWidget();
    if (focus == m_name) {
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            m_results->setFocus();
        }
    } else if (focus == m_results) {
        m_modifierSearch->isVisible() ? m_modifierSearch->edit()->setFocus() : m_start->setFocus();
    } else if (focus == m_modifierSearch->edit()) {
        if (m_modifierResults->count() > 0) {
            m_modifierResults->setCurrentRow(0); // adds it; the field is cleared for the next
        } else {
            m_start->setFocus();
        }
    } else if (auto* button = qobject_cast<QPushButton*>(focus)) {
        button->click();
    } else {
        focusNextChild();
    }
}

void DiagnosisDialog::accept() {
    Diagnosis d = m_initial;
    if (d.id == 0) {
        d.name = m_name->text().trimmed();
        d.modifiers = m_chosen;
        if (m_entry) {
            d.receiptCode = m_entry->code;
            d.medisCode.clear();
        } else {
            d.receiptCode.clear();
            d.medisCode.clear();
            d.icd10.clear();
        }
    }
    d.startDate = m_start->date();
    d.principal = m_principal->isChecked();
    d.suspected = m_suspected->isChecked();
    d.outcome = Diagnosis::Outcome(m_outcome->currentData().toInt());
    d.endDate = d.outcome == Diagnosis::Outcome::Continuing ? QDate() : m_end->date();
    d.longTerm = m_longTerm->isChecked();
    d.uninformed = m_uninformed->isChecked();
    d.undelivered = m_undelivered->isChecked();
    try {
        DiagnosisRepository& repo = m_record.chart().diagnoses();
        m_saved = d.id == 0 ? repo.create(d) : repo.update(d, m_reason->text().trimmed());
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tsumugi::ui
