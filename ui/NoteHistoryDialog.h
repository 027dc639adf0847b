#pragma once

#include "core/chart/ClinicalNote.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QTextBrowser;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// Every finalised version of a note (and the current draft), each readable as it was, with the lines removed
// (red, struck through) and added (green) since the version before.
class NoteHistoryDialog : public QDialog {
    Q_OBJECT
public:
    NoteHistoryDialog(ClinicRecord& record, qint64 noteId, QWidget* parent = nullptr);

    int versionCount() const;
    void selectVersion(int version);
    QString diffHtml() const;

    static QString renderDiff(const NoteDiff& diff, const QString& findingsTitle, const QString& ordersTitle);

private:
    void showSelected();

    ClinicRecord& m_record;
    qint64 m_noteId = 0;
    QList<NoteVersion> m_versions;
    QListWidget* m_list = nullptr;
    QTextBrowser* m_text = nullptr;
    QTextBrowser* m_diff = nullptr;
    QLabel* m_diffTitle = nullptr;
};

} // namespace tsumugi::ui
