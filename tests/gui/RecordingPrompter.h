#pragma once

#include "Prompter.h"

#include <QStringList>

namespace smsc::test {

//! Pre-answers every modal question so a GUI test never blocks; records what would have been shown.
class RecordingPrompter final : public Prompter
{
public:
    void warning(QWidget *, const QString &title, const QString &text) override
    {
        warnings.append(title + u": "_qs + text);
    }
    QString openFileName(QWidget *, const QString &, const QString &) override { return nextOpenFile; }
    QString saveFileName(QWidget *, const QString &, const QString &, const QString &) override
    {
        return nextSaveFile;
    }

    QStringList warnings;
    QString nextOpenFile;
    QString nextSaveFile;
};

} // namespace smsc::test
