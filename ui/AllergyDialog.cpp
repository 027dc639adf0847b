#include "ui/AllergyDialog.h"

#include "ui/MasterSearchField.h"

#include "ui/ErrorLabel.h"

#include "core/Error.h"
#include "core/chart/AllergyRepository.h"
#include "core/chart/Chart.h"
#include "core/masters/DrugClassCatalog.h"
#include "core/masters/IngredientName.h"
#include "core/masters/MasterCatalog.h"
#include "core/record/ClinicRecord.h"
#include "ui/ChartText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsumugi::ui {

AllergyDialog::AllergyDialog(ClinicRecord& record, qint64 patientId, qint64 visitId, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_patientId(patientId)
    , m_visitId(visitId) {
    setObjectName(QStringLiteral("allergyDialog"));
    setWindowTitle(tr("Add allergy or drug contraindication"));

    m_category = new QComboBox(this);
    m_category->setObjectName(QStringLiteral("allergyCategoryCombo"));
    for (Allergy::Category c : {Allergy::Category::Medication, Allergy::Category::Food, Allergy::Category::Environment,
                                Allergy::Category::Other}) {
        m_category->addItem(ChartText::allergyCategory(c), int(c));
    }
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("allergyLevelCombo"));
    // An ingredient first: what a doctor usually means by "allergic to ロキソニン".
    m_level->addItem(tr("Ingredient (in every product)"), int(Level::Ingredient));
    m_level->addItem(tr("Drug class (e.g. penicillins, NSAIDs)"), int(Level::DrugClass));
    m_level->addItem(tr("One product or 一般名"), int(Level::Product));
    m_class = new QComboBox(this);
    m_class->setObjectName(QStringLiteral("allergyClassCombo"));
    for (const DrugClass& c : DrugClassCatalog::all()) {
        m_class->addItem(DrugClassCatalog::label(c), c.id);
    }
    m_search = new MasterSearchField(m_record, MasterKind::Drug, QStringLiteral("allergySearchEdit"),
                                     QStringLiteral("allergyResultList"), this);
    m_name = m_search->edit();
    m_name->setPlaceholderText(tr("Type kana or name to search; free text is allowed"));
    m_results = m_search->list();
    m_results->setMinimumHeight(120);
    m_code = new QLabel(tr("Free text (no code)"), this);
    m_code->setObjectName(QStringLiteral("allergyCodeLabel"));
    m_code->setWordWrap(true);
    m_codeAsClass = new QPushButton(this);
    m_codeAsClass->setObjectName(QStringLiteral("allergyCodeAsClassButton"));
    m_codeAsClass->hide();
    m_reaction = new QLineEdit(this);
    m_reaction->setObjectName(QStringLiteral("allergyReactionEdit"));
    m_reaction->setPlaceholderText(tr("e.g. rash, anaphylaxis"));
    m_severity = new QComboBox(this);
    m_severity->setObjectName(QStringLiteral("allergySeverityCombo"));
    m_severity->addItem(tr("Not known"), int(Allergy::Severity::Unknown));
    for (Allergy::Severity s : {Allergy::Severity::Mild, Allergy::Severity::Moderate, Allergy::Severity::Severe}) {
        m_severity->addItem(ChartText::severity(s), int(s));
    }
    m_error = ErrorLabel::create(this, QStringLiteral("allergyErrorLabel"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Category"), m_category);
    m_levelLabel = new QLabel(tr("Recor&ded as"), this);
    m_levelLabel->setBuddy(m_level);
    form->addRow(m_levelLabel, m_level);
    m_classLabel = new QLabel(tr("Drug c&lass"), this);
    m_classLabel->setBuddy(m_class);
    form->addRow(m_classLabel, m_class);
    m_allergenLabel = new QLabel(tr("&Allergen / drug"), this);
    m_allergenLabel->setBuddy(m_name);
    form->addRow(m_allergenLabel, m_search);
    form->addRow(tr("Code"), m_code);
    form->addRow(QString(), m_codeAsClass);
    form->addRow(tr("&Reaction"), m_reaction);
    form->addRow(tr("&Severity"), m_severity);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("allergySaveButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &AllergyDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Drugs by YJ or 一般名 for a contraindication; J-FAGY foods or environmental allergens; nothing for 'other'.
    const auto configure = [this] {
        const Allergy::Category c = category();
        m_search->setKind(c == Allergy::Category::Medication ? MasterKind::Drug : MasterKind::Jfagy);
        m_search->setFilter([c](const MasterEntry& e) {
            if (c == Allergy::Category::Other) {
                return false;
            }
            if (c == Allergy::Category::Medication) {
                return !e.yjCode.isEmpty() || e.kind == MasterKind::GenericDrug;
            }
            const QString wanted =
                c == Allergy::Category::Food ? QStringLiteral("food") : QStringLiteral("environment");
            return e.category.isEmpty() || e.category == wanted;
        });
    };
    configure();
    connect(m_category, &QComboBox::currentIndexChanged, this, [this, configure] {
        m_entry.reset();
        m_code->setText(tr("Free text (no code)"));
        configure();
        showLevel();
        m_search->search();
    });
    connect(m_level, &QComboBox::currentIndexChanged, this, [this] {
        m_entry.reset();
        showLevel();
    });
    connect(m_class, &QComboBox::currentIndexChanged, this, &AllergyDialog::showLevel);
    connect(m_search, &MasterSearchField::edited, this, [this] {
        m_entry.reset();
        m_code->setText(tr("Free text (no code)"));
        offerClass();
    });
    connect(m_codeAsClass, &QPushButton::clicked, this, [this] {
        // The clerk's 「ペニシリン」 becomes the class it names, which protects against every drug of the class.
        const QString id = m_offeredClass;
        m_category->setCurrentIndex(m_category->findData(int(Allergy::Category::Medication)));
        m_level->setCurrentIndex(m_level->findData(int(Level::DrugClass)));
        m_class->setCurrentIndex(m_class->findData(id));
        showLevel();
    });
    showLevel();
    connect(m_search, &MasterSearchField::failed, this, [this](const QString& message) {
        m_error->setText(message);
        m_error->show();
    });
    connect(m_search, &MasterSearchField::picked, this, &AllergyDialog::pick);
    resize(600, 480);
}

Allergy::Category AllergyDialog::category() const {
    return Allergy::Category(m_category->currentData().toInt());
}

AllergyDialog::Level AllergyDialog::level() const {
    return Level(m_level->currentData().toInt());
}

void AllergyDialog::showLevel() {
    const bool drug = category() == Allergy::Category::Medication;
    const bool byClass = drug && level() == Level::DrugClass;
    m_levelLabel->setVisible(drug);
    m_level->setVisible(drug);
    m_classLabel->setVisible(byClass);
    m_class->setVisible(byClass);
    m_allergenLabel->setVisible(!byClass);
    m_search->setVisible(!byClass);
    if (byClass) {
        const DrugClass* c = DrugClassCatalog::find(m_class->currentData().toString());
        m_code->setText(c ? tr("Drug class: %1 (every drug of the class is checked)").arg(c->name) : QString());
        m_codeAsClass->hide();
    } else if (!m_entry) {
        m_code->setText(tr("Free text (no code)"));
        offerClass();
    }
}

void AllergyDialog::offerClass() {
    // A free text that names a drug class ("ペニシリン", "アスピリン喘息") is offered to be recorded as that class.
    const QStringList named = DrugClassCatalog::classesNamedIn(m_name->text());
    const bool alreadyClass = category() == Allergy::Category::Medication && level() == Level::DrugClass;
    const DrugClass* c = named.isEmpty() ? nullptr : DrugClassCatalog::find(named.first());
    m_offeredClass = c ? c->id : QString();
    m_codeAsClass->setVisible(c && !m_entry && !alreadyClass);
    if (c) {
        m_codeAsClass->setText(tr("Record as the drug class %1").arg(DrugClassCatalog::label(*c)));
    }
}

void AllergyDialog::pick(const MasterEntry& entry) {
    m_entry = entry;
    m_codeAsClass->hide();
    if (category() == Allergy::Category::Medication && level() == Level::Ingredient) {
        // The ingredient is named from the products that hold it; the doctor may correct the name.
        const QString yj = entry.kind == MasterKind::GenericDrug ? entry.code : entry.yjCode;
        const QString name = IngredientName::of(m_record.masters().drugsByYj(yj));
        m_search->showText(name.isEmpty() ? entry.name : name);
        m_code->setText(tr("Ingredient %1 (every product holding it is checked)").arg(yj.left(7)));
        return;
    }
    m_search->showText(m_entry->name);
    // Each code named by its own system: a 【般】 entry is a 一般名コード, not a YJ code.
    m_code->setText(category() != Allergy::Category::Medication ? tr("J-FAGY %1").arg(m_entry->code)
                    : m_entry->kind == MasterKind::GenericDrug  ? tr("一般名 %1").arg(m_entry->code)
                                                                : tr("YJ %1").arg(m_entry->yjCode));
}

void AllergyDialog::accept() {
    Allergy a;
    a.patientId = m_patientId;
    a.visitId = m_visitId;
    a.category = category();
    a.name = m_name->text().trimmed();
    const bool drug = a.category == Allergy::Category::Medication;
    if (drug && level() == Level::DrugClass) {
        a.codeSystem = Allergy::CodeSystem::DrugClass;
        a.code = m_class->currentData().toString();
        a.name.clear(); // named by the catalog
    } else if (drug && level() == Level::Ingredient && m_entry) {
        a.codeSystem = Allergy::CodeSystem::Ingredient;
        a.code = (m_entry->kind == MasterKind::GenericDrug ? m_entry->code : m_entry->yjCode).left(7);
    } else if (m_entry) {
        const bool generic = drug && m_entry->kind == MasterKind::GenericDrug;
        a.codeSystem = generic ? Allergy::CodeSystem::Generic
                       : drug  ? Allergy::CodeSystem::Yj
                               : Allergy::CodeSystem::Jfagy;
        a.code = generic ? QStringLiteral("GCM") + m_entry->code : drug ? m_entry->yjCode : m_entry->code;
    }
    a.reaction = m_reaction->text().trimmed();
    a.severity = Allergy::Severity(m_severity->currentData().toInt());
    try {
        m_saved = m_record.chart().allergies().create(a);
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tsumugi::ui
