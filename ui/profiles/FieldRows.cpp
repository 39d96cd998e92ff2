// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/FieldRows.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smsc {

QGroupBox *FieldRows::addGroup(const QString &objectName, QFormLayout **form)
{
    auto *group = new QGroupBox;
    group->setObjectName(objectName);
    *form = new QFormLayout(group);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return group;
}

QWidget *FieldRows::addRow(QFormLayout *form, const char *label, QWidget *field, const QString &errorName)
{
    auto *container = new QWidget;
    auto *column = new QVBoxLayout(container);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(2);
    column->addWidget(field);
    auto *error = new QLabel;
    error->setObjectName(errorName);
    error->setWordWrap(true);
    error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    error->hide();
    column->addWidget(error);
    auto *text = new QLabel;
    text->setBuddy(field);
    form->addRow(text, container);
    m_labels.append({text, label});
    m_rows.insert(field, Row{form, container, error});
    return container;
}

void FieldRows::attachTo(QWidget *row, QWidget *field)
{
    m_rows.insert(field, m_rows.take(row));
    for (const auto &[label, source] : std::as_const(m_labels)) {
        if (label->buddy() == row)
            label->setBuddy(field);
    }
}

void FieldRows::setRowVisible(QWidget *field, bool visible) const
{
    const Row row = m_rows.value(field);
    if (row.form)
        row.form->setRowVisible(row.container, visible);
}

bool FieldRows::showError(QWidget *field, const QString &message) const
{
    QLabel *error = m_rows.value(field).error;
    if (!error)
        return false;
    // The text says what is wrong; a warning sign marks it without relying on colour.
    error->setText(u"⚠ "_s + message);
    error->show();
    field->setAccessibleDescription(message);
    field->setFocus(Qt::OtherFocusReason);
    return true;
}

void FieldRows::clearErrors() const
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        it.value().error->clear();
        it.value().error->hide();
        it.key()->setAccessibleDescription(QString());
    }
}

void FieldRows::hideErrorsOnEdit() const
{
    for (auto it = m_rows.cbegin(); it != m_rows.cend(); ++it) {
        if (auto *edit = qobject_cast<QLineEdit *>(it.key()))
            QObject::connect(edit, &QLineEdit::textEdited, it.value().error, &QLabel::hide);
    }
}

void FieldRows::retranslate(const std::function<QString(const char *)> &translate) const
{
    for (const auto &[label, source] : m_labels) {
        label->setText(translate(source));
        label->buddy()->setAccessibleName(label->text().remove(u'&').remove(u':'));
    }
}

} // namespace smsc
