#pragma once

#include "core/sharing/ReferralLetter.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tsumugi {
class ClinicRecord;
}

namespace tsumugi::ui {

// 紹介状受信箱: the referral letters addressed to this clinic. "Fetch" stores new letters from the sharing
// service's mailbox (each before its receipt is sent) and links them to our patients; the list shows what is
// kept in the record, the selected letter's document read-only. A doctor files a letter into the chart (カルテに
// 取り込む) and opens it in the document viewer.
class ReferralInbox : public QDialog {
    Q_OBJECT
public:
    explicit ReferralInbox(ClinicRecord& record, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

public slots:
    bool fetch();
    void reload();
    // A doctor files the selected letter into the patient's chart (received document + its coded items);
    // a patient found only by name, reading and birth date is confirmed first. False when nothing was filed.
    bool fileSelected();
    // Opens the selected letter, once filed, in the document viewer (read-only, printable).
    void openSelected();

private:
    void showSelected();
    int selectedRow() const;
    void showMessage(const QString& message, bool isError);

    ClinicRecord& m_record;
    QList<ReferralLetter> m_letters;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_document = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_fetch = nullptr;
    QPushButton* m_file = nullptr;
    QPushButton* m_open = nullptr;
};

} // namespace tsumugi::ui
