#include "sim/BundleValidator.h"

#include "sim/ClinsRules111.h"
#include "sim/JsonAccess.h"

#include <map>
#include <set>

namespace tsumugi::sim {

using nlohmann::json;

namespace {

const json kNull;
using json_access::at;
using json_access::present;
using json_access::str;

bool isDigit(char c) {
    return c >= '0' && c <= '9';
}

// meta.profile has `base` or `base|version`; the version, if given, must be the one the service checks by: the
// 1.5.2 package's profiles carry "1", 1.11's "1.11.0" (clins-1.11.md, "Profile versions").
enum class ProfileMatch { None, Ok, WrongVersion };
bool versionAccepted(const std::string& v, BundleValidator::GuideVersion version) {
    return version == BundleValidator::GuideVersion::V1_5_2 ? v == "1" : v.rfind("1.11.", 0) == 0;
}
ProfileMatch profileMatch(const json& resource, const std::string& base, BundleValidator::GuideVersion version) {
    const json& profiles = at(at(resource, "meta"), "profile");
    if (!profiles.is_array())
        return ProfileMatch::None;
    ProfileMatch best = ProfileMatch::None;
    for (const json& p : profiles) {
        const std::string s = str(p);
        if (s == base)
            return ProfileMatch::Ok;
        if (s.size() > base.size() && s.compare(0, base.size(), base) == 0 && s[base.size()] == '|') {
            if (versionAccepted(s.substr(base.size() + 1), version))
                return ProfileMatch::Ok;
            best = ProfileMatch::WrongVersion;
        }
    }
    return best;
}

std::string institutionOf(const json& resource) {
    const json& ext = at(resource, "extension");
    if (!ext.is_array())
        return {};
    for (const json& e : ext)
        if (str(at(e, "url")) == BundleValidator::kInstitutionExt)
            return str(at(at(e, "valueIdentifier"), "value"));
    return {};
}

bool hasExtension(const json& resource, const char* url) {
    const json& ext = at(resource, "extension");
    if (!ext.is_array())
        return false;
    for (const json& e : ext)
        if (str(at(e, "url")) == url)
            return true;
    return false;
}

bool hasContainedEncounter(const json& resource) {
    const json& contained = at(resource, "contained");
    if (!contained.is_array())
        return false;
    for (const json& c : contained) {
        const json& profiles = at(at(c, "meta"), "profile");
        if (profiles.is_array())
            for (const json& p : profiles)
                if (str(p) == "http://jpfhir.jp/fhir/core/StructureDefinition/JP_Encounter")
                    return true;
    }
    return false;
}

void collectReferences(const json& j, std::vector<std::string>& out) {
    if (j.is_object()) {
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (it.key() == "reference" && it->is_string())
                out.push_back(it->get<std::string>());
            else
                collectReferences(*it, out);
        }
    } else if (j.is_array()) {
        for (const json& v : j)
            collectReferences(v, out);
    }
}

void add(ValidationResult& r, std::string rule, std::string key, std::string code, std::string text,
         std::string expression) {
    r.issues.push_back(Issue{std::move(rule), std::move(key), std::move(code), std::move(text), std::move(expression)});
}

std::string entryPath(size_t i) {
    return "Bundle.entry[" + std::to_string(i) + "].resource";
}

// Elements with min=1 in the eCS profiles (snapshot), checked per resource type.
const std::vector<std::string>& requiredElements(const std::string& type) {
    static const std::vector<std::string> none;
    static const std::vector<std::pair<std::string, std::vector<std::string>>> table = {
        {"Patient", {"identifier", "name", "gender", "birthDate", "address"}},
        {"Condition", {"meta", "identifier", "verificationStatus", "category", "code", "subject"}},
        {"Observation", {"meta", "identifier", "status", "category", "code", "subject", "effective[x]", "specimen"}},
        {"AllergyIntolerance", {"meta", "identifier", "code", "patient"}},
    };
    for (const auto& [t, list] : table)
        if (t == type)
            return list;
    return none;
}

bool elementPresent(const json& resource, const std::string& element) {
    if (element == "effective[x]") {
        for (const char* k : {"effectiveDateTime", "effectivePeriod", "effectiveInstant", "effectiveTiming"})
            if (present(at(resource, k)))
                return true;
        return false;
    }
    return present(at(resource, element.c_str()));
}

void checkRequired(const json& resource, const std::string& where, ValidationResult& r) {
    const std::string type = str(at(resource, "resourceType"));
    for (const std::string& e : requiredElements(type))
        if (!elementPresent(resource, e))
            add(r, "SIM-E01", "required-element", "required",
                type + "." + e + " は必須である (JP_" + type + "_eCS で min=1)。", where + "." + e);
}

std::string sectionCode(const json& section) {
    const json& codings = at(at(section, "code"), "coding");
    if (codings.is_array())
        for (const json& c : codings)
            return str(at(c, "code"));
    return {};
}

void collectSectionCodes(const json& sections, std::set<std::string>& out) {
    if (!sections.is_array())
        return;
    for (const json& s : sections) {
        out.insert(sectionCode(s));
        collectSectionCodes(at(s, "section"), out);
    }
}

const json* findSection(const json& sections, const std::string& code) {
    if (!sections.is_array())
        return nullptr;
    for (const json& s : sections)
        if (sectionCode(s) == code)
            return &s;
    return nullptr;
}

} // namespace

