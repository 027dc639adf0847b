#pragma once

#include "core/chart/LabResult.h"

#include <QWidget>

namespace tsumugi::ui {

// A small trend of one lab item over time: the reference range as a band, the values as points joined by a line,
// out-of-range points in red. Painted by hand (no QtCharts in the clinic build).
class LabTrendChart : public QWidget {
    Q_OBJECT
public:
    explicit LabTrendChart(QWidget* parent = nullptr);

    // Oldest first; results without a number are left out of the line.
    void setResults(const QList<LabResult>& results);
    int pointCount() const { return int(m_points.size()); }
    QSize sizeHint() const override { return {420, 200}; }
    QSize minimumSizeHint() const override { return {240, 140}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    struct Point {
        QDateTime at;
        double value = 0;
        bool abnormal = false;
    };
    QList<Point> m_points;
    std::optional<double> m_low;
    std::optional<double> m_high;
    QString m_title;
    QString m_unit;
};

} // namespace tsumugi::ui
