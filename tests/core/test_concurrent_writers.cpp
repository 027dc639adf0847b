#include "support/TempRecord.h"
#include "support/TestRegistry.h"

#include "core/Error.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"

#include <QTest>
#include <atomic>
#include <thread>

using namespace tsumugi;
using tsumugi::test::TempRecord;

// Several desks writing one record at once: each connection is opened while the others write (the moment the
// first statement used to run before the busy timeout was set) and then writes. Nobody may see "busy".
class TestConcurrentWriters : public QObject {
    Q_OBJECT
private slots:
    void fourWritersOfAHundredChangesSeeNoBusyError() {
        TempRecord t;
        constexpr int Writers = 4;
        constexpr int Changes = 100;
        std::atomic<int> failures{0};
        QStringList messages;
        std::mutex messagesMutex;
        std::vector<std::thread> threads;
        for (int w = 0; w < Writers; ++w) {
            threads.emplace_back([&, w] {
                for (int i = 0; i < Changes; ++i) {
                    try {
                        // A new connection each time: opening is part of what must not fail.
                        const auto desk = t.record->openCompanion();
                        Patient p;
                        p.familyName = QStringLiteral("並行");
                        p.familyKana = QStringLiteral("ヘイコウ");
                        p.givenName = QStringLiteral("%1-%2").arg(w).arg(i);
                        p.givenKana = QStringLiteral("テスト");
                        p.sex = Sex::Unknown;
                        p.birthDate = QDate(1990, 1, 1).addDays(w * Changes + i);
                        const qint64 id = desk->patients().create(p).id;
                        if (i % 4 == 0) {
                            desk->reception().add(id);
                        }
                    } catch (const Error& e) {
                        ++failures;
                        const std::lock_guard lock(messagesMutex);
                        messages.append(e.message());
                    }
                }
            });
        }
        for (auto& th : threads) {
            th.join();
        }
        QVERIFY2(failures == 0, qPrintable(QStringLiteral("%1 failed: ").arg(failures.load()) + messages.join(u'|')));
        QCOMPARE(t.record->patients().search(QStringLiteral("ヘイコウ"), 1000).size(), qsizetype(Writers * Changes));
        QCOMPARE(t.record->reception().today().size(), qsizetype(Writers * Changes / 4));
    }
};

TSUMUGI_TEST_CLASS(TestConcurrentWriters)
#include "test_concurrent_writers.moc"
