// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollBar>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <array>
#include <functional>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

// The keys RowTableView and Qt's item view handle themselves (no action carries them).
struct TableKey
{
    const char *keys;  // portable text, shown in the platform's words
    const char *what;
};
constexpr std::array<TableKey, 7> kTableKeys{{
    {"Tab", QT_TRANSLATE_NOOP("smsc::ShortcutsDialog", "Next cell; on the last cell, add a row")},
    {"Shift+Tab", QT_TRANSLATE_NOOP("smsc::ShortcutsDialog", "Previous cell")},
    {"Return, F2", QT_TRANSLATE_NOOP("smsc::ShortcutsDialog", "Edit the cell; while editing, keep the edit")},
    {"Esc", QT_TRANSLATE_NOOP("smsc::ShortcutsDialog", "Cancel the edit")},
    {"Up, Down, Left, Right", QT_TRANSLATE_NOOP("smsc::ShortcutsDialog", "Move between cells")},
    {"Ctrl+Home, Ctrl+End", QT_TRANSLATE_NOOP("smsc::ShortcutsDialog", "First cell, last cell")},
    {"Ctrl+Tab, Ctrl+Shift+Tab", QT_TRANSLATE_NOOP("smsc::ShortcutsDialog", "Leave the table")},
}};

// QKeySequence::keyBindings adds the keys of old Sun keyboards (F14 Undo, F16 Copy, F18 Paste)
// on X11; no keyboard a user has today carries them.
bool isRealKey(const QKeySequence &sequence)
{
    const int key = sequence.isEmpty() ? 0 : sequence[0].key();
    return sequence.count() > 0 && !(key >= Qt::Key_F13 && key <= Qt::Key_F35);
}

QString withoutMnemonic(const QString &text)
{
    QString plain = text;
    plain.replace(u"&&"_s, u"\x01"_s).remove(u'&').replace(u'\x01', u'&');
    // A translation puts its mnemonic in brackets after the text: "导出(&X)…".
    static const QRegularExpression bracketed(u"\\([A-Z]\\)"_s);
    return plain.remove(bracketed).trimmed();
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget *window)
    : QDialog(window), m_window(window), m_table(new QTableWidget(this))
{
    setObjectName(u"shortcutsDialog"_s);
    m_table->setObjectName(u"shortcutsTable"_s);
    m_table->setColumnCount(2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    retranslateUi();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

// Menu order first (what the user reads in the menus), then actions that live only on a widget.
QList<QAction *> ShortcutsDialog::actionsWithKeys() const
{
    QList<QAction *> found;
    std::function<void(const QList<QAction *> &)> walk = [&](const QList<QAction *> &actions) {
        for (QAction *action : actions) {
            if (action->menu())
                walk(action->menu()->actions());
            else if (!action->isSeparator() && !found.contains(action))
                found.append(action);
        }
    };
    if (auto *main = qobject_cast<QMainWindow *>(m_window))
        walk(main->menuBar()->actions());
    walk(m_window->findChildren<QAction *>());
    found.removeIf([](const QAction *action) {
        const QList<QKeySequence> keys = action->shortcuts();
        return std::none_of(keys.cbegin(), keys.cend(), isRealKey);
    });
    return found;
}

void ShortcutsDialog::addRow(const QString &what, const QString &keys, bool heading)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto *item = new QTableWidgetItem(what);
    if (heading) {
        QFont font = item->font();
        font.setBold(true);
        item->setFont(font);
        m_table->setItem(row, 0, item);
        m_table->setItem(row, 1, new QTableWidgetItem);  // every cell has an item, even under the span
        m_table->setSpan(row, 0, 1, 2);
        return;
    }
    m_table->setItem(row, 0, item);
    m_table->setItem(row, 1, new QTableWidgetItem(keys));
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setAccessibleName(tr("Keyboard shortcuts"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Keys")});
    m_table->clearSpans();
    m_table->setRowCount(0);
    const QString separator = tr(", ", "between two keys of one action");
    for (QAction *action : actionsWithKeys()) {
        QStringList keys;
        for (const QKeySequence &sequence : action->shortcuts()) {
            if (isRealKey(sequence))
                keys << sequence.toString(QKeySequence::NativeText);
        }
        addRow(withoutMnemonic(action->text()), keys.join(separator));
    }
    addRow(tr("In the rows table"), {}, true);
    for (const TableKey &key : kTableKeys) {
        QStringList keys;
        for (const QString &part : QString::fromLatin1(key.keys).split(u", "_s))
            keys << QKeySequence(part, QKeySequence::PortableText).toString(QKeySequence::NativeText);
        addRow(tr(key.what), keys.join(separator));
    }
    addRow(tr("Replace the cell with what you type"), tr("Any letter or digit"));
    fitColumns();
}

// Wide enough that no text is cut, in any language, within the screen.
void ShortcutsDialog::fitColumns()
{
    m_table->resizeColumnsToContents();
    const int width = m_table->horizontalHeader()->length() + m_table->verticalScrollBar()->sizeHint().width()
                    + 2 * m_table->frameWidth() + 48;
    const int height = m_table->verticalHeader()->length() + m_table->horizontalHeader()->sizeHint().height() + 96;
    const QRect screen = this->screen() ? this->screen()->availableGeometry() : QRect(0, 0, 1280, 800);
    resize(qMin(width, screen.width() - 40), qMin(height, screen.height() - 80));
}

} // namespace smsc
