#pragma once

#include "ui/RecoverySheet.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;

namespace tsumugi::ui {

// Shows a new recovery key once (after setup, or after an administrator made a new one) with its sheet to print or
// save as PDF; it closes only when the administrator confirms the sheet is kept safe, since the key is never shown
// again.
class RecoverySheetDialog : public QDialog {
    Q_OBJECT
public:
    RecoverySheetDialog(RecoverySheet::Content content, QWidget* parent = nullptr);

    // What 「PDFに保存…」 does after its file dialog (tests call it with a path).
    bool savePdfTo(const QString& path);

private:
    void print();
    void savePdf();

    RecoverySheet::Content m_content;
    QLabel* m_status = nullptr;
    QCheckBox* m_kept = nullptr;
    QPushButton* m_done = nullptr;
};

} // namespace tsumugi::ui
