#include "ui/DocumentViewer.h"

#include "core/Error.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/documents/DocumentRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "ui/DocumentPrinter.h"
#include "ui/DocumentSections.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tsumugi::ui {

DocumentViewer::DocumentViewer(ClinicRecord& record, const Document& document, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_document(document) {
    setObjectName(QStringLiteral("documentViewer"));
    m_chart = record.chart().open(document.patientId);
    m_labs = record.chart().labs().recent(document.patientId, 200);
    const DocumentSections sections(m_document, m_chart, m_labs, m_record.clock().today());
    setWindowTitle(
        tr("%1 — %2 (%3)").arg(sections.title(), m_chart.patient.fullName(), DocumentSections::statusText(m_document)));

    auto* status = new QLabel(this);
    status->setObjectName(QStringLiteral("documentViewerStatus"));
    QString text = DocumentSections::statusText(m_document);
    if (m_document.isOurs() && m_document.finalizedAt.isValid()) {
        text += tr("  finalised %1 by %2")
                    .arg(m_document.finalizedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         m_document.finalizedBy);
    }
    if (!m_document.isOurs()) {
        const QString sender = m_document.senderName.isEmpty()
                                   ? m_document.sourceInstitution
                                   : QStringLiteral("%1 %2").arg(m_document.senderName, m_document.sourceInstitution);
        text += tr("  received from %1 (read-only)").arg(sender);
    }
    status->setText(text);
    // No signature is ever implied: the line says whether this version carries one.
    auto* signature = new QLabel(record.documents().signatures().statusText(m_document), this);
    signature->setObjectName(QStringLiteral("documentViewerSignature"));
    signature->setStyleSheet(QStringLiteral("color: #555;"));

    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("documentViewerText"));
    m_text->setHtml(html());

    auto* buttons = new QDialogButtonBox(this);
    auto* preview = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("viewerPrintButton"));
    preview->setShortcut(QKeySequence::Print);
    preview->setToolTip(tr("Print preview, then print (Ctrl+P)"));
    auto* pdf = buttons->addButton(tr("Save as P&DF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("viewerPdfButton"));
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(QStringLiteral("viewerCloseButton"));
    connect(preview, &QPushButton::clicked, this, &DocumentViewer::printPreview);
    connect(pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    // Another institution's medication list is checked against this patient's allergies as our own
    // prescriptions are: the doctor who reads the letter sees the clash before continuing the drug.
    auto* clash = new QLabel(this);
    clash->setObjectName(QStringLiteral("documentAllergyWarningLabel"));
    clash->setWordWrap(true);
    clash->setStyleSheet(
        QStringLiteral("QLabel{background:#c62828;color:white;font-weight:bold;padding:6px;border-radius:3px;}"));
    QStringList clashes;
    if (!m_document.isOurs() && m_document.patientId != 0) {
        try {
            for (const MedicationLine& m : m_document.medications) {
                const QString yj = m.codeKind == MedicationLine::CodeKind::None ? QString() : m.code;
                for (const PrescriptionWarning& w :
                     record.chart().prescriptions().allergyWarnings(m_document.patientId, m.name, yj)) {
                    clashes << QStringLiteral("⚠ %1").arg(w.message);
                }
            }
        } catch (const Error& e) {
            clashes << e.message();
        }
    }
    clash->setText(clashes.join(QLatin1Char('\n')));
    clash->setVisible(!clashes.isEmpty());

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(status);
    layout->addWidget(signature);
    layout->addWidget(clash);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(820, 900);
}

QString DocumentViewer::html() const {
    const DocumentSections sections(m_document, m_chart, m_labs, m_record.clock().today());
    const DocumentPrinter printer(sections, DocumentPrinter::letterheadFor(m_record, m_document));
    return sections.html(printer.letterheadHtml());
}

void DocumentViewer::printPreview() {
    const DocumentSections sections(m_document, m_chart, m_labs, m_record.clock().today());
    DocumentPrinter(sections, DocumentPrinter::letterheadFor(m_record, m_document)).preview(this);
}

bool DocumentViewer::savePdf(const QString& path) {
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(this, tr("Save as PDF"), QString(), tr("PDF files (*.pdf)"));
        if (file.isEmpty()) {
            return false;
        }
    }
    const DocumentSections sections(m_document, m_chart, m_labs, m_record.clock().today());
    QString error;
    if (!DocumentPrinter(sections, DocumentPrinter::letterheadFor(m_record, m_document)).savePdf(file, &error)) {
        QMessageBox::warning(this, tr("Save as PDF"), error);
        return false;
    }
    return true;
}

} // namespace tsumugi::ui
