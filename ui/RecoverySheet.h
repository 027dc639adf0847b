#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QImage>
#include <QString>

class QPainter;
class QPrinter;
class QRectF;

namespace tsumugi::ui {

// The recovery sheet: one A4 page an administrator prints at setup and keeps in the clinic's safe. It holds the
// recovery key as text in groups and as a QR code (libqrencode), what the record is, and what to do with it.
class RecoverySheet {
    Q_DECLARE_TR_FUNCTIONS(RecoverySheet)
public:
    struct Content {
        QString recoveryKey;
        QString clinicName;
        QString institutionNumber;
        QString recordPath;
        QDateTime issuedAt;
    };

    explicit RecoverySheet(Content content);

    // The key as a QR code, one pixel per module with a 4-module quiet zone (scaled without smoothing to print).
    static QImage qrCode(const QString& text);

    void paint(QPainter& painter, const QRectF& page) const;
    void print(QPrinter* printer) const;
    // False with *error set when the PDF cannot be written.
    bool savePdf(const QString& path, QString* error = nullptr) const;

private:
    Content m_content;
};

} // namespace tsumugi::ui
