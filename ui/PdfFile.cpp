#include "ui/PdfFile.h"

#include <QFile>
#include <QFileInfo>
#include <QPrinter>

namespace tsumugi::ui {

bool PdfFile::write(const QString& path, const QString& title, const std::function<void(QPrinter*)>& print,
                    QString* error) {
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setDocName(title);
    printer.setCreator(QStringLiteral("Tsumugi"));
    print(&printer);
    if (!QFileInfo(path).isFile() || QFileInfo(path).size() == 0) {
        if (error) {
            *error =
                tr("The PDF could not be written to %1. Check that the folder exists and can be written.").arg(path);
        }
        return false;
    }
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return true;
}

} // namespace tsumugi::ui
