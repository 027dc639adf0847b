#include "sync/fhir/JlacItemCatalog.h"

#include "sync/fhir/FhirProfiles.h"

#include <QHash>

namespace tsumugi::fhir {

namespace {
struct Row {
    const char* system;  // under uri::ClinsCodeSystemBase
    const char* item;    // the item code the value set filters on (ALT, HBs-AG-RESULT, ...)
    const char* display; // the display the profile fixes for that slice
};
// Generated from JP_Observation_LabResult_eCS 1.5.2 (slice bindings → value set filters → fixed displays).
// BS is filtered by two slices (BS and FBS); the BS slice is kept.
const Row Rows[] = {
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "ALB", "ALB"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "ALP", "ALP"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "ALT", "ALT"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "AMY", "AMY"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "APTT", "APTT"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "AST", "AST"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "BLD-ABO", "ABO-BLD"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "BLD-Rh", "Rh-BLD"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "BNP", "BNP"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "BS", "BS"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "BUN", "BUN"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "CK", "CK"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "CRP", "CRP"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "CRP-class", "CRP-class"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "Ca", "Ca"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "ChE", "ChE"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "Cl", "Cl"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "Cre", "Cre"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "Cys-C", "Cys-C"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "D-Bil", "D-Bil"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "DD", "DD"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "DD-class", "DD"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "GGT", "GGT"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "HDL-C", "HDL-C"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "Hb", "Hb"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "HbA1c-NGSP", "HbA1c-NGSP"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "K", "K"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "LD", "LD"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "LDL-C", "LDL-C"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "NT-proBNP", "NT-proBNP"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "Na", "Na"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "PLT", "PLT"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "PT-Act", "PT-act"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "PT-INR", "PT-INR"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "PT-Ratio", "PT-ratio"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "PT-Sec", "PT-sec"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "RBC", "RBC"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "T-Bil", "T-Bil"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "T-CHO", "T-CHO"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "TG", "TG"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "TP", "TP"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-A/C", "U-ac"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-Bld", "U-Bld"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-Bld-HalfQty", "U-Bld-半定量"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-Glu", "U-Glu"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-Glu-HalfQty", "U-Glu-定性半定量"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-P/C", "U-pc"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-TP", "U-TP"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-TP-HalfQty", "U-TP-半定量"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "UA", "UA"},
    {"JLAC10/JP_CLINS_ObsLabResult_CoreLabo_CS", "WBC", "WBC"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBS-AG-SCO", "HBs抗原(S/CO)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AB-COI", "HBs抗体(コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AB-DIL", "HBs抗体(希釈倍率)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AB-NEG-COI", "HBs抗体(陰性コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AB-QUANT", "HBs抗体(定量)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AB-RESULT", "HBs抗体(判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AG-COI", "HBs抗原(コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AG-DIL", "HBs抗原(希釈倍率)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AG-POS-COI", "HBs抗原(陽性コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AG-QUANT", "HBs抗原(定量)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AG-RESULT", "HBs抗原(判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AB-COI", "HCV抗体(コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AB-DIL", "HCV抗体(希釈倍率)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AB-POS-COI", "HCV抗体(陽性コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AB-RESULT", "HCV抗体(判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AG-QUANT", "HCV抗原検査(定量)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AG-RESULT", "HCV抗原検査(判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-CHECK", "C型肝炎ウイルス検診の判定"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-QUANT", "HCV核酸増幅検査(定量)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-RESULT", "HCV核酸増幅検査(判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1-AB-DIL", "HIV-1抗体(希釈倍率)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1-AB-RESULT", "HIV-1抗体(判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1-QUANT", "HIV-1(ウイルスRNA定量)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1-RESULT", "HIV-1(ウイルスRNA定量判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-COI", "HIV-1+2抗体(コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-DIL", "HIV-1+2抗体(希釈倍率)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-OD", "HIV-1+2抗体・p24抗原(吸光度)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-COI", "HIV-1+2抗体・p24抗原(コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-COIV", "HIV-1+2抗体・p24抗原(コントロール値)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-NEG-COI",
     "HIV-1+2抗体・p24抗原(陰性コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-POS-COI",
     "HIV-1+2抗体・p24抗原(陽性コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-QLRESULT",
     "HIV-1+2抗体・p24抗原(定性、HIV-1+2抗体)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-RESULT", "HIV-1+2抗体・p24抗原(判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-POS-COI", "HIV-1+2抗体(陽性コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-QUANT", "HIV-1+2抗体・p24抗原(定量、HIV-1+2抗体)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-RESULT", "HIV-1+2抗体(判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-P24-AB-QUANT",
     "HIV-1+2抗体・p24抗原(定量、HIV-p24抗原)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-P24-AB-RESULT",
     "HIV-1+2抗体・p24抗原(定性、HIV-p24抗原)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-2-AB-DIL", "HIV-2抗体(希釈倍率)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-2-AB-RESULT", "HIV-2抗体(判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "Hbs-AG-OD", "HBs抗原(吸光度)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "STS", "梅毒反応"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "STS-HQUANT", "梅毒STS(半定量)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "STS-QLRESULT", "梅毒STS(定性)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "STS-QUANT", "梅毒STS(定量)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "STS-RESULT", "梅毒STS(判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-HQUANT", "梅毒TP抗体(半定量)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-NEG-COI", "梅毒TP抗体(定量、陰性コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-POS-COI", "梅毒TP抗体(定量、陽性コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-QUANT", "梅毒TP抗体(定量)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-QUANT-COI", "梅毒TP抗体(定量、コントロール比)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-QUANT-RESULT", "梅毒TP抗体(定量、判定)"},
    {"JLAC10/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-RESULT", "梅毒TP抗体(定性)"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "ALB", "ALB"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "ALP", "ALP"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "ALT", "ALT"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "AMY", "AMY"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "APTT", "APTT"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "AST", "AST"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "BLD-ABO", "ABO-BLD"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "BLD-Rh", "Rh-BLD"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "BNP", "BNP"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "BS", "BS"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "BUN", "BUN"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "CK", "CK"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "CRP", "CRP"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "CRP-class", "CRP-class"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "Ca", "Ca"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "ChE", "ChE"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "Cl", "Cl"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "Cre", "Cre"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "Cys-C", "Cys-C"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "D-Bil", "D-Bil"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "DD", "DD"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "DD-class", "DD"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "GGT", "GGT"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "HDL-C", "HDL-C"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "Hb", "Hb"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "HbA1c-NGSP", "HbA1c-NGSP"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "K", "K"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "LD", "LD"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "LDL-C", "LDL-C"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "NT-proBNP", "NT-proBNP"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "Na", "Na"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "PLT", "PLT"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "PT-Act", "PT-act"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "PT-INR", "PT-INR"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "PT-Ratio", "PT-ratio"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "PT-Sec", "PT-sec"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "RBC", "RBC"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "T-Bil", "T-Bil"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "T-CHO", "T-CHO"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "TG", "TG"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "TP", "TP"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-A/C", "U-ac"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-Bld", "U-Bld"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-Bld-HalfQty", "U-Bld-半定量"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-Glu", "U-Glu"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-Glu-HalfQty", "U-Glu-定性半定量"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-P/C", "U-pc"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-TP", "U-TP"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "U-TP-HalfQty", "U-TP-半定量"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "UA", "UA"},
    {"JLAC11/JP_CLINS_ObsLabResult_CoreLabo_CS", "WBC", "WBC"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBS-AG-SCO", "HBs抗原(S/CO)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AB-COI", "HBs抗体(コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AB-DIL", "HBs抗体(希釈倍率)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AB-NEG-COI", "HBs抗体(陰性コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AB-QUANT", "HBs抗体(定量)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AB-RESULT", "HBs抗体(判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AG-COI", "HBs抗原(コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AG-DIL", "HBs抗原(希釈倍率)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AG-POS-COI", "HBs抗原(陽性コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AG-QUANT", "HBs抗原(定量)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HBs-AG-RESULT", "HBs抗原(判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AB-COI", "HCV抗体(コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AB-DIL", "HCV抗体(希釈倍率)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AB-POS-COI", "HCV抗体(陽性コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AB-RESULT", "HCV抗体(判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AG-QUANT", "HCV抗原検査(定量)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-AG-RESULT", "HCV抗原検査(判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-CHECK", "C型肝炎ウイルス検診の判定"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-QUANT", "HCV核酸増幅検査(定量)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HCV-RESULT", "HCV核酸増幅検査(判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1-AB-DIL", "HIV-1抗体(希釈倍率)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1-AB-RESULT", "HIV-1抗体(判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1-QUANT", "HIV-1(ウイルスRNA定量)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1-RESULT", "HIV-1(ウイルスRNA定量判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-COI", "HIV-1+2抗体(コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-DIL", "HIV-1+2抗体(希釈倍率)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-OD", "HIV-1+2抗体・p24抗原(吸光度)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-COI", "HIV-1+2抗体・p24抗原(コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-COIV", "HIV-1+2抗体・p24抗原(コントロール値)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-NEG-COI",
     "HIV-1+2抗体・p24抗原(陰性コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-POS-COI",
     "HIV-1+2抗体・p24抗原(陽性コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-QLRESULT",
     "HIV-1+2抗体・p24抗原(定性、HIV-1+2抗体)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-P24-RESULT", "HIV-1+2抗体・p24抗原(判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-POS-COI", "HIV-1+2抗体(陽性コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-QUANT", "HIV-1+2抗体・p24抗原(定量、HIV-1+2抗体)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-AB-RESULT", "HIV-1+2抗体(判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-P24-AB-QUANT",
     "HIV-1+2抗体・p24抗原(定量、HIV-p24抗原)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-1P2-P24-AB-RESULT",
     "HIV-1+2抗体・p24抗原(定性、HIV-p24抗原)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-2-AB-DIL", "HIV-2抗体(希釈倍率)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "HIV-2-AB-RESULT", "HIV-2抗体(判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "Hbs-AG-OD", "HBs抗原(吸光度)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "STS", "梅毒反応"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "STS-HQUANT", "梅毒STS(半定量)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "STS-QLRESULT", "梅毒STS(定性)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "STS-QUANT", "梅毒STS(定量)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "STS-RESULT", "梅毒STS(判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-HQUANT", "梅毒TP抗体(半定量)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-NEG-COI", "梅毒TP抗体(定量、陰性コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-POS-COI", "梅毒TP抗体(定量、陽性コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-QUANT", "梅毒TP抗体(定量)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-QUANT-COI", "梅毒TP抗体(定量、コントロール比)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-QUANT-RESULT", "梅毒TP抗体(定量、判定)"},
    {"JLAC11/JP_CLINS_ObsLabResult_InfectionLabo_CS", "TP-RESULT", "梅毒TP抗体(定性)"},
};

// An item's entries by [JLAC11][infection slice]; looked up by the item key alone (one hash, no key built per
// result: an export looks up every lab result twice).
struct Entries {
    std::optional<JlacItemCatalog::Item> bySlice[2][2];
};
} // namespace

const JlacItemCatalog::Item* JlacItemCatalog::find(bool jlac11, const QString& itemKey) {
    static const QHash<QString, Entries> items = [] {
        QHash<QString, Entries> h;
        for (const Row& r : Rows) {
            const std::string system(r.system);
            Item it;
            it.system = uri::ClinsCodeSystemBase + system;
            it.display = r.display;
            it.infection = system.find("Infection") != std::string::npos;
            const bool jlac11Row = system.rfind("JLAC11", 0) == 0;
            h[QString::fromLatin1(r.item)].bySlice[jlac11Row][it.infection] = std::move(it);
        }
        return h;
    }();
    const auto it = items.constFind(itemKey);
    if (it == items.constEnd()) {
        return nullptr;
    }
    // An item in both the core and the infection slices is written in the core one.
    for (const bool infection : {false, true}) {
        if (const auto& item = it->bySlice[jlac11][infection]) {
            return &*item;
        }
    }
    return nullptr;
}

std::optional<QString> JlacItemCatalog::itemKeyOf(const QString& system, const QString& display) {
    // Received results name their item only by the slice's fixed display (BS before FBS, as in find()).
    static const QHash<QString, QString> keys = [] {
        QHash<QString, QString> h;
        for (const Row& r : Rows) {
            const QString k = QLatin1String(uri::ClinsCodeSystemBase) + QString::fromLatin1(r.system) +
                              QLatin1Char('|') + QString::fromUtf8(r.display);
            if (!h.contains(k)) {
                h.insert(k, QString::fromLatin1(r.item));
            }
        }
        return h;
    }();
    const auto it = keys.constFind(system + QLatin1Char('|') + display);
    if (it == keys.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

} // namespace tsumugi::fhir
