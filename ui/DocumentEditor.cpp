#include "ui/DocumentEditor.h"

#include "core/Error.h"
#include "core/chart/LabResultRepository.h"
#include "core/documents/DocumentRepository.h"
#include "core/documents/DocumentSendState.h"
#include "core/outbox/OutboxQueue.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Clock.h"
#include "core/util/Timestamp.h"
#include "ui/ChartText.h"
#include "ui/DocumentPrinter.h"
#include "ui/DocumentSections.h"
#include "ui/DocumentViewer.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace tsumugi::ui {

DocumentEditor::DocumentEditor(ClinicRecord& record, const Document& document, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_doc(document) {
    m_canWrite = record.can(Permission::WriteCharts);
    m_chart = record.chart().open(document.patientId);
    m_labs = record.chart().labs().recent(document.patientId, 200);
    if (m_doc.id != 0) {
        m_doc = record.documents().open(m_doc.id);
    }

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("documentStatusLabel"));
    m_status->setWordWrap(true);
    m_signature = new QLabel(this);
    m_signature->setObjectName(QStringLiteral("documentSignatureLabel"));
    m_signature->setStyleSheet(QStringLiteral("color: #555;"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("documentMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto* sheet = new QWidget;
    sheet->setObjectName(QStringLiteral("documentSheet"));
    // Two columns that pack on their own (a grid would give both columns the same row heights).
    auto* columns = new QHBoxLayout(sheet);
    columns->setContentsMargins(4, 4, 4, 4);
    columns->setSpacing(12);
    for (auto*& column : m_columns) {
        column = new QVBoxLayout;
        columns->addLayout(column, 1);
    }
    auto* scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("documentScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(sheet);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->addWidget(m_status);
    layout->addWidget(m_signature);
    layout->addWidget(m_message);
    layout->addWidget(scroll, 1);
    resize(1280, 900);
}

DocumentEditor::~DocumentEditor() = default;

QGroupBox* DocumentEditor::addGroup(const QString& title, int column) {
    auto* group = new QGroupBox(title);
    auto* layout = new QVBoxLayout(group);
    layout->setContentsMargins(8, 6, 8, 6);
    m_columns[column]->addWidget(group);
    return group;
}

QPlainTextEdit* DocumentEditor::addText(QGroupBox* group, const char* objectName, const QString& placeholder,
                                        int lines) {
    auto* edit = new QPlainTextEdit(group);
    edit->setObjectName(QString::fromLatin1(objectName));
    edit->setPlaceholderText(placeholder);
    edit->setTabChangesFocus(true); // Tab moves on through the form; Enter makes new lines
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    group->layout()->addWidget(edit);
    return edit;
}

QListWidget* DocumentEditor::addPicker(QGroupBox* group, const char* objectName) {
    auto* list = new QListWidget(group);
    list->setObjectName(QString::fromLatin1(objectName));
    list->setMinimumHeight(list->fontMetrics().lineSpacing() * 4 + 12);
    list->setToolTip(tr("Space ticks or unticks the selected line"));
    group->layout()->addWidget(list);
    return list;
}

namespace {
QListWidgetItem* checkItem(QListWidget* list, const QString& text, qint64 id, bool checked) {
    auto* item = new QListWidgetItem(text, list);
    item->setData(Qt::UserRole, id);
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}
} // namespace

void DocumentEditor::fillDiagnosisPicker(QListWidget* list, const QList<qint64>& checked, bool preselectActive) {
    list->clear();
    for (const Diagnosis& d : m_chart.diagnoses) {
        const bool on = checked.contains(d.id) || (preselectActive && m_doc.id == 0 && d.isActive());
        checkItem(list, DocumentSections::diagnosisText(d), d.id, on);
    }
}

void DocumentEditor::fillAllergyPicker(QListWidget* list) {
    list->clear();
    for (const Allergy& a : m_chart.allergies) {
        checkItem(list, DocumentSections::allergyText(a), a.id, m_doc.allergyIds.contains(a.id));
    }
}

void DocumentEditor::fillPrescriptionPicker(QListWidget* list) {
    list->clear();
    QList<qint64> shown;
    for (const Prescription& p : m_chart.activePrescriptions) {
        checkItem(list, ChartText::prescriptionLine(p), p.id, m_doc.prescriptionIds.contains(p.id));
        shown << p.id;
    }
    // Lines picked earlier that are no longer running stay visible (and ticked) so the letter does not change.
    for (const ChartVisit& v : m_chart.visits) {
        for (const Prescription& p : v.prescriptions) {
            if (!shown.contains(p.id) && m_doc.prescriptionIds.contains(p.id)) {
                checkItem(list, ChartText::prescriptionLine(p), p.id, true);
                shown << p.id;
            }
        }
    }
}

void DocumentEditor::fillLabPicker(QListWidget* list) {
    list->clear();
    for (const LabResult& r : m_labs) {
        checkItem(list, DocumentSections::labText(r), r.id, m_doc.labResultIds.contains(r.id));
    }
}

QList<qint64> DocumentEditor::checkedIds(const QListWidget* list) {
    QList<qint64> ids;
    for (int i = 0; list && i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked) {
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
        }
    }
    return ids;
}

void DocumentEditor::setText(QPlainTextEdit* edit, const QString& text) {
    if (edit) {
        edit->setPlainText(text);
    }
}

QString DocumentEditor::text(const QPlainTextEdit* edit) {
    return edit ? edit->toPlainText().trimmed() : QString();
}

void DocumentEditor::addCommonSections(int historyColumn, int itemsColumn) {
    auto* complaint = addGroup(tr("Chief complaint"), historyColumn);
    m_chiefComplaint = addText(complaint, "chiefComplaintEdit", tr("The main complaint in the patient's words"), 2);
    auto* present = addGroup(tr("Present illness"), historyColumn);
    m_presentIllness = addText(present, "presentIllnessEdit", tr("Course of the present illness"), 5);
    auto* past = addGroup(tr("Past history"), historyColumn);
    m_pastHistory = addText(past, "pastHistoryEdit", tr("Past illnesses, operations, family history"), 3);
    auto* allergies = addGroup(tr("Allergies and contraindications"), itemsColumn);
    m_allergies = addPicker(allergies, "allergyPicker");
    auto* meds = addGroup(m_doc.isReferral() ? tr("Current medications") : tr("Discharge medications"), itemsColumn);
    m_prescriptions = addPicker(meds, "prescriptionPicker");
    auto* labs = addGroup(tr("Lab results"), itemsColumn);
    m_labList = addPicker(labs, "labPicker");
}

void DocumentEditor::finishSetup() {
    auto* remarks = addGroup(tr("Remarks"), 1);
    m_remarks = addText(remarks, "remarksEdit", tr("Anything else the reader should know"), 2);

    auto* files = addGroup(tr("Attachments"), 1);
    m_attachments = new QListWidget(files);
    m_attachments->setObjectName(QStringLiteral("attachmentList"));
    m_attachments->setMinimumHeight(m_attachments->fontMetrics().lineSpacing() * 3 + 12);
    files->layout()->addWidget(m_attachments);
    auto* fileButtons = new QHBoxLayout;
    m_addAttachment = new QPushButton(tr("&Attach file…"), files);
    m_addAttachment->setObjectName(QStringLiteral("addAttachmentButton"));
    m_addAttachment->setToolTip(
        tr("PDF, PNG or JPEG, at most %1 MB each").arg(DocumentAttachment::MaxBytes / (1024 * 1024)));
    m_removeAttachment = new QPushButton(tr("Remove attachment"), files);
    m_removeAttachment->setObjectName(QStringLiteral("removeAttachmentButton"));
    fileButtons->addWidget(m_addAttachment);
    fileButtons->addWidget(m_removeAttachment);
    fileButtons->addStretch(1);
    static_cast<QVBoxLayout*>(files->layout())->addLayout(fileButtons);
    connect(m_addAttachment, &QPushButton::clicked, this, [this] { addAttachments(); });
    connect(m_removeAttachment, &QPushButton::clicked, this, &DocumentEditor::removeAttachment);
    for (auto* column : m_columns) {
        column->addStretch(1);
    }

    // Versions: every finalised version stays readable.
    m_versions = new QComboBox(this);
    m_versions->setObjectName(QStringLiteral("versionCombo"));
    m_versions->setMinimumContentsLength(22);
    // A version reads 「第2版  2026-11-20 09:30  院長 佐藤 一郎」: the box grows to show it whole.
    m_versions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_showVersion = new QPushButton(tr("&Show version"), this);
    m_showVersion->setObjectName(QStringLiteral("showVersionButton"));
    connect(m_showVersion, &QPushButton::clicked, this, &DocumentEditor::showVersion);
    m_revisionReason = new QLineEdit(this);
    m_revisionReason->setObjectName(QStringLiteral("revisionReasonEdit"));
    m_revisionReason->setPlaceholderText(tr("Reason for the new version (optional)"));

    m_save = new QPushButton(tr("Save draft"), this);
    m_save->setObjectName(QStringLiteral("saveDocumentButton"));
    m_save->setShortcut(QKeySequence(tr("Ctrl+S")));
    m_save->setToolTip(tr("Keep as a draft (Ctrl+S)"));
    m_finalize = new QPushButton(tr("Finalise"), this);
    m_finalize->setObjectName(QStringLiteral("finalizeDocumentButton"));
    m_finalize->setShortcut(QKeySequence(tr("Ctrl+Shift+F")));
    m_finalize->setToolTip(tr("Sign off with your name and the time (Ctrl+Shift+F)"));
    // Sending is the doctor's choice: a letter handed over on paper must not reach the national service.
    m_sendCheck = new QCheckBox(tr("Send to the sharing service"), this);
    m_sendCheck->setObjectName(QStringLiteral("documentSendCheck"));
    m_sendCheck->setToolTip(tr("On finalising, queue the document for the sharing service (電子診療情報提供書)"));
    connect(m_sendCheck, &QCheckBox::clicked, this, [this] { m_sendChosen = true; });
    m_newVersion = new QPushButton(tr("&Edit as new version"), this);
    m_newVersion->setObjectName(QStringLiteral("newVersionButton"));
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printDocumentButton"));
    m_print->setShortcut(QKeySequence::Print);
    m_print->setToolTip(tr("Print preview, then print (Ctrl+P)"));
    m_pdf = new QPushButton(tr("Save as P&DF…"), this);
    m_pdf->setObjectName(QStringLiteral("pdfDocumentButton"));
    // Finalising queues the document in the outbox (core); this sends it again, e.g. after a rejection.
    m_send = new QPushButton(tr("Se&nd again"), this);
    m_send->setObjectName(QStringLiteral("sendDocumentButton"));
    m_send->setToolTip(tr("Queue this finalised document for the sharing service again"));
    connect(m_send, &QPushButton::clicked, this, &DocumentEditor::send);
    m_sendState = new QLabel(this);
    m_sendState->setObjectName(QStringLiteral("sendStateLabel"));
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("closeDocumentButton"));
    connect(m_save, &QPushButton::clicked, this, &DocumentEditor::saveDraft);
    connect(m_finalize, &QPushButton::clicked, this, &DocumentEditor::finalizeDocument);
    connect(m_newVersion, &QPushButton::clicked, this, &DocumentEditor::startNewVersion);
    connect(m_print, &QPushButton::clicked, this, &DocumentEditor::printPreview);
    connect(m_pdf, &QPushButton::clicked, this, [this] { savePdf(); });
    connect(close, &QPushButton::clicked, this, &QDialog::close);

    auto* versionRow = new QHBoxLayout;
    auto* versionLabel = new QLabel(tr("&Versions:"), this);
    versionLabel->setBuddy(m_versions);
    versionRow->addWidget(versionLabel);
    versionRow->addWidget(m_versions);
    versionRow->addWidget(m_showVersion);
    versionRow->addWidget(m_revisionReason, 1);
    versionRow->addStretch(1);
    versionRow->addWidget(m_sendState);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_print);
    buttons->addWidget(m_pdf);
    buttons->addStretch(1);
    buttons->addWidget(m_send);
    buttons->addWidget(m_newVersion);
    buttons->addWidget(m_save);
    buttons->addWidget(m_sendCheck);
    buttons->addWidget(m_finalize);
    buttons->addWidget(close);
    auto* main = static_cast<QVBoxLayout*>(layout());
    main->addLayout(versionRow);
    main->addLayout(buttons);

    if (m_doc.id == 0) {
        prefillFromChart();
    }
    showDocument();
    suggestSend(sendSuggested());
}

void DocumentEditor::prefillFromChart() {
    // The latest written note is where the story usually is; the doctor edits it down.
    for (const ChartVisit& v : m_chart.visits) {
        if (v.note && !v.note->findings.trimmed().isEmpty()) {
            m_doc.presentIllness = v.note->findings.trimmed();
            break;
        }
    }
    QStringList past;
    for (const Diagnosis& d : m_chart.diagnoses) {
        if (!d.isActive()) {
            past << DocumentSections::diagnosisText(d);
        }
    }
    m_doc.pastHistory = past.join(QLatin1Char('\n'));
    for (const Allergy& a : m_chart.allergies) {
        m_doc.allergyIds << a.id;
    }
    for (const Prescription& p : m_chart.activePrescriptions) {
        m_doc.prescriptionIds << p.id;
    }
    for (const Diagnosis& d : m_chart.diagnoses) {
        if (d.isActive()) {
            m_doc.diagnosisIds << d.id;
        }
    }
    prefillKindFields(m_doc);
}

void DocumentEditor::prefillKindFields(Document&) {}

void DocumentEditor::showDocument() {
    // A new version of a letter whose earlier version went to the sharing service: sending is the default, and
    // finalising without it asks first (the earlier version would stay there).
    m_earlierOnService = m_doc.id != 0 && m_doc.version > 1 && m_doc.isOurs() &&
                         m_doc.status == Document::Status::Draft && DocumentSendState::onService(m_record, m_doc.id);
    setText(m_chiefComplaint, m_doc.chiefComplaint);
    setText(m_presentIllness, m_doc.presentIllness);
    setText(m_pastHistory, m_doc.pastHistory);
    setText(m_remarks, m_doc.remarks);
    fillAllergyPicker(m_allergies);
    fillPrescriptionPicker(m_prescriptions);
    fillLabPicker(m_labList);
    showKindFields(m_doc);
    m_attachments->clear();
    for (const DocumentAttachment& a : m_doc.attachments) {
        auto* item = new QListWidgetItem(
            tr("%1  (%2 KB)").arg(a.title.isEmpty() ? a.fileName : a.title).arg((a.size + 1023) / 1024), m_attachments);
        item->setData(Qt::UserRole, a.id);
    }
    m_versions->clear();
    if (m_doc.id != 0) {
        for (const DocumentVersionInfo& v : m_record.documents().history(m_doc.id)) {
            m_versions->addItem(
                tr("Version %1  %2  %3")
                    .arg(v.version)
                    .arg(v.finalizedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), v.author),
                v.version);
        }
    }
    updateState();
}

