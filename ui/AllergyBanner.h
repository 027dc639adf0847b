#pragma once

#include "core/chart/Allergy.h"

#include <QFrame>

class QLabel;

namespace tsumugi::ui {

// The always-visible strip under the chart header: every active allergy and drug contraindication in red,
// "no known allergies" when that was recorded, and an amber "not recorded" otherwise.
class AllergyBanner : public QFrame {
    Q_OBJECT
public:
    enum class State { NotRecorded, NoneKnown, Recorded };

    explicit AllergyBanner(QWidget* parent = nullptr);

    void setAllergies(const QList<Allergy>& allergies);
    void clear();
    State state() const { return m_state; }
    QString text() const;

    // "No known allergies" is an entry the core recognises (Allergy::isNoKnownAllergies); a real allergy
    // recorded later takes precedence.
    static bool isNoKnownAllergies(const Allergy& a) { return a.isNoKnownAllergies(); }
    static Allergy noKnownAllergies(qint64 patientId);

private:
    QLabel* m_label = nullptr;
    State m_state = State::NotRecorded;
};

} // namespace tsumugi::ui
