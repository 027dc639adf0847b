#include "sync/fhir/EcsReader.h"

#include "sync/fhir/FhirProfiles.h"

#include "core/Error.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace tsumugi::fhir {

namespace {
// Elements any resource may carry that hold nothing for the record (narrative, bookkeeping).
const char* const Bookkeeping[] = {"resourceType", "id", "meta", "language", "text", "implicitRules"};
} // namespace

void EcsReader::fail(const QString& path, const QString& problem) {
    throw Error(Error::Kind::Validation, tr("%1: %2").arg(path, problem));
}

std::string EcsReader::plain(const Json& o, const char* key) {
    if (!o.is_object()) {
        return {};
    }
    const auto it = o.find(key);
    return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
}

QString EcsReader::string(const Json& o, const char* key, const QString& path) {
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
        return {};
    }
    if (!it->is_string()) {
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("must be a text (string)."));
    }
    return QString::fromStdString(it->get<std::string>());
}

const Json* EcsReader::object(const Json& o, const char* key, const QString& path) {
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
        return nullptr;
    }
    if (!it->is_object()) {
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("must be an object."));
    }
    return &*it;
}

const Json* EcsReader::array(const Json& o, const char* key, const QString& path) {
    const auto it = o.find(key);
    if (it == o.end() || it->is_null()) {
        return nullptr;
    }
    if (!it->is_array()) {
        fail(path + QLatin1Char('.') + QLatin1String(key), tr("must be a list (array)."));
    }
    return &*it;
}

QList<EcsReader::Coding> EcsReader::codings(const Json& codeable, const QString& path) {
    QList<Coding> out;
    if (!codeable.is_object()) {
        fail(path, tr("must be an object."));
    }
    if (const Json* list = array(codeable, "coding", path)) {
        int i = 0;
        for (const Json& c : *list) {
            const QString p = QStringLiteral("%1.coding[%2]").arg(path).arg(i++);
            if (!c.is_object()) {
                fail(p, tr("must be an object."));
            }
            out.append({string(c, "system", p), string(c, "code", p), string(c, "display", p)});
        }
    }
    return out;
}

QString EcsReader::firstCode(const Json& r, const char* key, const QString& path) {
    const Json* codeable = object(r, key, path);
    if (!codeable) {
        return {};
    }
    const QList<Coding> list = codings(*codeable, path + QLatin1Char('.') + QLatin1String(key));
    return list.isEmpty() ? QString() : list.first().code;
}

QString EcsReader::institution(const Json& r, const QString& path) {
    if (const Json* ext = array(r, "extension", path)) {
        for (const Json& e : *ext) {
            if (plain(e, "url") == uri::InstitutionNumberExt) {
                const Json* id = object(e, "valueIdentifier", path + QStringLiteral(".extension"));
                return id ? string(*id, "value", path + QStringLiteral(".extension.valueIdentifier")).trimmed()
                          : QString();
            }
        }
    }
    return {};
}

QString EcsReader::department(const Json& r, const QString& path) {
    if (const Json* ext = array(r, "extension", path)) {
        for (const Json& e : *ext) {
            if (plain(e, "url") != uri::DepartmentExt) {
                continue;
            }
            const QString p = path + QStringLiteral(".extension.valueCodeableConcept");
            const Json* cc = object(e, "valueCodeableConcept", path + QStringLiteral(".extension"));
            if (!cc) {
                return {};
            }
            const QString text = string(*cc, "text", p);
            if (!text.isEmpty()) {
                return text;
            }
            if (const Json* codings = array(*cc, "coding", p)) {
                for (const Json& c : *codings) {
                    if (c.is_object()) {
                        return string(c, "display", p + QStringLiteral(".coding"));
                    }
                }
            }
        }
    }
    return {};
}

bool EcsReader::hasTag(const Json& r, const char* code) {
    const auto meta = r.find("meta");
    if (meta == r.end() || !meta->is_object()) {
        return false;
    }
    const auto tags = meta->find("tag");
    if (tags == meta->end() || !tags->is_array()) {
        return false;
    }
    for (const Json& t : *tags) {
        if (plain(t, "code") == code) {
            return true;
        }
    }
    return false;
}

