#include "core/masters/JfagyMasterReader.h"

#include "core/Error.h"
#include "core/masters/CsvParser.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tsumugi {

QString JfagyMasterReader::categoryOf(const QString& code) {
    const QString third = code.mid(2, 1);
    if (third == QStringLiteral("F")) {
        return QStringLiteral("food");
    }
    if (third == QStringLiteral("N")) {
        return QStringLiteral("environment");
    }
    if (third == QStringLiteral("M")) {
        return QStringLiteral("medicine");
    }
    return QStringLiteral("other");
}

JfagyMasterReader::Result JfagyMasterReader::read(const QByteArray& bytes, const QDate& today) {
    const QList<CsvRow> rows = CsvParser::parse(CsvParser::decode(bytes));
    if (rows.isEmpty()) {
        throw Error(Error::Kind::Validation, tr("The J-FAGY file is empty."));
    }
    const QStringList header = rows.first().fields;
    const auto column = [&](const char* name) {
        const int i = int(header.indexOf(QString::fromLatin1(name)));
        if (i < 0) {
            throw Error(Error::Kind::Validation,
                        tr("This is not the J-FAGY master: its first line has no %1 column.").arg(QLatin1String(name)));
        }
        return i;
    };
    const int code = column("JFAGYCODE");
    const int term = column("JPTERM");
    const int kana = column("JPKANA");
    const int en = column("ENTERM");
    const int level = column("LEVEL");
    const int end = column("ENDDATE");
    const int main = column("MAINFLAG");
    Result result;
    const QString todayText = today.toString(QStringLiteral("yyyyMMdd"));
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QStringList& f = rows.at(r).fields;
        if (f.size() < header.size()) {
            throw Error(Error::Kind::Validation, tr("Line %1 of the J-FAGY file has %2 fields; %3 were expected.")
                                                     .arg(rows.at(r).line)
                                                     .arg(f.size())
                                                     .arg(header.size()));
        }
        const QString endDate = f.at(end);
        if (!endDate.isEmpty() && endDate < todayText) {
            ++result.ended;
            continue;
        }
        MasterEntry e;
        e.kind = MasterKind::Jfagy;
        e.code = f.at(code);
        e.name = f.at(term);
        e.kana = f.at(kana);
        e.category = categoryOf(e.code);
        e.detail =
            QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("en"), f.at(en)},
                                                        {QStringLiteral("level"), f.at(level).toInt()},
                                                        {QStringLiteral("main"), f.at(main) == QStringLiteral("1")}})
                                  .toJson(QJsonDocument::Compact));
        result.entries.append(e);
    }
    return result;
}

} // namespace tsumugi
