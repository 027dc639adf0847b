#include "ui/ReferralInbox.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/sharing/ReferralInboxStore.h"
#include "sync/services/ReferralInboxService.h"
#include "ui/DisplayText.h"
#include "ui/DocumentViewer.h"
#include "core/documents/DocumentRepository.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

namespace {
QString timeText(const QDateTime& t) {
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}
} // namespace

ReferralInbox::ReferralInbox(ClinicRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_record(record) {
    setObjectName(QStringLiteral("referralInbox"));
    setWindowTitle(tr("Referral inbox"));
    m_fetch = new QPushButton(tr("&Fetch new letters"), this);
    m_fetch->setObjectName(QStringLiteral("referralInboxFetchButton"));
    connect(m_fetch, &QPushButton::clicked, this, &ReferralInbox::fetch);
    m_file = new QPushButton(tr("File into &chart"), this);
    m_file->setObjectName(QStringLiteral("referralInboxFileButton"));
    m_file->setToolTip(tr("Files the letter in the patient's chart: the letter under 文書, its diagnoses, allergies "
                          "and lab results as the sender's read-only items (doctors)"));
    connect(m_file, &QPushButton::clicked, this, &ReferralInbox::fileSelected);
    m_open = new QPushButton(tr("&Open letter"), this);
    m_open->setObjectName(QStringLiteral("referralInboxOpenButton"));
    connect(m_open, &QPushButton::clicked, this, &ReferralInbox::openSelected);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("referralInboxMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum); // wrapped lines get their height
    m_message->hide();

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("referralInboxTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Delivered"), tr("From"), tr("Patient"), tr("In chart"), tr("Receipt sent"), tr("Identifier")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferralInbox::showSelected);
    connect(m_table, &QTableWidget::itemActivated, this, [this] { openSelected(); });

    m_document = new QPlainTextEdit(this);
    m_document->setObjectName(QStringLiteral("referralInboxDocumentView"));
    m_document->setReadOnly(true);
    m_document->setPlaceholderText(tr("Select a letter to read the document as received."));

    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_document);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* top = new QHBoxLayout;
    top->addWidget(m_fetch);
    top->addWidget(m_file);
    top->addWidget(m_open);
    top->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addWidget(close);
    resize(900, 600);
    reload();
}

void ReferralInbox::showMessage(const QString& message, bool isError) {
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setText(message);
    m_message->show();
}

