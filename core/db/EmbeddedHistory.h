#pragma once

#include "core/db/Migration.h"

#include <vector>

namespace tsumugi {

// The embedded record's schema as it was shipped, step by step (1 to 17): the way an older record file is brought
// up to date. Shipped steps are never edited; a new record does not run them (it is made from the storage model,
// Schema::model()), and core_test_schema_parity proves that a record brought through them ends where the model is.
// Steps after 17 are written from the model (SchemaDdl) in Schema::migrations.
class EmbeddedHistory {
public:
    static std::vector<Migration> steps();
};

} // namespace tsumugi
