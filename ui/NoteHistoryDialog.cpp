#include "ui/NoteHistoryDialog.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/record/ClinicRecord.h"
#include "ui/ChartText.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tsumugi::ui {

namespace {

QString linesHtml(const QList<DiffLine>& lines) {
    QString html;
    for (const DiffLine& l : lines) {
        const QString text = l.text.toHtmlEscaped();
        switch (l.op) {
        case DiffLine::Op::Same:
            html += QStringLiteral("<div style='color:#424242;'>&nbsp;&nbsp;%1</div>").arg(text);
            break;
        case DiffLine::Op::Removed:
            html += QStringLiteral("<div style='color:#b71c1c;background-color:#ffebee;'>− <s>%1</s></div>").arg(text);
            break;
        case DiffLine::Op::Added:
            html += QStringLiteral("<div style='color:#1b5e20;background-color:#e8f5e9;'>+ %1</div>").arg(text);
            break;
        }
    }
    return html;
}

QString columnHtml(const QString& title, const QString& text) {
    return QStringLiteral("<h4>%1</h4><div style='white-space:pre-wrap;'>%2</div>")
        .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
}

} // namespace

NoteHistoryDialog::NoteHistoryDialog(ClinicRecord& record, qint64 noteId, QWidget* parent)
    : QDialog(parent)
    , m_record(record)
    , m_noteId(noteId) {
    setObjectName(QStringLiteral("noteHistoryDialog"));
    setWindowTitle(tr("Note history"));

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("noteVersionList"));
    m_text = new QTextBrowser(this);
    m_text->setObjectName(QStringLiteral("noteVersionView"));
    m_diffTitle = new QLabel(this);
    m_diffTitle->setObjectName(QStringLiteral("noteDiffTitle"));
    m_diff = new QTextBrowser(this);
    m_diff->setObjectName(QStringLiteral("noteDiffView"));
    auto* message = new QLabel(this);
    message->setWordWrap(true);

    try {
        m_versions = m_record.chart().notes().history(noteId);
        // The current draft (a version being written) is shown too, marked as such.
        if (const std::optional<ClinicalNote> current = m_record.chart().notes().find(noteId);
            current && current->status == ClinicalNote::Status::Draft) {
            NoteVersion draft;
            draft.version = current->version;
            draft.findings = current->findings;
            draft.orders = current->orders;
            draft.reason = current->revisionReason;
            draft.author = current->updatedBy;
            draft.at = current->updatedAt;
            m_versions.append(draft);
        }
    } catch (const Error& e) {
        message->setText(e.message());
    }
    const int finalCount = int(m_versions.size());
    for (int i = 0; i < finalCount; ++i) {
        const NoteVersion& v = m_versions.at(i);
        const bool draft = i == finalCount - 1 && m_record.chart().notes().find(noteId) &&
                           m_record.chart().notes().find(noteId)->status == ClinicalNote::Status::Draft;
        QString line = tr("Version %1 — %2, %3").arg(v.version).arg(v.author, ChartText::dateTime(v.at));
        if (draft) {
            line += QStringLiteral(" ") + tr("(draft)");
        }
        if (!v.reason.isEmpty()) {
            line += QLatin1Char('\n') + tr("Reason: %1").arg(v.reason);
        }
        auto* item = new QListWidgetItem(line, m_list);
        item->setData(Qt::UserRole, v.version);
    }

    auto* right = new QSplitter(Qt::Vertical, this);
    auto* textBox = new QWidget(right);
    auto* textLayout = new QVBoxLayout(textBox);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(new QLabel(tr("The version as it was:"), textBox));
    textLayout->addWidget(m_text);
    auto* diffBox = new QWidget(right);
    auto* diffLayout = new QVBoxLayout(diffBox);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(m_diffTitle);
    diffLayout->addWidget(m_diff);
    right->addWidget(textBox);
    right->addWidget(diffBox);

    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setSizes({300, 700});
    split->setChildrenCollapsible(false);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(message);
    layout->addWidget(split, 1);
    layout->addWidget(buttons);
    message->setVisible(!message->text().isEmpty());

    connect(m_list, &QListWidget::currentRowChanged, this, &NoteHistoryDialog::showSelected);
    if (!m_versions.isEmpty()) {
        m_list->setCurrentRow(int(m_versions.size()) - 1);
    }
    m_list->setFocus();
    resize(1040, 700);
}

int NoteHistoryDialog::versionCount() const {
    return int(m_versions.size());
}

void NoteHistoryDialog::selectVersion(int version) {
    for (int i = 0; i < m_versions.size(); ++i) {
        if (m_versions.at(i).version == version) {
            m_list->setCurrentRow(i);
        }
    }
}

QString NoteHistoryDialog::diffHtml() const {
    return m_diff->toHtml();
}

QString NoteHistoryDialog::renderDiff(const NoteDiff& diff, const QString& findingsTitle, const QString& ordersTitle) {
    return QStringLiteral("<h4>%1</h4>%2<h4>%3</h4>%4")
        .arg(findingsTitle.toHtmlEscaped(), linesHtml(diff.findings), ordersTitle.toHtmlEscaped(),
             linesHtml(diff.orders));
}

void NoteHistoryDialog::showSelected() {
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_versions.size()) {
        return;
    }
    const NoteVersion& v = m_versions.at(row);
    m_text->setHtml(columnHtml(tr("Subjective / objective (S/O)"), v.findings) +
                    columnHtml(tr("Plan / orders"), v.orders));
    if (row == 0) {
        m_diffTitle->setText(tr("Version %1 is the first version; there is nothing to compare.").arg(v.version));
        m_diff->clear();
        return;
    }
    const int from = m_versions.at(row - 1).version;
    const bool isCurrentDraft = row == m_versions.size() - 1 && m_record.chart().notes().find(m_noteId) &&
                                m_record.chart().notes().find(m_noteId)->status == ClinicalNote::Status::Draft;
    try {
        const NoteDiff diff = m_record.chart().notes().diff(m_noteId, from, isCurrentDraft ? 0 : v.version);
        m_diffTitle->setText(
            tr("Changes from version %1 to version %2 (removed in red, added in green):").arg(from).arg(v.version));
        m_diff->setHtml(renderDiff(diff, tr("Subjective / objective (S/O)"), tr("Plan / orders")));
    } catch (const Error& e) {
        m_diffTitle->setText(e.message());
        m_diff->clear();
    }
}

} // namespace tsumugi::ui
