#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace tsumugi::sync {

// Turns the service's answer body into lines a person can act on: for an OperationOutcome each issue as
// "RULE: text" (the rule number first, the guide's Japanese text as the service sent it), for the plain error
// shape "code: message". The English summary line comes from summary() (translated).
class OutcomeText {
    Q_DECLARE_TR_FUNCTIONS(OutcomeText)
public:
    static QStringList issues(const QByteArray& body);
    // Rule numbers cited (R…/SIM-…), in order, without duplicates.
    static QStringList rules(const QByteArray& body);
    // The result code of a success answer (created, replaced, unchanged, deleted, already-deleted).
    static QString resultCode(const QByteArray& body);
    // "The service refused this submission (HTTP 422): R1113, SIM-E01" + the issue lines.
    static QString rejection(int status, const QByteArray& body);
};

} // namespace tsumugi::sync
