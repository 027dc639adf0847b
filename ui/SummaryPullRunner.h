#pragma once

#include "core/sharing/SharedSummary.h"

#include <QObject>
#include <atomic>
#include <memory>

class QThread;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// Pulls a patient's shared record / emergency summary with the network call off the UI thread (the service may be
// slow or unreachable: up to the request timeout). The record is only touched on the UI thread, where it lives:
// the access is audited and the token read before the request, the answer stored after it. One pull at a time.
class SummaryPullRunner : public QObject {
    Q_OBJECT
public:
    explicit SummaryPullRunner(ClinicRecord& record, QObject* parent = nullptr);
    // A running request is aborted (libcurl stops at once) and its answer dropped.
    ~SummaryPullRunner() override;

    bool isRunning() const { return m_thread != nullptr; }
    // false when one is still running or the record refused at once (then failed() carries the message).
    bool start(qint64 patientId, bool emergency, const QString& reason);

signals:
    void finished(const tsumugi::SharedSummary& summary);
    void failed(const QString& message);

private:
    ClinicRecord& m_record;
    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_abort;
};

} // namespace tsumugi::ui
