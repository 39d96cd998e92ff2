// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What tst_exportjob and tst_exportjobaccount share: the loopback server, a network manager
// without proxy, a fresh output folder per test, and running one ExportJob to its outcome.

#include "account/AccountIdCache.h"
#include "export/ExportJob.h"
#include "NetTestHelpers.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace smsc::test {

class ExportJobFixture : public QObject
{
protected:
    static inline const QString kDomains = QStringLiteral("/v3/auth/domains");
    static inline const QString kCaller = QStringLiteral("/v5/caller-identity");

    //! From the test class's initTestCase().
    void startServer()
    {
        qRegisterMetaType<ExportOutcome>();
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }
    //! From the test class's init(): no scenario, no reused connection, an empty output folder.
    void resetServer()
    {
        QVERIFY(m_server.reset());
        m_nam.clearConnectionCache();
        m_dir = std::make_unique<QTemporaryDir>();
    }

    LoopbackServer m_server;
    QNetworkAccessManager m_nam;
    std::unique_ptr<QTemporaryDir> m_dir;

    Profile profile(bool https = false) const
    {
        return loopbackProfile(https ? m_server.httpsUrl() : m_server.httpUrl(), m_server.caFile());
    }
    OutputOptions intoDir() const { return OutputOptions{m_dir->path(), {}, false, false, {}}; }

    ExportOutcome run(ExportJob &job)
    {
        QSignalSpy spy(&job, &ExportJob::finished);
        job.start();
        if (!spy.wait(60000))
            return {};
        QTest::qWait(50);
        if (spy.size() != 1)
            qFatal("ExportJob emitted finished() %d times", int(spy.size()));
        return spy.at(0).at(0).value<ExportOutcome>();
    }
    ExportOutcome exportWith(const Profile &p, const OutputOptions &out, const Credentials &c = testCredentials(),
                             QList<TaskRow> rows = testRows(), AccountIdCache *cache = nullptr)
    {
        ExportJob job(&m_nam, p, c, rows, out);
        job.setAccountIdCache(cache);
        job.setBaseRetryDelayMs(10);
        return run(job);
    }
    qsizetype sent(const QString &path = kExportPath) { return m_server.requests(path).size(); }
};

} // namespace smsc::test
