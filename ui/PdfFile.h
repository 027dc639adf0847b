#pragma once

#include <QCoreApplication>
#include <QString>
#include <functional>

class QPrinter;

namespace tsumugi::ui {

// A PDF written for a person to keep (a letter, the recovery sheet): Qt's printer in PDF mode, checked afterwards
// (QPrinter reports no failure), and owner-only like the record.
class PdfFile {
    Q_DECLARE_TR_FUNCTIONS(PdfFile)
public:
    // print lays the pages out on the printer; false with *error set when the file was not written.
    static bool write(const QString& path, const QString& title, const std::function<void(QPrinter*)>& print,
                      QString* error = nullptr);
};

} // namespace tsumugi::ui
