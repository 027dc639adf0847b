#pragma once

#include <QObject>
#include <QTimer>

namespace tsumugi::ui {

// Emits idle() when no keyboard or mouse input reached the application for interval() milliseconds.
// Watches the whole application, so typing in a dialog also counts as activity.
class IdleWatcher : public QObject {
    Q_OBJECT
public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    void setInterval(int milliseconds);
    int interval() const { return m_timer.interval(); }
    void start();
    void stop();
    bool isActive() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace tsumugi::ui
