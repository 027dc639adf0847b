#include "ui/RecoverySheetDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QPrintDialog>
#include <QPrinter>

namespace tsumugi::ui {

RecoverySheetDialog::RecoverySheetDialog(RecoverySheet::Content content, QWidget* parent)
    : QDialog(parent)
    , m_content(std::move(content)) {
    setObjectName(QStringLiteral("recoverySheetDialog"));
    setWindowTitle(tr("Recovery sheet"));

    auto* intro = new QLabel(tr("This is the record's recovery key. With it an administrator can open the record "
                                "again when every administrator's password is forgotten or the key file is lost. "
                                "It is shown only now: print the sheet (or save it as PDF and print that) and keep "
                                "it in the clinic's safe, away from this computer."),
                             this);
    intro->setWordWrap(true);

    auto* key = new QLabel(m_content.recoveryKey, this);
    key->setObjectName(QStringLiteral("recoveryKeyLabel"));
    key->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont keyFont(QStringLiteral("Noto Sans Mono CJK JP"));
    keyFont.setStyleHint(QFont::Monospace);
    keyFont.setPointSizeF(font().pointSizeF() * 1.6);
    keyFont.setBold(true);
    key->setFont(keyFont);
    key->setAlignment(Qt::AlignCenter);

    auto* qr = new QLabel(this);
    qr->setObjectName(QStringLiteral("recoveryQrLabel"));
    const QImage code = RecoverySheet::qrCode(m_content.recoveryKey);
    qr->setPixmap(QPixmap::fromImage(code.scaled(code.width() * 5, code.height() * 5)));
    qr->setAlignment(Qt::AlignCenter);

    auto* printButton = new QPushButton(tr("&Print…"), this);
    printButton->setObjectName(QStringLiteral("recoveryPrintButton"));
    auto* pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    pdfButton->setObjectName(QStringLiteral("recoveryPdfButton"));
    connect(printButton, &QPushButton::clicked, this, &RecoverySheetDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, &RecoverySheetDialog::savePdf);
    auto* actions = new QHBoxLayout;
    actions->addWidget(printButton);
    actions->addWidget(pdfButton);
    actions->addStretch();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("recoveryStatusLabel"));
    m_status->setWordWrap(true);

    m_kept = new QCheckBox(tr("I have printed the sheet and will keep it in a safe place"), this);
    m_kept->setObjectName(QStringLiteral("recoveryKeptCheck"));
    auto* buttons = new QDialogButtonBox(this);
    m_done = buttons->addButton(tr("Continue"), QDialogButtonBox::AcceptRole);
    m_done->setObjectName(QStringLiteral("recoveryDoneButton"));
    m_done->setEnabled(false);
    connect(m_kept, &QCheckBox::toggled, m_done, &QPushButton::setEnabled);
    connect(m_done, &QPushButton::clicked, this, &QDialog::accept);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 24, 28, 20);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(key);
    layout->addWidget(qr);
    layout->addLayout(actions);
    layout->addWidget(m_status);
    layout->addWidget(m_kept);
    layout->addWidget(buttons);
    setMinimumWidth(560);
}

void RecoverySheetDialog::print() {
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    RecoverySheet(m_content).print(&printer);
    m_status->setText(tr("The sheet was sent to the printer. Check that it came out complete and legible."));
}

void RecoverySheetDialog::savePdf() {
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save the recovery sheet"), QDir::home().filePath(QStringLiteral("tsumugi-recovery-sheet.pdf")),
        tr("PDF (*.pdf)"));
    if (!path.isEmpty()) {
        savePdfTo(path);
    }
}

bool RecoverySheetDialog::savePdfTo(const QString& path) {
    QString error;
    if (!RecoverySheet(m_content).savePdf(path, &error)) {
        m_status->setText(error);
        return false;
    }
    m_status->setText(tr("Saved as %1 (only you can read it). Print it, then delete the file.").arg(path));
    return true;
}

} // namespace tsumugi::ui
