#pragma once

#include "core/masters/MasterEntry.h"

#include <QList>
#include <QString>

namespace tsumugi {

// The ingredient's name of a drug, as a doctor writes it in an allergy (アモキシシリン for サワシリンカプセル２５０),
// read from the products of the same ingredient: the drug master names products, not ingredients. A suggestion the
// doctor may edit, never a code.
class IngredientName {
public:
    // products: the master's drugs of one ingredient (MasterCatalog::drugsByYj); empty when none has a usable name.
    static QString of(const QList<MasterEntry>& products);
    // One product name cut to its ingredient: 【般】, the dosage form, strength, maker and salt removed.
    static QString fromProductName(const QString& name);
};

} // namespace tsumugi
