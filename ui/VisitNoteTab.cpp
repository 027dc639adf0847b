#include "ui/VisitNoteTab.h"

#include "core/Error.h"
#include "core/chart/Chart.h"
#include "core/chart/ClinicalNoteRepository.h"
#include "core/chart/NoteMerge.h"
#include "core/chart/NoteTemplateLibrary.h"
#include "core/chart/PrescriptionRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/util/Timestamp.h"
#include "ui/ChartTables.h"
#include "ui/ChartText.h"
#include "ui/NoteHistoryDialog.h"
#include "ui/PrescriptionDialog.h"
#include "ui/RepeatPrescriptionDialog.h"

#include <QApplication>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

VisitNoteTab::VisitNoteTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot, QWidget* parent)
    : ChartTab(record, patientId, snapshot, parent) {
    m_visitInfo = new QLabel(this);
    m_visitInfo->setObjectName(QStringLiteral("visitInfoLabel"));
    m_visitInfo->setWordWrap(true);
    m_activeDiagnoses = new QLabel(this);
    m_activeDiagnoses->setObjectName(QStringLiteral("activeDiagnosesLabel"));
    m_activeDiagnoses->setWordWrap(true);
    m_activeDiagnoses->setTextFormat(Qt::RichText);
    m_noteStatus = new QLabel(this);
    m_noteStatus->setObjectName(QStringLiteral("noteStatusLabel"));
    m_noteStatus->setWordWrap(true);

    // Shown when another desk saved this note while this desk was typing: their text and ours, put together.
    m_conflict = new QFrame(this);
    m_conflict->setObjectName(QStringLiteral("noteConflictBar"));
    m_conflict->setStyleSheet(
        QStringLiteral("#noteConflictBar{background:#fff3e0;border:1px solid #ffb74d;border-radius:3px;}"));
    m_conflictText = new QLabel(m_conflict);
    m_conflictText->setObjectName(QStringLiteral("noteConflictLabel"));
    m_conflictText->setWordWrap(true);
    auto* mineOnly = new QPushButton(tr("Only my text"), m_conflict);
    mineOnly->setObjectName(QStringLiteral("noteConflictMineButton"));
    mineOnly->setToolTip(tr("Put back only what you typed (their text stays saved until you save)"));
    auto* theirsOnly = new QPushButton(tr("Only their text"), m_conflict);
    theirsOnly->setObjectName(QStringLiteral("noteConflictTheirsButton"));
    theirsOnly->setToolTip(tr("Drop what you typed and show the note as they saved it"));
    connect(mineOnly, &QPushButton::clicked, this, [this] { showConflictText(m_typed); });
    connect(theirsOnly, &QPushButton::clicked, this, [this] {
        showConflictText(m_note ? std::pair(m_note->findings, m_note->orders) : std::pair(QString(), QString()));
    });
    auto* conflictLayout = new QHBoxLayout(m_conflict);
    conflictLayout->setContentsMargins(8, 4, 8, 4);
    conflictLayout->addWidget(m_conflictText, 1);
    conflictLayout->addWidget(mineOnly);
    conflictLayout->addWidget(theirsOnly);
    m_conflict->hide();

    m_findings = new QPlainTextEdit(this);
    m_findings->setObjectName(QStringLiteral("findingsEdit"));
    m_findings->setPlaceholderText(tr("S: what the patient says\nO: findings, vital signs, examination"));
    m_findings->setTabChangesFocus(true);
    m_findings->setReadOnly(true);
    m_orders = new QPlainTextEdit(this);
    m_orders->setObjectName(QStringLiteral("ordersEdit"));
    m_orders->setPlaceholderText(tr("A/P: assessment, plan, labs ordered"));
    m_orders->setTabChangesFocus(true);
    m_orders->setReadOnly(true);
    m_lastFocusedColumn = m_findings;

    auto* findingsBox = new QGroupBox(tr("Subjective / objective (S/O)"), this);
    auto* findingsLayout = new QVBoxLayout(findingsBox);
    findingsLayout->addWidget(m_findings);

    m_prescriptions =
        ChartTables::makeTable(this, "visitPrescriptionTable",
                               {tr("Drug"), tr("Dose"), tr("Usage"), tr("Days"), tr("Quantity"), tr("Dispensing")});
    m_addPrescription =
        ChartTables::makeButton(this, "addPrescriptionButton", tr("&Prescribe…"), tr("Add a drug (Ctrl+Shift+P)"));
    m_repeatPrescription = ChartTables::makeButton(this, "repeatPrescriptionButton", tr("&Do prescription…"),
                                                   tr("Repeat the previous visit's prescription (Ctrl+D)"));
    m_editPrescription = ChartTables::makeButton(this, "editPrescriptionButton", tr("&Edit…"));
    m_withdrawPrescription = ChartTables::makeButton(this, "withdrawPrescriptionButton", tr("&Withdraw…"));
    connect(m_addPrescription, &QPushButton::clicked, this, &VisitNoteTab::addPrescription);
    connect(m_repeatPrescription, &QPushButton::clicked, this, &VisitNoteTab::repeatPrescription);
    connect(m_editPrescription, &QPushButton::clicked, this, &VisitNoteTab::editPrescription);
    connect(m_withdrawPrescription, &QPushButton::clicked, this, &VisitNoteTab::withdrawPrescription);
    auto* rxButtons = new QHBoxLayout;
    rxButtons->addWidget(m_addPrescription);
    rxButtons->addWidget(m_repeatPrescription);
    rxButtons->addStretch(1);
    rxButtons->addWidget(m_editPrescription);
    rxButtons->addWidget(m_withdrawPrescription);

    auto* ordersBox = new QGroupBox(tr("Plan / orders"), this);
    auto* ordersLayout = new QVBoxLayout(ordersBox);
    ordersLayout->addWidget(m_orders, 3);
    auto* rxTitle = new QLabel(tr("Prescriptions of this visit"), ordersBox);
    ordersLayout->addWidget(rxTitle);
    ordersLayout->addWidget(m_prescriptions, 2);
    ordersLayout->addLayout(rxButtons);

    auto* columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("noteColumns"));
    columns->addWidget(findingsBox);
    columns->addWidget(ordersBox);
    columns->setChildrenCollapsible(false);
    columns->setSizes({440, 600});

    m_revisionReasonLabel = new QLabel(tr("Reason for the new version (optional):"), this);
    m_revisionReason = new QLineEdit(this);
    m_revisionReason->setObjectName(QStringLiteral("revisionReasonEdit"));
    m_template =
        ChartTables::makeButton(this, "insertTemplateButton", tr("&Template…"), tr("Insert a stock phrase (Ctrl+T)"));
    m_history =
        ChartTables::makeButton(this, "noteHistoryButton", tr("&History…"), tr("Versions and differences (Ctrl+H)"));
    m_saveDraft =
        ChartTables::makeButton(this, "saveDraftButton", tr("&Save draft"), tr("Save the note as a draft (Ctrl+S)"));
    m_finalize = ChartTables::makeButton(this, "finalizeNoteButton", tr("&Finalise"),
                                         tr("Finalise the note with your name and the time (Ctrl+Shift+F)"));
    connect(m_template, &QPushButton::clicked, this, &VisitNoteTab::chooseTemplate);
    connect(m_history, &QPushButton::clicked, this, &VisitNoteTab::showHistory);
    connect(m_saveDraft, &QPushButton::clicked, this, &VisitNoteTab::saveDraft);
    connect(m_finalize, &QPushButton::clicked, this, &VisitNoteTab::finalizeNote);
    auto* noteButtons = new QHBoxLayout;
    noteButtons->addWidget(m_revisionReasonLabel);
    noteButtons->addWidget(m_revisionReason, 1);
    noteButtons->addWidget(m_template);
    noteButtons->addWidget(m_history);
    noteButtons->addWidget(m_saveDraft);
    noteButtons->addWidget(m_finalize);
    for (QWidget* w :
         {static_cast<QWidget*>(m_saveDraft), static_cast<QWidget*>(m_finalize), static_cast<QWidget*>(m_template),
          static_cast<QWidget*>(m_addPrescription), static_cast<QWidget*>(m_editPrescription),
          static_cast<QWidget*>(m_repeatPrescription), static_cast<QWidget*>(m_withdrawPrescription)}) {
        w->setVisible(!m_readOnly);
    }

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_visitInfo);
    layout->addWidget(m_activeDiagnoses);
    layout->addWidget(m_noteStatus);
    layout->addWidget(m_conflict);
    layout->addWidget(columns, 1);
    layout->addLayout(noteButtons);

    setTabOrder(m_findings, m_orders);
    setTabOrder(m_orders, m_prescriptions);
    setTabOrder(m_prescriptions, m_addPrescription);
    setTabOrder(m_addPrescription, m_repeatPrescription);
    setTabOrder(m_repeatPrescription, m_editPrescription);
    setTabOrder(m_editPrescription, m_withdrawPrescription);
    setTabOrder(m_withdrawPrescription, m_revisionReason);
    setTabOrder(m_revisionReason, m_template);
    setTabOrder(m_template, m_saveDraft);
    setTabOrder(m_saveDraft, m_finalize);
    setTabOrder(m_finalize, m_history);

    connect(m_findings, &QPlainTextEdit::textChanged, this, [this] {
        m_lastFocusedColumn = m_findings;
        updateNoteControls();
    });
    connect(m_orders, &QPlainTextEdit::textChanged, this, [this] {
        m_lastFocusedColumn = m_orders;
        updateNoteControls();
    });
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
        if (now == m_findings || now == m_orders) {
            m_lastFocusedColumn = qobject_cast<QPlainTextEdit*>(now);
        }
    });
}

