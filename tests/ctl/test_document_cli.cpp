#include "support/CtlRunner.h"
#include "support/OfficialValidator.h"
#include "support/Prerequisite.h"
#include "support/TestRegistry.h"
#include "sync/support/SimProcess.h"

#include <QDate>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using tsumugi::test::CtlRunner;
using tsumugi::test::SimProcess;

// tsumugictl document … and export referral|discharge end to end: a discharge summary and a referral (with a PDF,
// free medication lines and the summary attached) are written, finalised, listed, shown, versioned and exported;
// the exports pass the official validator; bad input gets clear errors.
class TestDocumentCli : public QObject {
    Q_OBJECT

    CtlRunner m_ctl;
    QString m_adminPw;
    QString m_doctorPw;
    QTemporaryDir m_out;
    QString m_today = QDate::currentDate().toString(Qt::ISODate);
    SimProcess m_sim;
    qint64 m_sendLater = 0;

    using Result = CtlRunner::Result;

    Result ctl(const QStringList& args, const QString& user = QStringLiteral("dr.kato")) {
        return m_ctl.run(user, user == QStringLiteral("admin") ? m_adminPw : m_doctorPw, args);
    }
    int queued() {
        const Result status = ctl({QStringLiteral("sync"), QStringLiteral("status")});
        return QRegularExpression(QStringLiteral("queued: (\\d+)")).match(status.out).captured(1).toInt();
    }
    // A referral with everything finalising needs, still a draft.
    qint64 createReferral(const QString& purpose) {
        const Result r =
            ctl({QStringLiteral("document"), QStringLiteral("create"), QStringLiteral("referral"),
                 QStringLiteral("--patient"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("1312345675"),
                 QStringLiteral("--to-name"), QStringLiteral("つむぎ総合病院"), QStringLiteral("--purpose"), purpose,
                 QStringLiteral("--complaint"), QStringLiteral("労作時胸痛"), QStringLiteral("--illness"),
                 QStringLiteral("1か月前から階段で胸部圧迫感。"), QStringLiteral("--diagnosis"), QStringLiteral("1")});
        return r.code == 0 ? createdId(r) : 0;
    }
    // The sharing-service column of `document list` for one document.
    QString listedSendState(qint64 id, const QString& patient = QStringLiteral("1")) {
        const Result r =
            ctl({QStringLiteral("document"), QStringLiteral("list"), QStringLiteral("--patient"), patient});
        for (const QString& line : r.out.split(QLatin1Char('\n'))) {
            const QStringList cells = line.split(QLatin1Char('\t'));
            if (cells.value(0) == QString::number(id)) {
                return cells.value(5);
            }
        }
        return QStringLiteral("(not listed)");
    }
    static qint64 createdId(const Result& r) {
        return QRegularExpression(QStringLiteral("Document (\\d+) created")).match(r.out).captured(1).toLongLong();
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
                 QStringLiteral("doctor"), QStringLiteral("--password-file"), m_doctorPw,
                 QStringLiteral("--display-name"), QStringLiteral("加藤 医師")},
                QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--family"), QStringLiteral("渡辺"),
                 QStringLiteral("--given"), QStringLiteral("直美"), QStringLiteral("--family-kana"),
                 QStringLiteral("わたなべ"), QStringLiteral("--given-kana"), QStringLiteral("なおみ"),
                 QStringLiteral("--sex"), QStringLiteral("female"), QStringLiteral("--birth"),
                 QStringLiteral("1980-06-01"), QStringLiteral("--insurer"), QStringLiteral("39131016"),
                 QStringLiteral("--number"), QStringLiteral("00012345")},
                QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--department"),
                 QStringLiteral("内科"), QStringLiteral("--date"), m_today});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("diagnosis"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--name"),
                 QStringLiteral("狭心症"), QStringLiteral("--start"), m_today, QStringLiteral("--suspected")});
        QVERIFY2(r.code == 0, qPrintable(r.err)); // diagnosis 1
        r = ctl({QStringLiteral("rx"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("--yj"),
                 QStringLiteral("2171022F1093"), QStringLiteral("--name"), QStringLiteral("アムロジピン錠5mg"),
                 QStringLiteral("--dose"), QStringLiteral("1"), QStringLiteral("--unit"), QStringLiteral("錠"),
                 QStringLiteral("--usage"), QStringLiteral("1日1回朝食後"), QStringLiteral("--days"),
                 QStringLiteral("28")});
        QVERIFY2(r.code == 0, qPrintable(r.err)); // prescription 1
    }

    void writeFinaliseListShowAndExport() {
        Result r = ctl({QStringLiteral("document"), QStringLiteral("create"), QStringLiteral("discharge"),
                        QStringLiteral("--patient"), QStringLiteral("1"), QStringLiteral("--admitted"),
                        QStringLiteral("2026-11-01"), QStringLiteral("--discharged"), QStringLiteral("2026-10-30")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("before the admission date")), qPrintable(r.err));

        r = ctl({QStringLiteral("document"),
                 QStringLiteral("create"),
                 QStringLiteral("discharge"),
                 QStringLiteral("--patient"),
                 QStringLiteral("1"),
                 QStringLiteral("--admitted"),
                 QStringLiteral("2026-11-01"),
                 QStringLiteral("--discharged"),
                 QStringLiteral("2026-11-10"),
                 QStringLiteral("--reason"),
                 QStringLiteral("胸痛精査"),
                 QStringLiteral("--complaint"),
                 QStringLiteral("胸痛"),
                 QStringLiteral("--illness"),
                 QStringLiteral("労作時胸痛。"),
                 QStringLiteral("--diagnosis"),
                 QStringLiteral("1"),
                 QStringLiteral("--rx"),
                 QStringLiteral("1"),
                 QStringLiteral("--hospital-course"),
                 QStringLiteral("検査で有意狭窄なし。\\n経過良好。"),
                 QStringLiteral("--disposition"),
                 QStringLiteral("軽快")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 summary = createdId(r);
        QVERIFY(summary > 0);
        const int queuedBefore = queued();
        r = ctl({QStringLiteral("document"), QStringLiteral("finalize"), QString::number(summary)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("加藤 医師")));
        // Without --send the letter stays on paper: nothing more waits in the outbox.
        QVERIFY2(r.out.contains(QStringLiteral("paper only")), qPrintable(r.out));
        QCOMPARE(queued(), queuedBefore);

        const QString pdf = m_ctl.writeFile(QStringLiteral("ecg.pdf"), "%PDF-1.4\n%%EOF\n");
        const QString text = m_ctl.writeFile(QStringLiteral("notes.txt"), "hello");
        r = ctl({QStringLiteral("document"), QStringLiteral("create"), QStringLiteral("referral"),
                 QStringLiteral("--patient"), QStringLiteral("1"), QStringLiteral("--to"), QStringLiteral("1312345675"),
                 QStringLiteral("--to-name"), QStringLiteral("つむぎ総合病院"), QStringLiteral("--attach"), text});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("PDF, PNG and JPEG")), qPrintable(r.err));
        QVERIFY(
            !ctl({QStringLiteral("document"), QStringLiteral("list"), QStringLiteral("--patient"), QStringLiteral("1")})
                 .out.contains(QStringLiteral("referral"))); // nothing half-created

        r = ctl({QStringLiteral("document"),
                 QStringLiteral("create"),
                 QStringLiteral("referral"),
                 QStringLiteral("--patient"),
                 QStringLiteral("1"),
                 QStringLiteral("--to"),
                 QStringLiteral("1312345675"),
                 QStringLiteral("--to-name"),
                 QStringLiteral("つむぎ総合病院"),
                 QStringLiteral("--to-doctor"),
                 QStringLiteral("田中 先生"),
                 QStringLiteral("--purpose"),
                 QStringLiteral("精査加療のお願い"),
                 QStringLiteral("--complaint"),
                 QStringLiteral("労作時胸痛"),
                 QStringLiteral("--diagnosis"),
                 QStringLiteral("1"),
                 QStringLiteral("--rx"),
                 QStringLiteral("1"),
                 QStringLiteral("--med"),
                 QStringLiteral(
                     "generic:2190006F1ZZZ:【般】ニトログリセリン舌下錠０．３ｍｇ:1:錠:胸痛時:5;none::漢方薬:7.5:g:"
                     "1日3回毎食前:14"),
                 QStringLiteral("--attach"),
                 pdf,
                 QStringLiteral("--attach-discharge"),
                 QString::number(summary)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 referral = createdId(r);
        r = ctl({QStringLiteral("document"), QStringLiteral("finalize"), QString::number(referral)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("現病歴")), qPrintable(r.err)); // present illness missing
        r = ctl({QStringLiteral("document"), QStringLiteral("edit"), QString::number(referral),
                 QStringLiteral("--illness"), QStringLiteral("1か月前から階段で胸部圧迫感。")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("document"), QStringLiteral("finalize"), QString::number(referral),
                 QStringLiteral("--send")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Queued for the sharing service.")), qPrintable(r.out));
        QCOMPARE(queued(), queuedBefore + 1);

        r = ctl({QStringLiteral("document"), QStringLiteral("list"), QStringLiteral("--patient"), QStringLiteral("1")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("referral\tfinal\tv1")));
        QVERIFY(r.out.contains(QStringLiteral("discharge\tfinal\tv1")));
        r = ctl({QStringLiteral("document"), QStringLiteral("show"), QString::number(referral)});
        QVERIFY(r.out.contains(QStringLiteral("つむぎ総合病院 1312345675")));
        QVERIFY(r.out.contains(QStringLiteral("ecg.pdf (application/pdf")));
        QVERIFY2(r.out.contains(QStringLiteral("Electronic signature: none (signing is not set up)")),
                 qPrintable(r.out));

        const QString referralFile = m_out.filePath(QStringLiteral("referral.json"));
        const QString summaryFile = m_out.filePath(QStringLiteral("discharge.json"));
        r = ctl({QStringLiteral("export"), QStringLiteral("discharge"), QStringLiteral("--document"),
                 QString::number(referral), QStringLiteral("--out"), summaryFile});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is a referral")), qPrintable(r.err));
        r = ctl({QStringLiteral("export"), QStringLiteral("referral"), QStringLiteral("--document"),
                 QString::number(referral), QStringLiteral("--out"), referralFile, QStringLiteral("--seed"),
                 QStringLiteral("4")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("^D%1-Referral").arg(referral, 7, 10, QLatin1Char('0'))));
        r = ctl({QStringLiteral("export"), QStringLiteral("discharge"), QStringLiteral("--document"),
                 QString::number(summary), QStringLiteral("--out"), summaryFile});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(referralFile);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("\"1312345675\""));
        QVERIFY(json.contains("NOCODED"));
        TSUMUGI_VALIDATE_OFFICIALLY((QStringList{referralFile, summaryFile}));

        // A correction is a new version; the old one stays readable.
        r = ctl({QStringLiteral("document"), QStringLiteral("revise"), QString::number(referral),
                 QStringLiteral("--reason"), QStringLiteral("宛先医師の訂正")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("document"), QStringLiteral("edit"), QString::number(referral),
                 QStringLiteral("--to-doctor"), QStringLiteral("鈴木 先生")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(ctl({QStringLiteral("document"), QStringLiteral("finalize"), QString::number(referral)}).code == 0);
        r = ctl({QStringLiteral("document"), QStringLiteral("show"), QString::number(referral),
                 QStringLiteral("--version"), QStringLiteral("1")});
        QVERIFY(r.out.contains(QStringLiteral("田中 先生")));
        QVERIFY(!r.out.contains(QStringLiteral("鈴木 先生")));
    }

    // document send ID: a letter finalised for paper only is sent later; drafts, withdrawn letters and letters
    // already queued or sent get a clear answer and nothing is queued twice.
    void sendAFinalisedLetterLater() {
        const qint64 letter = createReferral(QStringLiteral("後日送信の確認"));
        QVERIFY(letter > 0);
        Result r = ctl({QStringLiteral("document"), QStringLiteral("send"), QString::number(letter)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is a draft")) && r.err.contains(QStringLiteral("--send")),
                 qPrintable(r.err));
        QCOMPARE(listedSendState(letter), QStringLiteral("-")); // a draft has no sending state
        r = ctl({QStringLiteral("document"), QStringLiteral("finalize"), QString::number(letter)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err)); // version 1: no earlier version to warn about
        QCOMPARE(listedSendState(letter), QStringLiteral("paper-only"));
        const int before = queued();

        r = ctl({QStringLiteral("document"), QStringLiteral("send"), QString::number(letter)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Document %1 (version 1) queued for the sharing service").arg(letter)),
                 qPrintable(r.out));
        QCOMPARE(queued(), before + 1);
        QCOMPARE(listedSendState(letter), QStringLiteral("queued"));
        r = ctl({QStringLiteral("document"), QStringLiteral("send"), QString::number(letter)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("already queued")) &&
                     r.out.contains(QStringLiteral("nothing was changed")),
                 qPrintable(r.out));
        QCOMPARE(queued(), before + 1);

        const qint64 withdrawn = createReferral(QStringLiteral("取り下げる紹介"));
        QVERIFY(ctl({QStringLiteral("document"), QStringLiteral("withdraw"), QString::number(withdrawn),
                     QStringLiteral("--reason"), QStringLiteral("患者の希望で中止")})
                    .code == 0);
        r = ctl({QStringLiteral("document"), QStringLiteral("send"), QString::number(withdrawn)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("withdrawn")), qPrintable(r.err));
        r = ctl({QStringLiteral("document"), QStringLiteral("send"), QStringLiteral("999")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("999")), qPrintable(r.err));
        QCOMPARE(queued(), before + 1);
        m_sendLater = letter;
    }

    // With a real tsumugi-sim: once pushed, the letter is sent and `document send` says so.
    void sentLettersAreNotSentTwice() {
        if (!SimProcess::available()) {
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built (TSUMUGI_BUILD_SIM=OFF)");
        }
        QVERIFY(m_sendLater > 0);
        QString error;
        QVERIFY2(m_sim.start({}, &error), qPrintable(error));
        Result r = ctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("server-url"), m_sim.baseUrl()},
                       QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("config"), QStringLiteral("set"), QStringLiteral("ca-file"), m_sim.caFile()},
                QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("sync"), QStringLiteral("push")});
        QVERIFY2(r.out.contains(QStringLiteral("sent: ")), qPrintable(r.out + r.err));
        r = ctl({QStringLiteral("document"), QStringLiteral("send"), QString::number(m_sendLater)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("already sent")), qPrintable(r.out));
        QCOMPARE(queued(), 0);
        QCOMPARE(listedSendState(m_sendLater), QStringLiteral("sent"));

        // Version 2 finalised for paper only: version 1 stays on the service, and finalize says so.
        QVERIFY(ctl({QStringLiteral("document"), QStringLiteral("revise"), QString::number(m_sendLater)}).code == 0);
        r = ctl({QStringLiteral("document"), QStringLiteral("finalize"), QString::number(m_sendLater)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Warning:")) &&
                     r.err.contains(QStringLiteral("the earlier version stays on the sharing service")) &&
                     r.err.contains(QStringLiteral("document send %1").arg(m_sendLater)),
                 qPrintable(r.err));
        QCOMPARE(listedSendState(m_sendLater), QStringLiteral("paper-only;earlier-version-on-service"));
        QCOMPARE(queued(), 0);
        // Sending version 2 replaces version 1 at the service.
        r = ctl({QStringLiteral("document"), QStringLiteral("send"), QString::number(m_sendLater)});
        QVERIFY2(r.out.contains(QStringLiteral("(version 2) queued")), qPrintable(r.out + r.err));
        r = ctl({QStringLiteral("sync"), QStringLiteral("push")});
        QCOMPARE(listedSendState(m_sendLater), QStringLiteral("sent"));
        // Version 3 finalised with --send: no warning.
        QVERIFY(ctl({QStringLiteral("document"), QStringLiteral("revise"), QString::number(m_sendLater)}).code == 0);
        r = ctl({QStringLiteral("document"), QStringLiteral("finalize"), QString::number(m_sendLater),
                 QStringLiteral("--send")});
        QVERIFY2(r.code == 0 && r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(listedSendState(m_sendLater), QStringLiteral("queued"));
    }

    // Sent with --send but revised before the push, and the new version finalised for paper only: nothing of it
    // reaches the service (the queued version 1 was never frozen, version 2 was not chosen for sending).
    void aLetterRevisedBeforeThePushAndKeptOnPaperIsNotSent() {
        if (!SimProcess::available()) {
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built (TSUMUGI_BUILD_SIM=OFF)");
        }
        const qint64 letter = createReferral(QStringLiteral("送信前に訂正する紹介"));
        QVERIFY(letter > 0);
        Result r = ctl({QStringLiteral("document"), QStringLiteral("finalize"), QString::number(letter),
                        QStringLiteral("--send")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(listedSendState(letter), QStringLiteral("queued"));
        QVERIFY(ctl({QStringLiteral("document"), QStringLiteral("revise"), QString::number(letter)}).code == 0);
        r = ctl({QStringLiteral("document"), QStringLiteral("finalize"), QString::number(letter)});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(!r.err.contains(QStringLiteral("Warning")), qPrintable(r.err)); // no version is on the service
        r = ctl({QStringLiteral("sync"), QStringLiteral("push")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(listedSendState(letter), QStringLiteral("paper-only"));
        QCOMPARE(queued(), 0);
    }

    // A letter the service refuses (a full-width space in the patient's name, rule R1113) is listed as rejected;
    // `document send` does not resend the same content but says why and how to correct it.
    void rejectedLettersSayWhy() {
        if (!SimProcess::available()) {
            TSUMUGI_MISSING_PREREQUISITE("tsumugi-sim is not built (TSUMUGI_BUILD_SIM=OFF)");
        }
        Result r = ctl({QStringLiteral("patient"), QStringLiteral("add"), QStringLiteral("--family"),
                        QStringLiteral("山田　一"), QStringLiteral("--given"), QStringLiteral("花子"),
                        QStringLiteral("--family-kana"), QStringLiteral("やまだ"), QStringLiteral("--given-kana"),
                        QStringLiteral("はなこ"), QStringLiteral("--sex"), QStringLiteral("female"),
                        QStringLiteral("--birth"), QStringLiteral("1970-01-02"), QStringLiteral("--insurer"),
                        QStringLiteral("39131016"), QStringLiteral("--number"), QStringLiteral("00012346")},
                       QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("document"), QStringLiteral("create"), QStringLiteral("referral"),
                 QStringLiteral("--patient"), QStringLiteral("2"), QStringLiteral("--to"), QStringLiteral("1312345675"),
                 QStringLiteral("--to-name"), QStringLiteral("つむぎ総合病院"), QStringLiteral("--purpose"),
                 QStringLiteral("精査のお願い"), QStringLiteral("--complaint"), QStringLiteral("動悸"),
                 QStringLiteral("--illness"), QStringLiteral("1週間前から動悸。")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 letter = createdId(r);
        r = ctl({QStringLiteral("document"), QStringLiteral("finalize"), QString::number(letter),
                 QStringLiteral("--send")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = ctl({QStringLiteral("sync"), QStringLiteral("push")});
        QVERIFY2(r.out.contains(QStringLiteral("R1113")), qPrintable(r.out + r.err));
        QCOMPARE(listedSendState(letter, QStringLiteral("2")), QStringLiteral("rejected"));
        r = ctl({QStringLiteral("document"), QStringLiteral("send"), QString::number(letter)});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("rejected")) && r.err.contains(QStringLiteral("R1113")) &&
                     r.err.contains(QStringLiteral("document revise %1").arg(letter)),
                 qPrintable(r.err));
    }

    void clerksCannotWriteDocuments() {
        const QString pw = m_ctl.writeFile(QStringLiteral("clerk.pw"), "clerk password 1\n");
        Result r = ctl({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk"),
                        QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--password-file"), pw},
                       QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = m_ctl.run(QStringLiteral("clerk"), pw,
                      {QStringLiteral("document"), QStringLiteral("create"), QStringLiteral("referral"),
                       QStringLiteral("--patient"), QStringLiteral("1")});
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(QStringLiteral("doctors")), qPrintable(r.err));
    }
};

TSUMUGI_TEST_CLASS(TestDocumentCli)
#include "test_document_cli.moc"