bool BundleValidator::institutionNumberValid(const std::string& s) {
    if (s.size() != 10)
        return false;
    for (char c : s)
        if (!isDigit(c))
            return false;
    const int prefecture = (s[0] - '0') * 10 + (s[1] - '0');
    return prefecture >= 1 && prefecture <= 47 && s[2] >= '1' && s[2] <= '3';
}

bool BundleValidator::bundleIdentifierValid(const std::string& s) {
    const size_t first = s.find('^');
    if (first == std::string::npos)
        return false;
    const size_t second = s.find('^', first + 1);
    if (second == std::string::npos)
        return false;
    if (!institutionNumberValid(s.substr(0, first)))
        return false;
    const std::string year = s.substr(first + 1, second - first - 1);
    if (year.size() != 4 || year[0] != '2' || year[1] != '0' || year[2] < '2' || year[2] > '3' || !isDigit(year[3]))
        return false;
    const std::string id = s.substr(second + 1);
    if (id.empty() || id.size() > 36)
        return false;
    for (char c : id)
        if (!(isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '-'))
            return false;
    return true;
}

bool BundleValidator::memberIdValid(const std::string& s) {
    std::vector<std::string> parts;
    size_t start = 0;
    for (;;) {
        const size_t colon = s.find(':', start);
        parts.push_back(s.substr(start, colon == std::string::npos ? std::string::npos : colon - start));
        if (colon == std::string::npos)
            break;
        start = colon + 1;
    }
    if (parts.size() != 4 || parts[0].size() != 8)
        return false;
    for (char c : parts[0])
        if (!isDigit(c))
            return false;
    for (int i = 1; i <= 2; ++i) {
        const std::string& p = parts[static_cast<size_t>(i)];
        // No half-width whitespace and no full-width space (U+3000 = E3 80 80 in UTF-8).
        if (p.find_first_of(" \t\r\n") != std::string::npos || p.find("\xE3\x80\x80") != std::string::npos)
            return false;
    }
    const std::string& branch = parts[3];
    return branch.empty() || (branch.size() == 2 && isDigit(branch[0]) && isDigit(branch[1]));
}

