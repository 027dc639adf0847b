#include "ui/ErrorLabel.h"

#include <QLabel>

namespace tsumugi::ui {

QLabel* ErrorLabel::create(QWidget* parent, const QString& objectName) {
    auto* label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace tsumugi::ui
