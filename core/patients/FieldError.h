#pragma once

#include <QList>
#include <QString>

namespace tsumugi {

// One problem with one input field; the message is translated and says how to fix it.
struct FieldError {
    QString field;
    QString message;
};

using FieldErrors = QList<FieldError>;

} // namespace tsumugi
