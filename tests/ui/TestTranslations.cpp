// The Japanese catalogue is complete: every message translated, none unfinished or vanished, placeholders kept.
#include "core/i18n/TranslationLoader.h"
#include "support/TestRegistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTranslator>
#include <QXmlStreamReader>
#include <QtTest>

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString type;             // translation type attribute: "", "unfinished", "vanished", "obsolete"
    QStringList translations; // one, or one per numerus form
    bool numerus = false;
};

QList<TsMessage> readTs(const QString& path, QString* error) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot open ") + path;
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("context")) {
                context.clear();
            } else if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                current = TsMessage{};
                current.context = context;
                current.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (name == QLatin1String("source")) {
                current.source = xml.readElementText();
            } else if (name == QLatin1String("translation")) {
                current.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!current.numerus) {
                    current.translations << xml.readElementText();
                }
            } else if (name == QLatin1String("numerusform")) {
                current.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            out.append(current);
        }
    }
    if (xml.hasError()) {
        *error = xml.errorString();
    }
    return out;
}

QSet<QString> placeholders(const QString& text) {
    static const QRegularExpression arg(QStringLiteral("%(\\d+|n)"));
    QSet<QString> out;
    for (auto it = arg.globalMatch(text); it.hasNext();) {
        out.insert(it.next().captured());
    }
    return out;
}

} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private slots:
    // A tr() added to the code but never brought into the catalogue would show English in the Japanese UI:
    // run the real lupdate over the sources and require every message in the committed catalogue.
    void everySourceTextIsInTheCatalogue() {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_ja.ts"));
        const QString project = dir.filePath(QStringLiteral("project.json"));
        // The same project description (sources, include paths) the update_translations target uses.
        QProcess generate;
        generate.setProcessChannelMode(QProcess::MergedChannels);
        generate.start(QStringLiteral("cmake"),
                       {QStringLiteral("-DIN_FILE=" LUPDATE_PROJECT_CMAKE), QStringLiteral("-DOUT_FILE=") + project,
                        QStringLiteral("-P"), QStringLiteral(LUPDATE_PROJECT_SCRIPT)});
        QVERIFY(generate.waitForFinished(60000));
        QVERIFY2(generate.exitCode() == 0, generate.readAll().constData());
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LUPDATE_PATH),
                      {QStringLiteral("-silent"), QStringLiteral("-project"), project, QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QString error;
        const auto scanned = readTs(fresh, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(scanned.size() > 100);
        QSet<QString> committed;
        for (const auto& m : readTs(QStringLiteral(TSUMUGI_SOURCE_DIR "/translations/tsumugi_ja.ts"), &error)) {
            committed.insert(m.context + QLatin1Char('\x1f') + m.source);
        }
        QStringList missing;
        for (const auto& m : scanned) {
            if (!committed.contains(m.context + QLatin1Char('\x1f') + m.source)) {
                missing << m.context + QStringLiteral(": ") + m.source;
            }
        }
        QVERIFY2(missing.isEmpty(),
                 qPrintable(QStringLiteral("%1 text(s) not in translations/tsumugi_ja.ts; run the update_translations "
                                           "target and translations/fill_ja.py:\n")
                                .arg(missing.size()) +
                            missing.mid(0, 30).join(QLatin1Char('\n'))));
    }

    void japaneseIsComplete() {
        QString error;
        const QList<TsMessage> messages =
            readTs(QStringLiteral(TSUMUGI_SOURCE_DIR "/translations/tsumugi_ja.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The UI, core and ctl together have well over a hundred texts; an emptied catalogue must fail.
        QVERIFY2(messages.size() >= 150, qPrintable(QString::number(messages.size())));
        QStringList problems;
        for (const TsMessage& m : messages) {
            const QString where = m.context + QStringLiteral(": ") + m.source.left(60);
            if (!m.type.isEmpty()) {
                problems << m.type + QStringLiteral(" — ") + where;
                continue;
            }
            if (m.translations.isEmpty()) {
                problems << QStringLiteral("no translation — ") + where;
                continue;
            }
            for (const QString& t : m.translations) {
                if (t.trimmed().isEmpty()) {
                    problems << QStringLiteral("empty — ") + where;
                } else if (placeholders(t) != placeholders(m.source)) {
                    problems << QStringLiteral("placeholders differ — ") + where;
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void englishCatalogueHasNoStaleEntries() {
        QString error;
        const QList<TsMessage> messages =
            readTs(QStringLiteral(TSUMUGI_SOURCE_DIR "/translations/tsumugi_en.ts"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const TsMessage& m : messages) {
            QVERIFY2(m.type != QLatin1String("vanished") && m.type != QLatin1String("obsolete"), qPrintable(m.source));
            // Plural forms must be filled, or "%n years" would show for one year too.
            if (m.numerus) {
                QCOMPARE(m.translations.size(), 2);
                for (const QString& t : m.translations) {
                    QVERIFY2(!t.isEmpty(), qPrintable(m.source));
                }
            }
        }
    }

    void compiledCataloguesTranslate() {
        QTranslator ja;
        QVERIFY(ja.load(QStringLiteral(":/i18n/tsumugi_ja.qm")));
        QCOMPARE(ja.translate("tsumugi::ui::LoginWindow", "Sign in"), QStringLiteral("ログイン"));
        QCOMPARE(ja.translate("DisplayText", "Waiting"), QStringLiteral("診察待ち"));
        QTranslator en;
        QVERIFY(en.load(QStringLiteral(":/i18n/tsumugi_en.qm")));
        // English sources stay as they are: no entry (empty result means "use the source"), never a blank.
        QVERIFY(en.translate("tsumugi::ui::LoginWindow", "Sign in").isEmpty() ||
                en.translate("tsumugi::ui::LoginWindow", "Sign in") == QStringLiteral("Sign in"));
        // The translator picks the plural form; QCoreApplication::translate fills in %n later.
        QCOMPARE(en.translate("DisplayText", "%n years", nullptr, 1), QStringLiteral("%n year"));
        QCOMPARE(en.translate("DisplayText", "%n years", nullptr, 2), QStringLiteral("%n years"));
    }
};

TSUMUGI_TEST_CLASS(TestTranslations)
#include "TestTranslations.moc"
