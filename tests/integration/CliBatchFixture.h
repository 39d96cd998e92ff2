// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CliProcess.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace smsc::test {

inline QString taskId(int row)  // 0-based data row
{
    return u"t-%1"_s.arg(row, 5, 10, QLatin1Char('0'));
}

inline QByteArray rowsCsv(int count)
{
    QByteArray csv = "task_id,source_id,source_name\n";
    for (int i = 0; i < count; ++i)
        csv += taskId(i).toUtf8() + ",s-" + QByteArray::number(i) + ",server " + QByteArray::number(i) + '\n';
    return csv;
}

inline QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

inline QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline QString firstTaskIdOf(const QJsonValue &request)
{
    const QJsonObject body = QJsonDocument::fromJson(request[u"body"_s].toString().toUtf8()).object();
    return body[u"task_info"_s].toArray().at(0)[u"task_id"_s].toString();
}

//! How often each task id was answered with a file (a 200), over the given requests.
inline QHash<QString, int> savedTaskIds(const QJsonArray &requests)
{
    QHash<QString, int> counts;
    for (const QJsonValue &request : requests) {
        if (request[u"response_status"_s].toInt() != 200)
            continue;
        const QJsonObject body = QJsonDocument::fromJson(request[u"body"_s].toString().toUtf8()).object();
        for (const QJsonValue &item : body[u"task_info"_s].toArray())
            ++counts[item[u"task_id"_s].toString()];
    }
    return counts;
}

inline QStringList firstTaskIds(const QJsonArray &requests)
{
    QStringList ids;
    for (const QJsonValue &request : requests)
        ids << firstTaskIdOf(request);
    return ids;
}

inline QStringList statuses(const QJsonObject &manifest)
{
    QStringList list;
    for (const QJsonValue &batch : manifest[u"batches"_s].toArray())
        list << batch[u"status"_s].toString();
    return list;
}

inline QStringList repeated(const QString &status, int count)
{
    QStringList list;
    for (int i = 0; i < count; ++i)
        list << status;
    return list;
}


/*!
 * What the batch tests through the real CLI share (tst_clibatch, tst_clibatchrefusals): the export
 * fixture plus rows files, the arguments of a run and of a resume, and a fault for one batch.
 */
class CliBatchFixture : protected CliExportFixture
{
protected:
    QString writeWorkFile(const QString &name, const QByteArray &bytes) const
    {
        return writeFile(m_work->filePath(name), bytes);
    }
    QStringList batchArgs(const QString &rows) const
    {
        return exportTo(m_server.httpUrl()) << u"--batch"_s << u"--rows"_s << rows;
    }
    QStringList resumeArgs(const QString &manifest) const
    {
        return {u"export"_s, u"--resume"_s, manifest, u"--endpoint"_s, m_server.httpUrl().toString()};
    }
    static QString runFolderOf(const CliResult &r) { return QString::fromUtf8(r.out).section(u'\n', 0, 0); }
    //! `scenario` for the request of batch `index` (1-based) when batches hold `size` rows.
    void failBatch(int index, int size, QJsonObject scenario)
    {
        scenario.insert(u"first_task_id"_s, taskId((index - 1) * size));
        QVERIFY(m_server.setScenario(kExportPath, scenario));
    }
};

} // namespace smsc::test
