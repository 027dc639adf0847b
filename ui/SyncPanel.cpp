#include "ui/SyncPanel.h"

#include "core/chart/Chart.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/LabSharing.h"

#include "core/Error.h"
#include "core/outbox/OutboxQueue.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

namespace {
enum Column { PatientColumn, ContentColumn, StateColumn, AttemptsColumn, UpdatedColumn, ErrorColumn, ColumnCount };

QColor stateColor(OutboxItem::State s) {
    switch (s) {
    case OutboxItem::State::Sent:
        return QColor(0x1b, 0x7a, 0x2e);
    case OutboxItem::State::Rejected:
        return QColor(0xb0, 0x00, 0x20);
    case OutboxItem::State::Failed:
        return QColor(0xb3, 0x5c, 0x00);
    case OutboxItem::State::Sending:
        return QColor(0x1a, 0x4f, 0xa0);
    default:
        return QColor(0x33, 0x33, 0x33);
    }
}
} // namespace

SyncPanel::SyncPanel(ClinicRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_record(record) {
    setObjectName(QStringLiteral("syncPanel"));
    setWindowTitle(tr("Sync — sending to the national services"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("syncSummaryLabel"));

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("syncItemsTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Patient"), tr("Content"), tr("State"), tr("Attempts"), tr("Last change"), tr("Last error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ErrorColumn, QHeaderView::Stretch);
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &SyncPanel::updateButtons);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { viewPayload(); });

    auto* refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(QStringLiteral("syncRefreshButton"));
    m_retry = new QPushButton(tr("Re&try"), this);
    m_retry->setObjectName(QStringLiteral("syncRetryButton"));
    m_payload = new QPushButton(tr("View &payload…"), this);
    m_payload->setObjectName(QStringLiteral("syncViewPayloadButton"));
    m_openPatient = new QPushButton(tr("Open &chart"), this);
    m_openPatient->setObjectName(QStringLiteral("syncOpenChartButton"));
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("syncCloseButton"));
    connect(refreshButton, &QPushButton::clicked, this, &SyncPanel::refresh);
    connect(m_retry, &QPushButton::clicked, this, &SyncPanel::retryCurrent);
    connect(m_payload, &QPushButton::clicked, this, [this] { viewPayload(); });
    connect(m_openPatient, &QPushButton::clicked, this, &SyncPanel::openCurrentPatient);
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(refreshButton);
    buttons->addStretch();
    buttons->addWidget(m_retry);
    buttons->addWidget(m_payload);
    buttons->addWidget(m_openPatient);
    buttons->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    resize(1100, 520);
    refresh();
}

QString SyncPanel::patientLabel(const OutboxItem& item) {
    auto it = m_patientNames.constFind(item.patientId);
    if (it != m_patientNames.constEnd()) {
        return *it;
    }
    QString name;
    try {
        // A list row by patient number (not open(): listing is not viewing the chart).
        for (const Patient& p : m_record.patients().search(QString::number(item.patientNumber), 5)) {
            if (p.id == item.patientId) {
                name = p.fullName();
            }
        }
    } catch (const Error&) {
    }
    const QString label =
        name.isEmpty() ? tr("No. %1").arg(item.patientNumber) : tr("%1 (No. %2)").arg(name).arg(item.patientNumber);
    m_patientNames.insert(item.patientId, label);
    return label;
}

QString SyncPanel::contentLabel(const OutboxItem& item) const {
    QString what;
    if (item.kind == OutboxItem::Kind::Document) {
        what = tr("Document #%1").arg(item.documentId);
    } else if (item.resourceType == QLatin1String("Condition")) {
        what = tr("Diagnoses (Condition)");
    } else if (item.resourceType == QLatin1String("AllergyIntolerance")) {
        what = tr("Allergies (AllergyIntolerance)");
    } else if (item.resourceType == QLatin1String("Observation")) {
        what = tr("Lab results (Observation)");
    } else {
        what = item.resourceType;
    }
    if (item.operation == OutboxItem::Operation::Delete) {
        what += QStringLiteral(" ") + tr("[delete]");
    }
    return what;
}