QWidget* VisitNoteTab::firstField() const {
    return m_findings;
}

void VisitNoteTab::focusNote() {
    m_findings->setFocus();
}

const ChartVisit* VisitNoteTab::currentChartVisit() const {
    return ChartTab::findVisit(m_snapshot, m_visitId);
}

void VisitNoteTab::showChart() {
    // Saving a diagnosis or a prescription re-reads the chart; the note being typed must survive that.
    // When another desk saved this note meanwhile, the typed text is offered together with theirs.
    const bool unsaved = noteChanged();
    const qint64 typedVisit = m_shownVisitId;
    const std::optional<ClinicalNote> typedOn = m_note;
    const std::pair typed(m_findings->toPlainText(), m_orders->toPlainText());
    const bool conflictShown = !m_conflict->isHidden();
    showVisit();
    if (unsaved && typedVisit == m_visitId) {
        if (m_note && savedSince(typedOn, *m_note)) {
            offerMerge(typedOn, typed);
        } else {
            m_findings->setPlainText(typed.first);
            m_orders->setPlainText(typed.second);
            m_conflict->setVisible(conflictShown);
            updateNoteControls();
        }
    }
}

void VisitNoteTab::showVisit() {
    const ChartVisit* cv = currentChartVisit();
    m_shownVisitId = m_visitId;
    m_conflict->hide();
    m_note = cv ? cv->note : std::nullopt;
    {
        const QSignalBlocker b1(m_findings);
        const QSignalBlocker b2(m_orders);
        m_findings->setPlainText(m_note ? m_note->findings : QString());
        m_orders->setPlainText(m_note ? m_note->orders : QString());
    }
    m_revisionReason->clear();
    if (!cv) {
        m_visitInfo->setText(m_readOnly ? tr("No visit recorded.") : tr("No visit selected. Start a visit (Ctrl+N)."));
    } else {
        m_visitInfo->setText(tr("<b>%1</b> · %2 · %3 · doctor: %4")
                                 .arg(cv->visit.date.toString(Qt::ISODate),
                                      ChartText::encounterClass(cv->visit.encounterClass),
                                      cv->visit.department.toHtmlEscaped(), cv->visit.doctorName.toHtmlEscaped()));
    }
    m_prescriptions->setRowCount(0);
    if (cv) {
        m_prescriptions->setRowCount(int(cv->prescriptions.size()));
        for (int r = 0; r < cv->prescriptions.size(); ++r) {
            const Prescription& p = cv->prescriptions.at(r);
            QString tip;
            if (!p.acknowledgedWarnings.isEmpty()) {
                tip = tr("Prescribed despite: %1").arg(p.acknowledgedWarnings.join(QStringLiteral("; ")));
            }
            const QString withdrawn =
                p.withdrawn
                    ? QStringLiteral(" — ") +
                          tr("Withdrawn: %1")
                              .arg(ChartTables::withdrawalReason(m_record.chart().prescriptions().history(p.id)))
                    : QString();
            ChartTables::setRow(
                m_prescriptions, r, p.id,
                {(p.acknowledgedWarnings.isEmpty() ? QString() : QStringLiteral("⚠ ")) + p.drugName + withdrawn,
                 QString::number(p.dose, 'g', 6) + p.unit, p.usageText, tr("%n day(s)", nullptr, p.days),
                 QString::number(p.quantity, 'g', 6) + p.unit, ChartText::dispensing(p.dispensing)},
                p.withdrawn, tip);
        }
    }
    updateNoteControls();
}