ValidationResult BundleValidator::validate(const json& b) const {
    ValidationResult r;
    if (str(at(b, "resourceType")) != "Bundle") {
        add(r, "SIM-B00", "", "structure", "送信されたリソースはBundleでなければならない。", "Bundle.resourceType");
        return r;
    }
    std::string kind;
    bool wrongVersion = false;
    const std::pair<const char*, const char*> kinds[] = {{kClinsProfile, "clins"},
                                                         {kReferralProfile, "referral"},
                                                         {kDischargeProfile, "discharge-summary"},
                                                         {kPcsProfile, "patient-summary"}};
    for (const auto& [profile, name] : kinds) {
        const ProfileMatch m = profileMatch(b, profile, version_);
        if (m == ProfileMatch::Ok) {
            kind = name;
            break;
        }
        if (m == ProfileMatch::WrongVersion)
            wrongVersion = true;
    }
    if (kind.empty()) {
        add(r, "R0213", "bundle-profile-is-JP-Bundle-CLINS", "invariant",
            std::string("BundleはJP-Bundle-CLINSプロファイルに準拠していなければならない。") +
                (wrongVersion ? std::string("(meta.profile のバージョンは ") +
                                    (version_ == GuideVersion::V1_5_2 ? "|1" : "|1.11.0") +
                                    " のみ受け付ける。バージョンなしは受付時点の最新版として読む)"
                              : std::string("(meta.profile に JP_Bundle_CLINS / JP_Bundle_eReferral / "
                                            "JP_Bundle_eDischargeSummary / JP_Bundle_ePCS のいずれかが必要)")),
            "Bundle.meta.profile");
        return r; // without a known profile nothing else can be judged meaningfully
    }
    r.info.kind = kind;
    const std::string expectedType = kind == "clins" ? "collection" : "document";
    if (str(at(b, "type")) != expectedType)
        add(r, "SIM-B01", "bundle-type", "value", "Bundle.type は " + expectedType + " でなければならない。",
            "Bundle.type");
    if (!present(at(b, "timestamp")))
        add(r, "SIM-B02", "required-element", "required", "Bundle.timestamp は必須である。", "Bundle.timestamp");
    if (kind == "clins" && !present(at(at(b, "meta"), "lastUpdated")))
        add(r, "SIM-B02", "required-element", "required", "Bundle.meta.lastUpdated は必須である。",
            "Bundle.meta.lastUpdated");
    checkIdentifier(b, r);
    const json& entries = at(b, "entry");
    if (!entries.is_array() || entries.empty()) {
        add(r, "SIM-B03", "required-element", "required", "Bundle.entry は1つ以上必要である。", "Bundle.entry");
        return r;
    }
    for (size_t i = 0; i < entries.size(); ++i) {
        if (!at(entries[i], "resource").is_object())
            add(r, "SIM-B03", "required-element", "required", "Bundle.entry.resource は必須である。",
                "Bundle.entry[" + std::to_string(i) + "].resource");
        if (str(at(entries[i], "fullUrl")).rfind("urn:uuid:", 0) != 0)
            add(r, "SIM-B04", "entry-fullUrl", "value", "Bundle.entry.fullUrl は urn:uuid: 形式で必須である。",
                "Bundle.entry[" + std::to_string(i) + "].fullUrl");
    }
    if (!r.ok())
        return r;
    if (kind == "clins")
        checkClins(b, r);
    else
        checkDocument(b, kind, r);
    if (version_ == GuideVersion::V1_11)
        ClinsRules111::check(b, kind, r);
    return r;
}

void BundleValidator::checkIdentifier(const json& b, ValidationResult& r) const {
    const json& id = at(b, "identifier");
    if (str(at(id, "system")) != kBundleIdSystem) {
        add(r, "R02151", "valid-system-bundleIdenfifier", "value",
            "Bundle.identifier.sysyemは、http://jpfhir.jp/fhir/clins/bundle-identifier", "Bundle.identifier.system");
        return;
    }
    const std::string value = str(at(id, "value"));
    if (!bundleIdentifierValid(value)) {
        add(r, "R2152", "valid-value-bundleIdenfifier", "value",
            "Bundle.identifier.value "
            "は、医療機関番号10桁^西暦４件^36文字以内の半角文字列（英字、数字、ハイフン記号のみ可）"
            "であること。(医療機関番号は都道府県01〜47・点数表1〜3・7桁)",
            "Bundle.identifier.value");
        return;
    }
    r.info.identifier = value;
    r.info.institution = value.substr(0, 10);
}

