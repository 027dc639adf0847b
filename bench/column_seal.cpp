// The sealing primitive on its own (#34): what one sealed value costs a desk to write and to read, and one search
// token, per operation; a search page opens about 1,600 values (100 rows of 16 columns) and makes 93 tokens per level.
//   bench_column_seal [--values N]
#include "LatencyStats.h"

#include "core/security/ColumnSeal.h"
#include "core/security/SecureBytes.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <cstdio>

using namespace tsumugi;

int main(int argc, char* argv[]) {
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int at = int(args.indexOf(QStringLiteral("--values")));
    const int values = at >= 0 && at + 1 < args.size() ? args.at(at + 1).toInt() : 200000;
    const ColumnSeal seal(SecureBytes::random(32));
    const QByteArray name = QStringLiteral("ヤマダタロウ").toUtf8();
    QList<QByteArray> sealed;
    sealed.reserve(values);
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < values; ++i) {
        sealed << seal.seal({QStringLiteral("patients"), QStringLiteral("kana_search"), qint64(i)}, name);
    }
    const double sealUs = double(timer.nsecsElapsed()) / 1000.0 / values;
    timer.restart();
    qint64 bytes = 0;
    for (int i = 0; i < values; ++i) {
        bytes += seal.open({QStringLiteral("patients"), QStringLiteral("kana_search"), qint64(i)}, sealed.at(i)).size();
    }
    const double openUs = double(timer.nsecsElapsed()) / 1000.0 / values;
    timer.restart();
    for (int i = 0; i < values; ++i) {
        bytes += seal.token(QStringLiteral("patient-kana"), QString::number(i)).size();
    }
    const double tokenUs = double(timer.nsecsElapsed()) / 1000.0 / values;
    std::printf("seal a 18-byte value      %.2f us\n", sealUs);
    std::printf("open it                   %.2f us\n", openUs);
    std::printf("one search token          %.2f us\n", tokenUs);
    std::printf("a search page: 1,600 values opened and 186 tokens = %.2f ms  (%lld bytes)\n",
                (1600 * openUs + 186 * tokenUs) / 1000.0, static_cast<long long>(bytes));
    return 0;
}
