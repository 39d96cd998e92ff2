// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/FirstStepsPanel.h"

#include <QAbstractScrollArea>
#include <QAction>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

FirstStepsPanel::FirstStepsPanel(QAbstractScrollArea *table, QWidget *before, const Actions &actions)
    : QWidget(table->viewport()), m_table(table), m_title(new QLabel), m_steps(new QLabel)
{
    setObjectName(u"firstStepsPanel"_s);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);
    m_title->setObjectName(u"firstStepsTitle"_s);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    m_steps->setObjectName(u"firstStepsText"_s);
    m_steps->setWordWrap(true);
    layout->addWidget(m_title);
    layout->addWidget(m_steps);
    m_createProfile = addButton(actions.createProfile, u"firstStepsCreateProfileButton"_s);
    m_addRow = addButton(actions.addRow, u"firstStepsAddRowButton"_s);
    m_paste = addButton(actions.paste, u"firstStepsPasteButton"_s);
    m_import = addButton(actions.import, u"firstStepsImportButton"_s);
    m_addFromAccount = addButton(actions.addFromAccount, u"firstStepsAddFromAccountButton"_s);
    auto *grid = new QGridLayout;
    grid->addWidget(m_createProfile, 0, 0, 1, 2);
    grid->addWidget(m_addRow, 1, 0);
    grid->addWidget(m_paste, 1, 1);
    grid->addWidget(m_import, 2, 0);
    grid->addWidget(m_addFromAccount, 2, 1);
    layout->addLayout(grid);
    // Right after `before` (the profile box): the table keeps Tab for moving between its cells.
    QWidget *previous = before;
    for (QPushButton *button : {m_createProfile, m_addRow, m_paste, m_import, m_addFromAccount}) {
        setTabOrder(previous, button);
        previous = button;
    }
    table->viewport()->installEventFilter(this);
    retranslateUi();
    place();
}

QPushButton *FirstStepsPanel::addButton(QAction *action, const QString &objectName)
{
    auto *button = new QPushButton;
    button->setObjectName(objectName);
    button->setAutoDefault(false);
    connect(button, &QPushButton::clicked, action, &QAction::trigger);
    return button;
}

void FirstStepsPanel::update(bool tableEmpty, bool hasProfile)
{
    m_hasProfile = hasProfile;
    m_createProfile->setVisible(!hasProfile);
    retranslateUi();
    setVisible(tableEmpty);
    place();
}

void FirstStepsPanel::place()
{
    const QRect area = m_table->viewport()->rect();
    const int width = std::min(area.width() - 24, std::max(360, area.width() / 2));
    resize(width, heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height());
    move(area.center() - rect().center());
}

bool FirstStepsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        place();
    return QWidget::eventFilter(watched, event);
}

void FirstStepsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FirstStepsPanel::retranslateUi()
{
    m_title->setText(m_hasProfile ? tr("Add the rows to export") : tr("Start here"));
    m_steps->setText(m_hasProfile
                         ? tr("Type task and source server IDs into the table, paste them from a spreadsheet, "
                              "import a CSV file, or pick servers from the account.")
                         : tr("1. Create a profile with your account's keys.\n"
                              "2. Add the rows to export: type them, paste them from a spreadsheet, import a "
                              "CSV file, or pick servers from the account."));
    m_createProfile->setText(tr("Create a profile…"));
    m_addRow->setText(tr("Add a row"));
    m_paste->setText(tr("Paste rows"));
    m_import->setText(tr("Import a file…"));
    m_addFromAccount->setText(tr("Add from account…"));
    setAccessibleName(m_title->text());
}

} // namespace smsc