void SyncPanel::refresh() {
    const std::optional<OutboxItem> selected = currentItem();
    try {
        m_items = m_record.outbox().items();
    } catch (const Error& e) {
        m_summary->setText(e.message());
        return;
    }
    m_table->setRowCount(0);
    m_table->setRowCount(int(m_items.size()));
    int queued = 0;
    int rejected = 0;
    for (int row = 0; row < m_items.size(); ++row) {
        const OutboxItem& item = m_items.at(row);
        queued += item.isQueued() ? 1 : 0;
        rejected += item.state == OutboxItem::State::Rejected ? 1 : 0;
        auto set = [&](int column, const QString& text) {
            auto* cell = new QTableWidgetItem(text);
            cell->setData(Qt::UserRole, item.id);
            cell->setToolTip(text);
            m_table->setItem(row, column, cell);
            return cell;
        };
        set(PatientColumn, patientLabel(item));
        set(ContentColumn, contentLabel(item));
        QTableWidgetItem* state = set(StateColumn, OutboxItem::displayState(item.state));
        state->setData(Qt::UserRole + 1, OutboxItem::stateKey(item.state));
        state->setForeground(stateColor(item.state));
        QFont bold = state->font();
        bold.setBold(item.state == OutboxItem::State::Rejected || item.state == OutboxItem::State::Failed);
        state->setFont(bold);
        set(AttemptsColumn, QString::number(item.attempts))->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        const QDateTime changed = item.updatedAt.isValid() ? item.updatedAt : item.createdAt;
        set(UpdatedColumn, QLocale().toString(changed.toLocalTime(), QStringLiteral("yyyy/MM/dd HH:mm:ss")));
        set(ErrorColumn, item.lastError.simplified());
    }
    // The short columns fit their text; the error takes the rest of the width and wraps (never clipped sideways).
    for (int column = PatientColumn; column < ErrorColumn; ++column) {
        m_table->resizeColumnToContents(column);
    }
    m_table->resizeRowsToContents();
    QString summary =
        tr("Items: %1  —  waiting to be sent: %2, rejected: %3").arg(m_items.size()).arg(queued).arg(rejected);
    // Results kept in the chart that the sharing service does not take: said here so no one counts them as shared.
    const auto unshared = m_record.chart().labs().unshareableCounts();
    const qint64 local = unshared.value(LabSharing::Reason::LocalCode);
    const qint64 other = unshared.value(LabSharing::Reason::NotCoreItem);
    if (local + other > 0) {
        summary += QLatin1Char('\n') + tr("Recorded but not shareable: %1 lab result(s) with a clinic code, %2 with a "
                                          "JLAC code outside the JP-CLINS core and infection items.")
                                           .arg(local)
                                           .arg(other);
    }
    // Core items kept back until a doctor adds what the service asks of them (shown in the chart's lab tab).
    const qint64 held =
        unshared.value(LabSharing::Reason::NoLocalItemCode) + unshared.value(LabSharing::Reason::NoOrderingDoctor);
    if (held > 0) {
        summary += QLatin1Char('\n') + tr("Kept back until a doctor completes them: %n lab result(s) without the "
                                          "clinic's item code or the ordering doctor (see the chart's lab tab).",
                                          nullptr, int(held));
    }
    m_summary->setText(summary);
    if (selected) {
        selectItem(selected->id);
    }
    updateButtons();
}

void SyncPanel::requestRefresh() {
    if (isVisible()) {
        refresh();
    }
}

std::optional<OutboxItem> SyncPanel::currentItem() const {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_items.size() || m_table->selectedItems().isEmpty()) {
        return std::nullopt;
    }
    return m_items.at(row);
}

bool SyncPanel::selectItem(qint64 id) {
    for (int row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == id) {
            m_table->selectRow(row);
            m_table->setCurrentCell(row, 0);
            return true;
        }
    }
    return false;
}

void SyncPanel::updateButtons() {
    const std::optional<OutboxItem> item = currentItem();
    const bool waiting =
        item && (item->state == OutboxItem::State::Rejected || item->state == OutboxItem::State::Failed);
    m_retry->setEnabled(waiting);
    m_payload->setEnabled(item.has_value());
    m_openPatient->setEnabled(item.has_value());
}

void SyncPanel::retryCurrent() {
    const std::optional<OutboxItem> item = currentItem();
    if (!item) {
        return;
    }
    try {
        if (!m_record.outbox().retry(item->id)) {
            QMessageBox::information(this, windowTitle(), tr("This item is not waiting for a retry."));
        }
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return;
    }
    refresh();
    emit retryRequested();
}

QDialog* SyncPanel::viewPayload() {
    const std::optional<OutboxItem> listed = currentItem();
    if (!listed) {
        return nullptr;
    }
    std::optional<OutboxItem> item;
    try {
        item = m_record.outbox().item(listed->id); // the list has no payload bytes
    } catch (const Error& e) {
        QMessageBox::warning(this, windowTitle(), e.message());
        return nullptr;
    }
    QString text;
    if (!item || item->payload.isEmpty()) {
        text = tr("Nothing frozen yet: the payload is built from the record when the item is sent.");
    } else {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(item->payload, &error);
        text = error.error == QJsonParseError::NoError ? QString::fromUtf8(doc.toJson(QJsonDocument::Indented))
                                                       : QString::fromUtf8(item->payload);
    }
    auto* dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("syncPayloadDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Payload — %1, %2").arg(patientLabel(*listed), contentLabel(*listed)));
    auto* info = new QLabel(dialog);
    info->setObjectName(QStringLiteral("syncPayloadInfo"));
    info->setTextInteractionFlags(Qt::TextSelectableByMouse);
    info->setText(item && !item->bundleIdentifier.isEmpty()
                      ? tr("Bundle identifier: %1\nSHA-256: %2").arg(item->bundleIdentifier, item->payloadSha256)
                      : tr("Not frozen yet."));
    auto* edit = new QPlainTextEdit(dialog);
    edit->setObjectName(QStringLiteral("syncPayloadText"));
    edit->setReadOnly(true);
    edit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    edit->setPlainText(text);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(info);
    layout->addWidget(edit, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 600);
    dialog->show();
    return dialog;
}

void SyncPanel::openCurrentPatient() {
    if (const std::optional<OutboxItem> item = currentItem()) {
        emit chartRequested(item->patientId);
    }
}

} // namespace tsumugi::ui