void VisitNoteTab::showActiveDiagnoses(const QList<Diagnosis>& diagnoses) {
    QStringList active;
    for (const Diagnosis& d : diagnoses) {
        if (d.isActive()) {
            const QString name = d.displayName().toHtmlEscaped();
            d.principal ? active.prepend(QStringLiteral("<b>%1</b>").arg(name)) : active.append(name);
        }
    }
    m_activeDiagnoses->setText(active.isEmpty() ? tr("Diagnoses: none active")
                                                : tr("Diagnoses: %1").arg(active.join(QStringLiteral("、"))));
}

bool VisitNoteTab::noteChanged() const {
    const QString f = m_note ? m_note->findings : QString();
    const QString o = m_note ? m_note->orders : QString();
    return m_findings->toPlainText() != f || m_orders->toPlainText() != o;
}

void VisitNoteTab::updateNoteControls() {
    const ChartVisit* cv = currentChartVisit();
    const bool visitOpen = cv && !cv->visit.withdrawn && cv->visit.sourceInstitution.isEmpty();
    const bool withdrawn = m_note && m_note->status == ClinicalNote::Status::Withdrawn;
    const bool editable = !m_readOnly && visitOpen && !withdrawn;
    m_findings->setReadOnly(!editable);
    m_orders->setReadOnly(!editable);
    const bool isFinal = m_note && m_note->status == ClinicalNote::Status::Final;
    const bool changed = noteChanged();
    m_saveDraft->setEnabled(editable && changed);
    m_finalize->setEnabled(editable && (changed || (m_note && m_note->status == ClinicalNote::Status::Draft)));
    m_template->setEnabled(editable);
    m_revisionReason->setVisible(!m_readOnly && isFinal);
    m_revisionReasonLabel->setVisible(!m_readOnly && isFinal);
    m_history->setEnabled(m_note.has_value());
    m_addPrescription->setEnabled(editable);
    m_repeatPrescription->setEnabled(editable);
    m_editPrescription->setEnabled(editable && m_prescriptions->rowCount() > 0);
    m_withdrawPrescription->setEnabled(editable && m_prescriptions->rowCount() > 0);

    QString status;
    QString style;
    if (!m_note) {
        status = cv ? tr("No note yet.") : QString();
    } else if (m_note->status == ClinicalNote::Status::Final) {
        status = tr("Finalised version %1 by %2 at %3.")
                     .arg(m_note->version)
                     .arg(m_note->finalizedBy, ChartText::dateTime(m_note->finalizedAt));
        if (changed) {
            status += QLatin1Char(' ') + tr("Saving your changes starts version %1.").arg(m_note->version + 1);
        }
        style = QStringLiteral("color:#1b5e20;");
    } else if (m_note->status == ClinicalNote::Status::Draft) {
        status = tr("Draft version %1, saved by %2 at %3 — not finalised.")
                     .arg(m_note->version)
                     .arg(m_note->updatedBy, ChartText::dateTime(m_note->updatedAt));
        style = QStringLiteral("color:#e65100;");
    } else {
        status = tr("Withdrawn (entered in error): %1").arg(m_note->revisionReason);
        style = QStringLiteral("color:#757575;");
    }
    if (changed && !(m_note && m_note->status == ClinicalNote::Status::Final)) {
        status += QLatin1Char(' ') + tr("Unsaved changes.");
    }
    m_noteStatus->setText(status);
    m_noteStatus->setStyleSheet(style);
}

