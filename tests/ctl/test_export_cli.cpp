#include "support/CtlRunner.h"
#include "support/OfficialValidator.h"
#include "support/TestRegistry.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using tsumugi::test::CtlRunner;

// tsumugictl export clins end to end: a charted patient's bundles are written, printed, reproducible with a
// seed and officially valid; a self-pay patient and bad arguments get clear errors.
class TestExportCli : public QObject {
    Q_OBJECT

    CtlRunner m_ctl;
    QString m_adminPw;
    QString m_doctorPw;
    QTemporaryDir m_out;

    using Result = CtlRunner::Result;

    Result ctl(const QStringList& args, const QString& user = QStringLiteral("dr.kato")) {
        return m_ctl.run(user, user == QStringLiteral("admin") ? m_adminPw : m_doctorPw, args);
    }
    Result exportClins(const QString& patient, const QString& dir, const QStringList& more = {}) {
        return ctl(QStringList{QStringLiteral("export"), QStringLiteral("clins"), QStringLiteral("--patient"), patient,
                               QStringLiteral("--out"), dir} +
                   more);
    }
    void addPatient(const QStringList& extra) {
        const Result r =
            ctl(QStringList{QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--family"),
                            QStringLiteral("渡辺"), QStringLiteral("--given"), QStringLiteral("直美"),
                            QStringLiteral("--family-kana"), QStringLiteral("わたなべ"), QStringLiteral("--given-kana"),
                            QStringLiteral("なおみ"), QStringLiteral("--sex"), QStringLiteral("female"),
                            QStringLiteral("--birth"), QStringLiteral("1980-06-01")} +
                    extra,
                QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

private slots:
    void initTestCase() {
        m_adminPw = m_ctl.writeFile(QStringLiteral("admin.pw"), "admin password 1\n");
        m_doctorPw = m_ctl.writeFile(QStringLiteral("doctor.pw"), "doctor password 1\n");
        Result r = ctl({QStringLiteral("init"), QStringLiteral("--institution"), QStringLiteral("1310000001"),
                        QStringLiteral("--name"), QStringLiteral("つむぎクリニック")},
                       QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("dr.kato"), QStringLiteral("--role"),
                 QStringLiteral("doctor"), QStringLiteral("--password-file"), m_doctorPw},
                QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        addPatient({QStringLiteral("--insurer"), QStringLiteral("39131016"), QStringLiteral("--number"),
                    QStringLiteral("00012345")});
        addPatient({}); // 2: self-pay
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        r = ctl({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--department"),
                 QStringLiteral("内科"), QStringLiteral("--date"), today});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("diagnosis"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--name"),
                 QStringLiteral("原因不明の微熱"), QStringLiteral("--start"), today, QStringLiteral("--principal"),
                 QStringLiteral("--lts"), QStringLiteral("--undelivered")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("allergy"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--category"),
                 QStringLiteral("food"), QStringLiteral("--jfagy"), QStringLiteral("J9FC11310000"),
                 QStringLiteral("--name"), QStringLiteral("さば"), QStringLiteral("--lts")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }
    void writesOneFilePerBundleAndPrintsThePaths() {
        const QString dir = m_out.filePath(QStringLiteral("a"));
        const Result r = exportClins(
            QStringLiteral("1"), dir,
            {QStringLiteral("--year"), QStringLiteral("2026"), QStringLiteral("--seed"), QStringLiteral("5")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList paths = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(paths, (QStringList{QDir(dir).filePath(QStringLiteral("P0000001-Condition.json")),
                                     QDir(dir).filePath(QStringLiteral("P0000001-AllergyIntolerance.json"))}));
        // Patients' data: owner-only files in an owner-only folder, like the record.
        for (const QString& p : paths) {
            QCOMPARE(QFile::permissions(p) & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                              QFileDevice::WriteGroup | QFileDevice::WriteOther),
                     QFileDevice::Permissions());
        }
        QCOMPARE(QFile::permissions(dir) &
                     (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::ExeGroup | QFileDevice::ExeOther),
                 QFileDevice::Permissions());
        QFile f(paths.at(0));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("\"1310000001^2026^P0000001-Condition\""));
        QVERIFY(json.contains("UNDELIVERED"));
        QVERIFY(json.contains("原因不明の微熱"));
        TSUMUGI_VALIDATE_OFFICIALLY(paths);
    }
    void reproducibleWithASeed() {
        const QString a = m_out.filePath(QStringLiteral("s1"));
        const QString b = m_out.filePath(QStringLiteral("s2"));
        QCOMPARE(exportClins(QStringLiteral("1"), a, {QStringLiteral("--seed"), QStringLiteral("9")}).code, 0);
        QCOMPARE(exportClins(QStringLiteral("1"), b, {QStringLiteral("--seed"), QStringLiteral("9")}).code, 0);
        QFile fa(QDir(a).filePath(QStringLiteral("P0000001-AllergyIntolerance.json")));
        QFile fb(QDir(b).filePath(QStringLiteral("P0000001-AllergyIntolerance.json")));
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        const QByteArray ta = fa.readAll();
        const QByteArray tb = fb.readAll();
        // Same seed, same uuids; only the timestamps (the time of the run) may differ.
        const auto uuids = [](const QByteArray& t) {
            QStringList out;
            static const QRegularExpression urn(QStringLiteral("urn:uuid:[0-9a-f-]{36}"));
            for (auto it = urn.globalMatch(QString::fromUtf8(t)); it.hasNext();) {
                out << it.next().captured();
            }
            return out;
        };
        QVERIFY(!uuids(ta).isEmpty());
        QCOMPARE(uuids(ta), uuids(tb));
    }
    void selfPayPatientIsRefused() {
        const Result r = exportClins(QStringLiteral("2"), m_out.filePath(QStringLiteral("self")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("R1012")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_out.filePath(QStringLiteral("self"))));
    }
    void badArguments() {
        Result r = exportClins(QStringLiteral("1"), m_out.filePath(QStringLiteral("y")),
                               {QStringLiteral("--year"), QStringLiteral("1999")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--year")), qPrintable(r.err));
        r = exportClins(QStringLiteral("99"), m_out.filePath(QStringLiteral("n")));
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("no patient number 99")), qPrintable(r.err));
        r = ctl({QStringLiteral("export"), QStringLiteral("clins"), QStringLiteral("--patient"), QStringLiteral("1")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--out")), qPrintable(r.err));
    }
};

TSUMUGI_TEST_CLASS(TestExportCli)
#include "test_export_cli.moc"
