#pragma once

#include "prompts/Prompter.h"

namespace smsc {

//! The real thing: QMessageBox and QFileDialog.
class WidgetPrompter final : public Prompter
{
public:
    void warning(QWidget *parent, const QString &title, const QString &text) override;
    QString openFileName(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                         const QString &filter) override;
};

} // namespace smsc
