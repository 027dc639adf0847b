#pragma once

#include "core/masters/MasterEntry.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <optional>

namespace tsumugi {

// One official master file as SSK publishes it: a zip holding one Shift_JIS text member (b_*.txt, z_*.txt,
// y_*.csv). Opened with libzip from disk or from memory (the copies shipped inside Tsumugi); a bare text file
// is accepted too, so a clinic that already unzipped one is not turned away.
class MasterArchive {
    Q_DECLARE_TR_FUNCTIONS(MasterArchive)
public:
    QString fileName;   // the archive's own name (b_20240601.zip)
    QString memberName; // the text member inside (b_20240601.txt); equals fileName for a bare file
    QByteArray content; // the member's bytes, as published (Shift_JIS, CRLF)

    // Throws Error (FileMissing, Validation) with a message naming the file.
    static MasterArchive readFile(const QString& path);
    static MasterArchive fromBytes(const QByteArray& bytes, const QString& fileName);

    // The kind the SSK file name says (b_ 傷病名, z_ 修飾語, y_ 医薬品), or nothing.
    std::optional<MasterKind> kind() const;
    static std::optional<MasterKind> kindOfName(const QString& name);
};

} // namespace tsumugi
