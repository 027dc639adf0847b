#include "EligibilityCommands.h"

#include "CliArguments.h"

#include "sync/services/EligibilityService.h"

#include "core/Error.h"
#include "core/eligibility/EligibilityLog.h"
#include "core/eligibility/InsuranceDifference.h"
#include "core/patients/PatientRepository.h"
#include "core/reception/ReceptionList.h"
#include "core/record/ClinicRecord.h"

namespace tsumugi::cli {

QString EligibilityCommands::usage() {
    return tr("  eligibility check --card CARD-ID [--method face|pin|visual] [--reception ENTRY | --patient NUMBER]\n"
              "  eligibility check --insurer N --symbol S --number N --branch NN --birth YYYY-MM-DD "
              "[--reception ENTRY | --patient NUMBER]\n"
              "  eligibility check --patient NUMBER   (the registered insurance card data)\n"
              "  eligibility retry CHECK-ID | eligibility accept-insurance CHECK-ID\n");
}

EligibilityCommands::EligibilityCommands(ClinicRecord& record, QTextStream& out, QTextStream& err)
    : m_record(record)
    , m_out(out)
    , m_err(err) {}

int EligibilityCommands::run(const CliArguments& a) {
    const QString sub = a.positional().value(1);
    if (sub == QStringLiteral("check")) {
        return check(a);
    }
    if (sub == QStringLiteral("retry")) {
        return retry(a);
    }
    if (sub == QStringLiteral("accept-insurance")) {
        return accept(a);
    }
    m_err << usage();
    return 2;
}

namespace {
qint64 idArgument(const CliArguments& a, const QString& what) {
    bool ok = false;
    const qint64 id = a.positional().value(2).toLongLong(&ok);
    if (!ok || id <= 0) {
        throw Error(Error::Kind::Validation,
                    QCoreApplication::translate("EligibilityCommands", "Give the %1 as a number.").arg(what));
    }
    return id;
}
} // namespace

int EligibilityCommands::check(const CliArguments& a) {
    qint64 patientId = 0;
    qint64 receptionId = 0;
    std::optional<Patient> patient;
    if (a.has(QStringLiteral("reception"))) {
        bool ok = false;
        receptionId = a.value(QStringLiteral("reception")).toLongLong(&ok);
        bool found = false;
        for (const ReceptionEntry& e : m_record.reception().today()) {
            if (ok && e.id == receptionId) {
                patientId = e.patient.id;
                found = true;
            }
        }
        if (!found) {
            throw Error(Error::Kind::NotFound,
                        tr("There is no reception entry %1 today.").arg(a.value(QStringLiteral("reception"))));
        }
        patient = m_record.patients().open(patientId);
    } else if (a.has(QStringLiteral("patient"))) {
        bool ok = false;
        const qint64 number = a.value(QStringLiteral("patient")).toLongLong(&ok);
        patient = ok ? m_record.patients().openByNumber(number) : std::nullopt;
        if (!patient) {
            throw Error(Error::Kind::NotFound,
                        tr("There is no patient number %1.").arg(a.value(QStringLiteral("patient"))));
        }
        patientId = patient->id;
    }

    EligibilityRequest request;
    if (a.has(QStringLiteral("card"))) {
        const QString methodText = a.value(QStringLiteral("method"), QStringLiteral("face"));
        const auto method = EligibilityRequest::methodFromCode(methodText);
        if (!method) {
            throw Error(Error::Kind::Validation, tr("--method is face, pin or visual, not '%1'.").arg(methodText));
        }
        request = EligibilityRequest::card(a.value(QStringLiteral("card")), *method);
    } else if (a.has(QStringLiteral("insurer")) || a.has(QStringLiteral("number"))) {
        const QString birthText = a.value(QStringLiteral("birth"));
        const QDate birth = QDate::fromString(birthText, Qt::ISODate);
        if (!birthText.isEmpty() && !birth.isValid()) {
            throw Error(Error::Kind::Validation, tr("--birth is a date like 1975-04-12, not '%1'.").arg(birthText));
        }
        request = EligibilityRequest::cardData({a.value(QStringLiteral("insurer")), a.value(QStringLiteral("symbol")),
                                                a.value(QStringLiteral("number")), a.value(QStringLiteral("branch"))},
                                               birth);
    } else if (patient) {
        if (patient->insurance.isEmpty()) {
            throw Error(
                Error::Kind::Validation,
                tr("Patient %1 has no registered insurance: give --card or the card data.").arg(patient->number));
        }
        request = EligibilityRequest::cardData(patient->insurance, patient->birthDate);
    } else {
        throw Error(Error::Kind::Validation, tr("Give --card, the card data (--insurer …), or --patient."));
    }
    return print(sync::EligibilityService(m_record).check(request, patientId, receptionId));
}

int EligibilityCommands::retry(const CliArguments& a) {
    return print(sync::EligibilityService(m_record).retry(idArgument(a, tr("check id"))));
}

int EligibilityCommands::accept(const CliArguments& a) {
    const qint64 id = idArgument(a, tr("check id"));
    const auto check = EligibilityLog(m_record).find(id);
    if (!check) {
        throw Error(Error::Kind::NotFound, tr("There is no eligibility check %1.").arg(id));
    }
    const auto patient = m_record.patients().open(check->patientId);
    if (!patient) {
        throw Error(Error::Kind::Validation, tr("Eligibility check %1 is not linked to a patient.").arg(id));
    }
    const Patient saved = EligibilityLog(m_record).acceptInsuranceUpdate(id, patient->version);
    m_out << tr("Patient %1: insurance registered as %2 (version %3).")
                 .arg(saved.number)
                 .arg(saved.insurance.memberId())
                 .arg(saved.version)
          << '\n';
    return 0;
}

int EligibilityCommands::print(const EligibilityCheck& c) {
    m_out << tr("check: %1").arg(c.id) << '\n';
    if (c.status == EligibilityCheck::Status::NotChecked) {
        m_out << tr("result: NOT CHECKED (未確認)") << '\n';
        m_err << c.message << '\n';
        m_err << tr("Retry with: tsumugictl eligibility retry %1").arg(c.id) << '\n';
        return 1;
    }
    if (c.status == EligibilityCheck::Status::Error || !c.result) {
        m_out << tr("result: refused (%1)").arg(c.errorCode) << '\n';
        m_err << c.message << '\n';
        return 1;
    }
    const EligibilityResult& r = *c.result;
    m_out << tr("result: %1 (%2)").arg(r.resultText, EligibilityResult::validityCode(r.validity)) << '\n';
    if (r.validity == EligibilityResult::Validity::Multiple) {
        m_out << tr("matches: %1").arg(r.matches) << '\n';
    }
    if (!r.name.isEmpty()) {
        m_out << tr("person: %1 (%2) %3 %4").arg(r.name, r.kana, r.birthDate.toString(Qt::ISODate), sexToString(r.sex))
              << '\n';
    }
    const auto printQ = [this](const QString& label, const QualificationInfo& q) {
        m_out << tr("%1: %2 %3  %4:%5:%6  from %7%8")
                     .arg(label, q.insurance.insurerNumber, q.insurerName, q.insurance.symbol, q.insurance.number,
                          q.insurance.branch, q.acquiredOn.toString(Qt::ISODate),
                          q.lostOn.isValid() ? tr(" lost %1").arg(q.lostOn.toString(Qt::ISODate)) : QString())
              << '\n';
        QStringList copay;
        for (const QString& s : {q.copayRate, q.insuredCategory, q.limitCategory, q.elderlyCategory}) {
            if (!s.isEmpty()) {
                copay << s;
            }
        }
        if (!copay.isEmpty()) {
            m_out << tr("  copay: %1").arg(copay.join(QStringLiteral(", "))) << '\n';
        }
    };
    if (r.insurance) {
        printQ(tr("insurance"), *r.insurance);
    }
    if (r.newInsurance) {
        printQ(tr("new insurance"), *r.newInsurance);
    }
    if (!r.accessToken.isEmpty()) {
        QStringList consents;
        if (r.consents.clinical) {
            consents << QStringLiteral("clinical");
        }
        if (r.consents.medication) {
            consents << QStringLiteral("medication");
        }
        if (r.consents.checkup) {
            consents << QStringLiteral("checkup");
        }
        if (r.consents.surgery) {
            consents << QStringLiteral("surgery");
        }
        m_out << tr("consents: %1 (until %2)")
                     .arg(consents.isEmpty() ? tr("none") : consents.join(QLatin1Char(' ')),
                          r.consents.expiresAt.toString(Qt::ISODate))
              << '\n';
    }
    if (c.patientId != 0) {
        const auto patient = m_record.patients().open(c.patientId);
        const auto proposed = InsuranceDifference::proposedFor(r);
        if (patient && proposed) {
            const auto diff = InsuranceDifference::between(patient->insurance, *proposed);
            for (const auto& f : diff) {
                m_out << tr("differs: %1: registered '%2', reported '%3'").arg(f.label, f.registered, f.reported)
                      << '\n';
            }
            if (!diff.isEmpty()) {
                m_out << tr("To register the reported insurance: tsumugictl eligibility accept-insurance %1").arg(c.id)
                      << '\n';
            }
        }
    }
    return 0;
}

} // namespace tsumugi::cli
