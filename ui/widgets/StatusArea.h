// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QScrollArea>

class QLabel;

namespace smsc {

//! A message area of fixed height that scrolls when a message is longer, so a message never moves
//! the widgets around it. The text can be selected with the mouse.
class StatusArea final : public QScrollArea
{
    Q_OBJECT
public:
    //! `lines`: how many lines show without scrolling. The label is named `labelName`.
    StatusArea(int lines, const QString &labelName, QWidget *parent = nullptr);

    void setText(const QString &text);
    QLabel *label() const { return m_label; }

private:
    QLabel *m_label;
};

} // namespace smsc
