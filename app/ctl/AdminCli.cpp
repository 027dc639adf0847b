#include "AdminCli.h"

#include "ChartCommands.h"
#include "CliArguments.h"
#include "ConfigCommands.h"
#include "DocumentCommands.h"
#include "EligibilityCommands.h"
#include "ExportCommands.h"
#include "ImportCommands.h"
#include "InboxCommands.h"
#include "MasterCommands.h"
#include "ServerCommands.h"
#include "SummaryCommands.h"
#include "SyncCommands.h"

#include "core/Error.h"
#include "core/audit/AuditTrail.h"
#include "core/demo/DemoData.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ChangeFeed.h"
#include "core/record/ClinicRecord.h"
#include "core/record/RecordKeyRotation.h"
#include "core/settings/ClinicSettings.h"
#include "core/users/UserDirectory.h"
#include "core/util/AtomicFile.h"
#include "core/util/JapaneseEra.h"
#include "core/util/SystemClock.h"
#include "core/util/Timestamp.h"

#include <QElapsedTimer>
#include <QFile>
#include <cstdio>

namespace tsumugi::cli {

namespace {
const QStringList Switches = QStringList{QStringLiteral("help"), QStringLiteral("follow"), QStringLiteral("resume")} +
                             ChartCommands::switches() + SummaryCommands::switches() + ImportCommands::switches() +
                             DocumentCommands::switches();

// The flags of `patient add` / `patient edit`, and the member each one fills.
struct PatientFlag {
    const char* flag;
    QString Patient::*field;
};
const PatientFlag TextFlags[] = {
    {"family", &Patient::familyName},    {"given", &Patient::givenName},   {"family-kana", &Patient::familyKana},
    {"given-kana", &Patient::givenKana}, {"postal", &Patient::postalCode}, {"address", &Patient::address},
    {"phone", &Patient::phone},
};
} // namespace

AdminCli::AdminCli()
    : m_out(stdout)
    , m_err(stderr) {}

AdminCli::~AdminCli() = default;

int AdminCli::usage() {
    m_err << tr("usage: tsumugictl --db FILE|URL --user NAME --password-file FILE COMMAND ...\n"
                "commands:\n"
                "  init --institution NUMBER --name TEXT [--display-name TEXT] [--address TEXT] [--phone TEXT]\n"
                "       [--recovery-key-out FILE]\n"
                "  user add NAME --role doctor|clerk|admin --password-file FILE [--display-name TEXT]\n"
                "  user list | user passwd --new-password-file FILE | user disable NAME | user enable NAME\n"
                "  user reset-password NAME --new-password-file FILE\n"
                "  keys restore-previous   (the key file is damaged: put its previous generation back)\n"
                "  keys rotate [--resume] [--batches N] [--recovery-key-out FILE]   (clinic server: a new record key)\n"
                "  keys rotation           (how far the last rotation of the record key is)\n"
                "  check   (reads and authenticates every page; a damaged record is marked and opens read-only)\n"
                "  recover --recovery-key-file FILE   (--user: an administrator, --password-file: the new password)\n"
                "  recovery renew [--recovery-key-out FILE]\n"
                "  patient add --family TEXT --family-kana KANA [--given TEXT --given-kana KANA] --sex "
                "male|female|other|unknown\n"
                "              --birth YYYY-MM-DD [--postal --address --phone --insurer --symbol --number --branch]\n"
                "  patient edit NUMBER [same flags] [--reason TEXT]\n"
                "  patient show NUMBER | patient history NUMBER | patient search QUERY\n"
                "  reception add NUMBER | reception list | reception status ENTRY waiting|in_consultation|done\n"
                "  audit verify | audit list [--limit N]\n"
                "  settings get KEY | settings set auto-lock-minutes N\n"
                "  demo\n"
                "  events --follow [--timeout S]   (the clinic server: one line per change another desk commits)\n"
                "  schema sql [--driver postgres|sqlite]   (the record's tables as SQL, from the declared model; no "
                "record is opened)\n")
          << ChartCommands::usage() << MasterCommands::usage() << DocumentCommands::usage() << ExportCommands::usage()
          << ImportCommands::usage() << EligibilityCommands::usage() << SummaryCommands::usage()
          << InboxCommands::usage() << ConfigCommands::usage() << SyncCommands::usage() << ServerCommands::usage()
          << tr("A password file holds the password on its first line; '-' reads it from standard input.\n");
    m_err.flush();
    return Usage;
}

int AdminCli::run(const QStringList& args) {
    const CliArguments a(args, Switches);
    if (!a.error().isEmpty()) {
        m_err << a.error() << '\n';
        usage();
        return Usage;
    }
    if (a.has(QStringLiteral("help")) || a.positional().isEmpty()) {
        return usage();
    }
    try {
        const int code = dispatch(a);
        m_out.flush();
        m_err.flush();
        return code;
    } catch (const Error& e) {
        m_out.flush();
        m_err << tr("error: %1").arg(e.message()) << '\n';
        m_err.flush();
        return Failed;
    } catch (const std::exception& e) {
        m_out.flush();
        m_err << tr("error: %1").arg(QString::fromLocal8Bit(e.what())) << '\n';
        m_err.flush();
        return Failed;
    }
}

QString AdminCli::readPassword(const QString& file) const {
    if (file.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("Give the password file with --password-file."));
    }
    QFile f;
    const bool ok = file == QStringLiteral("-") ? f.open(stdin, QIODevice::ReadOnly)
                                                : (f.setFileName(file), f.open(QIODevice::ReadOnly));
    if (!ok) {
        throw Error(Error::Kind::FileMissing, tr("The password file %1 cannot be read.").arg(file));
    }
    QByteArray line = f.readLine(4096);
    while (line.endsWith('\n') || line.endsWith('\r')) {
        line.chop(1);
    }
    const QString password = QString::fromUtf8(line);
    line.fill('\0');
    return password;
}