QList<QWidget*> DocumentEditor::editableWidgets() const {
    QList<QWidget*> out;
    for (QWidget* w : findChildren<QWidget*>()) {
        if (qobject_cast<QPlainTextEdit*>(w) || qobject_cast<QListWidget*>(w) || qobject_cast<QLineEdit*>(w) ||
            qobject_cast<QComboBox*>(w) || qobject_cast<QAbstractSpinBox*>(w)) {
            if (w != m_versions && w != m_revisionReason && w != m_attachments) {
                out << w;
            }
        }
    }
    return out;
}

void DocumentEditor::updateState() {
    const bool draft = m_doc.status == Document::Status::Draft;
    m_readOnly = !m_canWrite || !m_doc.isOurs() || !draft;
    for (QWidget* w : editableWidgets()) {
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w)) {
            edit->setReadOnly(m_readOnly);
        } else if (auto* line = qobject_cast<QLineEdit*>(w)) {
            line->setReadOnly(m_readOnly);
        } else {
            w->setEnabled(!m_readOnly);
        }
    }
    m_addAttachment->setEnabled(!m_readOnly);
    m_removeAttachment->setEnabled(!m_readOnly && m_attachments->count() > 0);
    m_save->setVisible(!m_readOnly);
    m_finalize->setVisible(!m_readOnly);
    m_sendCheck->setVisible(!m_readOnly);
    const bool canRevise = m_canWrite && m_doc.isOurs() && m_doc.status == Document::Status::Final;
    m_newVersion->setVisible(canRevise);
    m_revisionReason->setVisible(canRevise);
    m_versions->setEnabled(m_versions->count() > 0);
    m_showVersion->setEnabled(m_versions->count() > 0);
    m_send->setVisible(canRevise);
    // 送信 for a letter finalised for paper only; 再送信 once it asked for the sharing service.
    m_send->setText(m_doc.sendRequested ? tr("Se&nd again") : tr("Se&nd"));
    m_send->setToolTip(m_doc.sendRequested ? tr("Queue this finalised document for the sharing service again")
                                           : tr("Send this finalised document to the sharing service now"));
    m_sendState->setText(sendStateText());
    // Says plainly when there is no signature, so nobody takes the printed name for one.
    m_signature->setText(m_record.documents().signatures().statusText(m_doc));

    QString who;
    if (m_doc.status == Document::Status::Final && m_doc.finalizedAt.isValid()) {
        who = tr("  finalised %1 by %2")
                  .arg(m_doc.finalizedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), m_doc.finalizedBy);
    } else if (m_doc.updatedAt.isValid()) {
        who = tr("  saved %1 by %2")
                  .arg(m_doc.updatedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), m_doc.updatedBy);
    }
    const QString state = m_doc.id == 0 ? tr("New, not saved yet") : DocumentSections::statusText(m_doc) + who;
    m_status->setText(
        QStringLiteral("<b>%1</b>　%2　<span style=\"color:#555;\">%3</span>")
            .arg(DocumentSections(m_doc, m_chart, m_labs, m_record.clock().today()).patientLine().toHtmlEscaped(),
                 DocumentSections::documentKindName(m_doc.kind).toHtmlEscaped(), state.toHtmlEscaped()));
    setWindowTitle(tr("%1 — %2").arg(DocumentSections::documentKindName(m_doc.kind), m_chart.patient.fullName()));
}

