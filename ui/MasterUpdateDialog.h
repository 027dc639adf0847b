#pragma once

#include "core/masters/MasterCatalog.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QStringList>

class QLabel;
class QProgressBar;
class QPushButton;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// 「マスター更新…」: the admin picks the zips SSK publishes (b_ 傷病名, z_ 修飾語, y_ 医薬品) and the record takes
// them, each all or nothing, with a progress bar; the dialog then says what changed (added / changed / ended).
// The import runs on its own connection (a companion of the record), so the desk stays usable meanwhile.
class MasterUpdateDialog : public QDialog {
    Q_OBJECT
public:
    MasterUpdateDialog(ClinicRecord& record, QWidget* parent = nullptr);
    ~MasterUpdateDialog() override;

    // Asks for the files (a file dialog), then imports them.
    void chooseFiles();
    // Imports these files, one after the other; the result is shown when the last one is done.
    void start(const QStringList& paths);
    bool running() const;
    QString resultText() const;

signals:
    void finished(bool ok);

private:
    struct Outcome {
        QList<MasterCatalog::ImportResult> results;
        QStringList errors; // one per file that was left as it was
    };
    void setProgress(qint64 done, qint64 total);
    void showOutcome(const Outcome& outcome);

    ClinicRecord& m_record;
    QLabel* m_intro = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_choose = nullptr;
    QPushButton* m_close = nullptr;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace tsumugi::ui
