#pragma once

#include <QDialog>
#include <QList>

class QAction;
class QTextBrowser;

namespace tsumugi::ui {

// F1: what a window is for, and every key it answers to, read from the window's own actions so the page cannot
// drift from what the keys do.
class HelpDialog : public QDialog {
    Q_OBJECT
public:
    HelpDialog(const QString& title, const QString& introHtml, const QList<QAction*>& actions,
               QWidget* parent = nullptr);

    // The page as shown (for tests and for copying).
    QString pageText() const;

private:
    QTextBrowser* m_page = nullptr;
};

} // namespace tsumugi::ui
