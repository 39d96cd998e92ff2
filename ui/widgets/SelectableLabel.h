// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace smsc {

/*!
 * Read-only text that Tab reaches: selectable with the mouse, copied with Ctrl+A and Ctrl+C, and
 * marked by a focus frame while it has the keyboard focus, never by a caret (docs/ARCHITECTURE.md
 * "Text style"). Plain text only: it often quotes a server.
 */
class SelectableLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit SelectableLabel(QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace smsc