// What a new record holds on either driver, for the one who sets a server up or reviews it: the same text a
// terminal runs on an empty database.
int AdminCli::schema(const CliArguments& a) {
    if (a.positional().value(1) != QStringLiteral("sql")) {
        return usage();
    }
    const QString driver = a.value(QStringLiteral("driver"), QStringLiteral("postgres"));
    if (driver != QStringLiteral("postgres") && driver != QStringLiteral("sqlite")) {
        throw Error(Error::Kind::Validation, tr("--driver is postgres or sqlite."));
    }
    m_out << ClinicRecord::newRecordSql(driver == QStringLiteral("postgres"));
    return Ok;
}

// One line per change the other desks commit, as every desk hears it: TIME TABLE ID PATIENT ("-" for none), and
// "TIME missed" when the server was away (what a desk shows must be read again). Runs until --timeout seconds have
// passed, or until stopped.
int AdminCli::events(const CliArguments& a) {
    if (!a.has(QStringLiteral("follow"))) {
        return usage();
    }
    bool ok = true;
    const QString limit = a.value(QStringLiteral("timeout"));
    const double seconds = limit.isEmpty() ? 0 : limit.toDouble(&ok);
    if (!ok || seconds < 0) {
        throw Error(Error::Kind::Validation, tr("--timeout is a number of seconds."));
    }
    auto record = openRecord(a);
    const std::unique_ptr<ChangeFeed> feed = record->listen();
    if (!feed) {
        throw Error(Error::Kind::Validation, tr("This record is a file on one computer: only a record on the clinic "
                                                "server has other desks to hear."));
    }
    QElapsedTimer timer;
    timer.start();
    const qint64 until = limit.isEmpty() ? -1 : qint64(seconds * 1000);
    while (until < 0 || timer.elapsed() < until) {
        const int slice = until < 0 ? 1000 : int(std::min<qint64>(1000, until - timer.elapsed()));
        for (const RecordChange& change : feed->wait(slice)) {
            const QString at = Timestamp::toStorage(record->clock().now());
            if (change.missed) {
                m_out << at << " missed\n";
            } else if (!change.fromThisDesk) {
                m_out << at << ' ' << change.table << ' ' << change.id << ' '
                      << (change.patientId ? QString::number(change.patientId) : QStringLiteral("-")) << '\n';
            }
        }
        m_out.flush();
    }
    return Ok;
}

