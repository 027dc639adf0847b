#pragma once

#include <QtGlobal>

namespace tsumugi {

// What changed in a chart, for whoever must react in the same transaction (the sync outbox).
// Item::Patient is an edit of the patient's registration (PatientRepository::update; itemId = patientId): the
// Patient resource rides in every bundle of that patient, so the outbox must learn it too.
struct ChartChange {
    enum class Item { Visit, Note, Diagnosis, Allergy, LabResult, Prescription, Document, Patient };
    enum class Kind { Created, Updated, Finalized, Withdrawn };

    qint64 patientId = 0;
    Item item = Item::Visit;
    qint64 itemId = 0;
    Kind kind = Kind::Created;
};

// The one seam for work that must commit together with a chart change. Every chart save calls it inside
// its transaction; throwing rolls the change back.
class ChartChangeListener {
public:
    virtual ~ChartChangeListener() = default;
    virtual void chartChanged(const ChartChange& change) = 0;
};

} // namespace tsumugi
