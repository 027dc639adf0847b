#pragma once

#include <QCoreApplication>

class QApplication;

namespace tsumugi::ui {

// Start-up of the desktop app: language, font, which record, then setup wizard or sign-in, then the main window.
class DesktopLauncher {
    Q_DECLARE_TR_FUNCTIONS(DesktopLauncher)
public:
    static int run(QApplication& app);
    // A font that shows Japanese without clipping (Noto Sans CJK JP when installed), a little larger than the
    // desktop default for the desk.
    static void applyClinicFont(QApplication& app);
};

} // namespace tsumugi::ui