std::unique_ptr<ClinicRecord> AdminCli::openRecord(const CliArguments& a) {
    const QString db = a.global(QStringLiteral("db"));
    if (db.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Give the record with --db: a file, or a postgresql:// URL of the clinic server."));
    }
    auto record = ClinicRecord::open(db, a.global(QStringLiteral("user")),
                                     readPassword(a.global(QStringLiteral("password-file"))), SystemClock::instance());
    // A full disk or a damaged record still opens to be read; a script is told so before its command runs.
    if (const QString state = record->writeStateMessage(); !state.isEmpty()) {
        m_err << tr("warning: %1").arg(state) << '\n';
        m_err.flush();
    }
    if (record->onOneTimePassword()) {
        m_err << tr("warning: you signed in with a one-time password; set one of your own with user passwd "
                    "--new-password-file FILE.")
              << '\n';
        m_err.flush();
    }
    return record;
}

int AdminCli::dispatch(const CliArguments& a) {
    const QString command = a.positional().value(0);
    if (command == QStringLiteral("init")) {
        return init(a);
    }
    if (command == QStringLiteral("schema")) {
        return schema(a);
    }
    if (command == QStringLiteral("server")) {
        return ServerCommands(
                   m_out, m_err, [this](const QString& file) { return readPassword(file); },
                   [this](const QString& key, const QString& file) { writeRecoveryKey(key, file); })
            .run(a);
    }
    if (command == QStringLiteral("events")) {
        return events(a);
    }
    if (command == QStringLiteral("user")) {
        return user(a);
    }
    if (command == QStringLiteral("keys")) {
        return keys(a);
    }
    if (command == QStringLiteral("check")) {
        return check(a);
    }
    if (command == QStringLiteral("recover")) {
        return recover(a);
    }
    if (command == QStringLiteral("recovery")) {
        return recovery(a);
    }
    if (command == QStringLiteral("patient")) {
        return patient(a);
    }
    if (command == QStringLiteral("reception")) {
        return reception(a);
    }
    if (command == QStringLiteral("audit")) {
        return audit(a);
    }
    if (command == QStringLiteral("settings")) {
        return settings(a);
    }
    if (command == QStringLiteral("demo")) {
        return demo(a);
    }
    if (ChartCommands::commands().contains(command)) {
        auto record = openRecord(a);
        return ChartCommands(*record, m_out, m_err).run(a);
    }
    if (command == QStringLiteral("master")) {
        auto record = openRecord(a);
        return MasterCommands(*record, m_out, m_err).run(a);
    }
    if (command == QStringLiteral("import")) {
        const auto record = openRecord(a);
        return ImportCommands(*record, m_out, m_err).run(a);
    }
    if (command == QStringLiteral("document")) {
        auto record = openRecord(a);
        return DocumentCommands(*record, m_out, m_err).run(a);
    }
    if (command == QStringLiteral("export")) {
        auto record = openRecord(a);
        return ExportCommands(*record, m_out, m_err).run(a);
    }
    if (command == QStringLiteral("config")) {
        auto record = openRecord(a);
        return ConfigCommands(*record, m_out, m_err).run(a);
    }
    if (command == QStringLiteral("sync")) {
        auto record = openRecord(a);
        return SyncCommands(*record, m_out, m_err).run(a);
    }
    if (command == QStringLiteral("eligibility")) {
        auto record = openRecord(a);
        return EligibilityCommands(*record, m_out, m_err).run(a);
    }
    if (command == QStringLiteral("summary")) {
        auto record = openRecord(a);
        return SummaryCommands(*record, m_out, m_err).run(a);
    }
    if (command == QStringLiteral("inbox")) {
        auto record = openRecord(a);
        return InboxCommands(*record, m_out, m_err).run(a);
    }
    m_err << tr("Unknown command: %1").arg(command) << '\n';
    return usage();
}

