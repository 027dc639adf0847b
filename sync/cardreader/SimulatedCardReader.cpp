#include "sync/cardreader/SimulatedCardReader.h"

#include <QCoreApplication>

namespace tsumugi::sync {

QString SimulatedCardReader::name() const {
    return QCoreApplication::translate("SimulatedCardReader", "Simulated card reader");
}

std::optional<CardReading> SimulatedCardReader::read() {
    if (m_reading && m_reading->cardId.trimmed().isEmpty()) {
        return std::nullopt;
    }
    return m_reading;
}

} // namespace tsumugi::sync