void BundleValidator::checkPatient(const json& patient, const std::string& where, ValidationResult& r) const {
    if (profileMatch(patient, kPatientProfile, version_) != ProfileMatch::Ok)
        add(r, "R0212", "patients-profile-is-JP-Patient-eCS", "invariant",
            "最初のentryであるPatientは、JP_Patient_eCSプロファイルに準拠していなければならない。",
            where + ".meta.profile");
    const json& ids = at(patient, "identifier");
    int count = 0;
    std::string member;
    if (ids.is_array())
        for (const json& i : ids)
            if (str(at(i, "system")) == kMemberIdSystem) {
                ++count;
                member = str(at(i, "value"));
            }
    if (count != 1) {
        add(r, "R1012", "valid-system-insurance-patientIdentifier", "invariant",
            "被保険者識別子情報(identifier.system=\"http://jpfhir.jp/fhir/clins/Idsystem/JP_Insurance_memberID\")は"
            "１つだけ必須。",
            where + ".identifier");
    } else if (!memberIdValid(member)) {
        add(r, "R1013", "valid-value-insurance-patientIdentifier", "value",
            "identifier.value "
            "被保険者識別子情報の形式は、\"保険者等番号:被保険者記号:被保険者番号:被保険者証等枝番\"で、"
            "それぞれ半角英数字8桁固定、半角または全角文字列(空白を含まない)、半角または全角文字列(同)、空文字列または"
            "半角数字2桁固定(00-99)であり、それぞれ存在しない場合には、空文字列とする。",
            where + ".identifier.value");
    } else {
        r.info.memberId = member;
    }
    const json& names = at(patient, "name");
    if (names.is_array())
        for (const json& n : names)
            if (str(at(n, "text")).find("\xE3\x80\x80") != std::string::npos)
                add(r, "R1113", "kanjiName-kanaName-donot-contain-ZenkakuKuuhaku", "invariant",
                    "患者氏名に漢字、カナにおいては姓と名を区切らないか、または半角空白で区切る。全角空白は含まれてはな"
                    "らない。",
                    where + ".name.text");
    checkRequired(patient, where, r);
}