bool VisitNoteTab::saveDraft() {
    if (m_readOnly || !currentChartVisit() || !noteChanged()) {
        return false;
    }
    try {
        ClinicalNoteRepository& notes = m_record.chart().notes();
        if (m_note && m_note->status == ClinicalNote::Status::Final) {
            m_note = notes.revise(m_note->id, m_note->version, m_findings->toPlainText(), m_orders->toPlainText(),
                                  m_revisionReason->text().trimmed());
        } else {
            ClinicalNote note = m_note.value_or(ClinicalNote{});
            note.visitId = m_visitId;
            note.patientId = m_patientId;
            note.findings = m_findings->toPlainText();
            note.orders = m_orders->toPlainText();
            m_note = notes.saveDraft(note);
        }
    } catch (const Error& e) {
        if (e.kind() == Error::Kind::Conflict && offerMergeAfterRefusal()) {
            return false;
        }
        emit failed(e.message());
        return false;
    }
    m_conflict->hide();
    emit chartChanged();
    return true;
}

bool VisitNoteTab::savedSince(const std::optional<ClinicalNote>& typedOn, const ClinicalNote& stored) {
    return !typedOn || typedOn->id != stored.id || typedOn->version != stored.version || typedOn->saves != stored.saves;
}

bool VisitNoteTab::offerMergeAfterRefusal() {
    std::optional<ClinicalNote> stored;
    try {
        stored = m_note ? m_record.chart().notes().find(m_note->id) : m_record.chart().notes().forVisit(m_visitId);
    } catch (const Error&) {
        return false;
    }
    if (!stored || !savedSince(m_note, *stored)) {
        return false;
    }
    const std::optional<ClinicalNote> typedOn = m_note;
    m_note = stored;
    offerMerge(typedOn, {m_findings->toPlainText(), m_orders->toPlainText()});
    emit chartChanged();
    return true;
}

