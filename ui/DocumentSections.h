#pragma once

#include "core/chart/Chart.h"
#include "core/chart/LabResult.h"
#include "core/documents/Document.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tsumugi::ui {

// A referral or discharge summary as the reader sees it: title, patient line and the filled sections in the
// order of the paper forms, with the picked chart items (diagnoses, allergies, prescriptions, labs) written out.
// The viewer shows it, the printer prints it; both use the same HTML so what is previewed is what is printed.
class DocumentSections {
    Q_DECLARE_TR_FUNCTIONS(DocumentSections)
public:
    struct Section {
        QString title;
        QString text; // plain text, lines separated by \n
    };

    // today: the date a draft (no document date yet) is printed with, from the record's clock.
    DocumentSections(const Document& document, const ChartSnapshot& chart, const QList<LabResult>& labs,
                     const QDate& today);

    QString title() const;
    // A draft prints marked as one on every page: it must not pass for the signed letter.
    bool isDraft() const { return m_document.status == Document::Status::Draft; }
    // Name, kana, birth date and age, sex, patient number: printed on every page.
    QString patientLine() const;
    const QList<Section>& sections() const { return m_sections; }
    // The body (without letterhead) as HTML for QTextDocument / QTextBrowser.
    QString html(const QString& letterheadHtml = {}) const;

    static QString diagnosisText(const Diagnosis& d);
    static QString allergyText(const Allergy& a);
    static QString labText(const LabResult& r);
    // "  [from …]" for an item received from another institution; empty for this clinic's own.
    static QString sourceText(const QString& institution);
    static QString medicationText(const MedicationLine& m);
    static QString documentKindName(Document::Kind kind);
    static QString statusText(const Document& d);

private:
    void add(const QString& title, const QString& text);
    const Document& m_document;
    const ChartSnapshot& m_chart;
    QDate m_today;
    QList<Section> m_sections;
};

} // namespace tsumugi::ui