void BundleValidator::checkClins(const json& b, ValidationResult& r) const {
    const json& entries = at(b, "entry");
    // R02141/R02142: exactly one resource-type tag, one of the three.
    std::vector<std::string> tags;
    const json& metaTags = at(at(b, "meta"), "tag");
    if (metaTags.is_array())
        for (const json& t : metaTags)
            if (str(at(t, "system")) == kResourceTypeTagSystem)
                tags.push_back(str(at(t, "code")));
    std::string tagged;
    if (tags.empty()) {
        add(r, "R02141", "bundle-meta-tag-resourceType-exists", "invariant",
            "Bundle.meta.tagに、収納するresourceTypeを記述しなければならない。", "Bundle.meta.tag");
    } else if (tags.size() != 1 ||
               (tags[0] != "AllergyIntolerance" && tags[0] != "Observation" && tags[0] != "Condition")) {
        add(r, "R02142", "bundle-meta-tag-resourceType-valid", "invariant",
            "Bundle.meta.tagに記述されたresourceTypeは、'AllergyIntolerance', 'Observation', "
            "'Condition'のいずれかであること。",
            "Bundle.meta.tag");
    } else {
        tagged = tags[0];
    }
    // R0211/R0212: the Patient leads.
    const json& first = at(entries[0], "resource");
    const std::string patientUrl = str(at(entries[0], "fullUrl"));
    if (str(at(first, "resourceType")) != "Patient") {
        add(r, "R0211", "first-bundle-entry-is-Patient", "invariant", "最初のentryはPatientでなければならない。",
            "Bundle.entry[0].resource");
    } else {
        checkPatient(first, entryPath(0), r);
    }
    size_t ofTaggedType = 0;
    std::set<std::string> otherTypes;
    for (size_t i = 1; i < entries.size(); ++i) {
        const json& res = at(entries[i], "resource");
        const std::string type = str(at(res, "resourceType"));
        const std::string where = entryPath(i);
        if (!tagged.empty() && type == tagged)
            ++ofTaggedType;
        else
            otherTypes.insert(type);
        // The entry's declared profile must be the eCS one for its type.
        const std::string expected = type == "Observation" ? "JP_Observation_LabResult_eCS" : "JP_" + type + "_eCS";
        if (type == "Condition" || type == "Observation" || type == "AllergyIntolerance") {
            if (profileMatch(res, "http://jpfhir.jp/fhir/eCS/StructureDefinition/" + expected, version_) !=
                ProfileMatch::Ok)
                add(r, "SIM-P01",
                    "validEntryProfile-" + std::string(type == "Observation" ? "ObservationLabResult" : type),
                    "invariant",
                    "Bundle-entry-" + type + ": Bundleのentryとして含まれる" + type + "は、プロファイル" + expected +
                        "のいずれかのバージョンに準拠していなければならない。",
                    where + ".meta.profile");
        }
        const std::string inst = institutionOf(res);
        if (inst.empty()) {
            add(r, "R9011", "all-entries-needs-extension-of-institutionNumber", "invariant",
                "Bundleに含まれるPatient以外のリソースには、医療機関識別IDが必須である。", where + ".extension");
        } else if (!institutionNumberValid(inst)) {
            add(r, "R9012", "all-entries-needs-valid-institutionNumber", "invariant",
                "Bundleに含まれるPatient以外のリソースには、医療機関識別IDが記述され10桁数字であることが必須である。",
                where + ".extension");
        } else if (!r.info.institution.empty() && inst != r.info.institution) {
            add(r, "SIM-B06", "institution-matches-bundle-identifier", "invariant",
                "リソースの医療機関識別ID(" + inst + ")は Bundle.identifier の医療機関番号(" + r.info.institution +
                    ")と一致しなければならない。",
                where + ".extension");
        }
        if (type == "Condition") {
            if (!hasContainedEncounter(res))
                add(r, "R9013C", "condition-needs-contained-of-Encounter", "invariant",
                    "Bundleに含まれるすべてのConditionのリソースには、Contained JP_Encounterリソースが必須である。",
                    where + ".contained");
            if (!present(at(res, "onsetDateTime")))
                add(r, "R9013C", "condition-needs-onsetDateTime", "invariant",
                    "Bundleに含まれるすべてのConditionのリソースでは、onsetDateTimeが必須である。",
                    where + ".onsetDateTime");
            if (!hasExtension(res, kDepartmentExt))
                add(r, "R9014C", "condition-needs-extension-of-Department", "invariant",
                    "Bundleに含まれるすべてのConditionリソースには、診療科拡張が必須である。", where + ".extension");
        }
        if (type == "Observation") {
            if (!hasContainedEncounter(res))
                add(r, "R9013O", "observation-needs-contained-of-Encounter", "invariant",
                    "Bundleに含まれるすべてのObservationのリソースには、Contained JP_Encounterリソースが必須である。",
                    where + ".contained");
            if (!hasExtension(res, kDepartmentExt))
                add(r, "R9014O", "observation-needs-extension-of-Department", "invariant",
                    "Bundleに含まれるすべてのObservationリソースには、診療科拡張が必須である。", where + ".extension");
        }
        checkRequired(res, where, r);
        // Resources may point only at the Patient (or at what they contain).
        std::vector<std::string> refs;
        collectReferences(res, refs);
        for (const std::string& ref : refs)
            if (ref.empty() || (ref[0] != '#' && ref != patientUrl)) {
                add(r, "SIM-B05", "references-only-to-Patient", "invariant",
                    "Patient以外のリソースが参照できるのはBundle内のPatient(" + patientUrl +
                        ")と自身のcontainedだけである。参照: " + ref,
                    where);
                break;
            }
    }
    if (!tagged.empty()) {
        if (ofTaggedType == 0)
            add(r, "R02143", "mustHaveOneMoreResources-with-designatedResourceType", "invariant",
                "Bundle.meta.tagに記述されたresourceTypeで指定されたAllergyIntolerance, Condition, "
                "Observationのリソースが１つ以上含まれていなければならない。",
                "Bundle.entry");
        if (!otherTypes.empty()) {
            std::string list;
            for (const std::string& t : otherTypes)
                list += (list.empty() ? "" : ", ") + t;
            add(r, "SIM-B07", "one-resource-type-per-bundle", "invariant",
                "1つのBundleには Patient と meta.tag で指定した1種類のリソース(" + tagged +
                    ")だけを収納する。他の種類: " + list,
                "Bundle.entry");
        }
        r.info.resourceType = tagged;
    }
}

