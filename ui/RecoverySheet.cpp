#include "ui/RecoverySheet.h"

#include "ui/PdfFile.h"

#include <QFileInfo>
#include <QFont>
#include <QPainter>
#include <QPrinter>
#include <qrencode.h>

namespace tsumugi::ui {

namespace {
constexpr int QuietZone = 4;

void setUpA4(QPrinter* printer) {
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
}
} // namespace

RecoverySheet::RecoverySheet(Content content)
    : m_content(std::move(content)) {}

QImage RecoverySheet::qrCode(const QString& text) {
    const QByteArray data = text.toLatin1();
    // Level M: a creased or stained sheet still reads.
    QRcode* code = QRcode_encodeString(data.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code) {
        return {};
    }
    const int size = code->width + 2 * QuietZone;
    QImage image(size, size, QImage::Format_Mono);
    image.fill(1); // white (index 1 after setColor below)
    image.setColor(0, qRgb(0, 0, 0));
    image.setColor(1, qRgb(255, 255, 255));
    image.fill(1);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            if (code->data[y * code->width + x] & 1) {
                image.setPixel(x + QuietZone, y + QuietZone, 0);
            }
        }
    }
    QRcode_free(code);
    return image;
}

void RecoverySheet::paint(QPainter& painter, const QRectF& page) const {
    // Sizes in proportion to the page width, so the printer and a preview look the same.
    const double unit = page.width() / 170.0; // one millimetre of the A4 text width
    const auto font = [&](double mmHeight, bool bold) {
        QFont f(QStringLiteral("Noto Sans CJK JP"));
        f.setPixelSize(std::max(1, int(mmHeight * unit)));
        f.setBold(bold);
        return f;
    };
    double y = page.top();
    const auto text = [&](const QString& s, const QFont& f, double gapAfter) {
        painter.setFont(f);
        const QRectF box(page.left(), y, page.width(), page.height());
        const QRectF used = painter.boundingRect(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s);
        painter.drawText(box, Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, s);
        y += used.height() + gapAfter * unit;
    };
    painter.setPen(Qt::black);
    text(tr("Tsumugi recovery sheet"), font(8, true), 3);
    text(tr("Clinic: %1 (institution number %2)").arg(m_content.clinicName, m_content.institutionNumber),
         font(4, false), 1);
    text(tr("Record: %1").arg(m_content.recordPath), font(3.2, false), 1);
    text(tr("Issued: %1").arg(m_content.issuedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))),
         font(3.2, false), 6);
    text(tr("Recovery key"), font(4.5, true), 2);
    QFont mono(QStringLiteral("Noto Sans Mono CJK JP"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPixelSize(int(7 * unit));
    mono.setBold(true);
    text(m_content.recoveryKey, mono, 6);

    const QImage qr = qrCode(m_content.recoveryKey);
    const double side = 60 * unit;
    painter.drawImage(QRectF(page.left(), y, side, side), qr);
    y += side + 6 * unit;

    text(tr("With this key an administrator can set a new password and open the record again when every "
            "administrator's password is forgotten or the key file (%1) is lost or damaged:")
             .arg(QFileInfo(m_content.recordPath).fileName() + QStringLiteral(".keys")),
         font(3.6, false), 2);
    text(QStringLiteral("tsumugictl --db RECORD --user ADMIN --password-file NEW-PASSWORD recover "
                        "--recovery-key-file KEY"),
         font(3.2, false), 4);
    text(tr("Anyone holding this sheet and a copy of the record can read every chart. Keep it in the clinic's safe, "
            "never beside the computer or the backups; do not photograph it. A new key (Settings) makes this sheet "
            "useless: destroy it then."),
         font(3.6, true), 0);
}

void RecoverySheet::print(QPrinter* printer) const {
    setUpA4(printer);
    QPainter painter(printer);
    const QRectF page(QPointF(0, 0), printer->pageLayout().paintRectPixels(printer->resolution()).size());
    paint(painter, page);
    painter.end();
}

bool RecoverySheet::savePdf(const QString& path, QString* error) const {
    return PdfFile::write(
        path, tr("Tsumugi recovery sheet"), [this](QPrinter* printer) { print(printer); }, error);
}

} // namespace tsumugi::ui
