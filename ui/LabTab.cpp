#include "ui/LabTab.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/LabResultRepository.h"
#include "core/record/ClinicRecord.h"
#include "ui/ChartTables.h"
#include "ui/ChartText.h"
#include "ui/LabResultDialog.h"
#include "ui/LabSharingCompletionDialog.h"
#include "ui/LabTrendChart.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

LabTab::LabTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot, QWidget* parent)
    : ChartTab(record, patientId, snapshot, parent) {
    m_items = ChartTables::makeTable(this, "labItemTable",
                                     {tr("Item"), tr("Latest"), tr("Flag"), tr("Date"), tr("Results"), tr("Sharing")});
    m_results = ChartTables::makeTable(this, "labResultTable",
                                       {tr("Collected"), tr("Value"), tr("Flag"), tr("Reference"), tr("Specimen")});
    // Dates and values keep their width; the specimen column takes the rest.
    m_results->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_trend = new LabTrendChart(this);
    m_import = ChartTables::makeButton(this, "importLabCsvButton", tr("&Import CSV…"),
                                       tr("Results file from the lab company"));
    connect(m_import, &QPushButton::clicked, this, &LabTab::importLabCsv);
    m_add = ChartTables::makeButton(this, "addLabResultButton", tr("&Enter result…"), tr("Type a result by hand"));
    connect(m_add, &QPushButton::clicked, this, &LabTab::addLabResult);
    // Results of a core item kept back for what a doctor can add: added for the whole item at once.
    m_complete = ChartTables::makeButton(this, "completeLabSharingButton", tr("Complete for &sharing…"),
                                         tr("Add this clinic's item code and the ordering doctor the sharing service "
                                            "asks for"));
    connect(m_complete, &QPushButton::clicked, this, &LabTab::completeForSharing);
    m_complete->setEnabled(false);
    for (QWidget* w : {m_import, m_add, m_complete}) {
        w->setVisible(!m_readOnly);
    }
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("labMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    connect(m_items, &QTableWidget::currentCellChanged, this, [this](int row) {
        if (row >= 0 && row < m_snapshot.labs.size() && m_snapshot.labs.at(row).itemKey != m_labItemKey) {
            m_labItemKey = m_snapshot.labs.at(row).itemKey;
            showLabSeries();
        }
    });
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_trend, 2);
    rightLayout->addWidget(m_results, 3);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_items);
    split->addWidget(right);
    split->setChildrenCollapsible(false);
    split->setSizes({420, 600});
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_complete);
    buttons->addWidget(m_add);
    buttons->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
}

void LabTab::showChart() {
    m_items->setRowCount(int(m_snapshot.labs.size()));
    int selected = -1;
    for (int r = 0; r < m_snapshot.labs.size(); ++r) {
        const LabItemSummary& s = m_snapshot.labs.at(r);
        // Where the result came from, and whether the sharing service takes it, are read in the row itself.
        const QString name = s.latestSource.isEmpty() ? s.name : ChartTables::receivedName(s.name, s.latestSource);
        const bool unshared = s.latestSource.isEmpty() && !s.shareable;
        ChartTables::setRow(m_items, r, r,
                            {name, s.latestValue, s.latestFlag, s.latestAt.toLocalTime().date().toString(Qt::ISODate),
                             QString::number(s.count),
                             unshared ? (s.canBeCompleted ? tr("kept back") : tr("not shared")) : QString()},
                            false);
        if (unshared) {
            // Why, in the words the entry dialog uses: not a shared item, or what a doctor still has to add.
            m_items->item(r, 0)->setToolTip(s.notShared);
            m_items->item(r, 5)->setToolTip(s.notShared);
            if (s.canBeCompleted) {
                m_items->item(r, 5)->setForeground(QColor(0x8a, 0x5a, 0x00));
            }
        }
        if (!s.latestFlag.isEmpty() && s.latestFlag != QStringLiteral("N")) {
            for (int c = 1; c < 3; ++c) {
                m_items->item(r, c)->setForeground(QColor(0xc6, 0x28, 0x28));
            }
        }
        if (s.itemKey == m_labItemKey) {
            selected = r;
        }
    }
    if (selected < 0 && !m_snapshot.labs.isEmpty()) {
        selected = 0;
    }
    m_labItemKey.clear();
    if (selected >= 0) {
        const QSignalBlocker block(m_items);
        m_items->setCurrentCell(selected, 0);
        m_labItemKey = m_snapshot.labs.at(selected).itemKey;
    }
    showLabSeries();
}

