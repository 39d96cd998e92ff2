// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/StatusArea.h"

#include <QLabel>

namespace smsc {

StatusArea::StatusArea(int lines, const QString &labelName, QWidget *parent) : QScrollArea(parent), m_label(new QLabel)
{
    m_label->setObjectName(labelName);
    m_label->setWordWrap(true);
    m_label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setWidget(m_label);
    setFixedHeight(m_label->fontMetrics().lineSpacing() * lines + 8);
}

void StatusArea::setText(const QString &text)
{
    m_label->setText(text);
}

} // namespace smsc
