#pragma once

#include "core/documents/Document.h"

#include <QWidget>

class QPushButton;
class QTableWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

class DischargeSummaryEditor;
class ReferralEditor;

// The chart's 文書 tab: the patient's referrals and discharge summaries (ours and received), newest first, with
// their state; new ones are written in their editors, finalised or received ones open in the viewer.
class DocumentListPanel : public QWidget {
    Q_OBJECT
public:
    // The table's columns (SendColumn: where each of our finalised letters stands with the sharing service).
    enum Column { KindColumn, DateColumn, StateColumn, SendColumn, DetailColumn, ColumnCount };

    DocumentListPanel(ClinicRecord& record, qint64 patientId, QWidget* parent = nullptr);

    void reload();
    const QList<Document>& documents() const { return m_documents; }

public slots:
    ReferralEditor* newReferral();
    DischargeSummaryEditor* newDischargeSummary();
    // Ours in its editor (a draft to go on writing, a final one to read or revise), received ones in the viewer.
    QWidget* openDocument(qint64 documentId);
    QWidget* openSelected();

protected:
    // The sending state changes in the background (the outbox worker), so the list is read again when shown.
    void showEvent(QShowEvent* event) override;

private:
    ClinicRecord& m_record;
    qint64 m_patientId = 0;
    QList<Document> m_documents;
    QTableWidget* m_table = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace tsumugi::ui
