// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

class QWidget;

namespace smsc::test {

//! One Alt+key that several controls of one window (or several items of one menu) answer to.
struct MnemonicClash
{
    QString key;        //!< e.g. "Alt+F"
    QStringList owners; //!< "path: text" of each control claiming it
};

//! Finds mnemonics used twice where Qt would treat them as ambiguous: Alt+key then only moves
//! focus between the owners and never presses a button. One scope is the window as shown now:
//! visible buttons, labels with a buddy, group box titles, tab texts and the menu bar's titles.
//! Each menu (reached from the menu bar or a button, submenus included) is a scope of its own.
class MnemonicAudit final
{
public:
    static QList<MnemonicClash> clashes(QWidget *root);
    //! Every mnemonic of the window scope with its owners, for a report.
    static QStringList windowMnemonics(QWidget *root);
    //! One line per clash, for QVERIFY2 messages.
    static QString describe(const QList<MnemonicClash> &clashes);
};

} // namespace smsc::test
