#pragma once

#include "core/patients/Patient.h"

#include <QRandomGenerator>
#include <QStringList>

namespace tsumugi::bench {

// Plausible Japanese patients from common names, reproducible from a seed.
class SyntheticPatients {
public:
    explicit SyntheticPatients(quint32 seed);
    Patient next();
    // A random two-kana prefix of a family-name reading, the way a clerk starts typing.
    QString kanaPrefix();

private:
    QRandomGenerator m_rng;
};

} // namespace tsumugi::bench
