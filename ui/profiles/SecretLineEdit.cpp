// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/SecretLineEdit.h"

#include <QAction>
#include <QContextMenuEvent>
#include <QMenu>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace smsc {
namespace {

// An eye drawn in the text colour, crossed out while the secret is hidden; no icon theme needed.
QIcon eyeIcon(const QColor &color, bool crossed)
{
    QPixmap pixmap(32, 32);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(color, 2.5));
    QPainterPath eye;
    eye.moveTo(3, 16);
    eye.quadTo(16, 2, 29, 16);
    eye.quadTo(16, 30, 3, 16);
    p.drawPath(eye);
    p.setBrush(color);
    p.drawEllipse(QPointF(16, 16), 4.5, 4.5);
    if (crossed)
        p.drawLine(QPointF(6, 27), QPointF(26, 5));
    return QIcon(pixmap);
}

} // namespace

SecretLineEdit::SecretLineEdit(QWidget *parent) : QLineEdit(parent), m_reveal(new QAction(this))
{
    setEchoMode(QLineEdit::Password);
    // Secrets are pasted, never predicted: keep input methods from learning them.
    setInputMethodHints(Qt::ImhHiddenText | Qt::ImhSensitiveData | Qt::ImhNoPredictiveText);
    m_reveal->setCheckable(true);
    m_reveal->setObjectName(u"revealAction"_s);
    connect(m_reveal, &QAction::toggled, this, [this](bool shown) {
        setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        retranslateUi();
    });
    addAction(m_reveal, QLineEdit::TrailingPosition);
    retranslateUi();
}

void SecretLineEdit::retranslateUi()
{
    const bool shown = m_reveal->isChecked();
    m_reveal->setText(shown ? tr("Hide") : tr("Show"));
    m_reveal->setToolTip(shown ? tr("Hide the value") : tr("Show the value"));
    m_reveal->setIcon(eyeIcon(palette().color(QPalette::Text), !shown));
    setAccessibleDescription(shown ? tr("Shown in clear text") : tr("Masked; use Show in the context menu to reveal"));
}

void SecretLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    QMenu *menu = createStandardContextMenu();
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->insertAction(menu->actions().value(0), m_reveal);
    menu->insertSeparator(menu->actions().value(1));
    menu->popup(event->globalPos());
}

void SecretLineEdit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::PaletteChange)
        retranslateUi();
    QLineEdit::changeEvent(event);
}

} // namespace smsc
