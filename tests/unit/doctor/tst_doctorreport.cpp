// SPDX-License-Identifier: GPL-3.0-or-later
// DoctorReport: the marks, the lines with their fixes, the JSON object, and the policy with it.
#include "doctor/DoctorPolicy.h"
#include "doctor/DoctorReport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace smsc;

namespace {

DoctorCheck check(DoctorCheckId id, DoctorVerdict verdict, const QString &figure, const QString &fix = {},
                  const QString &detail = {})
{
    DoctorCheck c = DoctorCheck::make(id);
    c.verdict = verdict;
    c.figure = figure;
    c.fix = fix;
    c.detail = detail;
    return c;
}

} // namespace

class TestDoctorReport final : public QObject
{
    Q_OBJECT
private slots:
    void marks_data()
    {
        QTest::addColumn<DoctorVerdict>("verdict");
        QTest::addColumn<QString>("unicode");
        QTest::addColumn<QString>("ascii");
        QTest::newRow("ok") << DoctorVerdict::Ok << u"\u2713"_s << u"+"_s;
        QTest::newRow("warning") << DoctorVerdict::Warning << u"!"_s << u"!"_s;
        QTest::newRow("failed") << DoctorVerdict::Failed << u"\u2717"_s << u"x"_s;
        QTest::newRow("skipped") << DoctorVerdict::Skipped << u"\u2013"_s << u"-"_s;
    }
    void marks()
    {
        QFETCH(DoctorVerdict, verdict);
        QFETCH(QString, unicode);
        QFETCH(QString, ascii);
        QCOMPARE(DoctorReport::mark(verdict, DoctorReport::Marks::Unicode), unicode);
        QCOMPARE(DoctorReport::mark(verdict, DoctorReport::Marks::Ascii), ascii);
    }

    void textHasALinePerCheckAndTheFixUnderAFailure()
    {
        const QList<DoctorCheck> checks{
            check(DoctorCheckId::Configuration, DoctorVerdict::Ok, u"sms.example, AK/SK"_s, u"never shown"_s),
            check(DoctorCheckId::Clock, DoctorVerdict::Failed, u"skew -1200 s"_s, u"Set the clock.\nOr not."_s,
                  u"Server time: x"_s),
            check(DoctorCheckId::Credentials, DoctorVerdict::Skipped, u"the clock is off"_s)};
        QCOMPARE(DoctorReport::toText(checks, DoctorReport::Marks::Ascii),
                 u"+ Configuration: sms.example, AK/SK\n"
                 "x Clock: skew -1200 s\n"
                 "    Fix: Set the clock.\n"
                 "    Or not.\n"
                 "- Credentials accepted: the clock is off\n"_s);
        const QString withDetail = DoctorReport::toText(checks, DoctorReport::Marks::Unicode, DoctorReport::Detail::With);
        QVERIFY(withDetail.contains(u"\u2717 Clock: skew -1200 s\n    Server time: x\n    Fix: Set the clock."_s));
    }

    void jsonHasEveryFieldOkAndThePolicy()
    {
        const QList<DoctorCheck> fine{check(DoctorCheckId::Tls, DoctorVerdict::Ok, u"TLS 1.3"_s),
                                      check(DoctorCheckId::Clock, DoctorVerdict::Warning, u"skew +400 s"_s, u"fix it"_s)};
        QJsonObject o = DoctorReport::toJson(fine);
        QCOMPARE(o.value(u"ok"_s).toBool(false), true);  // a warning is not a failure
        const QJsonObject first = o.value(u"checks"_s).toArray().at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{u"detail"_s, u"figure"_s, u"fix"_s, u"id"_s, u"name"_s, u"verdict"_s}));
        QCOMPARE(first.value(u"id"_s).toString(), u"tls"_s);
        QCOMPARE(first.value(u"verdict"_s).toString(), u"ok"_s);
        QCOMPARE(o.value(u"policy"_s).toObject(), DoctorPolicy::customPolicy());

        o = DoctorReport::toJson(fine + QList<DoctorCheck>{check(DoctorCheckId::Permissions, DoctorVerdict::Failed, u"denied"_s)});
        QCOMPARE(o.value(u"ok"_s).toBool(true), false);
        QVERIFY(DoctorReport::anyFailed({check(DoctorCheckId::Permissions, DoctorVerdict::Failed, {})}));
        QVERIFY(!DoctorReport::anyFailed({check(DoctorCheckId::Permissions, DoctorVerdict::Skipped, {})}));
    }

    void idsAreStableAndOrdered()
    {
        QStringList ids;
        for (const DoctorCheckId id : DoctorCheck::order())
            ids << DoctorCheck::idString(id);
        QCOMPARE(ids, (QStringList{u"configuration"_s, u"name_resolution"_s, u"connection"_s, u"tls"_s, u"clock"_s,
                                   u"credentials"_s, u"account_id"_s, u"permissions"_s}));
        QCOMPARE(DoctorCheck::verdictId(DoctorVerdict::Skipped), u"skipped"_s);
    }

    void policyGrantsExactlyTheTwoExportActions()
    {
        const QJsonDocument doc = QJsonDocument::fromJson(DoctorPolicy::customPolicyJson());
        QVERIFY(doc.isObject());
        QCOMPARE(doc.object().value(u"Version"_s).toString(), u"1.1"_s);
        const QJsonArray statements = doc.object().value(u"Statement"_s).toArray();
        QCOMPARE(statements.size(), 1);
        QCOMPARE(statements.at(0).toObject().value(u"Effect"_s).toString(), u"Allow"_s);
        QCOMPARE(statements.at(0).toObject().value(u"Action"_s).toArray().toVariantList(),
                 (QVariantList{u"sms:server:getBatchConsistencyResults"_s, u"sms:server:queryServer"_s}));
        const QString text = DoctorReport::policyText();
        QVERIFY(text.startsWith(DoctorPolicy::statement()));
        QVERIFY(text.contains(u"sms:server:queryServer"_s));
    }
};

QTEST_GUILESS_MAIN(TestDoctorReport)
#include "tst_doctorreport.moc"
