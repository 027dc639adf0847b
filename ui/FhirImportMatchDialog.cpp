#include "ui/FhirImportMatchDialog.h"

#include "ui/DisplayText.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace tsumugi::ui {

namespace {
QString orDash(const QString& s) {
    return s.trimmed().isEmpty() ? QStringLiteral("—") : s;
}

QString insuranceText(const Insurance& i) {
    if (i.isEmpty()) {
        return FhirImportMatchDialog::tr("(none)");
    }
    return FhirImportMatchDialog::tr("Insurer %1, symbol %2, number %3, branch %4")
        .arg(orDash(i.insurerNumber), orDash(i.symbol), orDash(i.number), orDash(i.branch));
}

QLabel* valueLabel(QWidget* parent, const QString& text, const QString& objectName) {
    auto* l = new QLabel(text, parent);
    l->setObjectName(objectName);
    l->setTextInteractionFlags(Qt::TextSelectableByMouse);
    l->setWordWrap(true);
    return l;
}
} // namespace

FhirImportMatchDialog::FhirImportMatchDialog(const QString& fileName, const std::optional<Patient>& filePatient,
                                             const QList<Patient>& candidates, QWidget* parent)
    : QDialog(parent)
    , m_candidates(candidates) {
    setObjectName(QStringLiteral("fhirImportMatchDialog"));
    setWindowTitle(tr("Confirm the patient"));
    auto* layout = new QVBoxLayout(this);

    auto* intro = new QLabel(
        tr("<b>%1</b> is about a patient with the same name, reading and birth date as a patient of this clinic, "
           "but no insured-person identifier links them. Is it the same person?")
            .arg(QFileInfo(fileName).fileName().toHtmlEscaped()),
        this);
    intro->setObjectName(QStringLiteral("matchIntroLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // Side by side: the file's patient in the first column, ours after it (one column per candidate).
    auto* table = new QFrame(this);
    table->setObjectName(QStringLiteral("matchComparison"));
    table->setFrameShape(QFrame::StyledPanel);
    auto* grid = new QGridLayout(table);
    grid->setHorizontalSpacing(24);
    const QStringList rows = {tr("Patient no."), tr("Name"), tr("Reading (kana)"),
                              tr("Birth date"),  tr("Sex"),  tr("Insured-person identifier")};
    for (int r = 0; r < rows.size(); ++r) {
        auto* caption = new QLabel(rows.at(r), table);
        caption->setStyleSheet(QStringLiteral("font-weight: bold;"));
        grid->addWidget(caption, r + 1, 0, Qt::AlignTop);
    }
    auto* fileHeader = new QLabel(tr("In the received file"), table);
    fileHeader->setStyleSheet(QStringLiteral("font-weight: bold;"));
    grid->addWidget(fileHeader, 0, 1);
    const Patient in = filePatient.value_or(Patient{});
    const QStringList fileValues = {tr("(the sender's)"),
                                    orDash(in.fullName()),
                                    orDash(in.fullKana()),
                                    orDash(DisplayText::birthDate(in.birthDate)),
                                    filePatient ? DisplayText::sex(in.sex) : QStringLiteral("—"),
                                    filePatient ? insuranceText(in.insurance) : QStringLiteral("—")};
    const char* fields[] = {"Number", "Name", "Kana", "BirthDate", "Sex", "Insurance"};
    for (int r = 0; r < fileValues.size(); ++r) {
        grid->addWidget(
            valueLabel(table, fileValues.at(r), QStringLiteral("file%1Label").arg(QLatin1String(fields[r]))), r + 1, 1,
            Qt::AlignTop);
    }

    m_candidateChoice = new QButtonGroup(this);
    for (int c = 0; c < candidates.size(); ++c) {
        const Patient& p = candidates.at(c);
        const int column = c + 2;
        if (candidates.size() == 1) {
            auto* header = new QLabel(tr("In this clinic"), table);
            header->setStyleSheet(QStringLiteral("font-weight: bold;"));
            grid->addWidget(header, 0, column);
        } else {
            // Several of ours agree with the file: the user ticks the one it is about.
            auto* pick = new QRadioButton(tr("In this clinic (%1)").arg(c + 1), table);
            pick->setObjectName(QStringLiteral("candidateRadio_%1").arg(p.number));
            pick->setChecked(c == 0);
            m_candidateChoice->addButton(pick, c);
            grid->addWidget(pick, 0, column);
        }
        const QStringList ours = {
            DisplayText::patientNumber(p.number),        orDash(p.fullName()),    orDash(p.fullKana()),
            orDash(DisplayText::birthDate(p.birthDate)), DisplayText::sex(p.sex), insuranceText(p.insurance)};
        for (int r = 0; r < ours.size(); ++r) {
            grid->addWidget(valueLabel(table, ours.at(r),
                                       QStringLiteral("candidate%1%2Label").arg(c).arg(QLatin1String(fields[r]))),
                            r + 1, column, Qt::AlignTop);
        }
    }
    grid->setColumnStretch(1, 1);
    for (int c = 0; c < candidates.size(); ++c) {
        grid->setColumnStretch(c + 2, 1);
    }
    layout->addWidget(table);

    auto* hint = new QLabel(tr("Importing adds the file's items to the chart read-only, marked with the sending "
                               "institution. Once you confirm, later files from the same sender are matched without "
                               "asking."),
                            this);
    hint->setObjectName(QStringLiteral("matchHintLabel"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto* buttons = new QDialogButtonBox(this);
    m_accept = new QPushButton(
        candidates.size() == 1 ? tr("&Import into this patient") : tr("&Import into the ticked patient"), this);
    m_accept->setObjectName(QStringLiteral("matchAcceptButton"));
    auto* create = new QPushButton(tr("Register as a &new patient"), this);
    create->setObjectName(QStringLiteral("matchCreateButton"));
    auto* skip = new QPushButton(tr("&Do not import"), this);
    skip->setObjectName(QStringLiteral("matchSkipButton"));
    // Enter alone must not put one patient's data into another's chart: the safe choice is the default.
    m_accept->setAutoDefault(false);
    create->setAutoDefault(false);
    skip->setDefault(true);
    buttons->addButton(m_accept, QDialogButtonBox::AcceptRole);
    buttons->addButton(create, QDialogButtonBox::ActionRole);
    buttons->addButton(skip, QDialogButtonBox::RejectRole);
    m_accept->setEnabled(!candidates.isEmpty());
    connect(m_accept, &QPushButton::clicked, this, [this] { choose(Choice::Accept); });
    connect(create, &QPushButton::clicked, this, [this] { choose(Choice::Create); });
    connect(skip, &QPushButton::clicked, this, [this] { choose(Choice::Skip); });
    layout->addWidget(buttons);

    skip->setFocus();
    setMinimumWidth(720);
}

qint64 FhirImportMatchDialog::acceptedPatientId() const {
    if (m_candidates.isEmpty()) {
        return 0;
    }
    const int ticked = m_candidateChoice->checkedId();
    return m_candidates.value(ticked < 0 ? 0 : ticked).id;
}

void FhirImportMatchDialog::choose(Choice choice) {
    m_choice = choice;
    choice == Choice::Skip ? reject() : accept();
}

} // namespace tsumugi::ui
