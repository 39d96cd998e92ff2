// SPDX-License-Identifier: GPL-3.0-or-later
// Running the doctor's core chain against the loopback server, for tst_doctor*.
#pragma once

#include "AccountFixtures.h"
#include "doctor/DoctorCheck.h"
#include "doctor/DoctorRun.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

namespace smsc::test {

//! What one run produced, with how often each signal came.
struct DoctorOutcome
{
    QList<DoctorCheck> checks;
    int finishedSignals = 0;
    int startedSignals = 0;
    int checkSignals = 0;

    DoctorCheck check(DoctorCheckId id) const
    {
        for (const DoctorCheck &c : checks) {
            if (c.id == id)
                return c;
        }
        return {};
    }
    DoctorVerdict verdict(DoctorCheckId id) const { return check(id).verdict; }
};

//! Runs the whole chain and waits for finished() (and a moment more, to catch a second one).
inline DoctorOutcome runDoctor(QNetworkAccessManager *network, const Profile &profile,
                               std::optional<Credentials> credentials,
                               std::function<void(DoctorRun &)> setUp = {})
{
    DoctorRun run(network, profile, std::move(credentials));
    if (setUp)
        setUp(run);
    QSignalSpy finished(&run, &DoctorRun::finished);
    QSignalSpy started(&run, &DoctorRun::checkStarted);
    QSignalSpy checked(&run, &DoctorRun::checkFinished);
    run.start();
    DoctorOutcome outcome;
    if (!finished.wait(120'000))
        return outcome;
    QTest::qWait(50);
    outcome.checks = finished.at(0).at(0).value<QList<DoctorCheck>>();
    outcome.finishedSignals = int(finished.size());
    outcome.startedSignals = int(started.size());
    outcome.checkSignals = int(checked.size());
    return outcome;
}

//! A port on 127.0.0.1 where nothing listens (bound, then closed).
inline quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

//! How many requests the server received that carried a signature or a token.
inline int signedRequests(LoopbackServer &server)
{
    int n = 0;
    for (const QJsonValue &r : server.requests())
        n += r.toObject().value(u"auth_mode"_s).toString() != u"none" ? 1 : 0;
    return n;
}

//! Every text of every check, for the secret checks.
inline QString allText(const QList<DoctorCheck> &checks)
{
    QString out;
    for (const DoctorCheck &c : checks)
        out += c.name + u'\n' + c.figure + u'\n' + c.detail + u'\n' + c.fix + u'\n';
    return out;
}

} // namespace smsc::test
