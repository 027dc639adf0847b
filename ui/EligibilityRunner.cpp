#include "ui/EligibilityRunner.h"

#include "core/Error.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"
#include "sync/services/EligibilityService.h"
#include "sync/transport/HttpClient.h"

#include <QPointer>
#include <QThread>
#include <memory>

namespace tsumugi::ui {

EligibilityRunner::EligibilityRunner(ClinicRecord& record, QObject* parent)
    : QObject(parent)
    , m_record(record) {}

EligibilityRunner::~EligibilityRunner() {
    if (m_thread) {
        // The request ends by itself within the transport's timeouts; the answer is dropped.
        m_thread->wait();
    }
}

bool EligibilityRunner::start(const EligibilityRequest& request, qint64 patientId, qint64 receptionId) {
    if (m_running) {
        return false;
    }
    if (!m_record.can(Permission::ManageReception)) {
        emit failed(tr("Your role may not check eligibility."));
        return false;
    }
    const QStringList problems = request.problems();
    if (!problems.isEmpty()) {
        emit failed(problems.join(QLatin1Char('\n')));
        return false;
    }
    m_running = true;
    const sync::TransportSettings settings = sync::TransportSettings::fromClinicSettings(m_record.settings());
    auto result = std::make_shared<EligibilityCheck>();
    m_thread = QThread::create([settings, request, result] {
        sync::HttpClient http(settings);
        *result = sync::EligibilityService::ask(http, request);
    });
    connect(m_thread, &QThread::finished, this, [this, result, patientId, receptionId] {
        m_thread->deleteLater();
        m_thread = nullptr;
        m_running = false;
        try {
            const EligibilityCheck saved = sync::EligibilityService(m_record).record(*result, patientId, receptionId);
            emit finished(saved);
        } catch (const Error& e) {
            emit failed(e.message());
        }
    });
    m_thread->start();
    return true;
}

} // namespace tsumugi::ui
