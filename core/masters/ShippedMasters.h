#pragma once

#include "core/masters/MasterArchive.h"
#include "core/masters/MasterEntry.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace tsumugi {

// The masters Tsumugi ships, so a new record charts with the official codes from its first minute:
// the SSK 傷病名 (b_), 修飾語 (z_) and 医薬品 (y_) zips exactly as SSK publishes them (compiled into the library
// as Qt resources), and the JP-CLINS core lab and infection JLAC codes (compiled in from the package's facts).
class ShippedMasters {
    Q_DECLARE_TR_FUNCTIONS(ShippedMasters)
public:
    // The kinds every new record is filled with, in the order they are loaded.
    static QList<MasterKind> kinds();
    // The shipped SSK zip of that kind (Disease, Modifier, Drug), byte for byte.
    static QByteArray archiveBytes(MasterKind kind);
    static QString archiveName(MasterKind kind);
    // The shipped master of that kind as entries (GenericDrug rides along with Drug; Jlac is compiled in).
    // Parsed once per process: tests and the setup wizard create many records.
    static const QList<MasterEntry>& entries(MasterKind kind, const QString& todayYmd);
    static QString sourceOf(MasterKind kind);
    // 公共データ利用規約 (PDL 1.0) asks for this line wherever the masters are used (About box, package notices).
    static QString attribution();
};

} // namespace tsumugi
