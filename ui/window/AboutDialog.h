// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;

namespace smsc {

//! Help > About: the program's name, version and git commit, licence and home page.
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_title;
    QLabel *m_version;
    QLabel *m_licence;
    QLabel *m_homepage;
};

} // namespace smsc
