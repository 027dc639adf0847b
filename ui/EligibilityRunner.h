#pragma once

#include "core/eligibility/EligibilityCheck.h"

#include <QObject>

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// Runs an eligibility request off the UI thread (the service may be slow or unreachable: up to the connect
// timeout) and records the outcome on the UI thread, where the record lives. One request at a time.
class EligibilityRunner : public QObject {
    Q_OBJECT
public:
    EligibilityRunner(ClinicRecord& record, QObject* parent = nullptr);
    ~EligibilityRunner() override;

    bool isRunning() const { return m_running; }
    // false when one is still running or the record refused (then failed() carries the message).
    bool start(const EligibilityRequest& request, qint64 patientId, qint64 receptionId);

signals:
    void finished(const tsumugi::EligibilityCheck& check);
    void failed(const QString& message);

private:
    ClinicRecord& m_record;
    QThread* m_thread = nullptr;
    bool m_running = false;
};

} // namespace tsumugi::ui
