#include "ui/SharedRecordPanel.h"

#include "core/Error.h"
#include "core/eligibility/EligibilityLog.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "sync/services/SharedItemAdopter.h"
#include "sync/services/SummaryService.h"
#include "ui/SummaryPullRunner.h"

#include <QCheckBox>
#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMap>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

namespace {
constexpr int ItemIndexRole = Qt::UserRole + 1;
}

SharedRecordPanel::SharedRecordPanel(ClinicRecord& record, qint64 patientId, QWidget* parent)
    : QWidget(parent)
    , m_record(record)
    , m_patientId(patientId) {
    setObjectName(QStringLiteral("sharedRecordPanel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sharedRecordStatusLabel"));
    m_status->setWordWrap(true);
    m_emergency = new QCheckBox(tr("&Emergency (without consent, to protect life)"), this);
    m_emergency->setObjectName(QStringLiteral("sharedRecordEmergencyCheck"));
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("sharedRecordReasonEdit"));
    m_reason->setPlaceholderText(tr("Reason (required in an emergency; kept in the audit trail)"));
    m_reason->setEnabled(false);
    connect(m_emergency, &QCheckBox::toggled, m_reason, &QWidget::setEnabled);
    m_pull = new QPushButton(tr("&Get the shared record"), this);
    m_pull->setObjectName(QStringLiteral("sharedRecordPullButton"));
    connect(m_pull, &QPushButton::clicked, this, &SharedRecordPanel::pull);
    m_runner = new SummaryPullRunner(m_record, this);
    connect(m_runner, &SummaryPullRunner::finished, this, [this](const SharedSummary& summary) {
        m_summary = summary;
        m_message->hide();
        setPulling(false);
        showSummary();
        emit pullFinished(true);
    });
    connect(m_runner, &SummaryPullRunner::failed, this, [this](const QString& message) {
        showMessage(message, true);
        setPulling(false);
        showSummary();
        emit pullFinished(false);
    });

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("sharedRecordTree"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Item"), tr("Date"), tr("Detail"), tr("Source")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setAlternatingRowColors(true);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &SharedRecordPanel::updateButtons);

    m_adopt = new QPushButton(tr("&Adopt into own record"), this);
    m_adopt->setObjectName(QStringLiteral("sharedRecordAdoptButton"));
    m_adopt->setToolTip(tr("Adds the selected shared allergy, contraindication or diagnosis to this patient's "
                           "record, marked with the institution it came from"));
    m_adopt->setVisible(m_record.can(Permission::WriteCharts));
    connect(m_adopt, &QPushButton::clicked, this, &SharedRecordPanel::adoptSelected);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("sharedRecordMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* top = new QHBoxLayout;
    top->addWidget(m_emergency);
    top->addWidget(m_reason, 1);
    top->addWidget(m_pull);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_adopt);
    bottom->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(m_tree, 1);
    layout->addLayout(bottom);

    try {
        m_summary = sync::SummaryService(m_record).latest(m_patientId);
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
    showSummary();
}

void SharedRecordPanel::showMessage(const QString& message, bool isError) {
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(message);
    m_message->show();
}

bool SharedRecordPanel::isPulling() const {
    return m_runner->isRunning();
}

bool SharedRecordPanel::pull() {
    if (m_runner->isRunning()) {
        return false;
    }
    // A refusal before the request (no reason, no recent check) arrives through failed() at once.
    if (!m_runner->start(m_patientId, m_emergency->isChecked(), m_reason->text())) {
        return false;
    }
    setPulling(true);
    return true;
}

void SharedRecordPanel::setPulling(bool pulling) {
    m_pull->setEnabled(!pulling);
    m_pull->setText(pulling ? tr("Getting…") : tr("&Get the shared record"));
    // The request was made with these: they cannot change under it.
    m_emergency->setEnabled(!pulling);
    m_reason->setEnabled(!pulling && m_emergency->isChecked());
    if (pulling) {
        m_message->setStyleSheet(QString());
        m_message->setText(tr("Asking the sharing service…"));
        m_message->show();
    }
}

void SharedRecordPanel::showSummary() {
    m_tree->clear();
    QString status;
    try {
        const auto check = EligibilityLog(m_record).latestWithTokenForPatient(m_patientId);
        status =
            check ? tr("Eligibility checked %1; consent valid until %2.")
                        .arg(check->checkedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                             check->result->consents.any() ? check->result->consents.expiresAt.toLocalTime().toString(
                                                                 QStringLiteral("yyyy-MM-dd HH:mm"))
                                                           : tr("(no consent given)"))
                  : tr("No eligibility check with the card in the last 24 hours: check eligibility first.");
    } catch (const Error& e) {
        status = e.message();
    }
    if (!m_summary) {
        m_status->setText(status + QLatin1Char('\n') + tr("No shared record has been pulled for this patient yet."));
        updateButtons();
        return;
    }
    const SharedSummary& s = *m_summary;
    m_status->setText(
        status + QLatin1Char('\n') +
        (s.mode == SharedSummary::Mode::Emergency
             ? tr("Pulled %1 by %2 in EMERGENCY mode (reason: %3).")
                   .arg(s.pulledAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.pulledBy, s.reason)
             : tr("Pulled %1 by %2 with the patient's consent.")
                   .arg(s.pulledAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), s.pulledBy)));
    QFont bold = m_tree->font();
    bold.setBold(true);
    for (const QString& section : SharedSummary::sectionOrder()) {
        auto* top = new QTreeWidgetItem(m_tree);
        top->setFont(0, bold);
        top->setData(0, Qt::UserRole, section);
        if (s.withheldSections.contains(section)) {
            top->setText(0, sync::SummaryService::sectionTitle(section) + QStringLiteral("  ") +
                                tr("— withheld (no consent)"));
            top->setForeground(0, QColor(0x75, 0x75, 0x75));
            continue;
        }
        int count = 0;
        QMap<QString, QTreeWidgetItem*> groups;
        for (int i = 0; i < s.items.size(); ++i) {
            const SharedSummaryItem& item = s.items[i];
            if (item.section != section) {
                continue;
            }
            const QString source = !item.sourceInstitution.isEmpty() ? item.sourceInstitution
                                   : !item.sourceName.isEmpty()      ? item.sourceName
                                                                     : tr("unknown source");
            const QString key =
                section == QLatin1String("shared") ? item.resourceType + QStringLiteral(" — ") + source : source;
            QTreeWidgetItem*& group = groups[key];
            if (!group) {
                group = new QTreeWidgetItem(top, {key});
            }
            auto* row = new QTreeWidgetItem(group, {item.title, item.date.toString(Qt::ISODate), item.detail, source});
            row->setData(0, ItemIndexRole, i);
            if (item.resourceType == QLatin1String("AllergyIntolerance")) {
                row->setForeground(0, QColor(0xb0, 0x00, 0x20));
            }
            ++count;
        }
        top->setText(0, QStringLiteral("%1  (%2)").arg(sync::SummaryService::sectionTitle(section)).arg(count));
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
    m_tree->resizeColumnToContents(2);
    updateButtons();
}

const SharedSummaryItem* SharedRecordPanel::selectedItem() const {
    if (!m_summary) {
        return nullptr;
    }
    const auto selected = m_tree->selectedItems();
    if (selected.isEmpty()) {
        return nullptr;
    }
    const QVariant index = selected.first()->data(0, ItemIndexRole);
    if (!index.isValid() || index.toInt() < 0 || index.toInt() >= m_summary->items.size()) {
        return nullptr;
    }
    return &m_summary->items[index.toInt()];
}

void SharedRecordPanel::updateButtons() {
    const SharedSummaryItem* item = selectedItem();
    m_adopt->setEnabled(item && item->isAdoptable() && m_record.can(Permission::WriteCharts));
}

bool SharedRecordPanel::selectItem(const QString& section, const QString& titleContains) {
    for (int t = 0; t < m_tree->topLevelItemCount(); ++t) {
        QTreeWidgetItem* top = m_tree->topLevelItem(t);
        if (top->data(0, Qt::UserRole).toString() != section) {
            continue;
        }
        for (int g = 0; g < top->childCount(); ++g) {
            for (int r = 0; r < top->child(g)->childCount(); ++r) {
                QTreeWidgetItem* row = top->child(g)->child(r);
                if (row->text(0).contains(titleContains)) {
                    m_tree->setCurrentItem(row);
                    return true;
                }
            }
        }
    }
    return false;
}

bool SharedRecordPanel::adoptSelected() {
    const SharedSummaryItem* item = selectedItem();
    if (!item || !item->isAdoptable()) {
        showMessage(tr("Select a shared allergy, contraindication or diagnosis to adopt."), true);
        return false;
    }
    try {
        const QString what = sync::SharedItemAdopter(m_record).adopt(*item, m_patientId);
        showMessage(what, false);
        emit adopted(m_patientId);
        return true;
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
}

} // namespace tsumugi::ui
