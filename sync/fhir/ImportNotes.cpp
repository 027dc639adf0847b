#include "sync/fhir/ImportNotes.h"

namespace tsumugi::fhir {

void ImportNotes::add(const QString& note) {
    if (!m_counts.contains(note)) {
        m_order.append(note);
    }
    ++m_counts[note];
}

void ImportNotes::elementNotRead(const QString& element) {
    add(tr("%1 is not read here; kept in the raw JSON.").arg(element));
}

void ImportNotes::unknownCode(const QString& element, const QString& system, const QString& code) {
    add(tr("%1: unknown code %2 (%3); kept in the raw JSON.")
            .arg(element, code, system.isEmpty() ? tr("no system") : system));
}

QStringList ImportNotes::lines() const {
    QStringList out;
    for (const QString& note : m_order) {
        const int n = m_counts.value(note);
        out << (n > 1 ? tr("%1 (×%2)").arg(note).arg(n) : note);
    }
    return out;
}

} // namespace tsumugi::fhir
