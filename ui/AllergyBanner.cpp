#include "ui/AllergyBanner.h"

#include "ui/ChartText.h"

#include <QHBoxLayout>
#include <QLabel>

namespace tsumugi::ui {

AllergyBanner::AllergyBanner(QWidget* parent)
    : QFrame(parent) {
    setObjectName(QStringLiteral("allergyBanner"));
    setFrameShape(QFrame::StyledPanel);
    m_label = new QLabel(this);
    m_label->setObjectName(QStringLiteral("allergyBannerLabel"));
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    QFont f = m_label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    m_label->setFont(f);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label);
    clear();
}

Allergy AllergyBanner::noKnownAllergies(qint64 patientId) {
    Allergy a;
    a.patientId = patientId;
    a.category = Allergy::Category::Other;
    a.codeSystem = Allergy::CodeSystem::None;
    a.name = tr("No known allergies");
    a.comment = Allergy::NoKnownAllergiesMarker;
    return a;
}

void AllergyBanner::clear() {
    setAllergies({});
}

QString AllergyBanner::text() const {
    return m_label->text();
}

void AllergyBanner::setAllergies(const QList<Allergy>& allergies) {
    QStringList items;
    bool noneKnown = false;
    for (const Allergy& a : allergies) {
        if (a.withdrawn) {
            continue;
        }
        if (isNoKnownAllergies(a)) {
            noneKnown = true;
            continue;
        }
        QString item = a.isContraindication()
                           ? tr("Contraindicated: %1").arg(a.name)
                           : QStringLiteral("%1 (%2)").arg(a.name, ChartText::allergyCategory(a.category));
        if (!a.reaction.isEmpty()) {
            item += QStringLiteral(" — ") + a.reaction;
        }
        items << item;
    }
    QString style;
    if (!items.isEmpty()) {
        m_state = State::Recorded;
        m_label->setText(tr("⚠ Allergies / contraindications: %1").arg(items.join(QStringLiteral(" ／ "))));
        style = QStringLiteral("#allergyBanner{background:#c62828;border:1px solid #8e0000;}"
                               "#allergyBannerLabel{color:white;}");
    } else if (noneKnown) {
        m_state = State::NoneKnown;
        m_label->setText(tr("No known allergies (recorded)"));
        style = QStringLiteral("#allergyBanner{background:#e8f5e9;border:1px solid #66bb6a;}"
                               "#allergyBannerLabel{color:#1b5e20;}");
    } else {
        m_state = State::NotRecorded;
        m_label->setText(tr("Allergies not recorded — ask the patient"));
        style = QStringLiteral("#allergyBanner{background:#ffe082;border:1px solid #ff8f00;}"
                               "#allergyBannerLabel{color:#4e342e;}");
    }
    setStyleSheet(style);
}

} // namespace tsumugi::ui
