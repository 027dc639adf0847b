#include "ui/MasterUpdateDialog.h"

#include "core/Error.h"
#include "core/masters/MasterArchive.h"
#include "core/record/ClinicRecord.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace tsumugi::ui {

namespace {
QString kindName(MasterKind kind) {
    switch (kind) {
    case MasterKind::Disease:
        return MasterUpdateDialog::tr("Diseases (傷病名)");
    case MasterKind::Modifier:
        return MasterUpdateDialog::tr("Modifiers (修飾語)");
    case MasterKind::Drug:
        return MasterUpdateDialog::tr("Drugs (医薬品)");
    case MasterKind::GenericDrug:
        return MasterUpdateDialog::tr("Generic names (一般名)");
    case MasterKind::Jfagy:
        return MasterUpdateDialog::tr("Allergens (J-FAGY)");
    case MasterKind::Jlac:
        return MasterUpdateDialog::tr("Lab codes (JLAC)");
    }
    return {};
}
} // namespace

MasterUpdateDialog::MasterUpdateDialog(ClinicRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_record(record) {
    setObjectName(QStringLiteral("masterUpdateDialog"));
    setWindowTitle(tr("Update masters"));
    m_intro = new QLabel(tr("Choose the master files as the 社会保険診療報酬支払基金 publishes them (zip files named "
                            "b_…, z_…, y_…). Each file is taken whole or not at all; codes that ended stay readable "
                            "on old charts but are no longer offered."),
                         this);
    m_intro->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("masterUpdateProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("masterUpdateResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* buttons = new QDialogButtonBox(this);
    m_choose = buttons->addButton(tr("&Choose files…"), QDialogButtonBox::ActionRole);
    m_choose->setObjectName(QStringLiteral("masterUpdateChooseButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setText(tr("Close"));
    m_close->setObjectName(QStringLiteral("masterUpdateCloseButton"));
    connect(m_choose, &QPushButton::clicked, this, &MasterUpdateDialog::chooseFiles);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] { showOutcome(m_watcher.result()); });
    resize(560, 320);
}

MasterUpdateDialog::~MasterUpdateDialog() {
    // The import holds its own connection; closing the window waits for it rather than cutting it off mid-write.
    m_watcher.waitForFinished();
}

void MasterUpdateDialog::chooseFiles() {
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Master files"), QString(), tr("SSK master files (*.zip *.txt *.csv)"));
    if (!paths.isEmpty()) {
        start(paths);
    }
}

bool MasterUpdateDialog::running() const {
    return m_watcher.isRunning();
}

QString MasterUpdateDialog::resultText() const {
    return m_result->text();
}

void MasterUpdateDialog::setProgress(qint64 done, qint64 total) {
    // Per mille, so a 40,000-row master fits an int range and moves smoothly.
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
}

void MasterUpdateDialog::start(const QStringList& paths) {
    if (running() || paths.isEmpty()) {
        return;
    }
    m_choose->setEnabled(false);
    m_close->setEnabled(false);
    m_progress->setRange(0, 0); // busy until the first rows are written
    m_result->setText(tr("Reading %n file(s)…", nullptr, int(paths.size())));
    std::shared_ptr<ClinicRecord> companion;
    try {
        companion = m_record.openCompanion();
    } catch (const Error& e) {
        showOutcome({{}, {e.message()}});
        return;
    }
    QPointer<MasterUpdateDialog> self(this);
    m_watcher.setFuture(QtConcurrent::run([companion, paths, self]() {
        Outcome out;
        const auto progress = [self](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self) {
                        self->setProgress(done, total);
                    }
                },
                Qt::QueuedConnection);
        };
        for (const QString& path : paths) {
            try {
                out.results += companion->masters().importArchive(path, progress);
            } catch (const Error& e) {
                out.errors << tr("%1: %2 Nothing of this file was taken.").arg(QFileInfo(path).fileName(), e.message());
            }
        }
        return out;
    }));
}

void MasterUpdateDialog::showOutcome(const Outcome& outcome) {
    QStringList lines;
    for (const auto& r : outcome.results) {
        lines << tr("%1 from %2: %3 entries — added %4, changed %5, ended %6")
                     .arg(kindName(r.kind), r.source)
                     .arg(r.entries)
                     .arg(r.added)
                     .arg(r.changed)
                     .arg(r.ended);
        lines += r.notes;
    }
    lines += outcome.errors;
    m_result->setText(lines.join(QLatin1Char('\n')));
    m_progress->setRange(0, 1000);
    m_progress->setValue(outcome.errors.isEmpty() ? 1000 : m_progress->value());
    m_choose->setEnabled(true);
    m_close->setEnabled(true);
    emit finished(outcome.errors.isEmpty());
}

} // namespace tsumugi::ui
