#pragma once

namespace tsumugi {

class DbConnection;

// The part of a schema step only a desk with the record key can do, run by the migrator inside the step's own
// transaction right after its SQL: on the clinic server, the values of columns the step seals (their plain text made
// bytes by the SQL) are sealed where they are; on both drivers, a step that brings search tokens indexes every
// searched column of the rows already there, and a step that keys a column replaces its values by their tokens. Nothing
// unsealed outlives the step's transaction.
class SealingStep {
public:
    static void run(DbConnection& db, int version);
};

} // namespace tsumugi