void BundleValidator::checkDocument(const json& b, const std::string& kind, ValidationResult& r) const {
    const json& entries = at(b, "entry");
    std::map<std::string, const json*> byUrl;
    for (const json& e : entries)
        byUrl[str(at(e, "fullUrl"))] = &at(e, "resource");
    const json& composition = at(entries[0], "resource");
    struct DocRule {
        const char* profile;
        const char* typeCode;
        std::vector<std::string> required;
    };
    const DocRule rule =
        kind == "referral" ? DocRule{"http://jpfhir.jp/fhir/eReferral/StructureDefinition/JP_Composition_eReferral",
                                     "57133-1",
                                     {"identifier", "status", "type", "category", "subject", "date", "author", "title",
                                      "custodian", "event", "section"}}
        : kind == "discharge-summary"
            ? DocRule{"http://jpfhir.jp/fhir/eDischargeSummary/StructureDefinition/JP_Composition_eDischargeSummary",
                      "18842-5",
                      {"identifier", "status", "type", "category", "subject", "date", "author", "title", "custodian",
                       "event", "section", "encounter"}}
            : DocRule{"http://jpfhir.jp/fhir/ePCS/StructureDefinition/JP_Composition_ePCS",
                      nullptr,
                      {"identifier", "status", "type", "subject", "date", "author", "title"}};
    if (str(at(composition, "resourceType")) != "Composition" ||
        profileMatch(composition, rule.profile, version_) != ProfileMatch::Ok) {
        add(r, "SIM-D01", "first-entry-is-Composition", "invariant",
            std::string("文書Bundleの最初のentryは ") + rule.profile + " に準拠したCompositionでなければならない。",
            "Bundle.entry[0].resource");
        return;
    }
    if (rule.typeCode) {
        bool typeOk = false;
        const json& codings = at(at(composition, "type"), "coding");
        if (codings.is_array())
            for (const json& c : codings)
                typeOk = typeOk || str(at(c, "code")) == rule.typeCode;
        if (!typeOk)
            add(r, "SIM-D02", "composition-type", "value",
                std::string("Composition.type は ") + rule.typeCode + " でなければならない。",
                "Bundle.entry[0].resource.type");
    }
    for (const std::string& e : rule.required)
        if (!present(at(composition, e.c_str())))
            add(r, "SIM-E01", "required-element", "required", "Composition." + e + " は必須である。",
                "Bundle.entry[0].resource." + e);
    // The subject must be the bundle's JP_Patient_eCS with its memberID.
    const std::string subject = str(at(at(composition, "subject"), "reference"));
    const auto patient = byUrl.find(subject);
    if (patient == byUrl.end() || str(at(*patient->second, "resourceType")) != "Patient") {
        add(r, "SIM-D03", "subject-is-Patient", "invariant",
            "Composition.subject はBundle内のPatientを参照しなければならない。", "Bundle.entry[0].resource.subject");
    } else {
        size_t index = 0;
        for (size_t i = 0; i < entries.size(); ++i)
            if (str(at(entries[i], "fullUrl")) == subject)
                index = i;
        checkPatient(*patient->second, entryPath(index), r);
    }
    // Every reference must resolve inside the document.
    for (size_t i = 0; i < entries.size(); ++i) {
        std::vector<std::string> refs;
        collectReferences(at(entries[i], "resource"), refs);
        for (const std::string& ref : refs)
            if (ref.empty() || (ref[0] != '#' && byUrl.find(ref) == byUrl.end())) {
                add(r, "SIM-D04", "references-resolve-in-bundle", "invariant",
                    "文書内の参照はBundle内のentry(fullUrl)かcontainedを指さなければならない。参照: " + ref,
                    entryPath(i));
                break;
            }
    }
    const json& sections = at(composition, "section");
    const bool cda = findSection(sections, "200") != nullptr;
    const json* structured = findSection(sections, "300");
    if (kind != "patient-summary" && cda == (structured != nullptr))
        add(r, "SIM-D05", "checkExist-CDASection-or-CompositionSection", "invariant",
            "【セクション構成はCDAセクションと構造情報セクションのどちらか一方だけ存在している必要がある。】",
            "Bundle.entry[0].resource.section");
    std::set<std::string> codes;
    if (structured)
        collectSectionCodes(at(*structured, "section"), codes);
    if (kind == "referral") {
        const json* to = findSection(sections, "910");
        std::string addressee;
        if (to) {
            const json& refs = at(*to, "entry");
            if (refs.is_array())
                for (const json& ref : refs) {
                    const auto target = byUrl.find(str(at(ref, "reference")));
                    if (target == byUrl.end() || str(at(*target->second, "resourceType")) != "Organization")
                        continue;
                    const json& ids = at(*target->second, "identifier");
                    if (ids.is_array())
                        for (const json& id : ids)
                            if (str(at(id, "system")) == kInstitutionIdSystem &&
                                institutionNumberValid(str(at(id, "value"))))
                                addressee = str(at(id, "value"));
                }
        }
        if (addressee.empty())
            add(r, "SIM-D10", "referral-addressee-required", "required",
                "診療情報提供書には紹介先情報セクション(910)が必須で、医療機関番号(" +
                    std::string(kInstitutionIdSystem) + ")を持つ紹介先Organizationを参照しなければならない。",
                "Bundle.entry[0].resource.section");
        r.info.addressee = addressee;
        if (!findSection(sections, "920"))
            add(r, "SIM-D11", "referral-from-section-required", "required",
                "診療情報提供書には紹介元情報セクション(920)が必須である。", "Bundle.entry[0].resource.section");
        if (structured)
            for (const char* needed : {"950", "340", "360"})
                if (!codes.count(needed))
                    add(r, "SIM-D12", "referral-structured-sections", "required",
                        std::string("構造情報セクション(300)には紹介目的(950)・傷病名主訴(340)・現病歴(360)"
                                    "が必須である。欠落: ") +
                            needed,
                        "Bundle.entry[0].resource.section");
        r.info.resourceType = "57133-1";
    } else if (kind == "discharge-summary") {
        // 現病歴 is 362 in the 1.5.2 package and 360 from 1.5.4 on (with 既往歴 372→370, 家族歴 552→550, 社会歴
        // 642→640): a 1.11 service refuses the old codes.
        const bool v152 = version_ == GuideVersion::V1_5_2;
        if (structured)
            for (const char* needed :
                 {"322", "342", "352", "312", v152 ? "362" : "360", "333", "324", "344", "444", "424"})
                if (!codes.count(needed))
                    add(r, "SIM-D21", "discharge-structured-sections", "required",
                        std::string("退院時サマリーの構造情報セクション(300)に必須のセクションがない: ") + needed,
                        "Bundle.entry[0].resource.section");
        if (structured && !v152)
            for (const auto& [old, now] : {std::pair{"362", "360"}, {"372", "370"}, {"552", "550"}, {"642", "640"}})
                if (codes.count(old))
                    add(r, "V111-D22", "Composition.section.code", "code-invalid",
                        std::string("退院時サマリーのセクションコード ") + old + " は1.5.4以降 " + now +
                            " である(現病歴360・既往歴370・家族歴550・社会歴640)。",
                        "Bundle.entry[0].resource.section");
        const auto enc = byUrl.find(str(at(at(composition, "encounter"), "reference")));
        const json& period = enc == byUrl.end() ? kNull : at(*enc->second, "period");
        if (!present(at(period, "start")) || !present(at(period, "end")))
            add(r, "SIM-D20", "discharge-admission-dates", "required",
                "退院時サマリーには入院日と退院日(Composition.encounter の Encounter.period.start/end)が必須である。",
                "Bundle.entry[0].resource.encounter");
        r.info.resourceType = "18842-5";
    } else {
        const json& codings = at(at(composition, "type"), "coding");
        if (codings.is_array() && !codings.empty())
            r.info.resourceType = str(at(codings[0], "code"));
    }
}

} // namespace tsumugi::sim
