#include "ui/ReferralInbox.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/sharing/ReferralInboxStore.h"
#include "sync/services/ReferralInboxService.h"
#include "ui/DisplayText.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
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
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("referralInboxMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("referralInboxTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Delivered"), tr("From"), tr("Patient"), tr("Linked"), tr("Receipt sent"), tr("Identifier")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ReferralInbox::showSelected);

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
            new QTableWidgetItem(l.importStatus == ReferralLetter::ImportStatus::Imported ? tr("yes") : tr("no")));
        m_table->setItem(i, 4, new QTableWidgetItem(timeText(l.receivedAt)));
        m_table->setItem(i, 5, new QTableWidgetItem(l.bundleIdentifier));
        m_table->item(i, 3)->setToolTip(l.importMessage);
    }
    m_table->resizeColumnsToContents();
}

void ReferralInbox::showSelected() {
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_letters.size()) {
        m_document->clear();
        return;
    }
    const ReferralLetter& l = m_letters[rows.first().row()];
    const QJsonDocument doc = QJsonDocument::fromJson(l.documentJson);
    m_document->setPlainText(l.importMessage + QStringLiteral("\n\n") +
                             QString::fromUtf8(doc.isNull() ? l.documentJson : doc.toJson(QJsonDocument::Indented)));
}

} // namespace tsumugi::ui
