#pragma once

#include "ui/ChartTab.h"

class QPushButton;
class QTableWidget;

namespace tsumugi::ui {

class AllergyBanner;

// The chart's アレルギー・禁忌 tab: allergies and drug contraindications (contraindications in red), 「アレルギーなし」
// while nothing is recorded, and withdrawal with a reason.
class AllergyTab : public ChartTab {
    Q_OBJECT
public:
    // banner: the window's allergy strip, whose state decides whether "none known" may be recorded.
    AllergyTab(ClinicRecord& record, qint64 patientId, const ChartSnapshot& snapshot, const AllergyBanner* banner,
               QWidget* parent);

    void showChart() override;

public slots:
    void addAllergy();
    void recordNoKnownAllergies();
    void withdrawAllergy();

private:
    const AllergyBanner* m_banner = nullptr;
    QTableWidget* m_table = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_noKnownAllergies = nullptr;
    QPushButton* m_withdraw = nullptr;
};

} // namespace tsumugi::ui
