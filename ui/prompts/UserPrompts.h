// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <functional>

class QWidget;

namespace smsc {

/*!
 * Every modal question and warning the UI shows: file names, folders, overwrite choices, yes/no,
 * warnings. Every call is asynchronous (window-modal, no nested event loop); `done` runs once with
 * the answer. Tests inject a scripted implementation so nothing ever blocks on a modal dialog.
 */
class UserPrompts
{
public:
    enum class Overwrite { Replace, KeepBoth, Cancel };
    enum class Unsaved { Save, Discard, Cancel };
    using NameCallback = std::function<void(const QString &)>;  //!< empty when cancelled

    virtual ~UserPrompts() = default;

    //! Tells the user something went wrong; nothing waits for the box to close.
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                              const QString &filter, NameCallback done) = 0;
    virtual void openFileName(QWidget *parent, const QString &caption, const QString &directory,
                              const QString &filter, NameCallback done) = 0;
    virtual void directory(QWidget *parent, const QString &caption, const QString &start,
                           NameCallback done) = 0;
    virtual void overwrite(QWidget *parent, const QString &fileName, std::function<void(Overwrite)> done) = 0;
    //! A yes/no question whose "yes" button says what happens (e.g. "Delete").
    virtual void confirm(QWidget *parent, const QString &title, const QString &text,
                         const QString &acceptLabel, std::function<void(bool)> done) = 0;
    //! A question with several answers besides Cancel, each a button label saying what happens;
    //! `done` gets the index of the answer chosen, or -1 for Cancel.
    virtual void choose(QWidget *parent, const QString &title, const QString &text, const QStringList &answers,
                        std::function<void(int)> done) = 0;
    //! "`name` has unsaved changes": Save, Discard or Cancel (stay and keep editing).
    virtual void unsavedChanges(QWidget *parent, const QString &name, std::function<void(Unsaved)> done) = 0;
};

} // namespace smsc
