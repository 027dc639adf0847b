#include "ui/SummaryPullRunner.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"
#include "sync/services/SummaryService.h"

#include <QThread>

namespace tsumugi::ui {

SummaryPullRunner::SummaryPullRunner(ClinicRecord& record, QObject* parent)
    : QObject(parent)
    , m_record(record) {}

SummaryPullRunner::~SummaryPullRunner() {
    if (m_thread) {
        // Closing the panel mid-pull must not keep the window waiting for the service's timeout.
        m_abort->store(true);
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

bool SummaryPullRunner::start(qint64 patientId, bool emergency, const QString& reason) {
    if (m_thread) {
        return false;
    }
    sync::SummaryService::Request request;
    try {
        request = sync::SummaryService(m_record).prepare(patientId, emergency, reason);
    } catch (const Error& e) {
        emit failed(e.message());
        return false;
    }
    m_abort = std::make_shared<std::atomic_bool>(false);
    auto answer = std::make_shared<sync::SummaryClient::Answer>();
    // Captures by value only: the thread never sees the record or this object.
    m_thread = QThread::create(
        [request, answer, abort = m_abort] { *answer = sync::SummaryService::ask(request, abort.get()); });
    connect(m_thread, &QThread::finished, this, [this, request, answer] {
        m_thread->deleteLater();
        m_thread = nullptr;
        try {
            const SharedSummary summary = sync::SummaryService(m_record).store(request, *answer);
            emit finished(summary);
        } catch (const Error& e) {
            emit failed(e.message());
        }
    });
    m_thread->start();
    return true;
}

} // namespace tsumugi::ui
