#pragma once

#include "sync/cardreader/CardReader.h"

namespace tsumugi::sync {

// The reader for the stand-in, training and tests: the clerk (or a test) "places" a card by its id and says
// what the reader would report — verification method and result, and the patient's consent choices.
class SimulatedCardReader : public CardReader {
public:
    QString name() const override;
    std::optional<CardReading> read() override;

    void place(const CardReading& reading) { m_reading = reading; }
    void remove() { m_reading.reset(); }

private:
    std::optional<CardReading> m_reading;
};

} // namespace tsumugi::sync
