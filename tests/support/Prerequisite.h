#pragma once

#include <QString>
#include <QTest>

namespace tsumugi::test {

// CI runs the test command with CI=true on a machine scripts/setup prepared: there, nothing may be missing.
inline bool inCi() {
    const QByteArray ci = qgetenv("CI").toLower();
    return !ci.isEmpty() && ci != "false" && ci != "0";
}

} // namespace tsumugi::test

// A prerequisite is missing (../shared, node, pdftotext, the stand-in, ...): outside CI the test is skipped and
// says why; with CI=true it fails with the same reason, so a green run never hides a check that did not run.
#define TSUMUGI_MISSING_PREREQUISITE(reason)                                                                           \
    do {                                                                                                               \
        if (tsumugi::test::inCi()) {                                                                                   \
            QFAIL(qPrintable(QStringLiteral("missing prerequisite under CI=true: ") + QString::fromUtf8(reason)));     \
        }                                                                                                              \
        QSKIP(reason);                                                                                                 \
    } while (false)
