#include "ui/EligibilityResultView.h"

#include "core/eligibility/InsuranceDifference.h"
#include "ui/DisplayText.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tsumugi::ui {

namespace {
const QString Red = QStringLiteral("#b00020");
const QString Green = QStringLiteral("#1b5e20");
const QString Orange = QStringLiteral("#e65100");

QString orDash(const QString& s) {
    return s.isEmpty() ? QStringLiteral("—") : s;
}
QString dateText(const QDate& d) {
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("—");
}
QString timeText(const QDateTime& t) {
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}
} // namespace

EligibilityResultView::EligibilityResultView(QWidget* parent)
    : QWidget(parent) {
    setObjectName(QStringLiteral("eligibilityResultView"));
    m_headline = new QLabel(this);
    m_headline->setObjectName(QStringLiteral("eligibilityValidityLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("eligibilityMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();

    m_detailsBox = new QGroupBox(tr("Qualification"), this);
    m_details = new QFormLayout(m_detailsBox);

    m_diffBox = new QGroupBox(tr("Differs from the registered insurance"), this);
    m_diffBox->setObjectName(QStringLiteral("insuranceDiffBox"));
    m_diff = new QTableWidget(0, 3, m_diffBox);
    m_diff->setObjectName(QStringLiteral("insuranceDiffTable"));
    m_diff->setHorizontalHeaderLabels({tr("Field"), tr("Registered"), tr("Reported by the service")});
    m_diff->horizontalHeader()->setStretchLastSection(true);
    m_diff->verticalHeader()->hide();
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setMaximumHeight(130);
    m_accept = new QPushButton(tr("&Register the reported insurance"), m_diffBox);
    m_accept->setObjectName(QStringLiteral("acceptInsuranceUpdateButton"));
    m_accept->setToolTip(
        tr("Saves a new version of the patient with this insurance (the old one stays in the history)"));
    connect(m_accept, &QPushButton::clicked, this, &EligibilityResultView::insuranceUpdateRequested);
    m_acceptedLabel = new QLabel(m_diffBox);
    m_acceptedLabel->setObjectName(QStringLiteral("insuranceUpdateAcceptedLabel"));
    m_acceptedLabel->setStyleSheet(QStringLiteral("color: %1;").arg(Green));
    m_acceptedLabel->hide();
    auto* diffLayout = new QVBoxLayout(m_diffBox);
    diffLayout->addWidget(m_diff);
    diffLayout->addWidget(m_accept, 0, Qt::AlignLeft);
    diffLayout->addWidget(m_acceptedLabel);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_headline);
    layout->addWidget(m_message);
    layout->addWidget(m_detailsBox);
    layout->addWidget(m_diffBox);
    layout->addStretch(1);
    clear();
}

QString EligibilityResultView::validityText(EligibilityResult::Validity v) {
    switch (v) {
    case EligibilityResult::Validity::Valid:
        return tr("Valid (有効)");
    case EligibilityResult::Validity::Invalid:
        return tr("Invalid (無効)");
    case EligibilityResult::Validity::NewQualification:
        return tr("New qualification (新しい資格あり)");
    case EligibilityResult::Validity::NotFound:
        return tr("No match (該当なし)");
    case EligibilityResult::Validity::Multiple:
        return tr("Several matches (複数該当)");
    }
    return {};
}

void EligibilityResultView::setHeadline(const QString& text, const QString& color, bool alarming) {
    QFont f = font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * (alarming ? 2.0 : 1.5));
    m_headline->setFont(f);
    m_headline->setStyleSheet(alarming ? QStringLiteral("color: white; background: %1; padding: 6px;").arg(color)
                                       : QStringLiteral("color: %1; padding: 6px;").arg(color));
    m_headline->setText(text);
    m_headline->setProperty("alarming", alarming);
    m_headline->show();
}

QString EligibilityResultView::headline() const {
    return m_headline->text();
}

void EligibilityResultView::addRow(const QString& label, const QString& value, const QString& objectName) {
    auto* v = new QLabel(value, m_detailsBox);
    v->setTextInteractionFlags(Qt::TextSelectableByMouse);
    v->setWordWrap(true);
    if (!objectName.isEmpty()) {
        v->setObjectName(objectName);
    }
    m_details->addRow(label, v);
}

void EligibilityResultView::clear() {
    m_headline->clear();
    m_headline->hide();
    m_message->hide();
    while (m_details->rowCount() > 0) {
        m_details->removeRow(0);
    }
    m_detailsBox->hide();
    m_diffBox->hide();
    m_acceptedLabel->hide();
}

bool EligibilityResultView::offersInsuranceUpdate() const {
    return !m_diffBox->isHidden() && !m_accept->isHidden() && m_accept->isEnabled();
}

void EligibilityResultView::setUpdateAccepted(const QString& message) {
    m_accept->setEnabled(false);
    m_accept->hide();
    m_acceptedLabel->setText(message);
    m_acceptedLabel->show();
}

