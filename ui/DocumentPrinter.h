#pragma once

#include <QCoreApplication>
#include <QString>

class QFont;
class QPainter;
class QPrinter;
class QRectF;
class QWidget;

namespace tsumugi {
class ClinicRecord;
struct Document;
} // namespace tsumugi

namespace tsumugi::ui {

class DocumentSections;

// Prints a referral or discharge summary on A4: the clinic's letterhead on the first page, the patient's
// identification at the top of every page (pages get separated) and "page / pages" at the bottom. The same
// drawing serves the printer, the print preview and "save as PDF".
class DocumentPrinter {
    Q_DECLARE_TR_FUNCTIONS(DocumentPrinter)
public:
    struct Letterhead {
        QString clinicName;
        QString address;
        QString phone;
        QString doctor;
        QString department;
    };

    // The clinic (record) and the writing doctor: the one who finalised it, else the signed-in user.
    static Letterhead letterheadFor(ClinicRecord& record, const Document& document);

    DocumentPrinter(const DocumentSections& sections, const Letterhead& letterhead);

    // Lays the document out on the printer's pages and paints them; returns the number of pages.
    int print(QPrinter* printer) const;
    // Writes a PDF (A4); false with *error set when the file cannot be written.
    bool savePdf(const QString& path, QString* error = nullptr) const;
    // Qt's print preview dialog (modal); printing from it uses the same layout.
    void preview(QWidget* parent) const;

    QString letterheadHtml() const;

private:
    void drawDraftMark(QPainter& painter, const QRectF& area, const QFont& font) const;
    const DocumentSections& m_sections;
    Letterhead m_letterhead;
};

} // namespace tsumugi::ui
