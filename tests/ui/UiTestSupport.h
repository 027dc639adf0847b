#pragma once
// Shared by the ui_ tests: a real encrypted record in a temporary folder, a fixed clock, widget lookup by name.

#include "core/patients/PatientRepository.h"
#include "core/record/ClinicRecord.h"
#include "core/users/UserDirectory.h"
#include "core/util/ManualClock.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QObject>
#include <QStandardPaths>
#include <QString>
#include <QTest>
#include <QWidget>
#include <memory>

namespace tsumugi::ui::test {

inline const QString AdminName = QStringLiteral("admin");
inline const QString AdminPassword = QStringLiteral("correct-horse-7");

// A weekday morning, local time, so "today" and arrival times are the same in every run.
inline QDateTime fixedNow() {
    return QDateTime(QDate(2026, 11, 20), QTime(9, 30));
}

inline ClinicRecord::NewRecord newRecordSetup() {
    ClinicRecord::NewRecord setup;
    setup.clinic.name = QStringLiteral("つむぎ内科クリニック");
    setup.clinic.institutionNumber = QStringLiteral("1312345678");
    setup.adminName = AdminName;
    setup.adminDisplayName = QStringLiteral("山田 花子");
    setup.adminPassword = AdminPassword;
    // The official masters fill on first use, by the code create() runs (the setup wizard test keeps the default).
    setup.fillMasters = false;
    // No recovery key either (a key derivation per record); the recovery sheet test asks for one.
    setup.recoveryKey = false;
    return setup;
}

inline std::unique_ptr<ClinicRecord> createRecord(const QString& path, const Clock& clock) {
    return ClinicRecord::create(path, newRecordSetup(), clock);
}

inline Patient patient(const char* family, const char* given, const char* familyKana, const char* givenKana,
                       const QDate& birth) {
    Patient p;
    p.familyName = QString::fromUtf8(family);
    p.givenName = QString::fromUtf8(given);
    p.familyKana = QString::fromUtf8(familyKana);
    p.givenKana = QString::fromUtf8(givenKana);
    p.sex = Sex::Female;
    p.birthDate = birth;
    return p;
}

// Settings written by the widgets (last user, language) go to a test folder, not the developer's.
inline void isolateSettings() {
    QStandardPaths::setTestModeEnabled(true);
}

// Typing as a clinic keyboard does: ASCII as key presses, Japanese as the input method's committed text
// (QTest::keyClicks only knows Latin-1 keys).
inline void typeText(QWidget* widget, const QString& text) {
    bool ascii = true;
    for (QChar c : text) {
        ascii = ascii && c.unicode() < 0x80;
    }
    if (ascii) {
        QTest::keyClicks(widget, text);
        return;
    }
    QInputMethodEvent event;
    event.setCommitString(text);
    QCoreApplication::sendEvent(widget, &event);
}

inline const QString DoctorName = QStringLiteral("doctor");
inline const QString DoctorPassword = QStringLiteral("doctor pass 1");
inline const QString ClerkName = QStringLiteral("clerk");
inline const QString ClerkPassword = QStringLiteral("clerk pass 1");

// A record with an admin, a doctor and a clerk; returned signed in as the given user (the chart needs a doctor).
inline std::unique_ptr<ClinicRecord> createRecordWithStaff(const QString& path, const Clock& clock) {
    auto admin = createRecord(path, clock);
    admin->users().add(DoctorName, QStringLiteral("佐藤 一郎"), Role::Doctor, DoctorPassword);
    admin->users().add(ClerkName, QStringLiteral("受付 花子"), Role::Clerk, ClerkPassword);
    return admin;
}

inline std::unique_ptr<ClinicRecord> openAs(const QString& path, const QString& user, const QString& password,
                                            const Clock& clock) {
    return ClinicRecord::open(path, user, password, clock);
}

// Runs f on the next modal dialog of type T as soon as it is shown (the caller then opens it and blocks in exec()).
template <typename T, typename F> void whenModal(F f, int timeoutMs = 5000) {
    auto* timer = new QTimer;
    auto* elapsed = new QElapsedTimer;
    elapsed->start();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, elapsed, f, timeoutMs] {
        if (auto* dialog = qobject_cast<T*>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
            f(dialog);
        } else if (elapsed->elapsed() > timeoutMs) {
            timer->stop();
            timer->deleteLater();
            delete elapsed;
        }
    });
    timer->start();
}

template <typename T> T* findWidget(QObject* root, const char* objectName) {
    return root->findChild<T*>(QString::fromLatin1(objectName));
}

} // namespace tsumugi::ui::test
