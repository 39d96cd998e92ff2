// SPDX-License-Identifier: GPL-3.0-or-later
#include "util/Outcome.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::Failure;
using smsc::FailureKind;
using smsc::Outcome;

namespace {

Outcome<int> parseNumber(const QString &text)
{
    bool ok = false;
    const int n = text.toInt(&ok);
    if (!ok)
        return Failure{u"“%1” is not a number."_s.arg(text), FailureKind::Failed, text, 3};
    return n;
}

Outcome<void> touch(bool exists)
{
    if (exists)
        return Failure{u"It exists."_s, FailureKind::Exists, u"/tmp/x"_s};
    return {};
}

} // namespace

class TestOutcome final : public QObject
{
    Q_OBJECT
private slots:
    void valueOnSuccess()
    {
        const Outcome<int> r = parseNumber(u"42"_s);
        QVERIFY(r.ok());
        QCOMPARE(r.value(), 42);
        QCOMPARE(r.valueOr(-1), 42);
        QCOMPARE(r.error(), QString());
        QCOMPARE(r.kind(), FailureKind::None);
    }

    void failureCarriesMessageKindDetailAndLine()
    {
        const Outcome<int> r = parseNumber(u"forty"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), u"“forty” is not a number."_s);
        QCOMPARE(r.kind(), FailureKind::Failed);
        QCOMPARE(r.failure().detail, u"forty"_s);
        QCOMPARE(r.failure().line, 3);
        QCOMPARE(r.valueOr(-1), -1);
    }

    void valueCanBeMovedOut()
    {
        Outcome<QStringList> r(QStringList{u"a"_s, u"b"_s});
        const QStringList taken = std::move(r).value();
        QCOMPARE(taken, (QStringList{u"a"_s, u"b"_s}));
    }

    void voidOutcome()
    {
        const Outcome<void> done = touch(false);
        QVERIFY(done.ok());
        QCOMPARE(done.error(), QString());
        QCOMPARE(done.kind(), FailureKind::None);

        const Outcome<void> refused = touch(true);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.kind(), FailureKind::Exists);
        QCOMPARE(refused.error(), u"It exists."_s);
        QCOMPARE(refused.failure().detail, u"/tmp/x"_s);
        QCOMPARE(refused.failure().line, 0);
    }

    void voidKeepsOnlySuccessOrFailureOfAValue()
    {
        QVERIFY(Outcome<void>::fromOutcome(parseNumber(u"1"_s)).ok());
        const Outcome<void> failed = Outcome<void>::fromOutcome(parseNumber(u"x"_s));
        QVERIFY(!failed.ok());
        QCOMPARE(failed.error(), u"“x” is not a number."_s);
        QCOMPARE(failed.failure().line, 3);
    }

    void failurePassesBetweenValueTypes()
    {
        const Outcome<int> number = parseNumber(u"x"_s);
        const Outcome<QString> text = number.ok() ? Outcome<QString>(QString::number(number.value()))
                                                  : Outcome<QString>(number.failure());
        QVERIFY(!text.ok());
        QCOMPARE(text.error(), number.error());
        QCOMPARE(text.kind(), number.kind());
    }
};

QTEST_GUILESS_MAIN(TestOutcome)
#include "tst_outcome.moc"
