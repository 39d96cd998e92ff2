// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "util/Outcome.h"

#include <QObject>
#include <QString>
#include <QTimer>

namespace smsc {

class RowTableModel;

//! Saves the rows table atomically (JSON) shortly after every edit and restores it at start.
class AutosaveController final : public QObject
{
    Q_OBJECT
public:
    //! Watches `model` and saves it to `filePath` at most `kDefaultDelayMs` after any change.
    AutosaveController(RowTableModel *model, QString filePath, QObject *parent = nullptr);
    //! Writes any pending change before going away (a normal quit loses nothing).
    ~AutosaveController() override;

    //! rows.json under QStandardPaths::AppDataLocation.
    static QString defaultFilePath();
    QString filePath() const;

    //! Loads the saved rows into the model; on failure the model is untouched. A missing file
    //! (a first start) fails with FailureKind::NotFound and no message.
    Outcome<void> restore();
    //! Saves immediately; a failure is also emitted as saveFailed().
    Outcome<void> saveNow();
    //! True while a change waits for the timer.
    bool isPending() const;
    //! Upper bound between an edit and its save, in milliseconds.
    void setDelay(int milliseconds);

    static constexpr int kDefaultDelayMs = 500;

signals:
    void saved(const QString &filePath);
    void saveFailed(const QString &message);

private:
    void scheduleSave();

    RowTableModel *m_model;
    QString m_filePath;
    QTimer m_timer;
    bool m_restoring = false;
};

} // namespace smsc
