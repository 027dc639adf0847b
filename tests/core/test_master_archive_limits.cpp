#include "support/ErrorKind.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/masters/MasterArchive.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <zip.h>

using namespace tsumugi;

namespace {
// A zip made with libzip itself: one member, deflated or stored.
QByteArray zipOf(const QString& folder, const char* member, const QByteArray& content, bool store) {
    const QByteArray path = QFile::encodeName(folder + QStringLiteral("/made.zip"));
    int error = 0;
    zip_t* za = zip_open(path.constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    if (!za) {
        return {};
    }
    zip_source_t* source = zip_source_buffer(za, content.constData(), zip_uint64_t(content.size()), 0);
    const zip_int64_t index = zip_file_add(za, member, source, ZIP_FL_ENC_UTF_8);
    if (store) {
        zip_set_file_compression(za, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    zip_close(za);
    QFile f(QString::fromLocal8Bit(path));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

// Hostile or broken master archives are refused from what they declare, before anything is unpacked: the report's
// 1.7 MB zip holding 500 MiB took 60 s and 5.9 GB before it was refused.
class TestMasterArchiveLimits : public QObject {
    Q_OBJECT
private slots:
    void aZipBombIsRefusedByItsRatioBeforeUnpacking() {
        QTemporaryDir dir;
        const QByteArray bomb = zipOf(dir.path(), "b_20990101.txt", QByteArray(40 * 1024 * 1024, '0'), false);
        QVERIFY(bomb.size() > 0 && bomb.size() < 1024 * 1024);
        try {
            MasterArchive::fromBytes(bomb, QStringLiteral("b_bomb.zip"));
            QFAIL("a member that unpacks a thousand times its size must be refused");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(QStringLiteral("b_bomb.zip")) &&
                         e.message().contains(QStringLiteral("times")),
                     qPrintable(e.message()));
        }
    }
    void aMemberFarLargerThanAnyMasterSaysSo() {
        QTemporaryDir dir;
        QByteArray big(70 * 1024 * 1024, '\0');
        for (int i = 0; i < big.size(); i += 4096) {
            big[i] = char(i / 4096);
        }
        const QByteArray zip = zipOf(dir.path(), "y_ALL20990101.csv", big, true);
        QVERIFY(zip.size() > 70 * 1024 * 1024);
        try {
            MasterArchive::fromBytes(zip, QStringLiteral("y_big.zip"));
            QFAIL("a 70 MB member must be refused");
        } catch (const Error& e) {
            QCOMPARE(e.kind(), Error::Kind::Validation);
            QVERIFY2(e.message().contains(QStringLiteral("70 MB")) && e.message().contains(QStringLiteral("64 MB")),
                     qPrintable(e.message()));
        }
    }
    void anOrdinaryArchiveStillReads() {
        QTemporaryDir dir;
        const QByteArray text = QByteArray("1,2,3\n").repeated(1000);
        const MasterArchive a = MasterArchive::fromBytes(zipOf(dir.path(), "z_20990101.txt", text, false),
                                                         QStringLiteral("z_20990101.zip"));
        QCOMPARE(a.content, text);
        QCOMPARE(a.memberName, QStringLiteral("z_20990101.txt"));
    }
};

TSUMUGI_TEST_CLASS(TestMasterArchiveLimits)
#include "test_master_archive_limits.moc"
