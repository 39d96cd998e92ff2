#pragma once

#include "prompts/Prompter.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace smsc::test {

//! Pre-answers every modal question so a GUI test never blocks; records what would have been shown.
class RecordingPrompter final : public Prompter
{
public:
    void warning(QWidget *, const QString &title, const QString &text) override
    {
        warnings.append(title + u": "_s + text);
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
