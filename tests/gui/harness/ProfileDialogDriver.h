// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/ProfileDialog.h"
#include "profiles/SecretLineEdit.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>

namespace smsc::test {

//! Drives a ProfileDialog by object names, the way a user fills the form.
struct ProfileDialogDriver
{
    ProfileDialog *dialog;

    template<typename T = QWidget>
    T *find(const char *name) const
    {
        T *widget = dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qWarning("no widget named %s", name);
        return widget;
    }
    void type(const char *name, const QString &text) const
    {
        auto *edit = find<QLineEdit>(name);
        edit->selectAll();
        edit->del();
        edit->insert(text);  // like a paste: no per-key completion
    }
    QString text(const char *name) const { return find<QLineEdit>(name)->text(); }
    void choose(const char *combo, const QVariant &data) const
    {
        auto *box = find<QComboBox>(combo);
        box->setCurrentIndex(box->findData(data));
        emit box->activated(box->currentIndex());  // as a user's pick does
    }
    QString status() const { return find<QLabel>("statusLabel")->text(); }
    //! The visible error text next to `field`, empty when none is shown.
    QString errorNextTo(const char *field) const
    {
        auto *label = dialog->findChild<QLabel *>(QString::fromLatin1(field) + u"Error");
        return label && label->isVisibleTo(dialog) ? label->text() : QString();
    }
    void click(const char *name) const { QTest::mouseClick(find<QAbstractButton>(name), Qt::LeftButton); }
    //! An entry of the Advanced menu, as a click on it does.
    void trigger(const char *name) const { find<QAction>(name)->trigger(); }
    //! Clicks Save and waits until the dialog reports the outcome; returns (ok, secretsSaved).
    QPair<bool, bool> save() const
    {
        QSignalSpy spy(dialog, &ProfileDialog::saveFinished);
        click("saveButton");
        if (spy.isEmpty() && !spy.wait(15000))
            return {false, false};
        return {spy.first().at(0).toBool(), spy.first().at(1).toBool()};
    }
};

} // namespace smsc::test