void EligibilityResultView::display(const EligibilityCheck& check, const std::optional<Patient>& registered) {
    clear();
    if (check.status == EligibilityCheck::Status::NotChecked) {
        setHeadline(tr("Not checked (未確認)"), Red, true);
        m_message->setText(check.message);
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Red));
        m_message->show();
        return;
    }
    if (check.status == EligibilityCheck::Status::Error || !check.result) {
        setHeadline(check.errorCode == QLatin1String("invalid-check-digit") ? tr("Wrong check digit")
                                                                            : tr("Not confirmed"),
                    Red, true);
        m_message->setText(check.message);
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Red));
        m_message->show();
        return;
    }
    const EligibilityResult& r = *check.result;
    switch (r.validity) {
    case EligibilityResult::Validity::Valid:
        setHeadline(validityText(r.validity), Green, false);
        break;
    case EligibilityResult::Validity::NewQualification:
        setHeadline(validityText(r.validity), Orange, true);
        m_message->setText(tr("The card presented is no longer valid; the patient has a newer qualification "
                              "(shown below). Ask for the new insurance card."));
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Orange));
        m_message->show();
        break;
    case EligibilityResult::Validity::Invalid:
        setHeadline(validityText(r.validity), Red, true);
        m_message->setText(tr("This qualification has been lost (資格喪失). Do not bill this insurer; ask the "
                              "patient for their current insurance."));
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Red));
        m_message->show();
        break;
    case EligibilityResult::Validity::NotFound:
        setHeadline(validityText(r.validity), Red, true);
        m_message->setText(tr("Nobody with these card data is known to the service. Check the numbers and the "
                              "birth date."));
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Red));
        m_message->show();
        return;
    case EligibilityResult::Validity::Multiple:
        setHeadline(validityText(r.validity), Red, true);
        m_message->setText(tr("%n persons match these card data. Check with the My Number card or the branch "
                              "number (枝番).",
                              nullptr, r.matches));
        m_message->setStyleSheet(QStringLiteral("color: %1;").arg(Red));
        m_message->show();
        return;
    }

    addRow(tr("Name"), QStringLiteral("%1（%2）").arg(r.name, r.kana), QStringLiteral("eligibilityNameValue"));
    addRow(tr("Birth date"), dateText(r.birthDate));
    const auto addQualification = [&](const QualificationInfo& q, const QString& prefix) {
        addRow(prefix + tr("Insurer"), QStringLiteral("%1  %2").arg(q.insurance.insurerNumber, orDash(q.insurerName)),
               prefix.isEmpty() ? QStringLiteral("eligibilityInsurerValue")
                                : QStringLiteral("eligibilityNewInsurerValue"));
        addRow(prefix + tr("Symbol / number / branch"),
               QStringLiteral("%1 / %2 / %3")
                   .arg(orDash(q.insurance.symbol), orDash(q.insurance.number), orDash(q.insurance.branch)));
        addRow(prefix + tr("Valid from / lost on"),
               QStringLiteral("%1 / %2").arg(dateText(q.acquiredOn), dateText(q.lostOn)));
        addRow(prefix + tr("Copay rate"), orDash(q.copayRate),
               prefix.isEmpty() ? QStringLiteral("eligibilityCopayValue") : QString());
        addRow(prefix + tr("Insured category"), orDash(q.insuredCategory));
        if (!q.limitCategory.isEmpty()) {
            addRow(prefix + tr("Limit category (限度額適用)"), q.limitCategory);
        }
        if (!q.elderlyCategory.isEmpty()) {
            addRow(prefix + tr("Elderly category (高齢受給者)"), q.elderlyCategory);
        }
    };
    if (r.insurance) {
        addQualification(*r.insurance, QString());
    }
    if (r.newInsurance) {
        addQualification(*r.newInsurance, tr("New: "));
    }
    QStringList consents;
    if (r.consents.clinical) {
        consents << tr("clinical information");
    }
    if (r.consents.medication) {
        consents << tr("medication information");
    }
    if (r.consents.checkup) {
        consents << tr("health checks");
    }
    if (r.consents.surgery) {
        consents << tr("surgery information");
    }
    addRow(tr("Consent to view"),
           consents.isEmpty() ? tr("none (the shared record can only be read in an emergency)")
                              : tr("%1 (until %2)").arg(consents.join(tr(", ")), timeText(r.consents.expiresAt)),
           QStringLiteral("eligibilityConsentValue"));
    addRow(tr("Checked at"), timeText(r.checkedAt));
    m_detailsBox->show();

    if (registered) {
        if (const auto proposed = InsuranceDifference::proposedFor(r)) {
            const auto diff = InsuranceDifference::between(registered->insurance, *proposed);
            if (!diff.isEmpty()) {
                m_diff->setRowCount(diff.size());
                for (int i = 0; i < diff.size(); ++i) {
                    m_diff->setItem(i, 0, new QTableWidgetItem(diff[i].label));
                    m_diff->setItem(i, 1, new QTableWidgetItem(orDash(diff[i].registered)));
                    m_diff->setItem(i, 2, new QTableWidgetItem(orDash(diff[i].reported)));
                }
                m_diff->resizeColumnsToContents();
                m_diffBox->show();
                const bool accepted = check.insuranceUpdateAt.isValid();
                m_accept->setVisible(!accepted);
                m_accept->setEnabled(!accepted);
            }
        }
    }
}

} // namespace tsumugi::ui