void VisitNoteTab::offerMerge(const std::optional<ClinicalNote>& typedOn, const std::pair<QString, QString>& typed) {
    // m_note is the note as the other desk saved it; the editor gets both texts, nothing saved yet.
    m_typed = typed;
    const QString baseFindings = typedOn ? typedOn->findings : QString();
    const QString baseOrders = typedOn ? typedOn->orders : QString();
    m_conflictText->setText(tr("%1 saved this note at %2 while you were typing. Their text and yours are put "
                               "together below; nothing is saved until you save. Check it first.")
                                .arg(m_note->updatedBy, Timestamp::forMessage(m_note->updatedAt)));
    m_conflict->show();
    showConflictText({NoteMerge::merge(baseFindings, m_note->findings, typed.first),
                      NoteMerge::merge(baseOrders, m_note->orders, typed.second)});
}

void VisitNoteTab::showConflictText(const std::pair<QString, QString>& text) {
    m_findings->setPlainText(text.first);
    m_orders->setPlainText(text.second);
    updateNoteControls();
}

bool VisitNoteTab::keepUnsavedNote() {
    if (m_readOnly || !noteChanged() || m_findings->isReadOnly()) {
        return true;
    }
    return saveDraft();
}

bool VisitNoteTab::finalizeNote() {
    if (m_readOnly || !currentChartVisit()) {
        return false;
    }
    if (noteChanged() && !saveDraft()) {
        return false;
    }
    if (!m_note || m_note->status != ClinicalNote::Status::Draft) {
        return false;
    }
    try {
        m_note = m_record.chart().notes().finalize(m_note->id);
    } catch (const Error& e) {
        emit failed(e.message());
        return false;
    }
    emit chartChanged();
    emit statusMessage(tr("Note finalised (version %1).").arg(m_note ? m_note->version : 0));
    return true;
}

