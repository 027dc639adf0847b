// tsumugi: the desktop app. Everything but the QApplication lives in tsumugi_ui (DesktopLauncher).
#include "ui/DesktopLauncher.h"

#include <QApplication>

int main(int argc, char* argv[]) {
    QApplication app(argc, argv);
    return tsumugi::ui::DesktopLauncher::run(app);
}
