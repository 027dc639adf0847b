#include "ui/HelpDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tsumugi::ui {

HelpDialog::HelpDialog(const QString& title, const QString& introHtml, const QList<QAction*>& actions, QWidget* parent)
    : QDialog(parent) {
    setObjectName(QStringLiteral("helpDialog"));
    setWindowTitle(title);
    QString rows;
    for (const QAction* a : actions) {
        const QString keys =
            a->shortcuts().isEmpty() ? QString() : QKeySequence::listToString(a->shortcuts(), QKeySequence::NativeText);
        // "ロック(&L)" and "&Lock" both read as the words alone; "…" (opens a dialog) says nothing here.
        static const QRegularExpression japaneseMnemonic(QStringLiteral("\\(&.\\)"));
        QString what = a->text();
        what.remove(japaneseMnemonic);
        what.remove(QLatin1Char('&'));
        what.remove(QStringLiteral("…"));
        if (keys.isEmpty() || what.isEmpty()) {
            continue;
        }
        rows += QStringLiteral("<tr><td style='padding-right:18px'>%1</td><td><b>%2</b></td></tr>")
                    .arg(what.toHtmlEscaped(), keys.toHtmlEscaped());
    }
    m_page = new QTextBrowser(this);
    m_page->setObjectName(QStringLiteral("helpPage"));
    m_page->setHtml(
        QStringLiteral("<h3>%1</h3>%2<h4>%3</h4><table>%4</table><p>%5</p>")
            .arg(title.toHtmlEscaped(), introHtml, tr("Keys").toHtmlEscaped(), rows,
                 tr("Alt with an underlined letter presses that button or opens that menu.").toHtmlEscaped()));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_page);
    layout->addWidget(buttons);
    resize(560, 600);
}

QString HelpDialog::pageText() const {
    return m_page->toPlainText();
}

} // namespace tsumugi::ui
