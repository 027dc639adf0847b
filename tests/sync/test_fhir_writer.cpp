#include "support/TestRegistry.h"
#include "sync/fhir/FhirJson.h"
#include "sync/fhir/FhirWriter.h"

#include <QTest>
#include <limits>
#include <stdexcept>

using namespace tsumugi::fhir;

class TestFhirWriter : public QObject {
    Q_OBJECT
private slots:
    void writesCompactJsonInCallOrder() {
        FhirWriter w;
        w.object().field("resourceType", "Observation").field("status", "final");
        w.object("code").array("coding").object().field("system", "http://x").field("code", "1").end().end();
        w.field("text", QStringLiteral("血糖")).end();
        w.integer("count", -42).boolean("flag", false).end();
        QCOMPARE(
            QString::fromStdString(w.take()),
            QStringLiteral("{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":"
                           "\"http://x\",\"code\":\"1\"}],\"text\":\"血糖\"},\"count\":-42,\"flag\":false}"));
    }
    void leavesOutEmptyValuesAndTakesBackEmptyParts() {
        FhirWriter w;
        w.object().field("a", "").field("b", QString()).field("c", static_cast<const char*>(nullptr));
        w.array("note").object().field("text", "").end().end(); // an empty note: gone, key and all
        w.object("meta").array("tag").end().end();              // nested empties: gone
        w.field("status", "final");
        w.array("x").item("").item(QString()).end(); // empty items are left out too
        w.end();
        QCOMPARE(QString::fromStdString(w.take()), QStringLiteral("{\"status\":\"final\"}"));
        // A part taken back leaves the comma state as it was: the next member still gets its comma.
        FhirWriter v;
        v.object().field("a", "1").object("empty").end().field("b", "2").end();
        QCOMPARE(QString::fromStdString(v.take()), QStringLiteral("{\"a\":\"1\",\"b\":\"2\"}"));
    }
    void escapesAsJsonRequiresAndKeepsUtf8() {
        FhirWriter w;
        w.object().field("t", std::string("\"q\" \\ / \b\f\n\r\t \x01\x1f 日本語 \x7f")).end();
        const std::string text = w.take();
        QCOMPARE(QString::fromStdString(text),
                 QStringLiteral("{\"t\":\"\\\"q\\\" \\\\ / \\b\\f\\n\\r\\t \\u0001\\u001f 日本語 \x7f\"}"));
        // What nlohmann reads back is what was written.
        QCOMPARE(Json::parse(text)["t"].get<std::string>(), std::string("\"q\" \\ / \b\f\n\r\t \x01\x1f 日本語 \x7f"));
    }
    void qstringsAreWrittenAsUtf8() {
        // The same text from a QString: escapes, CJK, a character outside the BMP (a surrogate pair) and a lone
        // surrogate, which becomes U+FFFD (the replacement character; never invalid UTF-8).
        QString text = QStringLiteral("\"血糖\"\n\t𠮷");
        text += QChar(0xd800);
        text += QStringLiteral("x");
        FhirWriter w;
        w.object().field("t", text).array("a").item(text).end().end();
        const std::string out = w.take();
        const Json parsed = Json::parse(out);
        QCOMPARE(QString::fromStdString(parsed["t"].get<std::string>()),
                 QStringLiteral("\"血糖\"\n\t𠮷") + QChar(0xfffd) + QStringLiteral("x"));
        QVERIFY(parsed["a"][0] == parsed["t"]);
        QVERIFY(out.find("\\\"血糖\\\"\\n\\t𠮷\xef\xbf\xbdx") != std::string::npos);
    }
    void numbersAreExactDecimals() {
        FhirWriter w;
        w.object().number("a", 5).number("b", 0.1).number("c", 12.345).number("d", 1e-7).number("e", -3.0);
        w.number("nan", std::numeric_limits<double>::quiet_NaN());
        w.number("inf", std::numeric_limits<double>::infinity()).end();
        const std::string text = w.take();
        QCOMPARE(QString::fromStdString(text),
                 QStringLiteral("{\"a\":5.0,\"b\":0.1,\"c\":12.345,\"d\":1e-07,\"e\":-3.0}"));
        // The same text nlohmann writes for these doubles (the DOM path and the streaming path agree).
        QCOMPARE(QString::fromStdString(Json::parse(text).dump()), QString::fromStdString(text));
    }
    void rawValuesAndKeyedElements() {
        FhirWriter w;
        w.object().raw("resource", "{\"resourceType\":\"Patient\"}").array("entry");
        w.object().field("fullUrl", "urn:uuid:1").key("resource");
        w.object().field("resourceType", "Condition").end();
        w.end().rawItem("1").end().end();
        QCOMPARE(QString::fromStdString(w.take()),
                 QStringLiteral("{\"resource\":{\"resourceType\":\"Patient\"},\"entry\":[{\"fullUrl\":\"urn:uuid:1\","
                                "\"resource\":{\"resourceType\":\"Condition\"}},1]}"));
    }
    void misuseIsRefusedLoudly() {
        FhirWriter w;
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.field("a", "b")); // no object open
        w.object();
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.item("x")); // an object has members, not elements
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.take());    // still open
        w.key("k");
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.field("other", "v")); // the key waits for its value
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.end());
        w.rawItem("1").end();
        QVERIFY(w.complete());
        QVERIFY_THROWS_EXCEPTION(std::logic_error, w.end());
        QCOMPARE(QString::fromStdString(w.take()), QStringLiteral("{\"k\":1}"));
    }
};

TSUMUGI_TEST_CLASS(TestFhirWriter)
#include "test_fhir_writer.moc"
