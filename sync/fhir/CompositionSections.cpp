#include "sync/fhir/CompositionSections.h"

#include "sync/fhir/CompositionProfiles.h"

#include <QHash>

namespace tsumugi::fhir {

QString CompositionSections::displayOf(const char* sectionCode) {
    // The displays of the guide's CodeSystem (document-section); 362/372 (the discharge summary's codes up to 1.5.2,
    // still in documents received from then) are missing from that CodeSystem, so their displays follow 360/370.
    static const QHash<QString, QString> displays = {
        {QStringLiteral("210"), QStringLiteral("添付情報セクション")},
        {QStringLiteral("220"), QStringLiteral("備考・連絡情報セクション")},
        {QStringLiteral("230"), QStringLiteral("PDFセクション")},
        {QStringLiteral("300"), QStringLiteral("構造情報セクション")},
        {QStringLiteral("312"), QStringLiteral("入院理由セクション")},
        {QStringLiteral("322"), QStringLiteral("入院時詳細セクション")},
        {QStringLiteral("324"), QStringLiteral("退院時詳細セクション")},
        {QStringLiteral("330"), QStringLiteral("臨床経過セクション")},
        {QStringLiteral("333"), QStringLiteral("入院中経過セクション")},
        {QStringLiteral("340"), QStringLiteral("傷病名・主訴セクション")},
        {QStringLiteral("342"), QStringLiteral("入院時診断セクション")},
        {QStringLiteral("344"), QStringLiteral("退院時診断セクション")},
        {QStringLiteral("352"), QStringLiteral("主訴セクション")},
        {QStringLiteral("360"), QStringLiteral("現病歴セクション")},
        {QStringLiteral("362"), QStringLiteral("現病歴セクション")},
        {QStringLiteral("370"), QStringLiteral("既往歴セクション")},
        {QStringLiteral("372"), QStringLiteral("既往歴セクション")},
        {QStringLiteral("420"), QStringLiteral("診療方針指示セクション")},
        {QStringLiteral("424"), QStringLiteral("退院時方針指示セクション")},
        {QStringLiteral("430"), QStringLiteral("投薬指示セクション")},
        {QStringLiteral("444"), QStringLiteral("退院時投薬指示セクション")},
        {QStringLiteral("510"), QStringLiteral("アレルギー・不耐性反応セクション")},
        {QStringLiteral("620"), QStringLiteral("検査結果セクション")},
        {QStringLiteral("623"), QStringLiteral("入院中検査結果セクション")},
        {QStringLiteral("910"), QStringLiteral("紹介先情報セクション")},
        {QStringLiteral("920"), QStringLiteral("紹介元情報セクション")},
        {QStringLiteral("950"), QStringLiteral("紹介目的セクション")},
    };
    return displays.value(QString::fromLatin1(sectionCode));
}

Json CompositionSections::reference(const QString& fullUrl, const char* type, const char* display) {
    Json r = {{"reference", utf8(fullUrl)}, {"type", type}};
    if (display) {
        r["display"] = display;
    }
    return r;
}

Json CompositionSections::code(const char* sectionCode) {
    Json c = {{"system", docuri::Section}, {"code", sectionCode}};
    const QString display = displayOf(sectionCode);
    if (!display.isEmpty()) {
        c["display"] = utf8(display);
    }
    return {{"coding", Json::array({std::move(c)})}};
}

QString CompositionSections::escape(const QString& text) {
    QString out = text.toHtmlEscaped();
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    out.replace(QLatin1Char('\n'), QStringLiteral("<br/>"));
    return out;
}

std::string CompositionSections::narrative(const QString& text) {
    return "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + utf8(escape(text)) + "</div>";
}

Json CompositionSections::section(const char* sectionCode, const QString& title, const QString& narrativeText,
                                  Json entries) {
    Json s;
    s["title"] = utf8(title);
    s["code"] = code(sectionCode);
    if (!narrativeText.trimmed().isEmpty()) {
        s["text"] = {{"status", "additional"}, {"div", narrative(narrativeText.trimmed())}};
    }
    if (!entries.empty()) {
        s["entry"] = std::move(entries);
    }
    return s;
}

void CompositionSections::markTextOnly(Json& sections) {
    for (Json& s : sections) {
        if (s.contains("section")) {
            markTextOnly(s["section"]);
        } else if (!s.contains("entry") && s.contains("text")) {
            s["emptyReason"] = {{"coding", Json::array({{{"system", docuri::ListEmptyReason},
                                                         {"code", "unavailable"},
                                                         {"display", "Unavailable"}}})}};
        }
    }
}

} // namespace tsumugi::fhir
