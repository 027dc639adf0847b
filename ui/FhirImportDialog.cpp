#include "ui/FhirImportDialog.h"

#include "sync/fhir/ClinsImporter.h"
#include "sync/fhir/FilePatientReader.h"
#include "ui/FhirImportMatchDialog.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

using fhir::FhirImportResult;

namespace {
QString foundText(FhirImportResult::PatientFound how) {
    switch (how) {
    case FhirImportResult::PatientFound::InsuredIdentifier:
        return FhirImportDialog::tr("By insured-person identifier");
    case FhirImportResult::PatientFound::SenderPatientNumber:
        return FhirImportDialog::tr("By the sender's patient number");
    case FhirImportResult::PatientFound::Accepted:
        return FhirImportDialog::tr("Name, reading and birth date (confirmed)");
    case FhirImportResult::PatientFound::Given:
        return FhirImportDialog::tr("Chosen in the confirmation");
    case FhirImportResult::PatientFound::EarlierFile:
        return FhirImportDialog::tr("Patient of an earlier file");
    case FhirImportResult::PatientFound::Created:
        return FhirImportDialog::tr("New patient registered");
    }
    return {};
}

// Like QDialog::exec(), but a dialog answered while it is being shown (before the event loop starts) does not
// leave the loop waiting for a window that is already gone.
int runModal(QDialog& dialog) {
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&dialog, &QDialog::finished, &loop, [&finished, &loop] {
        finished = true;
        loop.quit();
    });
    dialog.setModal(true);
    dialog.show();
    if (!finished) {
        loop.exec(QEventLoop::DialogExec);
    }
    return dialog.result();
}
} // namespace

FhirImportDialog::FhirImportDialog(ClinicRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_record(record) {
    setObjectName(QStringLiteral("fhirImportDialog"));
    setWindowTitle(tr("Import FHIR files"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(tr("JP-CLINS bundles and eCS resources (.json) received from other institutions. Their "
                                "items are added to the patient's chart read-only, marked with the sending "
                                "institution; importing a file again adds nothing twice."),
                             this);
    intro->setObjectName(QStringLiteral("fhirImportIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_results = new QTreeWidget(this);
    m_results->setObjectName(QStringLiteral("fhirImportResults"));
    m_results->setHeaderLabels(
        {tr("File"), tr("Result"), tr("Patient"), tr("Patient found"), tr("Added"), tr("Updated"), tr("Unchanged")});
    m_results->setRootIsDecorated(true);
    m_results->setUniformRowHeights(false);
    m_results->setWordWrap(true);
    m_results->setAlternatingRowColors(true);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Notes and errors under a file can be long: they are cut in the list and shown whole below it.
    m_results->header()->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_results->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_results, 3);

    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("fhirImportDetails"));
    m_details->setReadOnly(true);
    m_details->setTabChangesFocus(true);
    m_details->setPlaceholderText(tr("The selected file's report in full."));
    layout->addWidget(m_details, 1);

    m_summary = new QLabel(tr("Choose the files to import (Ctrl+O)."), this);
    m_summary->setObjectName(QStringLiteral("fhirImportSummaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    auto* buttons = new QHBoxLayout;
    m_choose = new QPushButton(tr("&Choose files…"), this);
    m_choose->setObjectName(QStringLiteral("fhirImportChooseButton"));
    m_choose->setShortcut(QKeySequence(tr("Ctrl+O")));
    m_choose->setToolTip(tr("Ctrl+O"));
    m_openChart = new QPushButton(tr("Open &chart"), this);
    m_openChart->setObjectName(QStringLiteral("fhirImportOpenChartButton"));
    m_openChart->setToolTip(tr("The chart of the selected file's patient"));
    auto* close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("fhirImportCloseButton"));
    for (QPushButton* b : {m_choose, m_openChart, close}) {
        b->setAutoDefault(false);
    }
    buttons->addWidget(m_choose);
    buttons->addWidget(m_openChart);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_choose, &QPushButton::clicked, this, &FhirImportDialog::chooseFiles);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_openChart, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem* item = m_results->currentItem()) {
            QTreeWidgetItem* top = item->parent() ? item->parent() : item;
            if (const qint64 id = top->data(FileColumn, Qt::UserRole).toLongLong(); id != 0) {
                emit chartRequested(id);
            }
        }
    });
    connect(m_results, &QTreeWidget::currentItemChanged, this, &FhirImportDialog::updateButtons);
    m_openChart->setVisible(m_record.can(Permission::ReadCharts));
    updateButtons();
    resize(1040, 560);
}

bool FhirImportDialog::chooseFiles() {
    QFileDialog picker(this, tr("FHIR files to import"), m_lastFolder);
    picker.setObjectName(QStringLiteral("fhirImportFilePicker"));
    picker.setFileMode(QFileDialog::ExistingFiles);
    picker.setAcceptMode(QFileDialog::AcceptOpen);
    picker.setNameFilters({tr("FHIR JSON files (*.json)"), tr("All files (*)")});
    if (runModal(picker) != QDialog::Accepted || picker.selectedFiles().isEmpty()) {
        return false;
    }
    const QStringList files = picker.selectedFiles();
    m_lastFolder = QFileInfo(files.first()).absolutePath();
    importFiles(files);
    return true;
}

