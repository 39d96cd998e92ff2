// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/AutosaveController.h"

#include "rows/RowTableModel.h"
#include "util/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

constexpr int kFormatVersion = 1;
// 200 rows of three fields take far less; more is not a file this program wrote.
constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

QByteArray toJson(const QList<RowTableModel::Entry> &entries)
{
    QJsonArray rows;
    for (const RowTableModel::Entry &entry : entries) {
        QJsonObject row{{u"task_id"_s, entry.row.taskId},
                        {u"source_id"_s, entry.row.sourceId},
                        {u"source_name"_s, entry.row.sourceName}};
        if (entry.fromAccount)
            row.insert(u"from_account"_s, true);
        rows.append(row);
    }
    const QJsonObject root{{u"version"_s, kFormatVersion}, {u"rows"_s, rows}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

bool fromJson(const QByteArray &data, QList<RowTableModel::Entry> *entries)
{
    const QJsonDocument document = QJsonDocument::fromJson(data);
    if (!document.isObject() || document.object().value(u"version"_s).toInt() != kFormatVersion)
        return false;
    const QJsonArray rows = document.object().value(u"rows"_s).toArray();
    for (const QJsonValue &value : rows) {
        const QJsonObject row = value.toObject();
        entries->append({TaskRow{row.value(u"task_id"_s).toString(), row.value(u"source_id"_s).toString(),
                                 row.value(u"source_name"_s).toString()},
                         row.value(u"from_account"_s).toBool()});
    }
    return true;
}

} // namespace

AutosaveController::AutosaveController(RowTableModel *model, QString filePath, QObject *parent)
    : QObject(parent), m_model(model), m_filePath(std::move(filePath))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(kDefaultDelayMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { std::ignore = saveNow(); });  // reported by saveFailed()
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AutosaveController::scheduleSave);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &AutosaveController::scheduleSave);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &AutosaveController::scheduleSave);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AutosaveController::scheduleSave);
}

AutosaveController::~AutosaveController()
{
    if (m_timer.isActive())
        std::ignore = saveNow();
}

QString AutosaveController::defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/rows.json"_s;
}

QString AutosaveController::filePath() const
{
    return m_filePath;
}

Outcome<void> AutosaveController::restore()
{
    // Bounded and regular files only: a FIFO or a link to a device at the name must not hang the start.
    const Outcome<QByteArray> bytes = SafeFile::read(m_filePath, kMaxFileBytes);
    if (bytes.kind() == FailureKind::NotFound)
        return Failure{{}, FailureKind::NotFound};
    if (!bytes.ok())
        return Failure{tr("Could not read the saved rows from %1: %2").arg(m_filePath, bytes.error())};
    QList<RowTableModel::Entry> entries;
    if (!fromJson(bytes.value(), &entries))
        return Failure{tr("The saved rows in %1 are damaged and were not loaded.").arg(m_filePath)};
    m_restoring = true;
    m_model->setEntries(entries);
    m_restoring = false;
    return {};
}

Outcome<void> AutosaveController::saveNow()
{
    m_timer.stop();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    // A temporary file renamed over it: a crash mid-write leaves the old file whole, a link is replaced.
    const Outcome<void> written = SafeFile::write(m_filePath, toJson(m_model->entries()));
    if (!written.ok()) {
        const QString message = tr("Could not save the rows to %1: %2").arg(m_filePath, written.error());
        emit saveFailed(message);
        return Failure{message};
    }
    emit saved(m_filePath);
    return {};
}

bool AutosaveController::isPending() const
{
    return m_timer.isActive();
}

void AutosaveController::setDelay(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void AutosaveController::scheduleSave()
{
    // Not restarted while running: steady typing must not postpone the save past the delay.
    if (!m_restoring && !m_timer.isActive())
        m_timer.start();
}

} // namespace smsc