void DocumentEditor::showMessage(const QString& text, bool error) {
    m_message->setText(text);
    // Same red as the other dialogs' inline messages (ErrorLabel); confirmations in green.
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QStringLiteral("color: #1b5e20;"));
    m_message->setVisible(!text.isEmpty());
}

Document DocumentEditor::collect() const {
    Document d = m_doc;
    d.chiefComplaint = text(m_chiefComplaint);
    d.presentIllness = text(m_presentIllness);
    d.pastHistory = text(m_pastHistory);
    d.remarks = text(m_remarks);
    d.allergyIds = checkedIds(m_allergies);
    d.prescriptionIds = checkedIds(m_prescriptions);
    d.labResultIds = checkedIds(m_labList);
    readKindFields(d);
    return d;
}

bool DocumentEditor::saveDraft() {
    if (m_readOnly) {
        return false;
    }
    try {
        const Document d = collect();
        m_doc = d.id == 0 ? m_record.documents().createDraft(d) : m_record.documents().updateDraft(d);
        showDocument();
        showMessage(tr("Saved as a draft."), false);
        emit documentChanged(m_doc.id);
        return true;
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Conflict && m_doc.id != 0 && keepAsCopy()) {
            return false; // kept, but not as asked: finalising stops here until the doctor has compared
        }
        showMessage(e.message(), true);
        return false;
    }
}

