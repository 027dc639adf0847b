#include "core/Error.h"

namespace tsumugi {

Error::Error(Kind kind, const QString& message)
    : std::runtime_error(message.toStdString())
    , m_kind(kind)
    , m_message(message) {}

} // namespace tsumugi
