#pragma once

#include "core/chart/ChartItemJournal.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

class QPushButton;
class QTableWidget;
class QWidget;

namespace tsumugi::ui {

// What the chart's tabs share in showing items: the same table, rows, buttons and words for received and
// withdrawn items, so every tab reads alike.
class ChartTables {
    Q_DECLARE_TR_FUNCTIONS(ChartTables)
public:
    static QTableWidget* makeTable(QWidget* parent, const char* objectName, const QStringList& headers);
    // One row; withdrawn rows are greyed and struck through, never hidden (nothing is deleted from a chart).
    static void setRow(QTableWidget* table, int row, qint64 id, const QStringList& cells, bool withdrawn,
                       const QString& tooltip = {}, bool ended = false);
    static QPushButton* makeButton(QWidget* parent, const char* objectName, const QString& text,
                                   const QString& tip = {});
    // Items received from another institution (FHIR import) are shown with it and are read-only here.
    static QString receivedName(const QString& name, const QString& sourceInstitution);
    // The reason of a withdrawal is kept with its version row (the item itself only says it was withdrawn).
    static QString withdrawalReason(const QList<ChartItemVersion>& versions);
    // The item id of the table's current row (setRow keeps it in every cell), 0 when none.
    static qint64 selectedRowId(const QTableWidget* table);
    // Asks why an item is withdrawn; false when cancelled or left empty.
    static bool confirmReason(QWidget* parent, const QString& title, QString* reason);
};

} // namespace tsumugi::ui
