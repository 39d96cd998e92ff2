// SPDX-License-Identifier: GPL-3.0-or-later
// The pure parts of the doctor's steps: the clock check's thresholds (5 minutes: warning, 15 minutes: failed) and the TLS check's causes.
#include "doctor/steps/ClockStep.h"
#include "doctor/steps/TlsStep.h"
#include "errors/ErrorMapper.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smsc;

class TestDoctorSteps final : public QObject
{
    Q_OBJECT
private slots:
    void verdictFor_data()
    {
        QTest::addColumn<qint64>("skew");
        QTest::addColumn<DoctorVerdict>("verdict");
        QTest::newRow("in step") << qint64(0) << DoctorVerdict::Ok;
        QTest::newRow("5 minutes exactly") << qint64(300) << DoctorVerdict::Ok;
        QTest::newRow("5 minutes 1 second behind") << qint64(-301) << DoctorVerdict::Warning;
        QTest::newRow("10 minutes ahead") << qint64(600) << DoctorVerdict::Warning;
        QTest::newRow("15 minutes exactly") << qint64(900) << DoctorVerdict::Warning;
        QTest::newRow("15 minutes 1 second") << qint64(901) << DoctorVerdict::Failed;
        QTest::newRow("20 minutes behind") << qint64(-1200) << DoctorVerdict::Failed;
    }
    void verdictFor()
    {
        QFETCH(qint64, skew);
        QFETCH(DoctorVerdict, verdict);
        QCOMPARE(ClockStep::verdictFor(skew), verdict);
    }

    void signedSecondsShowTheSign()
    {
        QCOMPARE(ClockStep::signedSeconds(3), u"+3 s"_s);
        QCOMPARE(ClockStep::signedSeconds(0), u"0 s"_s);
        QCOMPARE(ClockStep::signedSeconds(-1200), u"-1200 s"_s);
    }

    void tlsCausesAreNamedOnce()
    {
        const QList<QSslError> errors{QSslError(QSslError::CertificateExpired), QSslError(QSslError::HostNameMismatch),
                                      QSslError(QSslError::CertificateExpired)};
        const QStringList causes = TlsStep::causes(errors);
        QCOMPARE(causes, (QStringList{ErrorMapper::sslProblemText(QSslError(QSslError::CertificateExpired)),
                                      ErrorMapper::sslProblemText(QSslError(QSslError::HostNameMismatch))}));
    }
};

QTEST_GUILESS_MAIN(TestDoctorSteps)
#include "tst_doctorsteps.moc"
