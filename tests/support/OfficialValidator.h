#pragma once

#include "support/Prerequisite.h"
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace tsumugi::test {

// Runs the official JP-CLINS validator (../shared/fhir/validate) on files. Conformance tests skip, saying
// why, only when ../shared or a Node 20+ is not on this machine; a validator present but not installed is
// a failure (scripts/setup installs it), so a broken setup can never pass silently.
class OfficialValidator {
public:
    struct Run {
        bool ran = false;
        QString skipReason;
        QString setupProblem;
        int exitCode = -1;
        QString output;
    };

    static QString script() {
        return QDir::cleanPath(QStringLiteral(TSUMUGI_SOURCE_DIR) +
                               QStringLiteral("/../shared/fhir/validate/validate.mjs"));
    }

    static Run validate(const QStringList& files) {
        Run run;
        const QFileInfo validator(script());
        if (!validator.exists()) {
            run.skipReason =
                QStringLiteral("../shared/fhir/validate is not beside the project: official validation skipped");
            return run;
        }
        QProcess node;
        node.start(QStringLiteral("node"), {QStringLiteral("--version")});
        if (!node.waitForFinished(20000) || node.exitCode() != 0) {
            run.skipReason = QStringLiteral("node is not installed: official validation skipped");
            return run;
        }
        const QString version = QString::fromLatin1(node.readAllStandardOutput()).trimmed();
        const int major = QRegularExpression(QStringLiteral("^v(\\d+)")).match(version).captured(1).toInt();
        if (major < 20) {
            run.skipReason =
                QStringLiteral("the validator needs Node 20 or newer, this machine has %1: skipped").arg(version);
            return run;
        }
        if (!QFileInfo::exists(validator.dir().filePath(QStringLiteral("node_modules")))) {
            run.setupProblem = QStringLiteral("the validator's node_modules are missing: run scripts/setup");
            return run;
        }
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QStringLiteral("node"), QStringList{validator.absoluteFilePath()} + files);
        p.waitForFinished(300000);
        run.ran = true;
        run.exitCode = p.exitCode();
        run.output = QString::fromUtf8(p.readAll());
        return run;
    }
};

} // namespace tsumugi::test

// In a Qt Test slot: validates FILES, skipping or failing as OfficialValidator says.
#define TSUMUGI_VALIDATE_OFFICIALLY(files)                                                                             \
    do {                                                                                                               \
        const auto run_ = tsumugi::test::OfficialValidator::validate(files);                                           \
        if (!run_.setupProblem.isEmpty())                                                                              \
            QFAIL(qPrintable(run_.setupProblem));                                                                      \
        if (!run_.ran)                                                                                                 \
            TSUMUGI_MISSING_PREREQUISITE(qPrintable(run_.skipReason));                                                 \
        QVERIFY2(run_.exitCode == 0, qPrintable(run_.output));                                                         \
    } while (false)