QList<FhirImportResult> FhirImportDialog::importFiles(const QStringList& paths) {
    m_results->clear();
    m_details->clear();
    const bool shown = isVisible();
    QList<FhirImportResult> out;
    fhir::ClinsImporter importer(m_record);
    int imported = 0;
    int failed = 0;
    int notImported = 0;
    for (const QString& path : paths) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        FhirImportResult r = importer.importFile(path, {});
        QApplication::restoreOverrideCursor();
        bool skipped = false;
        if (r.status == FhirImportResult::Status::NeedsConfirmation) {
            r = confirmAndImport(importer, r, path, &skipped);
        }
        addRow(r, skipped);
        out << r;
        imported += r.ok() ? 1 : 0;
        failed += r.status == FhirImportResult::Status::Failed ? 1 : 0;
        notImported += r.status == FhirImportResult::Status::NeedsConfirmation ? 1 : 0;
        if (r.ok()) {
            emit patientChanged(r.patientId);
        }
        if (shown && !isVisible()) {
            // Closed over our head (the screen was locked): stop here, the rest is imported another time.
            break;
        }
    }
    m_summary->setText(tr("%1 of %2 files imported; %3 failed; %4 not imported.")
                           .arg(imported)
                           .arg(paths.size())
                           .arg(failed)
                           .arg(notImported));
    if (m_results->topLevelItemCount() > 0) {
        m_results->setCurrentItem(m_results->topLevelItem(0));
        m_results->setFocus();
    }
    updateButtons();
    return out;
}

FhirImportResult FhirImportDialog::confirmAndImport(fhir::ClinsImporter& importer, const FhirImportResult& asked,
                                                    const QString& path, bool* skipped) {
    FhirImportMatchDialog confirm(path, fhir::FilePatientReader::fromFile(path), asked.candidates,
                                  isVisible() ? static_cast<QWidget*>(this) : parentWidget());
    runModal(confirm);
    fhir::ClinsImporter::Options options;
    switch (confirm.choice()) {
    case FhirImportMatchDialog::Choice::Skip:
        *skipped = true;
        return asked;
    case FhirImportMatchDialog::Choice::Accept:
        // One candidate: the importer's own acceptance (it remembers the sender's identifiers); several: the one
        // the user ticked.
        if (asked.candidates.size() == 1) {
            options.acceptMatch = true;
        } else {
            options.patientId = confirm.acceptedPatientId();
        }
        break;
    case FhirImportMatchDialog::Choice::Create:
        options.createPatient = true;
        break;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    FhirImportResult r = importer.importFile(path, options);
    QApplication::restoreOverrideCursor();
    return r;
}

void FhirImportDialog::addRow(const FhirImportResult& r, bool skipped) {
    auto* row = new QTreeWidgetItem(m_results);
    const QString file = QFileInfo(r.fileName).fileName();
    row->setText(FileColumn, file);
    row->setToolTip(FileColumn, r.fileName);
    switch (r.status) {
    case FhirImportResult::Status::Imported:
        row->setText(ResultColumn, tr("Imported"));
        row->setText(PatientColumn, tr("No. %1 %2").arg(r.patientNumber).arg(r.patientName));
        row->setText(FoundColumn, foundText(r.patientFound));
        row->setText(AddedColumn, QString::number(r.added));
        row->setText(UpdatedColumn, QString::number(r.updated));
        row->setText(UnchangedColumn, QString::number(r.unchanged));
        row->setData(FileColumn, Qt::UserRole, r.patientId);
        break;
    case FhirImportResult::Status::NeedsConfirmation:
        row->setText(ResultColumn, skipped ? tr("Not imported (skipped)") : tr("Not imported (needs confirmation)"));
        break;
    case FhirImportResult::Status::Failed:
        row->setText(ResultColumn, tr("Failed — nothing imported"));
        row->setForeground(ResultColumn, QColor(0xb0, 0x00, 0x20));
        break;
    }
    for (int c = AddedColumn; c <= UnchangedColumn; ++c) {
        row->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    auto addLine = [row](const QString& text, const QColor& color) {
        auto* line = new QTreeWidgetItem(row);
        line->setText(FileColumn, text);
        line->setToolTip(FileColumn, text);
        line->setFirstColumnSpanned(true);
        if (color.isValid()) {
            line->setForeground(FileColumn, color);
        }
    };
    if (r.status == FhirImportResult::Status::Failed) {
        addLine(tr("Error: %1: %2").arg(file, r.error), QColor(0xb0, 0x00, 0x20));
    }
    for (const QString& note : r.notes) {
        addLine(tr("Note: %1").arg(note), QColor());
    }
    row->setExpanded(true);
    row->setData(ResultColumn, Qt::UserRole,
                 r.status == FhirImportResult::Status::NeedsConfirmation
                     ? tr("%1: not imported (you chose not to import it).").arg(r.fileName)
                     : r.text());
}

void FhirImportDialog::updateButtons() {
    QTreeWidgetItem* item = m_results->currentItem();
    QTreeWidgetItem* top = item && item->parent() ? item->parent() : item;
    m_openChart->setEnabled(top && top->data(FileColumn, Qt::UserRole).toLongLong() != 0);
    m_details->setPlainText(top ? top->data(ResultColumn, Qt::UserRole).toString() : QString());
}

} // namespace tsumugi::ui