int AdminCli::init(const CliArguments& a) {
    ClinicRecord::NewRecord setup;
    setup.clinic.name = a.value(QStringLiteral("name"));
    setup.clinic.institutionNumber = a.value(QStringLiteral("institution"));
    setup.clinic.address = a.value(QStringLiteral("address"));
    setup.clinic.phone = a.value(QStringLiteral("phone"));
    setup.adminName = a.global(QStringLiteral("user"));
    setup.adminDisplayName = a.value(QStringLiteral("display-name"));
    setup.adminPassword = readPassword(a.global(QStringLiteral("password-file")));
    const QString db = a.global(QStringLiteral("db"));
    if (db.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Give the record with --db: a file, or a postgresql:// URL of the clinic server."));
    }
    auto record = ClinicRecord::create(db, setup, SystemClock::instance());
    m_out << tr("Created %1 for %2 (%3); administrator: %4")
                 .arg(record->location(), setup.clinic.name, setup.clinic.institutionNumber, setup.adminName)
          << '\n';
    writeRecoveryKey(record->takeNewRecoveryKey(), a.value(QStringLiteral("recovery-key-out")));
    return Ok;
}

void AdminCli::writeRecoveryKey(const QString& recoveryKey, const QString& file) {
    if (file.isEmpty()) {
        m_out << tr("Recovery key (print it or write it down and keep it away from this computer; with it an "
                    "administrator's password can be set again even when the key file is lost):")
              << '\n'
              << recoveryKey << '\n';
        return;
    }
    AtomicFile::write(file, recoveryKey.toLatin1() + '\n');
    m_out << tr("The recovery key was written to %1 (owner-only). Print it, keep it away from this computer, and "
                "delete the file.")
                 .arg(file)
          << '\n';
}

int AdminCli::recover(const CliArguments& a) {
    const QString db = a.global(QStringLiteral("db"));
    if (db.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Give the record with --db: a file, or a postgresql:// URL of the clinic server."));
    }
    const QString keyFile = a.value(QStringLiteral("recovery-key-file"));
    if (keyFile.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Give the file holding the recovery key with --recovery-key-file ('-' reads standard input)."));
    }
    const auto record =
        ClinicRecord::recover(db, readPassword(keyFile), a.global(QStringLiteral("user")),
                              readPassword(a.global(QStringLiteral("password-file"))), SystemClock::instance());
    m_out << tr("The key file of %1 was written again: %2 signs in with the new password. Users whose slots were "
                "lost get a new password with: user reset-password NAME --new-password-file FILE")
                 .arg(db, record->currentUser().name)
          << '\n';
    return Ok;
}

int AdminCli::recovery(const CliArguments& a) {
    if (a.positional().value(1) != QStringLiteral("renew")) {
        m_err << tr("usage: tsumugictl ... recovery renew [--recovery-key-out FILE]") << '\n';
        return Usage;
    }
    auto record = openRecord(a);
    writeRecoveryKey(record->renewRecoveryKey(), a.value(QStringLiteral("recovery-key-out")));
    return Ok;
}

int AdminCli::check(const CliArguments& a) {
    auto record = openRecord(a);
    const RecordCheck::Result result = record->checkIntegrity();
    if (result.ok) {
        m_out << (ClinicRecord::isServer(record->path())
                      ? tr("The record is whole: every table on the clinic server was read (%1 ms).")
                      : tr("The record is whole: every table and index was read and every page authenticated (%1 ms)."))
                     .arg(result.milliseconds)
              << '\n';
        return Ok;
    }
    m_err << RecordCheck::damagedMessage(result.problems.join(QLatin1Char('\n'))) << '\n';
    for (const QString& p : result.problems) {
        m_err << "  " << p << '\n';
    }
    return Failed;
}

