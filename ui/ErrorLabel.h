#pragma once

#include <QString>

class QLabel;
class QWidget;

namespace tsumugi::ui {

// The inline message under a form that says what to fix: red, wrapping, hidden until there is something to say.
// One look for every dialog, so a clerk learns it once.
class ErrorLabel {
public:
    static QLabel* create(QWidget* parent, const QString& objectName);
};

} // namespace tsumugi::ui