void LabTab::selectLabItem(const QString& itemKey) {
    for (int r = 0; r < m_snapshot.labs.size(); ++r) {
        if (m_snapshot.labs.at(r).itemKey == itemKey) {
            m_items->setCurrentCell(r, 0);
        }
    }
}

void LabTab::showLabSeries() {
    const LabItemSummary* selected = nullptr;
    for (const LabItemSummary& s : m_snapshot.labs) {
        if (s.itemKey == m_labItemKey) {
            selected = &s;
        }
    }
    m_complete->setEnabled(selected && selected->latestSource.isEmpty() && selected->canBeCompleted);
    m_complete->setToolTip(selected && selected->canBeCompleted ? selected->notShared : QString());
    QList<LabResult> series;
    if (!m_labItemKey.isEmpty()) {
        try {
            series = m_record.chart().labs().series(m_patientId, m_labItemKey);
        } catch (const Error& e) {
            m_message->setText(e.message());
        }
    }
    m_trend->setResults(series);
    m_results->setRowCount(int(series.size()));
    // Newest first in the table, as the doctor reads it; the chart runs left to right in time.
    for (int i = 0; i < series.size(); ++i) {
        const LabResult& r = series.at(series.size() - 1 - i);
        QString reference = r.referenceText;
        if (reference.isEmpty() && (r.referenceLow || r.referenceHigh)) {
            reference = QStringLiteral("%1–%2").arg(r.referenceLow ? QString::number(*r.referenceLow) : QString(),
                                                    r.referenceHigh ? QString::number(*r.referenceHigh) : QString());
        }
        ChartTables::setRow(
            m_results, i, r.id,
            {ChartText::dateTime(r.collectedAt), r.displayValue(), r.abnormalFlag, reference, r.specimen}, r.withdrawn);
        if (!r.abnormalFlag.isEmpty() && r.abnormalFlag != QStringLiteral("N")) {
            m_results->item(i, 1)->setForeground(QColor(0xc6, 0x28, 0x28));
            m_results->item(i, 2)->setForeground(QColor(0xc6, 0x28, 0x28));
        }
    }
}

void LabTab::importLabCsv() {
    if (m_readOnly) {
        return;
    }
    const QString path = QFileDialog::getOpenFileName(this, tr("Import lab results"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty()) {
        importLabCsvFile(path);
    }
}

bool LabTab::importLabCsvFile(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        showMessage(tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)), true);
        return false;
    }
    try {
        const LabResultRepository::ImportSummary s =
            m_record.chart().labs().importCsv(file.readAll(), QFileInfo(path).fileName());
        emit chartChanged();
        showMessage(tr("Imported %n result(s).", nullptr, s.results), false);
        return true;
    } catch (const Error& e) {
        // The core names every bad line; nothing was imported.
        showMessage(tr("Nothing imported: %1").arg(e.message()), true);
        return false;
    }
}

void LabTab::addLabResult() {
    if (m_readOnly) {
        return;
    }
    LabResultDialog dialog(m_record, m_patientId, m_visitId, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_labItemKey = dialog.saved().itemKey;
        emit chartChanged();
        emit wantsToBeShown();
    }
}

void LabTab::completeForSharing() {
    const LabItemSummary* selected = nullptr;
    for (const LabItemSummary& s : m_snapshot.labs) {
        if (s.itemKey == m_labItemKey) {
            selected = &s;
        }
    }
    if (m_readOnly || !selected) {
        return;
    }
    LabSharingCompletionDialog dialog(m_record, m_patientId, selected->itemKey, selected->name, selected->notShared,
                                      this);
    if (dialog.exec() == QDialog::Accepted) {
        const QString item = selected->name;
        emit chartChanged();
        showMessage(tr("%n result(s) of %1 completed for the sharing service.", nullptr, dialog.completed()).arg(item),
                    false);
    }
}

void LabTab::showMessage(const QString& text, bool failure) {
    m_message->setText(text);
    m_message->setStyleSheet(failure ? QStringLiteral("color:#c62828;") : QStringLiteral("color:#1b5e20;"));
}

} // namespace tsumugi::ui
