#include "prompts/WidgetPrompter.h"

#include <QFileDialog>
#include <QMessageBox>

namespace smsc {

void WidgetPrompter::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

QString WidgetPrompter::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString WidgetPrompter::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                     const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

} // namespace smsc
