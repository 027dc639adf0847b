#include "core/Error.h"

namespace tsumugi {

Error::Error(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message) {}

Error::Error(Kind kind, const QString& message, const QString& cause)
    : Error(kind, message) {
    m_cause = cause;
}

} // namespace tsumugi
