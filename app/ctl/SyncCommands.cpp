#include "SyncCommands.h"

#include "core/chart/Chart.h"
#include "core/chart/LabResultRepository.h"
#include "core/chart/LabSharing.h"

#include "CliArguments.h"

#include "sync/outbox/OutboxSender.h"
#include "sync/transport/HttpClient.h"
#include "sync/transport/TransportSettings.h"

#include "core/Error.h"
#include "core/outbox/OutboxQueue.h"
#include "core/record/ClinicRecord.h"
#include "core/settings/ClinicSettings.h"

#include <QJsonDocument>

namespace tsumugi::cli {

namespace {
QString timeText(const QDateTime& t) {
    return t.isValid() ? t.toUTC().toString(Qt::ISODate) : SyncCommands::tr("never");
}
} // namespace

QString SyncCommands::usage() {
    return tr(
        "  sync push [--attempts N] | sync status | sync list [--state pending|sending|sent|rejected|failed]\n"
        "  sync retry ID | sync show ID   (the outbox to the national services; server: config set server-url)\n");
}

SyncCommands::SyncCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

int SyncCommands::run(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    if (sub == QStringLiteral("push")) {
        return push(a);
    }
    if (sub == QStringLiteral("status")) {
        return status();
    }
    if (sub == QStringLiteral("list")) {
        return list(a);
    }
    if (sub == QStringLiteral("retry")) {
        return retry(a);
    }
    if (sub == QStringLiteral("show")) {
        return show(a);
    }
    m_err << usage();
    return 2;
}

QString SyncCommands::describe(const OutboxItem& i) const {
    const QString what = i.kind == OutboxItem::Kind::Document ? tr("document %1").arg(i.documentId) : i.resourceType;
    return tr("#%1 patient %2 %3: %4, %n attempt(s)", nullptr, i.attempts)
        .arg(i.id)
        .arg(i.patientNumber)
        .arg(what, OutboxItem::displayState(i.state));
}

int SyncCommands::push(const CliArguments& a) {
    const sync::TransportSettings settings = sync::TransportSettings::fromClinicSettings(m_record.settings());
    if (const QString problem = settings.problem(); !problem.isEmpty()) {
        throw Error(Error::Kind::Validation, problem);
    }
    sync::OutboxSender::Options options;
    options.ignoreSchedule = true; // asked for now: do not wait for the backoff
    options.attemptsPerItem = 3;
    if (a.has(QStringLiteral("attempts"))) {
        bool ok = false;
        options.attemptsPerItem = a.value(QStringLiteral("attempts")).toInt(&ok);
        if (!ok || options.attemptsPerItem < 1 || options.attemptsPerItem > 20) {
            throw Error(
                Error::Kind::Validation,
                tr("--attempts takes a number from 1 to 20, not '%1'.").arg(a.value(QStringLiteral("attempts"))));
        }
    }
    if (!m_record.outbox().holdSending()) {
        throw Error(Error::Kind::Busy, tr("Another desk is sending the outbox (one desk sends for the whole record); "
                                          "nothing was sent. Its items are sent by that desk."));
    }
    sync::HttpClient client(settings);
    // Short backoff between the attempts of one run; the app's worker waits longer.
    sync::OutboxSender sender(m_record, client, sync::RetryPolicy(250, 5000));
    const sync::OutboxSender::Report r = sender.push(options);
    m_out << tr("sent: %1, rejected: %2, failed: %3, not attempted: %4, nothing to send: %5")
                 .arg(r.sent)
                 .arg(r.rejected)
                 .arg(r.failed)
                 .arg(r.notAttempted)
                 .arg(r.notNeeded)
          << '\n';
    if (r.offline) {
        m_out << tr("The service could not be reached: %1").arg(r.lastNetworkError) << '\n';
    }
    for (const OutboxItem& i : m_record.outbox().items(OutboxItem::State::Rejected)) {
        m_out << describe(i) << '\n'
              << "    " << QString(i.lastError).replace(QLatin1Char('\n'), QStringLiteral("\n    ")) << '\n';
    }
    return r.rejected + r.failed + r.notAttempted > 0 ? 1 : 0;
}

int SyncCommands::status() {
    const OutboxQueue& q = m_record.outbox();
    const OutboxQueue::Counts c = q.counts();
    m_out << tr("server: %1")
                 .arg(m_record.settings().serverUrl().isEmpty() ? tr("(not configured)")
                                                                : m_record.settings().serverUrl())
          << '\n';
    m_out << tr("queued: %1 (pending %2, sending %3, failed-retrying %4)")
                 .arg(c.queued())
                 .arg(c.pending)
                 .arg(c.sending)
                 .arg(c.failed)
          << '\n';
    m_out << tr("rejected: %1, sent: %2, nothing to send: %3").arg(c.rejected).arg(c.sent).arg(c.notNeeded) << '\n';
    m_out << tr("last success: %1").arg(timeText(q.lastSuccess())) << '\n';
    // Recorded in the chart but never sent, so nobody believes they were shared.
    const auto unshared = m_record.chart().labs().unshareableCounts();
    m_out << tr("recorded but not shareable: lab results with a local code %1, with a JLAC code that is not a "
                "JP-CLINS core or infection item %2")
                 .arg(unshared.value(LabSharing::Reason::LocalCode))
                 .arg(unshared.value(LabSharing::Reason::NotCoreItem))
          << '\n';
    m_out << tr("kept back until a doctor completes them (lab complete): without the clinic's item code %1, without "
                "the ordering doctor %2")
                 .arg(unshared.value(LabSharing::Reason::NoLocalItemCode))
                 .arg(unshared.value(LabSharing::Reason::NoOrderingDoctor))
          << '\n';
    for (const auto state : {OutboxItem::State::Rejected, OutboxItem::State::Failed}) {
        for (const OutboxItem& i : q.items(state)) {
            m_out << describe(i) << '\n'
                  << "    " << QString(i.lastError).replace(QLatin1Char('\n'), QStringLiteral("\n    ")) << '\n';
        }
    }
    return 0;
}

int SyncCommands::list(const CliArguments& a) {
    std::optional<OutboxItem::State> state;
    if (a.has(QStringLiteral("state"))) {
        const QString key = a.value(QStringLiteral("state"));
        state = OutboxItem::stateFromKey(key == QStringLiteral("failed-retrying") ? QStringLiteral("failed") : key);
        if (!state) {
            throw Error(Error::Kind::Validation,
                        tr("Unknown state '%1': pending, sending, sent, rejected, failed, not_needed.").arg(key));
        }
    }
    for (const OutboxItem& i : m_record.outbox().items(state)) {
        m_out << describe(i) << " " << i.bundleIdentifier << '\n';
    }
    return 0;
}

qint64 SyncCommands::itemId(const CliArguments& a) const {
    bool ok = false;
    const qint64 id = a.positional().value(2).toLongLong(&ok);
    if (!ok) {
        throw Error(Error::Kind::Validation, tr("Give the outbox item number (see sync status or sync list)."));
    }
    return id;
}

int SyncCommands::retry(const CliArguments& a) {
    const qint64 id = itemId(a);
    const auto item = m_record.outbox().item(id);
    if (!item) {
        throw Error(Error::Kind::NotFound, tr("There is no outbox item %1.").arg(id));
    }
    if (!m_record.outbox().retry(id)) {
        m_out << tr("Item %1 is %2: nothing to retry.").arg(id).arg(OutboxItem::displayState(item->state)) << '\n';
        return 1;
    }
    m_out << tr("Item %1 will be sent with the next push.").arg(id) << '\n';
    return 0;
}

int SyncCommands::show(const CliArguments& a) {
    const qint64 id = itemId(a);
    const auto item = m_record.outbox().item(id);
    if (!item) {
        throw Error(Error::Kind::NotFound, tr("There is no outbox item %1.").arg(id));
    }
    if (item->payload.isEmpty()) {
        m_err << tr("Item %1 has no payload yet: it is built just before the first attempt.").arg(id) << '\n';
        return 1;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(item->payload);
    m_out << (doc.isNull() ? item->payload : doc.toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace tsumugi::cli
