// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/StartupProbe.h"

#include <QCoreApplication>
#include <QEvent>
#include <QPixmap>
#include <QTextStream>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace smsc {

StartupProbe::StartupProbe(QElapsedTimer sinceMain, QObject *parent)
    : QObject(parent), m_sinceMain(sinceMain),
      m_screenshotPath(qEnvironmentVariable("SMSC_SCREENSHOT")),
      m_probe(qEnvironmentVariableIntValue("SMSC_STARTUP_PROBE") == 1)
{
}

void StartupProbe::watch(QWidget *window)
{
    if (!m_probe && m_screenshotPath.isEmpty())
        return;
    m_window = window;
    if (QWindow *handle = window->windowHandle())
        handle->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_done && event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
        m_done = true;
        // The window paints while handling this expose; a zero timer fires once that is finished.
        QTimer::singleShot(0, this, &StartupProbe::onFirstPaint);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::onFirstPaint()
{
    const qint64 elapsed = m_sinceMain.elapsed();
    if (m_probe)
        QTextStream(stdout) << "first-window-ms " << elapsed << Qt::endl;
    if (m_screenshotPath.isEmpty()) {
        QCoreApplication::quit();
        return;
    }
    // Let queued layout and font work settle so the picture shows what a user would see.
    QTimer::singleShot(300, this, [this] {
        const bool saved = m_window->grab().save(m_screenshotPath);
        QTextStream(saved ? stdout : stderr) << (saved ? "saved " : "could not save ") << m_screenshotPath << Qt::endl;
        QCoreApplication::exit(saved ? 0 : 1);
    });
}

} // namespace smsc