bool DocumentEditor::keepAsCopy() {
    // Another desk saved this draft meanwhile: what was typed here becomes a draft of its own beside theirs (a
    // letter's fields do not merge line by line); the doctor compares the two and withdraws one.
    Document theirs;
    try {
        theirs = m_record.documents().open(m_doc.id);
        if (theirs.version == m_doc.version && theirs.saves == m_doc.saves) {
            return false;
        }
        Document copy = collect();
        copy.id = 0;
        copy.version = 0;
        copy.saves = 0;
        copy.attachments.clear(); // they belong to the original; attach again if the copy is kept
        m_doc = m_record.documents().createDraft(copy);
    } catch (const Error&) {
        return false;
    }
    showDocument();
    showMessage(tr("%1 saved this document at %2 while you were editing it. Your text was saved as a separate draft "
                   "(document %3) beside theirs (document %4): compare the two and withdraw the one you do not need.")
                    .arg(theirs.updatedBy, Timestamp::forMessage(theirs.updatedAt))
                    .arg(m_doc.id)
                    .arg(theirs.id),
                true);
    emit documentChanged(m_doc.id);
    return true;
}

bool DocumentEditor::finalizeDocument() {
    if (m_readOnly) {
        return false;
    }
    if (!m_sendCheck->isChecked() && m_doc.id != 0 && m_doc.version > 1 &&
        DocumentSendState::onService(m_record, m_doc.id) && !confirmFinaliseWithoutSending()) {
        showMessage(tr("Not finalised. Tick “Send to the sharing service” to replace the earlier version there."),
                    true);
        return false;
    }
    if (!saveDraft()) {
        return false;
    }
    try {
        m_doc = m_record.documents().finalize(m_doc.id, {.send = m_sendCheck->isChecked()});
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
    showDocument();
    showMessage(tr("Finalised as version %1.").arg(m_doc.version), false);
    emit documentChanged(m_doc.id);
    return true;
}

bool DocumentEditor::startNewVersion() {
    try {
        m_doc = m_record.documents().startNewVersion(m_doc.id, m_revisionReason->text().trimmed());
        m_revisionReason->clear();
        showDocument();
        // The new version's own choice: suggested afresh (ticked when an earlier version went to the service).
        m_sendChosen = false;
        suggestSend(sendSuggested());
        showMessage(tr("Version %1 started as a draft; the finalised versions stay readable.").arg(m_doc.version),
                    false);
        emit documentChanged(m_doc.id);
        return true;
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
}

bool DocumentEditor::addAttachments(const QStringList& paths) {
    if (m_readOnly) {
        return false;
    }
    QStringList files = paths;
    if (files.isEmpty()) {
        files = QFileDialog::getOpenFileNames(this, tr("Attach files"), QString(),
                                              tr("PDF and images (*.pdf *.png *.jpg *.jpeg)"));
        if (files.isEmpty()) {
            return false;
        }
    }
    // Attachments belong to a saved document.
    if (m_doc.id == 0 && !saveDraft()) {
        return false;
    }
    QStringList added;
    for (const QString& path : files) {
        const QFileInfo info(path);
        // Refuse big files before reading them; the limit and the file's size in the same words as the core.
        if (info.size() > DocumentAttachment::MaxBytes) {
            showMessage(tr("%1 is %2 MB; an attachment can be at most %3 MB. Make the file smaller (e.g. scan at a "
                           "lower resolution) or send it separately.")
                            .arg(info.fileName())
                            .arg(double(info.size()) / (1024 * 1024), 0, 'f', 1)
                            .arg(DocumentAttachment::MaxBytes / (1024 * 1024)),
                        true);
            return false;
        }
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showMessage(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()), true);
            return false;
        }
        try {
            m_record.documents().addAttachment(m_doc.id, info.fileName(), file.readAll());
            added << info.fileName();
        } catch (const Error& e) {
            showMessage(e.message(), true);
            m_doc = m_record.documents().open(m_doc.id);
            showDocument();
            return false;
        }
    }
    m_doc = m_record.documents().open(m_doc.id);
    showDocument();
    showMessage(tr("Attached: %1").arg(added.join(QStringLiteral(", "))), false);
    return true;
}

