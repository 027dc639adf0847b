#pragma once

#include "core/chart/Chart.h"
#include "core/documents/Document.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QVBoxLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// What a referral and a discharge summary editor share: the chart items to pick (diagnoses, allergies,
// prescriptions, lab results), the free-text sections, attachments, and the life of the document (draft saved
// again and again, finalised with author and time, a new version for a later change, versions readable),
// printing and PDF. Opened with a new document (id 0), prefilled from the chart, everything editable.
// Subclasses add their own sections in their constructor and then call finishSetup().
class DocumentEditor : public QDialog {
    Q_OBJECT
public:
    ~DocumentEditor() override;

    const Document& document() const { return m_doc; }
    bool isReadOnly() const { return m_readOnly; }
    // The text that would be printed (for the viewer, tests and the print preview).
    QString printHtml() const;

    // The document's item in the sync outbox, as a line for people ("sharing service: sent", "rejected: …").
    QString sendStateText() const;

public slots:
    bool saveDraft();
    bool finalizeDocument();
    bool startNewVersion();
    // Adds files from disk (dialog when `paths` is empty); false when one was refused (message shown).
    bool addAttachments(const QStringList& paths = {});
    void removeAttachment();
    void printPreview();
    bool savePdf(const QString& path = {});
    void showVersion();
    // Queues the finalised document for the sharing service again (a rejected one is retried after correction).
    bool send();

signals:
    void documentChanged(qint64 documentId);

protected:
    DocumentEditor(ClinicRecord& record, const Document& document, QWidget* parent);

    // Building blocks for the subclasses (each adds a group box to the two-column sheet).
    QGroupBox* addGroup(const QString& title, int column);
    QPlainTextEdit* addText(QGroupBox* group, const char* objectName, const QString& placeholder, int lines);
    QListWidget* addPicker(QGroupBox* group, const char* objectName);
    void fillDiagnosisPicker(QListWidget* list, const QList<qint64>& checked, bool preselectActive);
    void fillAllergyPicker(QListWidget* list);
    void fillPrescriptionPicker(QListWidget* list);
    void fillLabPicker(QListWidget* list);
    static QList<qint64> checkedIds(const QListWidget* list);
    static void setText(QPlainTextEdit* edit, const QString& text);
    static QString text(const QPlainTextEdit* edit);

    // The shared sections (chief complaint, history, allergies, medications, labs, remarks, attachments).
    void addCommonSections(int historyColumn, int itemsColumn);
    // Builds the buttons and shows the document; the subclass's fields must exist.
    void finishSetup();

    virtual void readKindFields(Document& d) const = 0;
    virtual void showKindFields(const Document& d) = 0;
    // A new document: what the chart suggests (the subclass adds its own after the common prefill).
    virtual void prefillKindFields(Document& d);
    // Whether finalising should send to the sharing service unless the doctor decides otherwise.
    virtual bool sendSuggested() const { return false; }
    // Follows the suggestion until the doctor ticks or unticks the box.
    void suggestSend(bool send);

    ClinicRecord& m_record;
    Document m_doc;
    ChartSnapshot m_chart;
    QList<LabResult> m_labs;
    bool m_canWrite = false;
    bool m_readOnly = false;

    QListWidget* m_diagnoses = nullptr;
    QPlainTextEdit* m_chiefComplaint = nullptr;
    QPlainTextEdit* m_presentIllness = nullptr;
    QPlainTextEdit* m_pastHistory = nullptr;
    QListWidget* m_allergies = nullptr;
    QListWidget* m_prescriptions = nullptr;
    QListWidget* m_labList = nullptr;
    QPlainTextEdit* m_remarks = nullptr;

private:
    Document collect() const;
    void showDocument();
    void prefillFromChart();
    void updateState();
    void showMessage(const QString& text, bool error);
    // After a refused save: when another desk saved the draft meanwhile, saves this desk's text as a new draft.
    bool keepAsCopy();
    // Asked when a new version is finalised without sending while an earlier version went to the service.
    bool confirmFinaliseWithoutSending();
    QList<QWidget*> editableWidgets() const;

    QVBoxLayout* m_columns[2] = {nullptr, nullptr};
    QLabel* m_status = nullptr;
    QLabel* m_message = nullptr;
    QListWidget* m_attachments = nullptr;
    QPushButton* m_addAttachment = nullptr;
    QPushButton* m_removeAttachment = nullptr;
    QComboBox* m_versions = nullptr;
    QPushButton* m_showVersion = nullptr;
    QLineEdit* m_revisionReason = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_finalize = nullptr;
    QPushButton* m_newVersion = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_pdf = nullptr;
    QPushButton* m_send = nullptr;
    QLabel* m_sendState = nullptr;
    QCheckBox* m_sendCheck = nullptr;
    bool m_sendChosen = false;       // the doctor touched the checkbox
    bool m_earlierOnService = false; // a draft of a new version whose earlier version went to the service
    QLabel* m_signature = nullptr;
};

} // namespace tsumugi::ui
