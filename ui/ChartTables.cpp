#include "ui/ChartTables.h"

#include <QColor>
#include <QFont>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>

namespace tsumugi::ui {

QTableWidget* ChartTables::makeTable(QWidget* parent, const char* objectName, const QStringList& headers) {
    auto* t = new QTableWidget(parent);
    t->setObjectName(QString::fromLatin1(objectName));
    t->setColumnCount(int(headers.size()));
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setTabKeyNavigation(false);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    t->setWordWrap(false);
    return t;
}

void ChartTables::setRow(QTableWidget* table, int row, qint64 id, const QStringList& cells, bool withdrawn,
                         const QString& tooltip, bool ended) {
    for (int c = 0; c < cells.size(); ++c) {
        auto* item = new QTableWidgetItem(cells.at(c));
        item->setData(Qt::UserRole, id);
        if (withdrawn || ended) {
            item->setForeground(QColor(0x9e, 0x9e, 0x9e));
        }
        if (withdrawn) {
            QFont f = item->font();
            f.setStrikeOut(true);
            item->setFont(f);
        }
        if (!tooltip.isEmpty()) {
            item->setToolTip(tooltip);
        }
        table->setItem(row, c, item);
    }
}

QPushButton* ChartTables::makeButton(QWidget* parent, const char* objectName, const QString& text, const QString& tip) {
    auto* b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(objectName));
    if (!tip.isEmpty()) {
        b->setToolTip(tip);
    }
    return b;
}

QString ChartTables::receivedName(const QString& name, const QString& sourceInstitution) {
    return sourceInstitution.isEmpty() ? name : tr("%1 [from %2, read-only]").arg(name, sourceInstitution);
}

QString ChartTables::withdrawalReason(const QList<ChartItemVersion>& versions) {
    return versions.isEmpty() ? QString() : versions.last().reason;
}

qint64 ChartTables::selectedRowId(const QTableWidget* table) {
    const int row = table->currentRow();
    if (row < 0 || !table->item(row, 0)) {
        return 0;
    }
    return table->item(row, 0)->data(Qt::UserRole).toLongLong();
}

bool ChartTables::confirmReason(QWidget* parent, const QString& title, QString* reason) {
    bool ok = false;
    *reason = QInputDialog::getText(parent, title, tr("Reason (kept in the record; nothing is deleted):"),
                                    QLineEdit::Normal, QString(), &ok)
                  .trimmed();
    return ok && !reason->isEmpty();
}

} // namespace tsumugi::ui
