#include "ui/DocumentListPanel.h"

#include "core/Error.h"
#include "core/documents/DocumentRepository.h"
#include "core/documents/DocumentSendState.h"
#include "core/record/ClinicRecord.h"
#include "ui/DischargeSummaryEditor.h"
#include "ui/DocumentSections.h"
#include "ui/DocumentViewer.h"
#include "ui/ReferralEditor.h"

#include <QColor>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

DocumentListPanel::DocumentListPanel(ClinicRecord& record, qint64 patientId, QWidget* parent)
    : QWidget(parent)
    , m_record(record)
    , m_patientId(patientId) {
    setObjectName(QStringLiteral("documentListPanel"));
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("documentTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Document"), tr("Date"), tr("State"), tr("Sharing service"), tr("Addressee / stay")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellActivated, this, [this] { openSelected(); });

    const bool canWrite = record.can(Permission::WriteCharts);
    auto* referral = new QPushButton(tr("New &referral…"), this);
    referral->setObjectName(QStringLiteral("newReferralButton"));
    referral->setToolTip(tr("Write a referral letter prefilled from the chart (Ctrl+Shift+L)"));
    auto* discharge = new QPushButton(tr("New discharge &summary…"), this);
    discharge->setObjectName(QStringLiteral("newDischargeButton"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openDocumentButton"));
    m_open->setToolTip(tr("Open the selected document (Enter)"));
    referral->setVisible(canWrite);
    discharge->setVisible(canWrite);
    connect(referral, &QPushButton::clicked, this, &DocumentListPanel::newReferral);
    connect(discharge, &QPushButton::clicked, this, &DocumentListPanel::newDischargeSummary);
    connect(m_open, &QPushButton::clicked, this, &DocumentListPanel::openSelected);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(referral);
    buttons->addWidget(discharge);
    buttons->addStretch(1);
    buttons->addWidget(m_open);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    reload();
}

void DocumentListPanel::reload() {
    m_documents = m_record.documents().listForPatient(m_patientId);
    m_table->setRowCount(int(m_documents.size()));
    for (int row = 0; row < m_documents.size(); ++row) {
        const Document& d = m_documents.at(row);
        QString kind = DocumentSections::documentKindName(d.kind);
        if (!d.isOurs()) {
            kind = tr("%1 (received)").arg(kind);
        }
        QString detail;
        if (d.isReferral()) {
            detail = d.isOurs() ? d.addressee.institutionName : d.sourceInstitution;
        } else if (d.admissionDate.isValid()) {
            detail = tr("%1 – %2").arg(d.admissionDate.toString(QStringLiteral("yyyy-MM-dd")),
                                       d.dischargeDate.toString(QStringLiteral("yyyy-MM-dd")));
        }
        // Our finalised letters: sent, queued, rejected, or kept on paper (the doctor's choice at 確定).
        const DocumentSendState send = DocumentSendState::of(m_record, d);
        const QStringList cells{kind, d.documentDate.toString(QStringLiteral("yyyy-MM-dd")),
                                DocumentSections::statusText(d), send.shortText(), detail};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, d.id);
            if (d.status == Document::Status::Withdrawn) {
                item->setForeground(Qt::gray);
            }
            if (c == SendColumn) {
                item->setToolTip(send.text());
                if (send.kind() == DocumentSendState::Kind::Rejected) {
                    item->setForeground(QColor(0xb0, 0x00, 0x20)); // same red as the inline error messages
                }
            }
            m_table->setItem(row, c, item);
        }
    }
    if (!m_documents.isEmpty() && m_table->currentRow() < 0) {
        m_table->selectRow(0);
    }
    m_open->setEnabled(!m_documents.isEmpty());
}

void DocumentListPanel::showEvent(QShowEvent* event) {
    QWidget::showEvent(event);
    if (!event->spontaneous()) {
        reload();
    }
}

ReferralEditor* DocumentListPanel::newReferral() {
    auto* editor = new ReferralEditor(m_record, m_patientId, 0, window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &DocumentEditor::documentChanged, this, &DocumentListPanel::reload);
    editor->show();
    return editor;
}

DischargeSummaryEditor* DocumentListPanel::newDischargeSummary() {
    auto* editor = new DischargeSummaryEditor(m_record, m_patientId, 0, window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &DocumentEditor::documentChanged, this, &DocumentListPanel::reload);
    editor->show();
    return editor;
}

QWidget* DocumentListPanel::openDocument(qint64 documentId) {
    const Document d = m_record.documents().open(documentId);
    QDialog* dialog = nullptr;
    if (!d.isOurs() || d.status == Document::Status::Withdrawn) {
        dialog = new DocumentViewer(m_record, d, window());
    } else if (d.isReferral()) {
        dialog = new ReferralEditor(m_record, m_patientId, d.id, window());
    } else {
        dialog = new DischargeSummaryEditor(m_record, m_patientId, d.id, window());
    }
    if (auto* editor = qobject_cast<DocumentEditor*>(dialog)) {
        connect(editor, &DocumentEditor::documentChanged, this, &DocumentListPanel::reload);
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

QWidget* DocumentListPanel::openSelected() {
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_documents.size()) {
        return nullptr;
    }
    return openDocument(m_documents.at(row).id);
}

} // namespace tsumugi::ui
