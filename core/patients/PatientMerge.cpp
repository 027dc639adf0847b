#include "core/patients/PatientMerge.h"

#include <functional>

namespace tsumugi {

namespace {
// One field of the form: its name as the user reads it, and how it is read and written as text.
struct Field {
    QString label;
    std::function<QString(const Patient&)> get;
    std::function<void(Patient&, const Patient&)> copy; // from the second patient into the first
};
} // namespace

PatientMerge PatientMerge::of(const Patient& base, const Patient& theirs, const Patient& mine) {
    const QList<Field> fields = {
        {tr("Family name"), [](const Patient& p) { return p.familyName; },
         [](Patient& to, const Patient& from) { to.familyName = from.familyName; }},
        {tr("Given name"), [](const Patient& p) { return p.givenName; },
         [](Patient& to, const Patient& from) { to.givenName = from.givenName; }},
        {tr("Family name (kana)"), [](const Patient& p) { return p.familyKana; },
         [](Patient& to, const Patient& from) { to.familyKana = from.familyKana; }},
        {tr("Given name (kana)"), [](const Patient& p) { return p.givenKana; },
         [](Patient& to, const Patient& from) { to.givenKana = from.givenKana; }},
        {tr("Sex"), [](const Patient& p) { return sexToString(p.sex); },
         [](Patient& to, const Patient& from) { to.sex = from.sex; }},
        {tr("Date of birth"), [](const Patient& p) { return p.birthDate.toString(Qt::ISODate); },
         [](Patient& to, const Patient& from) { to.birthDate = from.birthDate; }},
        {tr("Postal code"), [](const Patient& p) { return p.postalCode; },
         [](Patient& to, const Patient& from) { to.postalCode = from.postalCode; }},
        {tr("Address"), [](const Patient& p) { return p.address; },
         [](Patient& to, const Patient& from) { to.address = from.address; }},
        {tr("Phone"), [](const Patient& p) { return p.phone; },
         [](Patient& to, const Patient& from) { to.phone = from.phone; }},
        // The card's numbers belong together: one field.
        {tr("Insurance"),
         [](const Patient& p) {
             const Insurance& i = p.insurance;
             return QStringList{i.insurerNumber, i.symbol, i.number, i.branch}.join(QLatin1Char(' ')).trimmed();
         },
         [](Patient& to, const Patient& from) { to.insurance = from.insurance; }},
    };
    PatientMerge out;
    out.merged = theirs;
    for (const Field& f : fields) {
        const QString was = f.get(base);
        const QString mineNow = f.get(mine);
        if (mineNow == was) {
            continue; // not changed here: theirs stands
        }
        const QString theirsNow = f.get(theirs);
        if (theirsNow != was && theirsNow != mineNow) {
            out.bothChanged << tr("%1: %2").arg(f.label, theirsNow.isEmpty() ? tr("(empty)") : theirsNow);
        }
        f.copy(out.merged, mine);
    }
    return out;
}

} // namespace tsumugi