bool ReferralInbox::fetch() {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool ok = false;
    try {
        const auto c = sync::ReferralInboxService(m_record).fetch();
        QString text = tr("%n letter(s) in the mailbox", nullptr, c.listed) + QStringLiteral(", ") +
                       tr("%n new stored", nullptr, c.stored) + QStringLiteral(", ") +
                       tr("%n filed into the chart", nullptr, c.filed) + QStringLiteral(", ") +
                       tr("%n receipt(s) sent", nullptr, c.acknowledged) + QLatin1Char('.');
        if (!c.problems.isEmpty()) {
            text += QLatin1Char('\n') + c.problems.join(QLatin1Char('\n'));
        }
        showMessage(text, c.failed > 0);
        ok = c.failed == 0;
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
    QApplication::restoreOverrideCursor();
    reload();
    return ok;
}

void ReferralInbox::reload() {
    try {
        m_letters = ReferralInboxStore(m_record).list();
    } catch (const Error& e) {
        showMessage(e.message(), true);
        m_letters.clear();
    }
    m_table->setRowCount(m_letters.size());
    for (int i = 0; i < m_letters.size(); ++i) {
        const ReferralLetter& l = m_letters[i];
        QString patient = l.memberId;
        if (l.patientId != 0) {
            try {
                if (const auto p = m_record.patients().open(l.patientId)) {
                    patient = QStringLiteral("%1 %2").arg(DisplayText::patientNumber(p->number), p->fullName());
                }
            } catch (const Error&) {
            }
        }
        m_table->setItem(i, 0, new QTableWidgetItem(timeText(l.deliveredAt)));
        m_table->setItem(i, 1, new QTableWidgetItem(l.sender));
        m_table->setItem(i, 2, new QTableWidgetItem(patient));
        m_table->setItem(
            i, 3,
            new QTableWidgetItem(l.importStatus == ReferralLetter::ImportStatus::Imported ? tr("filed")
                                 : l.importStatus == ReferralLetter::ImportStatus::Failed ? tr("failed")
                                                                                           : tr("not yet")));
        m_table->setItem(i, 4, new QTableWidgetItem(timeText(l.receivedAt)));
        m_table->setItem(i, 5, new QTableWidgetItem(l.bundleIdentifier));
        m_table->item(i, 3)->setToolTip(l.importMessage);
    }
    m_table->resizeColumnsToContents();
    showSelected();
}

int ReferralInbox::selectedRow() const {
    const auto rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() || rows.first().row() >= m_letters.size() ? -1 : rows.first().row();
}

bool ReferralInbox::fileSelected() {
    const int row = selectedRow();
    if (row < 0) {
        showMessage(tr("Select a letter first."), true);
        return false;
    }
    const qint64 letterId = m_letters[row].id;
    fhir::ClinsImporter::Options options;
    try {
        fhir::FhirImportResult r = sync::ReferralInboxService(m_record).fileIntoChart(letterId, options);
        if (r.status == fhir::FhirImportResult::Status::NeedsConfirmation) {
            const Patient& p = r.candidates.value(0);
            QMessageBox ask(QMessageBox::Question, tr("Which patient is this?"),
                            tr("The letter's patient has the same name, reading and birth date as patient %1 %2 "
                               "(%3, born %4), but no identifier links them.")
                                .arg(DisplayText::patientNumber(p.number), p.fullName(), p.fullKana(),
                                     p.birthDate.toString(Qt::ISODate)),
                            QMessageBox::NoButton, this);
            ask.setObjectName(QStringLiteral("referralInboxMatchQuestion"));
            QPushButton* same = ask.addButton(tr("File for this patient"), QMessageBox::AcceptRole);
            QPushButton* create = ask.addButton(tr("Register as a new patient"), QMessageBox::ActionRole);
            ask.addButton(tr("Do not file"), QMessageBox::RejectRole);
            ask.exec();
            if (ask.clickedButton() == same && r.candidates.size() == 1) {
                options.acceptMatch = true;
            } else if (ask.clickedButton() == create) {
                options.createPatient = true;
            } else {
                showMessage(tr("The letter was not filed."), false);
                return false;
            }
            r = sync::ReferralInboxService(m_record).fileIntoChart(letterId, options);
        }
        // Success in one line (what the letter became); the whole report (notes on what was kept) as a tooltip.
        const auto stored = ReferralInboxStore(m_record).findById(letterId);
        showMessage(r.ok() && stored ? stored->importMessage : r.text(), !r.ok());
        m_message->setToolTip(r.text());
        reload();
        return r.ok();
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
}

void ReferralInbox::openSelected() {
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    try {
        const auto id = m_record.documents().receivedDocumentId(m_letters[row].bundleIdentifier);
        if (!id) {
            showMessage(tr("File the letter into the chart first; it then opens like any letter."), true);
            return;
        }
        DocumentViewer viewer(m_record, m_record.documents().open(*id), this);
        viewer.exec();
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
}

void ReferralInbox::showSelected() {
    const int row = selectedRow();
    m_open->setEnabled(row >= 0 && m_letters[row].importStatus == ReferralLetter::ImportStatus::Imported);
    m_file->setEnabled(row >= 0);
    if (row < 0) {
        m_document->clear();
        return;
    }
    const ReferralLetter& l = m_letters[row];
    const QJsonDocument doc = QJsonDocument::fromJson(l.documentJson);
    m_document->setPlainText(l.importMessage + QStringLiteral("\n\n") +
                             QString::fromUtf8(doc.isNull() ? l.documentJson : doc.toJson(QJsonDocument::Indented)));
}

} // namespace tsumugi::ui