int AdminCli::keys(const CliArguments& a) {
    const QString db = a.global(QStringLiteral("db"));
    if (db.isEmpty()) {
        throw Error(Error::Kind::Validation,
                    tr("Give the record with --db: a file, or a postgresql:// URL of the clinic server."));
    }
    if (a.positional().value(1) == QStringLiteral("restore-previous")) {
        // Needs no password: it can only put back slots this record had, and keeps the damaged file aside.
        ClinicRecord::restorePreviousKeyFile(db, SystemClock::instance());
        m_out << (ClinicRecord::isServer(db)
                      ? tr("The previous key slots on the clinic server were restored in place of the current ones.")
                      : tr("The previous key file of %1 was restored; the damaged one is kept beside it.").arg(db))
              << '\n';
        return Ok;
    }
    const QString sub = a.positional().value(1);
    if (sub == QStringLiteral("rotate") || sub == QStringLiteral("rotation")) {
        return rotation(a);
    }
    m_err << tr("usage: tsumugictl --db FILE|URL keys restore-previous | keys rotate [--resume] [--batches N] "
                "[--recovery-key-out FILE] | keys rotation")
          << '\n';
    return Usage;
}

int AdminCli::rotation(const CliArguments& a) {
    auto record = openRecord(a);
    RecordKeyRotation rotation(*record);
    const auto say = [&](const RecordKeyRotation::Progress& p) {
        m_out << tr("Key generation %1: %2; tables %3 of %4 done, %5 rows re-sealed, %6 values refused, %7 old "
                    "search tokens removed.")
                     .arg(p.generation)
                     .arg(RecordKeyRotation::phaseName(p.phase))
                     .arg(p.tablesDone)
                     .arg(p.tables)
                     .arg(p.rowsResealed)
                     .arg(p.valuesRefused)
                     .arg(p.tokensRemoved)
              << '\n';
        m_out.flush();
    };
    if (a.positional().value(1) == QStringLiteral("rotation")) {
        if (const auto p = rotation.progress()) {
            say(*p);
        } else {
            m_out << tr("The record key was never rotated (generation 1).") << '\n';
        }
        return Ok;
    }
    if (!a.has(QStringLiteral("resume"))) {
        const RecordKeyRotation::Started started =
            rotation.start(readPassword(a.global(QStringLiteral("password-file"))));
        m_out << tr("A new record key (generation %1) was made. Every other user signs in once with the one-time "
                    "password below and then sets a password of their own; desks signed in now are asked to sign "
                    "in again.")
                     .arg(started.generation)
              << '\n';
        for (const auto& [user, password] : started.oneTimePasswords) {
            m_out << "  " << user << ": " << password << '\n';
        }
        writeRecoveryKey(started.recoveryKey, a.value(QStringLiteral("recovery-key-out")));
    }
    // --batches N: stop after N batches (the rest is done by --resume, here or at another desk).
    const int limit = a.value(QStringLiteral("batches")).toInt();
    int batches = 0;
    const bool ended = rotation.runToEnd([&](const RecordKeyRotation::Progress& p) {
        say(p);
        return limit <= 0 || ++batches < limit;
    });
    if (!ended) {
        m_out << tr("Stopped; go on with tsumugictl keys rotate --resume.") << '\n';
    }
    return Ok;
}

int AdminCli::user(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    auto record = openRecord(a);
    if (sub == QStringLiteral("add")) {
        const QString name = a.positional().value(2);
        const auto role = roleFromString(a.value(QStringLiteral("role")));
        if (name.isEmpty() || !role) {
            m_err << tr("user add needs a NAME and --role doctor|clerk|admin.") << '\n';
            return Usage;
        }
        const User u = record->users().add(name, a.value(QStringLiteral("display-name")), *role,
                                           readPassword(a.commandOption(QStringLiteral("password-file"))));
        m_out << u.name << '\t' << roleToString(u.role) << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("list")) {
        for (const User& u : record->users().list()) {
            m_out << u.name << '\t' << u.displayName << '\t' << roleToString(u.role) << '\t'
                  << (u.active ? QStringLiteral("active") : QStringLiteral("disabled")) << '\n';
        }
        return Ok;
    }
    if (sub == QStringLiteral("passwd")) {
        record->users().changePassword(readPassword(a.global(QStringLiteral("password-file"))),
                                       readPassword(a.value(QStringLiteral("new-password-file"))));
        m_out << tr("Password changed.") << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("reset-password")) {
        record->users().resetPassword(a.positional().value(2),
                                      readPassword(a.value(QStringLiteral("new-password-file"))));
        m_out << tr("Password set.") << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("disable") || sub == QStringLiteral("enable")) {
        record->users().setActive(a.positional().value(2), sub == QStringLiteral("enable"));
        return Ok;
    }
    return usage();
}

