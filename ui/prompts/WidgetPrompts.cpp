// SPDX-License-Identifier: GPL-3.0-or-later
#include "prompts/WidgetPrompts.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace smsc {
namespace {

void openFileDialog(QFileDialog *dialog, UserPrompts::NameCallback done)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, done = std::move(done)](int result) {
        done(result == QDialog::Accepted ? dialog->selectedFiles().value(0) : QString());
    });
    dialog->open();
}

} // namespace

void WidgetPrompts::warning(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

void WidgetPrompts::saveFileName(QWidget *parent, const QString &caption, const QString &suggestedPath,
                                 const QString &filter, NameCallback done)
{
    auto *dialog = new QFileDialog(parent, caption, suggestedPath, filter);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    openFileDialog(dialog, std::move(done));
}

void WidgetPrompts::openFileName(QWidget *parent, const QString &caption, const QString &directory,
                                 const QString &filter, NameCallback done)
{
    auto *dialog = new QFileDialog(parent, caption, directory, filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    openFileDialog(dialog, std::move(done));
}

void WidgetPrompts::directory(QWidget *parent, const QString &caption, const QString &start, NameCallback done)
{
    auto *dialog = new QFileDialog(parent, caption, start);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    openFileDialog(dialog, std::move(done));
}

void WidgetPrompts::overwrite(QWidget *parent, const QString &fileName, std::function<void(Overwrite)> done)
{
    auto *box = new QMessageBox(QMessageBox::Question,
                                QCoreApplication::translate("smsc::WidgetPrompts", "File exists"),
                                QCoreApplication::translate("smsc::WidgetPrompts",
                                                            "\"%1\" already exists in this folder. "
                                                            "Replace it, or keep both files?")
                                    .arg(QFileInfo(fileName).fileName()),
                                QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *replace = box->addButton(
        QCoreApplication::translate("smsc::WidgetPrompts", "&Replace"), QMessageBox::DestructiveRole);
    QPushButton *keepBoth = box->addButton(
        QCoreApplication::translate("smsc::WidgetPrompts", "&Keep both"), QMessageBox::AcceptRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keepBoth);
    QObject::connect(box, &QMessageBox::finished, box, [box, replace, keepBoth, done = std::move(done)] {
        const auto *clicked = box->clickedButton();
        done(clicked == replace ? Overwrite::Replace : clicked == keepBoth ? Overwrite::KeepBoth
                                                                            : Overwrite::Cancel);
    });
    box->open();
}

void WidgetPrompts::confirm(QWidget *parent, const QString &title, const QString &text,
                            const QString &acceptLabel, std::function<void(bool)> done)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    QObject::connect(box, &QMessageBox::finished, box, [box, accept, done = std::move(done)] {
        done(box->clickedButton() == accept);
    });
    box->open();
}

void WidgetPrompts::choose(QWidget *parent, const QString &title, const QString &text, const QStringList &answers,
                           std::function<void(int)> done)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QList<QPushButton *> buttons;
    for (const QString &answer : answers)
        buttons.append(box->addButton(answer, QMessageBox::AcceptRole));
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    QObject::connect(box, &QMessageBox::finished, box, [box, buttons, done = std::move(done)] {
        done(int(buttons.indexOf(box->clickedButton())));
    });
    box->open();
}

void WidgetPrompts::unsavedChanges(QWidget *parent, const QString &name, std::function<void(Unsaved)> done)
{
    auto *box = new QMessageBox(QMessageBox::Question,
                                QCoreApplication::translate("smsc::WidgetPrompts", "Unsaved changes"),
                                QCoreApplication::translate("smsc::WidgetPrompts",
                                                            "The profile \"%1\" has changes that are not saved. "
                                                            "Save them?")
                                    .arg(name),
                                QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setDefaultButton(QMessageBox::Save);
    box->setEscapeButton(QMessageBox::Cancel);
    QObject::connect(box, &QMessageBox::finished, box, [box, done = std::move(done)] {
        const QMessageBox::StandardButton clicked = box->standardButton(box->clickedButton());
        done(clicked == QMessageBox::Save      ? Unsaved::Save
             : clicked == QMessageBox::Discard ? Unsaved::Discard
                                               : Unsaved::Cancel);
    });
    box->open();
}

} // namespace smsc
