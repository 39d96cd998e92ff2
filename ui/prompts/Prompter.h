#pragma once

#include <QString>

class QWidget;

namespace smsc {

//! Every modal question the window asks goes through here, so GUI tests can pre-answer it.
class Prompter
{
public:
    virtual ~Prompter() = default;
    virtual void warning(QWidget *parent, const QString &title, const QString &text) = 0;
    //! A file to read; empty when the user cancels.
    virtual QString openFileName(QWidget *parent, const QString &title, const QString &filter) = 0;
    //! A file to write (the dialog confirms overwriting); empty when the user cancels.
    virtual QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                 const QString &filter) = 0;
};

} // namespace smsc
