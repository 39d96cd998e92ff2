// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "prompts/UserPrompts.h"

namespace smsc {

//! The real prompts: QFileDialog and QMessageBox opened with open(), answered through signals.
class WidgetPrompts final : public UserPrompts
{
public:
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    void saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                      const QString &filter, NameCallback done) override;
    void openFileName(QWidget *parent, const QString &caption, const QString &directory,
                      const QString &filter, NameCallback done) override;
    void directory(QWidget *parent, const QString &caption, const QString &start, NameCallback done) override;
    void overwrite(QWidget *parent, const QString &fileName, std::function<void(Overwrite)> done) override;
    void confirm(QWidget *parent, const QString &title, const QString &text, const QString &acceptLabel,
                 std::function<void(bool)> done) override;
    void choose(QWidget *parent, const QString &title, const QString &text, const QStringList &answers,
                std::function<void(int)> done) override;
    void unsavedChanges(QWidget *parent, const QString &name, std::function<void(Unsaved)> done) override;
};

} // namespace smsc
