// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prompts/UserPrompts.h"

#include <QList>
#include <QStringList>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace smsc::test {

//! Pre-answered prompts for GUI tests: answers are queued like the real dialogs, never modal;
//! warnings are only recorded.
class ScriptedPrompts final : public UserPrompts
{
public:
    QStringList fileNames;           //!< answers to save/open file questions, in order
    QStringList directories;         //!< answers to folder questions, in order
    QList<Overwrite> overwriteAnswers;
    QList<bool> confirmAnswers;      //!< answers to yes/no questions; none left means "no"
    QList<Unsaved> unsavedAnswers;   //!< answers to "save changes?"; none left means Discard
    QStringList asked;               //!< captions / file names of every question asked
    QStringList warnings;            //!< "title: text" of every warning shown
    QList<int> choiceAnswers;        //!< answers to choose() (index of the answer); none left means Cancel (-1)
    QStringList questions;           //!< "title: text" of every confirm() and choose() question

    void warning(QWidget *, const QString &title, const QString &text) override
    {
        warnings.append(title + u": "_s + text);
    }
    void saveFileName(QWidget *, const QString &caption, const QString &suggested, const QString &,
                      NameCallback done) override
    {
        asked << caption << suggested;
        answer(fileNames, std::move(done));
    }
    void openFileName(QWidget *, const QString &caption, const QString &, const QString &,
                      NameCallback done) override
    {
        asked << caption;
        answer(fileNames, std::move(done));
    }
    void directory(QWidget *, const QString &caption, const QString &, NameCallback done) override
    {
        asked << caption;
        answer(directories, std::move(done));
    }
    void overwrite(QWidget *, const QString &fileName, std::function<void(Overwrite)> done) override
    {
        asked << fileName;
        const Overwrite choice = overwriteAnswers.isEmpty() ? Overwrite::Cancel : overwriteAnswers.takeFirst();
        QTimer::singleShot(0, [done = std::move(done), choice] { done(choice); });
    }

    void confirm(QWidget *, const QString &title, const QString &text, const QString &,
                 std::function<void(bool)> done) override
    {
        asked << title;
        questions << title + u": "_s + text;
        const bool yes = !confirmAnswers.isEmpty() && confirmAnswers.takeFirst();
        QTimer::singleShot(0, [done = std::move(done), yes] { done(yes); });
    }

    void choose(QWidget *, const QString &title, const QString &text, const QStringList &,
                std::function<void(int)> done) override
    {
        asked << title;
        questions << title + u": "_s + text;
        const int choice = choiceAnswers.isEmpty() ? -1 : choiceAnswers.takeFirst();
        QTimer::singleShot(0, [done = std::move(done), choice] { done(choice); });
    }

    void unsavedChanges(QWidget *, const QString &name, std::function<void(Unsaved)> done) override
    {
        asked << u"unsaved: "_s + name;
        const Unsaved choice = unsavedAnswers.isEmpty() ? Unsaved::Discard : unsavedAnswers.takeFirst();
        QTimer::singleShot(0, [done = std::move(done), choice] { done(choice); });
    }

private:
    static void answer(QStringList &answers, NameCallback done)
    {
        const QString value = answers.isEmpty() ? QString() : answers.takeFirst();
        QTimer::singleShot(0, [done = std::move(done), value] { done(value); });
    }
};

} // namespace smsc::test
