#include "ui/LabSharingCompletionDialog.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/LabResultRepository.h"
#include "core/record/ClinicRecord.h"
#include "ui/ErrorLabel.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tsumugi::ui {

LabSharingCompletionDialog::LabSharingCompletionDialog(ClinicRecord& record, qint64 patientId, const QString& itemKey,
                                                       const QString& itemName, const QString& why, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_patientId(patientId)
    , m_itemKey(itemKey) {
    setObjectName(QStringLiteral("labSharingCompletionDialog"));
    setWindowTitle(tr("Complete %1 for the sharing service").arg(itemName));
    auto* reason = new QLabel(why, this);
    reason->setObjectName(QStringLiteral("labSharingReasonLabel"));
    reason->setWordWrap(true);
    m_localCode = new QLineEdit(this);
    m_localCode->setObjectName(QStringLiteral("labCompleteLocalCodeEdit"));
    m_localCode->setPlaceholderText(tr("This clinic's code for the item (院内項目コード)"));
    auto* orderer = new QLabel(tr("Results without an ordering doctor are recorded as ordered by you (%1).")
                                   .arg(record.currentUser().displayName),
                               this);
    orderer->setObjectName(QStringLiteral("labCompleteOrdererLabel"));
    orderer->setWordWrap(true);
    m_error = ErrorLabel::create(this, QStringLiteral("labCompleteErrorLabel"));
    connect(m_localCode, &QLineEdit::textChanged, m_error, &QWidget::hide); // a refusal is about the text it named
    auto* form = new QFormLayout;
    form->addRow(tr("&Local item code"), m_localCode);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("labCompleteButton"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Complete"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LabSharingCompletionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(reason);
    layout->addLayout(form);
    layout->addWidget(orderer);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(520, 260);
}

void LabSharingCompletionDialog::accept() {
    try {
        m_completed = m_record.chart().labs().completeForSharing(m_patientId, m_itemKey, m_localCode->text());
    } catch (const Error& e) {
        m_error->setText(e.message());
        m_error->show();
        return;
    }
    QDialog::accept();
}

} // namespace tsumugi::ui
