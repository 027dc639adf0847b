#include "ui/LabTrendChart.h"

#include <QPainter>
#include <QPainterPath>
#include <algorithm>
#include <cmath>

namespace tsumugi::ui {

LabTrendChart::LabTrendChart(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("labTrendChart"));
    setMinimumHeight(150);
}

void LabTrendChart::setResults(const QList<LabResult>& results) {
    m_points.clear();
    m_low.reset();
    m_high.reset();
    m_title.clear();
    m_unit.clear();
    for (const LabResult& r : results) {
        if (r.withdrawn) {
            continue;
        }
        m_title = r.name;
        m_unit = r.unit;
        if (r.referenceLow) {
            m_low = r.referenceLow;
        }
        if (r.referenceHigh) {
            m_high = r.referenceHigh;
        }
        if (r.valueNumber) {
            const bool abnormal = !r.abnormalFlag.isEmpty() && r.abnormalFlag != QStringLiteral("N");
            m_points.append({r.collectedAt, *r.valueNumber, abnormal});
        }
    }
    update();
}

void LabTrendChart::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    p.setPen(palette().mid().color());
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const QFontMetrics fm(font());
    const QRect title(8, 4, width() - 16, fm.height());
    p.setPen(palette().text().color());
    p.drawText(title, Qt::AlignLeft | Qt::AlignVCenter,
               m_unit.isEmpty() ? m_title : QStringLiteral("%1 (%2)").arg(m_title, m_unit));
    if (m_points.isEmpty()) {
        p.drawText(rect(), Qt::AlignCenter, tr("No numeric results to chart."));
        return;
    }
    const int axisWidth = fm.horizontalAdvance(QStringLiteral("00000.0")) + 6;
    const QRectF plot(axisWidth + 8, title.bottom() + 8, width() - axisWidth - 24,
                      height() - title.bottom() - 16 - fm.height());
    if (plot.width() < 20 || plot.height() < 20) {
        return;
    }
    double lo = m_points.first().value;
    double hi = lo;
    for (const Point& pt : std::as_const(m_points)) {
        lo = std::min(lo, pt.value);
        hi = std::max(hi, pt.value);
    }
    if (m_low) {
        lo = std::min(lo, *m_low);
    }
    if (m_high) {
        hi = std::max(hi, *m_high);
    }
    const double pad = (hi - lo) * 0.1 + (hi == lo ? 1.0 : 0.0);
    lo -= pad;
    hi += pad;
    const qint64 t0 = m_points.first().at.toMSecsSinceEpoch();
    const qint64 t1 = m_points.last().at.toMSecsSinceEpoch();
    auto x = [&](const QDateTime& t) {
        return t1 == t0 ? plot.center().x()
                        : plot.left() + plot.width() * double(t.toMSecsSinceEpoch() - t0) / double(t1 - t0);
    };
    auto y = [&](double v) { return plot.bottom() - plot.height() * (v - lo) / (hi - lo); };

    // The reference band: where a healthy value lies.
    if (m_low || m_high) {
        const double top = y(m_high.value_or(hi));
        const double bottom = y(m_low.value_or(lo));
        p.fillRect(QRectF(plot.left(), top, plot.width(), bottom - top), QColor(0xc8, 0xe6, 0xc9, 160));
    }
    p.setPen(palette().mid().color());
    p.drawLine(plot.bottomLeft(), plot.bottomRight());
    p.drawLine(plot.bottomLeft(), plot.topLeft());
    // Axis labels where the eye needs them: the reference limits and the highest and lowest value.
    QList<double> marks;
    if (m_low) {
        marks << *m_low;
    }
    if (m_high) {
        marks << *m_high;
    }
    auto [minIt, maxIt] = std::minmax_element(m_points.cbegin(), m_points.cend(),
                                              [](const Point& a, const Point& b) { return a.value < b.value; });
    marks << maxIt->value << minIt->value;
    QList<double> drawn;
    for (double v : std::as_const(marks)) {
        const double yy = y(v);
        const bool crowded =
            std::any_of(drawn.cbegin(), drawn.cend(), [&](double other) { return std::abs(other - yy) < fm.height(); });
        if (crowded) {
            continue;
        }
        drawn << yy;
        p.setPen(QColor(0xe0, 0xe0, 0xe0));
        p.drawLine(QPointF(plot.left(), yy), QPointF(plot.right(), yy));
        p.setPen(palette().text().color());
        p.drawText(QRectF(0, yy - fm.height() / 2.0, axisWidth + 4, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                   QString::number(v, 'g', 4));
    }
    p.drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width() / 2, fm.height()), Qt::AlignLeft,
               m_points.first().at.toLocalTime().date().toString(Qt::ISODate));
    if (m_points.size() > 1) {
        p.drawText(QRectF(plot.center().x(), plot.bottom() + 2, plot.width() / 2, fm.height()), Qt::AlignRight,
                   m_points.last().at.toLocalTime().date().toString(Qt::ISODate));
    }

    QPainterPath line;
    for (int i = 0; i < m_points.size(); ++i) {
        const QPointF pt(x(m_points.at(i).at), y(m_points.at(i).value));
        i == 0 ? line.moveTo(pt) : line.lineTo(pt);
    }
    p.setPen(QPen(QColor(0x15, 0x65, 0xc0), 2));
    p.drawPath(line);
    for (const Point& pt : std::as_const(m_points)) {
        const QColor c = pt.abnormal ? QColor(0xc6, 0x28, 0x28) : QColor(0x15, 0x65, 0xc0);
        p.setPen(QPen(c, 1));
        p.setBrush(c);
        p.drawEllipse(QPointF(x(pt.at), y(pt.value)), 4, 4);
    }
}

} // namespace tsumugi::ui
