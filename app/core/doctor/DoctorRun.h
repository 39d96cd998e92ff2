// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clock/ClockOffset.h"
#include "doctor/DoctorCheck.h"
#include "profile/credentials/Credentials.h"
#include "profile/Profile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;

namespace smsc {

class DoctorStep;
struct DoctorContext;

/*!
 * The doctor: runs the checks of DoctorCheck::order() one after the other for one profile and
 * reports each as it ends (docs/ARCHITECTURE.md "The doctor"). A rejected key is sent once: every
 * later signed check is skipped with that reason. Every text it emits is neutralised and has the
 * credentials scrubbed out. One run per object; finished() is emitted exactly once, never from
 * inside start() or cancel().
 */
class DoctorRun final : public QObject
{
    Q_OBJECT
public:
    //! `credentials` may be absent (not in the keychain or the environment): the configuration
    //! check then fails with setCredentialsProblem()'s reason and the signed checks are skipped.
    DoctorRun(QNetworkAccessManager *network, Profile profile, std::optional<Credentials> credentials,
              QObject *parent = nullptr);
    ~DoctorRun() override;

    //! Why the credentials are absent (translated), shown in the configuration check.
    void setCredentialsProblem(const QString &reason);
    //! This computer's clock (default: the current UTC time); tests move it.
    void setClock(std::function<QDateTime()> utcNow);
    //! A correction the user chose (`--clock-offset`): signed requests use the clock plus it.
    void setClockOffset(const ClockOffset &offset);

    void start();   //!< starts the first check; each check then reports through the signals
    void cancel();  //!< stops the running check; it and the rest end as skipped ("cancelled"), then finished()
    bool isRunning() const;
    //! The checks finished so far, in order.
    QList<DoctorCheck> checks() const { return m_checks; }

    //! How many checks a run has (DoctorCheck::order().size()).
    static int checkCount();

signals:
    void checkStarted(int index, const QString &name);
    void checkFinished(const smsc::DoctorCheck &check);
    void finished(const QList<smsc::DoctorCheck> &checks);

private:
    void startNext();
    void onStepFinished(DoctorCheck check);
    DoctorCheck cleaned(DoctorCheck check) const;
    DoctorStep *makeStep(DoctorCheckId id);

    std::unique_ptr<DoctorContext> m_context;
    QList<DoctorCheck> m_checks;
    QPointer<DoctorStep> m_step;
    int m_next = 0;
    bool m_started = false;
    bool m_finished = false;
};

} // namespace smsc