void VisitNoteTab::chooseTemplate() {
    if (m_readOnly || m_findings->isReadOnly()) {
        return;
    }
    QList<NoteTemplate> templates;
    try {
        templates = m_record.chart().templates().list();
    } catch (const Error& e) {
        emit failed(e.message());
        return;
    }
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("templateMenu"));
    for (const NoteTemplate& t : std::as_const(templates)) {
        const QString column = t.target == NoteTemplate::Target::Findings ? tr("S/O") : tr("Plan");
        QAction* a = menu.addAction(QStringLiteral("%1  [%2]").arg(t.title, column));
        connect(a, &QAction::triggered, this, [this, t] { insertTemplate(t); });
    }
    if (templates.isEmpty()) {
        menu.addAction(tr("No templates"))->setEnabled(false);
    }
    menu.exec(m_template->mapToGlobal(QPoint(0, m_template->height())));
}

void VisitNoteTab::insertTemplate(const NoteTemplate& t) {
    // A template goes to the column it was written for, at the cursor when that column has focus.
    QPlainTextEdit* edit = t.target == NoteTemplate::Target::Findings ? m_findings : m_orders;
    if (edit->isReadOnly()) {
        return;
    }
    const int cursor = edit == m_lastFocusedColumn ? edit->textCursor().position() : int(edit->toPlainText().size());
    const QString before = edit->toPlainText();
    const QString after = NoteTemplateLibrary::insert(before, cursor, t);
    edit->setPlainText(after);
    QTextCursor c = edit->textCursor();
    c.setPosition(int(qMin(after.size(), qsizetype(cursor) + (after.size() - before.size()))));
    edit->setTextCursor(c);
    edit->setFocus();
}

void VisitNoteTab::showHistory() {
    if (!m_note) {
        return;
    }
    NoteHistoryDialog dialog(m_record, m_note->id, this);
    dialog.exec();
}

void VisitNoteTab::addPrescription() {
    if (m_readOnly || !m_addPrescription->isEnabled()) {
        return;
    }
    Prescription p;
    p.patientId = m_patientId;
    p.visitId = m_visitId;
    PrescriptionDialog dialog(m_record, p, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit chartChanged();
    }
}

void VisitNoteTab::editPrescription() {
    const qint64 id = ChartTables::selectedRowId(m_prescriptions);
    const ChartVisit* cv = currentChartVisit();
    if (m_readOnly || !cv || id == 0) {
        return;
    }
    for (const Prescription& p : cv->prescriptions) {
        if (p.id == id && !p.withdrawn) {
            PrescriptionDialog dialog(m_record, p, this);
            if (dialog.exec() == QDialog::Accepted) {
                emit chartChanged();
            }
            return;
        }
    }
}

void VisitNoteTab::repeatPrescription() {
    if (m_readOnly || !m_repeatPrescription->isEnabled()) {
        return;
    }
    RepeatPrescriptionDialog dialog(m_record, m_visitId, this);
    if (dialog.exec() == QDialog::Accepted) {
        emit chartChanged();
    }
}

void VisitNoteTab::withdrawPrescription() {
    withdrawSelected(m_prescriptions, tr("Withdraw prescription"), [this](qint64 id, const QString& reason) {
        m_record.chart().prescriptions().withdraw(id, reason);
    });
}

} // namespace tsumugi::ui
