#pragma once

#include "core/chart/Chart.h"
#include "core/documents/Document.h"

#include <QDialog>

class QTextBrowser;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// A referral or discharge summary read-only, as it will print: ours (a finalised version, or any version from
// the history) and letters received from other institutions. Printable and savable as PDF from here.
class DocumentViewer : public QDialog {
    Q_OBJECT
public:
    DocumentViewer(ClinicRecord& record, const Document& document, QWidget* parent = nullptr);

    const Document& document() const { return m_document; }
    QString html() const;

public slots:
    void printPreview();
    // Asks for a file name (or uses `path` when given); false when nothing was written.
    bool savePdf(const QString& path = {});

private:
    ClinicRecord& m_record;
    Document m_document;
    ChartSnapshot m_chart;
    QList<LabResult> m_labs;
    QTextBrowser* m_text = nullptr;
};

} // namespace tsumugi::ui