QString EcsReader::notes(const Json& r, const QString& path) {
    QStringList out;
    if (const Json* list = array(r, "note", path)) {
        int i = 0;
        for (const Json& n : *list) {
            if (!n.is_object()) {
                fail(QStringLiteral("%1.note[%2]").arg(path).arg(i), tr("must be an object."));
            }
            const QString text = string(n, "text", QStringLiteral("%1.note[%2]").arg(path).arg(i)).trimmed();
            if (!text.isEmpty()) {
                out << text;
            }
            ++i;
        }
    }
    return out.join(QLatin1Char('\n'));
}

const Json* EcsReader::contained(const Json& r, const QString& reference) {
    if (!reference.startsWith(QLatin1Char('#'))) {
        return nullptr;
    }
    const auto list = r.find("contained");
    if (list == r.end() || !list->is_array()) {
        return nullptr;
    }
    const std::string id = utf8(reference.mid(1));
    for (const Json& c : *list) {
        if (plain(c, "id") == id) {
            return &c;
        }
    }
    return nullptr;
}

QDate EcsReader::date(const QString& text, const QString& path, ImportNotes& notes, PartialDate::Precision* precision) {
    if (precision) {
        *precision = PartialDate::Precision::Day;
    }
    if (text.isEmpty()) {
        return {};
    }
    static const QRegularExpression year(QStringLiteral("^[0-9]{4}$"));
    static const QRegularExpression month(QStringLiteral("^[0-9]{4}-[0-9]{2}$"));
    QDate d;
    if (year.match(text).hasMatch()) {
        d = QDate(text.toInt(), 1, 1);
    } else if (month.match(text).hasMatch()) {
        d = QDate(text.left(4).toInt(), text.mid(5, 2).toInt(), 1);
    } else {
        d = QDate::fromString(text.left(10), Qt::ISODate);
        if (!d.isValid() || (text.size() > 10 && !dateTime(text, path, notes).isValid())) {
            fail(path, tr("'%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).").arg(text));
        }
        return d;
    }
    if (!d.isValid()) {
        fail(path, tr("'%1' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).").arg(text));
    }
    if (precision) {
        // The caller keeps the precision: the date stays "2019" in the chart and in what we send.
        *precision = text.size() == 4 ? PartialDate::Precision::Year : PartialDate::Precision::Month;
        return d;
    }
    notes.add(tr("%1: the partial date %2 is kept as %3 (the exact text stays in the raw JSON).")
                  .arg(path.section(QLatin1Char('.'), -2), text, d.toString(Qt::ISODate)));
    return d;
}

QDateTime EcsReader::dateTime(const QString& text, const QString& path, ImportNotes& notes) {
    if (text.isEmpty()) {
        return {};
    }
    if (text.size() <= 10) {
        const QDate d = date(text, path, notes);
        return QDateTime(d, QTime(0, 0), QTimeZone(9 * 3600));
    }
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        t = QDateTime::fromString(text, Qt::ISODate);
    }
    if (!t.isValid()) {
        fail(path, tr("'%1' is not a date and time (e.g. 2021-07-05T11:19:41+09:00).").arg(text));
    }
    return t;
}

void EcsReader::noteElementsNotRead(const Json& r, const char* resourceType, std::initializer_list<const char*> known,
                                    ImportNotes& notes) {
    for (auto it = r.begin(); it != r.end(); ++it) {
        const std::string& key = it.key();
        bool read = false;
        for (const char* k : Bookkeeping) {
            read = read || key == k;
        }
        for (const char* k : known) {
            read = read || key == k;
        }
        if (!read) {
            notes.elementNotRead(QStringLiteral("%1.%2").arg(QLatin1String(resourceType), QString::fromStdString(key)));
        }
    }
}

} // namespace tsumugi::fhir