Patient AdminCli::patientFromFlags(const CliArguments& a, Patient p) const {
    for (const auto& f : TextFlags) {
        const QString name = QString::fromLatin1(f.flag);
        if (a.has(name)) {
            p.*(f.field) = a.value(name);
        }
    }
    if (a.has(QStringLiteral("sex"))) {
        const auto sex = sexFromString(a.value(QStringLiteral("sex")));
        if (!sex) {
            throw Error(Error::Kind::Validation, tr("--sex is male, female, other or unknown."));
        }
        p.sex = *sex;
    }
    if (a.has(QStringLiteral("birth"))) {
        const QString text = a.value(QStringLiteral("birth"));
        QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid()) {
            d = JapaneseEra::parse(text);
        }
        if (!d.isValid()) {
            throw Error(Error::Kind::Validation, tr("--birth is a date like 1975-04-12 or S50.4.12."));
        }
        p.birthDate = d;
    }
    if (a.has(QStringLiteral("insurer"))) {
        p.insurance.insurerNumber = a.value(QStringLiteral("insurer"));
    }
    if (a.has(QStringLiteral("symbol"))) {
        p.insurance.symbol = a.value(QStringLiteral("symbol"));
    }
    if (a.has(QStringLiteral("number"))) {
        p.insurance.number = a.value(QStringLiteral("number"));
    }
    if (a.has(QStringLiteral("branch"))) {
        p.insurance.branch = a.value(QStringLiteral("branch"));
    }
    return p;
}

void AdminCli::printPatientLine(const Patient& p) {
    m_out << p.number << '\t' << p.familyName << ' ' << p.givenName << '\t' << p.familyKana << ' ' << p.givenKana
          << '\t' << sexToString(p.sex) << '\t' << p.birthDate.toString(Qt::ISODate) << '\t' << p.phone << '\n';
}

int AdminCli::patient(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    auto record = openRecord(a);
    auto& patients = record->patients();
    const auto byNumber = [&](const QString& text) {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        auto p = ok ? patients.openByNumber(n) : std::nullopt;
        if (!p) {
            throw Error(Error::Kind::NotFound, tr("There is no patient number %1.").arg(text));
        }
        return *p;
    };
    if (sub == QStringLiteral("add")) {
        const Patient saved = patients.create(patientFromFlags(a, Patient{}));
        m_out << saved.number << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("edit")) {
        const Patient saved =
            patients.update(patientFromFlags(a, byNumber(a.positional().value(2))), a.value(QStringLiteral("reason")));
        m_out << saved.number << '\t' << tr("version %1").arg(saved.version) << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("show")) {
        const Patient p = byNumber(a.positional().value(2));
        m_out << tr("Patient number") << '\t' << p.number << '\n'
              << tr("Name") << '\t' << p.fullName() << '\n'
              << tr("Kana") << '\t' << p.fullKana() << '\n'
              << tr("Sex") << '\t' << sexToString(p.sex) << '\n'
              << tr("Birth date") << '\t' << p.birthDate.toString(Qt::ISODate) << " ("
              << JapaneseEra::format(p.birthDate) << ")\n"
              << tr("Address") << '\t' << p.postalCode << ' ' << p.address << '\n'
              << tr("Phone") << '\t' << p.phone << '\n'
              << tr("Insurance") << '\t' << (p.insurance.isEmpty() ? QString() : p.insurance.memberId()) << '\n'
              << tr("Version") << '\t' << p.version << '\t' << Timestamp::toStorage(p.updatedAt) << '\t' << p.updatedBy
              << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("history")) {
        const Patient p = byNumber(a.positional().value(2));
        for (const PatientVersion& v : patients.history(p.id)) {
            m_out << v.version << '\t' << Timestamp::toStorage(v.at) << '\t' << v.author << '\t' << v.patient.fullName()
                  << '\t' << v.patient.fullKana() << '\t' << v.patient.birthDate.toString(Qt::ISODate) << '\t'
                  << v.patient.phone << '\t' << v.reason << '\n';
        }
        return Ok;
    }
    if (sub == QStringLiteral("search")) {
        const QStringList words = a.positional().mid(2);
        for (const Patient& p : patients.search(words.join(QLatin1Char(' ')))) {
            printPatientLine(p);
        }
        return Ok;
    }
    return usage();
}

