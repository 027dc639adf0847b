#pragma once

#include "support/TestDatabase.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace tsumugi::test {

// Runs the real tsumugictl (TSUMUGICTL_PATH) against one record in a temporary folder (or a database of its own on
// the test cluster with TSUMUGI_TEST_DB=postgres: TestDatabase), in English.
class CtlRunner {
public:
    struct Result {
        int code;
        QString out;
        QString err;
    };

    QString recordPath() const { return m_database.location(); }

    QString writeFile(const QString& name, const QByteArray& content) const {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return path;
    }

    Result run(const QString& user, const QString& passwordFile, const QStringList& args) const {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TSUMUGI_LANG"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TSUMUGICTL_PATH),
                QStringList{QStringLiteral("--db"), recordPath(), QStringLiteral("--user"), user,
                            QStringLiteral("--password-file"), passwordFile} +
                    args);
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

private:
    QTemporaryDir m_dir;
    TestDatabase m_database{m_dir.filePath(QStringLiteral("clinic.tsumugi"))};
};

} // namespace tsumugi::test
