#include "core/patients/PatientValidator.h"
#include "support/TestRegistry.h"

#include <QTest>

using namespace tsumugi;

namespace {
Patient valid() {
    Patient p;
    p.familyName = QStringLiteral("山田");
    p.givenName = QStringLiteral("太郎");
    p.familyKana = QStringLiteral("やまだ");
    p.givenKana = QStringLiteral("ﾀﾛｳ");
    p.sex = Sex::Male;
    p.birthDate = QDate(1975, 4, 12);
    p.insurance = {QStringLiteral("01130012"), QStringLiteral("1234"), QStringLiteral("567"), QStringLiteral("00")};
    return p;
}

QStringList fields(const FieldErrors& errors) {
    QStringList out;
    for (const auto& e : errors) {
        out << e.field;
    }
    return out;
}
} // namespace

class TestPatientValidator : public QObject {
    Q_OBJECT
    const QDate today{2026, 11, 21};
private slots:
    void acceptsACompleteRegistration() { QVERIFY(PatientValidator::validate(valid(), today).isEmpty()); }
    void namesTheBadField_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::newRow("no family name") << "familyName"
                                        << "";
        QTest::newRow("kanji in reading") << "familyKana"
                                          << "山田";
        QTest::newRow("bad check digit") << "insurerNumber"
                                         << "01130013";
        QTest::newRow("insurer too short") << "insurerNumber"
                                           << "0113001";
        QTest::newRow("branch one digit") << "insuranceBranch"
                                          << "1";
        QTest::newRow("phone letters") << "phone"
                                       << "03-ABCD-1234";
        QTest::newRow("postal short") << "postalCode"
                                      << "160-002";
    }
    void namesTheBadField() {
        QFETCH(QString, field);
        QFETCH(QString, value);
        Patient p = valid();
        if (field == QStringLiteral("familyName")) {
            p.familyName = value;
        } else if (field == QStringLiteral("familyKana")) {
            p.familyKana = value;
        } else if (field == QStringLiteral("insurerNumber")) {
            p.insurance.insurerNumber = value;
        } else if (field == QStringLiteral("insuranceBranch")) {
            p.insurance.branch = value;
        } else if (field == QStringLiteral("phone")) {
            p.phone = value;
        } else if (field == QStringLiteral("postalCode")) {
            p.postalCode = value;
        }
        const FieldErrors errors = PatientValidator::validate(p, today);
        QCOMPARE(fields(errors), QStringList{field});
        QVERIFY(!errors.first().message.isEmpty());
    }
    void checkDigitMessageSaysWhatToExpect() {
        Patient p = valid();
        p.insurance.insurerNumber = QStringLiteral("01130013");
        const auto errors = PatientValidator::validate(p, today);
        QCOMPARE(errors.size(), 1);
        QVERIFY(errors.first().message.contains(QStringLiteral("2")));
    }
    void birthDateRules() {
        Patient p = valid();
        p.birthDate = today.addDays(1);
        QCOMPARE(fields(PatientValidator::validate(p, today)), QStringList{QStringLiteral("birthDate")});
        p.birthDate = QDate();
        QCOMPARE(fields(PatientValidator::validate(p, today)), QStringList{QStringLiteral("birthDate")});
        p.birthDate = today; // a newborn registered on the day of birth is fine
        QVERIFY(PatientValidator::validate(p, today).isEmpty());
    }
    void insuranceIsOptionalButComplete() {
        Patient p = valid();
        p.insurance = {};
        QVERIFY(PatientValidator::validate(p, today).isEmpty()); // 自費 (self-pay) patients have no insurance
        p.insurance.insurerNumber = QStringLiteral("01130012");
        QCOMPARE(fields(PatientValidator::validate(p, today)), QStringList{QStringLiteral("insuranceNumber")});
    }
};

TSUMUGI_TEST_CLASS(TestPatientValidator)
#include "test_patient_validator.moc"
