// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

class QWidget;

namespace smsc {

/*!
 * Measurement and documentation hooks driven by the environment:
 * SMSC_STARTUP_PROBE=1 prints "first-window-ms <n>" once the window is first painted, then quits;
 * SMSC_SCREENSHOT=<file.png> saves the painted window to that file, then quits.
 */
class StartupProbe final : public QObject
{
    Q_OBJECT
public:
    //! `sinceMain` was started as the first statement of main().
    explicit StartupProbe(QElapsedTimer sinceMain, QObject *parent = nullptr);
    //! Watches the shown top-level window; does nothing unless one of the variables is set.
    void watch(QWidget *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFirstPaint();

    QElapsedTimer m_sinceMain;
    QWidget *m_window = nullptr;
    QString m_screenshotPath;
    bool m_probe = false;
    bool m_done = false;
};

} // namespace smsc