int AdminCli::reception(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    auto record = openRecord(a);
    if (sub == QStringLiteral("add")) {
        bool ok = false;
        const qint64 number = a.positional().value(2).toLongLong(&ok);
        const auto p = ok ? record->patients().openByNumber(number) : std::nullopt;
        if (!p) {
            throw Error(Error::Kind::NotFound, tr("There is no patient number %1.").arg(a.positional().value(2)));
        }
        const ReceptionEntry e = record->reception().add(p->id);
        m_out << e.id << '\t' << e.queueNumber << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("list")) {
        for (const ReceptionEntry& e : record->reception().today()) {
            m_out << e.id << '\t' << e.queueNumber << '\t' << receptionStatusToString(e.status) << '\t'
                  << e.patient.number << '\t' << e.patient.fullName() << '\t'
                  << e.arrivedAt.toLocalTime().toString(QStringLiteral("HH:mm")) << '\n';
        }
        return Ok;
    }
    if (sub == QStringLiteral("status")) {
        const auto status = receptionStatusFromString(a.positional().value(3));
        if (!status) {
            m_err << tr("The status is waiting, in_consultation or done.") << '\n';
            return Usage;
        }
        record->reception().setStatus(a.positional().value(2).toLongLong(), *status);
        return Ok;
    }
    return usage();
}

int AdminCli::audit(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    auto record = openRecord(a);
    record->require(Permission::ReadAudit);
    if (sub == QStringLiteral("verify")) {
        const auto v = record->audit().verify();
        if (!v.ok) {
            m_err << tr("The audit trail is broken at row %1: %2").arg(*v.firstBrokenSeq).arg(v.reason) << '\n';
            return Failed;
        }
        m_out << tr("The audit trail is intact (%1 rows).").arg(v.rowsChecked) << '\n';
        if (v.pending > 0) {
            m_out << tr("%n row(s) of reading (views, sign-ins) wait for the next change to chain them.", nullptr,
                        int(v.pending))
                  << '\n';
        }
        return Ok;
    }
    if (sub == QStringLiteral("list")) {
        const int limit = a.value(QStringLiteral("limit"), QStringLiteral("50")).toInt();
        for (const AuditEntry& e : record->audit().recent(limit)) {
            m_out << e.seq << '\t' << Timestamp::toStorage(e.at) << '\t' << e.user << '\t' << e.action << '\t'
                  << e.recordType << '\t' << e.recordId << '\t' << e.detail << '\n';
        }
        return Ok;
    }
    return usage();
}

int AdminCli::settings(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    const QString key = a.positional().value(2);
    auto record = openRecord(a);
    if (sub == QStringLiteral("get") && key == QStringLiteral("auto-lock-minutes")) {
        m_out << record->settings().autoLockMinutes() << '\n';
        return Ok;
    }
    if (sub == QStringLiteral("set") && key == QStringLiteral("auto-lock-minutes")) {
        bool ok = false;
        const int minutes = a.positional().value(3).toInt(&ok);
        if (!ok) {
            m_err << tr("auto-lock-minutes takes a number of minutes.") << '\n';
            return Usage;
        }
        record->settings().setAutoLockMinutes(minutes);
        return Ok;
    }
    return usage();
}

int AdminCli::demo(const CliArguments& a) {
    auto record = openRecord(a);
    const int added = DemoData::fill(*record);
    m_out << tr("%n demo patient(s) added.", nullptr, added) << '\n';
    return Ok;
}

} // namespace tsumugi::cli
