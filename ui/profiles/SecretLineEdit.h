// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

class QAction;

namespace smsc {

//! A masked line edit with a "show" toggle action (in the field and in its context menu).
class SecretLineEdit final : public QLineEdit
{
    Q_OBJECT
public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    QAction *revealAction() const { return m_reveal; }
    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QAction *m_reveal;
};

} // namespace smsc