void DocumentEditor::removeAttachment() {
    auto* item = m_attachments->currentItem();
    if (!item || m_readOnly) {
        return;
    }
    try {
        m_doc = m_record.documents().removeAttachment(m_doc.id, item->data(Qt::UserRole).toLongLong());
        showDocument();
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
}

QString DocumentEditor::printHtml() const {
    const Document d = m_readOnly ? m_doc : collect();
    const DocumentSections sections(d, m_chart, m_labs, m_record.clock().today());
    return sections.html(DocumentPrinter(sections, DocumentPrinter::letterheadFor(m_record, d)).letterheadHtml());
}

void DocumentEditor::printPreview() {
    const Document d = m_readOnly ? m_doc : collect();
    const DocumentSections sections(d, m_chart, m_labs, m_record.clock().today());
    DocumentPrinter(sections, DocumentPrinter::letterheadFor(m_record, d)).preview(this);
}

bool DocumentEditor::savePdf(const QString& path) {
    QString file = path;
    if (file.isEmpty()) {
        file = QFileDialog::getSaveFileName(this, tr("Save as PDF"), QString(), tr("PDF files (*.pdf)"));
        if (file.isEmpty()) {
            return false;
        }
    }
    const Document d = m_readOnly ? m_doc : collect();
    const DocumentSections sections(d, m_chart, m_labs, m_record.clock().today());
    QString error;
    if (!DocumentPrinter(sections, DocumentPrinter::letterheadFor(m_record, d)).savePdf(file, &error)) {
        showMessage(error, true);
        return false;
    }
    showMessage(tr("Saved %1").arg(QFileInfo(file).fileName()), false);
    return true;
}

QString DocumentEditor::sendStateText() const {
    return DocumentSendState::of(m_record, m_doc).text();
}

bool DocumentEditor::send() {
    if (m_doc.id == 0 || m_doc.status != Document::Status::Final || !m_doc.isOurs()) {
        return false;
    }
    try {
        if (!m_doc.sendRequested) {
            // Finalised for paper only; the doctor now chooses to send it (the core queues it).
            m_doc = m_record.documents().requestSend(m_doc.id);
            updateState();
            showMessage(tr("Queued for the sharing service; it is sent with the next push."), false);
            emit documentChanged(m_doc.id);
            return true;
        }
        m_record.outbox().sendDocumentAgain(m_doc.patientId, m_doc.id);
    } catch (const Error& e) {
        showMessage(e.message(), true);
        return false;
    }
    m_sendState->setText(sendStateText());
    showMessage(tr("Queued for the sharing service; it is sent with the next push."), false);
    return true;
}

void DocumentEditor::suggestSend(bool send) {
    if (m_sendCheck && !m_sendChosen) {
        m_sendCheck->setChecked(send || m_earlierOnService);
    }
}

bool DocumentEditor::confirmFinaliseWithoutSending() {
    QMessageBox box(QMessageBox::Warning, tr("Finalise without sending"),
                    DocumentSendState::earlierVersionStaysWarning() + QStringLiteral("\n\n") +
                        tr("Finalise this version for paper only anyway?"),
                    QMessageBox::NoButton, this);
    box.setObjectName(QStringLiteral("earlierVersionWarning"));
    auto* finalise = box.addButton(tr("Finalise without sending"), QMessageBox::AcceptRole);
    finalise->setObjectName(QStringLiteral("finaliseWithoutSendingButton"));
    auto* cancel = box.addButton(QMessageBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelFinaliseButton"));
    box.setDefaultButton(cancel); // Enter does not leave the earlier version behind by accident
    box.exec();
    return box.clickedButton() == finalise;
}

void DocumentEditor::showVersion() {
    if (m_versions->currentIndex() < 0) {
        return;
    }
    try {
        const Document old = m_record.documents().loadVersion(m_doc.id, m_versions->currentData().toInt());
        auto* viewer = new DocumentViewer(m_record, old, this);
        viewer->setAttribute(Qt::WA_DeleteOnClose);
        viewer->show();
    } catch (const Error& e) {
        showMessage(e.message(), true);
    }
}

} // namespace tsumugi::ui
