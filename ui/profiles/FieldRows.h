// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QPair>
#include <QString>

#include <functional>

class QFormLayout;
class QGroupBox;
class QLabel;
class QWidget;

namespace smsc {

//! The rows of a form that shows problems in place: a label with the field as its buddy, the field,
//! and a hidden message under the field. The owner keeps the widgets; this keeps which goes with which.
class FieldRows final
{
public:
    //! A titled group holding a new form layout, written to `form`.
    static QGroupBox *addGroup(const QString &objectName, QFormLayout **form);
    //! Adds `field` under `label` (a QT_TR_NOOP source); the message label is named `errorName`.
    //! Returns the row's container, where a compound row may add more widgets.
    QWidget *addRow(QFormLayout *form, const char *label, QWidget *field, const QString &errorName);
    //! A compound row (a field and its button in `row`): its label and message belong to `field`.
    void attachTo(QWidget *row, QWidget *field);
    void setRowVisible(QWidget *field, bool visible) const;
    //! Shows `message` under `field` and focuses it; false when `field` has no row here.
    bool showError(QWidget *field, const QString &message) const;
    void clearErrors() const;
    //! A message about a line edit goes once the user edits it.
    void hideErrorsOnEdit() const;
    //! Sets every label's text through `translate`, the owner's tr(), and names its field after it.
    void retranslate(const std::function<QString(const char *)> &translate) const;

private:
    struct Row
    {
        QFormLayout *form = nullptr;
        QWidget *container = nullptr;
        QLabel *error = nullptr;
    };
    QList<QPair<QLabel *, const char *>> m_labels;
    QHash<QWidget *, Row> m_rows;  // field → its row
};

} // namespace smsc
