#include "ui/DocumentPrinter.h"

#include "core/documents/Document.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"
#include "ui/DocumentSections.h"
#include "ui/PdfFile.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace tsumugi::ui {

namespace {
// Body text size on paper; headings are set in the HTML.
constexpr double BodyPointSize = 10.5;

double mm(const QPrinter* printer, double millimetres) {
    return millimetres * printer->resolution() / 25.4;
}

void setUpA4(QPrinter* printer) {
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(18, 12, 18, 12), QPageLayout::Millimeter);
}
} // namespace

DocumentPrinter::Letterhead DocumentPrinter::letterheadFor(ClinicRecord& record, const Document& document) {
    Letterhead l;
    if (!document.isOurs()) {
        // A received letter is headed by its sender, never by us.
        l.clinicName = document.senderName.isEmpty() ? document.sourceInstitution : document.senderName;
        l.department = document.department;
        l.doctor = document.senderDoctor;
        return l;
    }
    const ClinicInfo clinic = record.clinic();
    l.clinicName = clinic.name;
    l.address = clinic.address;
    l.phone = clinic.phone;
    l.department = document.department;
    // A clinic may print one doctor's name on every letter (settings); else the letter's author.
    l.doctor = record.settings().value(QStringLiteral("letterhead.doctor")).value_or(QString());
    if (l.doctor.isEmpty()) {
        l.doctor = document.status == Document::Status::Draft || document.finalizedBy.isEmpty()
                       ? record.currentUser().displayName
                       : document.finalizedBy;
    }
    return l;
}

DocumentPrinter::DocumentPrinter(const DocumentSections& sections, const Letterhead& letterhead)
    : m_sections(sections)
    , m_letterhead(letterhead) {}

QString DocumentPrinter::letterheadHtml() const {
    QStringList lines;
    lines << QStringLiteral("<b style=\"font-size:12pt;\">%1</b>").arg(m_letterhead.clinicName.toHtmlEscaped());
    if (!m_letterhead.address.isEmpty()) {
        lines << m_letterhead.address.toHtmlEscaped();
    }
    if (!m_letterhead.phone.isEmpty()) {
        lines << tr("Phone %1").arg(m_letterhead.phone).toHtmlEscaped();
    }
    if (!m_letterhead.doctor.isEmpty()) {
        const QString doctor = m_letterhead.department.isEmpty()
                                   ? tr("Doctor: %1").arg(m_letterhead.doctor)
                                   : tr("%1  Doctor: %2").arg(m_letterhead.department, m_letterhead.doctor);
        lines << doctor.toHtmlEscaped();
    } else if (!m_letterhead.department.isEmpty()) {
        lines << m_letterhead.department.toHtmlEscaped();
    }
    return QStringLiteral("<p align=\"right\">%1</p>").arg(lines.join(QStringLiteral("<br/>")));
}

int DocumentPrinter::print(QPrinter* printer) const {
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(printer);
    // Latin letters and digits from a Latin font: with the CJK font alone Qt 6.4's PDF writer leaves digits in
    // Latin runs without text mapping (they print, but cannot be searched or copied). Japanese falls back.
    QFont body = QApplication::font();
    body.setFamilies({QStringLiteral("DejaVu Sans"), QApplication::font().family()});
    body.setPointSizeF(BodyPointSize);
    doc.setDefaultFont(body);
    doc.setDocumentMargin(0);
    doc.setHtml(m_sections.html(letterheadHtml()));

    const QRectF page = printer->pageLayout()
                            .paintRectPixels(printer->resolution())
                            .translated(-printer->pageLayout().paintRectPixels(printer->resolution()).topLeft());
    const double headerHeight = mm(printer, 9);
    const double footerHeight = mm(printer, 8);
    const QRectF bodyRect(page.left(), page.top() + headerHeight, page.width(),
                          page.height() - headerHeight - footerHeight);
    doc.setPageSize(bodyRect.size());
    const int pages = doc.pageCount();

    QFont small = body;
    small.setPointSizeF(8.5);
    QPainter painter(printer);
    for (int i = 0; i < pages; ++i) {
        if (i > 0) {
            printer->newPage();
        }
        // Every page names the patient, so separated pages still belong to someone.
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF header(page.left(), page.top(), page.width(), headerHeight - mm(printer, 2));
        painter.drawText(header, Qt::AlignLeft | Qt::AlignBottom, m_sections.patientLine());
        painter.drawText(header, Qt::AlignRight | Qt::AlignBottom,
                         m_sections.isDraft() ? tr("%1 (DRAFT)").arg(m_sections.title()) : m_sections.title());
        painter.drawLine(QPointF(page.left(), page.top() + headerHeight - mm(printer, 1)),
                         QPointF(page.right(), page.top() + headerHeight - mm(printer, 1)));
        const QRectF footer(page.left(), page.bottom() - footerHeight + mm(printer, 2), page.width(),
                            footerHeight - mm(printer, 2));
        painter.drawText(footer, Qt::AlignHCenter | Qt::AlignBottom, tr("Page %1 / %2").arg(i + 1).arg(pages));
        painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, m_letterhead.clinicName);

        painter.save();
        painter.translate(bodyRect.left(), bodyRect.top() - i * bodyRect.height());
        doc.drawContents(&painter, QRectF(0, i * bodyRect.height(), bodyRect.width(), bodyRect.height()));
        painter.restore();
        if (m_sections.isDraft()) {
            drawDraftMark(painter, bodyRect, body);
        }
    }
    painter.end();
    return pages;
}

void DocumentPrinter::drawDraftMark(QPainter& painter, const QRectF& area, const QFont& font) const {
    // Across the page, light enough to read the letter through.
    painter.save();
    QFont big = font;
    big.setPointSizeF(72);
    big.setBold(true);
    painter.setFont(big);
    painter.setPen(QColor(200, 40, 40, 70));
    painter.translate(area.center());
    painter.rotate(-35);
    const QString mark = tr("DRAFT");
    const QFontMetricsF metrics(big, painter.device());
    const QRectF bounds = metrics.boundingRect(mark);
    painter.drawText(QPointF(-bounds.width() / 2, metrics.ascent() / 2 - metrics.descent() / 2), mark);
    painter.restore();
}

bool DocumentPrinter::savePdf(const QString& path, QString* error) const {
    return PdfFile::write(
        path, m_sections.title(),
        [this](QPrinter* printer) {
            setUpA4(printer);
            print(printer);
        },
        error);
}

void DocumentPrinter::preview(QWidget* parent) const {
    QPrinter printer(QPrinter::HighResolution);
    setUpA4(&printer);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("documentPrintPreview"));
    dialog.setWindowTitle(tr("Print preview — %1").arg(m_sections.title()));
    dialog.resize(900, 1000);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [this](QPrinter* p) { print(p); });
    dialog.exec();
}

} // namespace tsumugi::ui
