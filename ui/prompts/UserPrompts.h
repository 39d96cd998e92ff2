#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace smsc {

/*!
 * Questions the UI asks the user: file names, folders, overwrite choices. Every call is
 * asynchronous (window-modal, no nested event loop); `done` runs once with the answer.
 * Tests inject a scripted implementation so nothing ever blocks on a modal dialog.
 */
class UserPrompts
{
public:
    enum class Overwrite { Replace, KeepBoth, Cancel };
    using NameCallback = std::function<void(const QString &)>;  //!< empty when cancelled

    virtual ~UserPrompts() = default;

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
};

} // namespace smsc
