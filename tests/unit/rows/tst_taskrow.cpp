// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/TaskRow.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::TaskRow;

class TestTaskRow final : public QObject
{
    Q_OBJECT
private slots:
    void blankRowIsBlank_data()
    {
        QTest::addColumn<TaskRow>("row");
        QTest::addColumn<bool>("blank");
        QTest::newRow("all empty") << TaskRow{} << true;
        QTest::newRow("only spaces and tabs") << TaskRow{u" "_s, u"\t"_s, u"  "_s} << true;
        QTest::newRow("a source name alone") << TaskRow{{}, {}, u"web-01"_s} << false;
    }
    void blankRowIsBlank()
    {
        QFETCH(TaskRow, row);
        QFETCH(bool, blank);
        QCOMPARE(row.isBlank(), blank);
    }
    void trimmedRemovesSurroundingWhitespaceOnly()
    {
        const TaskRow row{u"  t 1 "_s, u"\ts\n"_s, u" a b "_s};
        QCOMPARE(row.trimmed(), (TaskRow{u"t 1"_s, u"s"_s, u"a b"_s}));
    }
};

QTEST_GUILESS_MAIN(TestTaskRow)
#include "tst_taskrow.moc"
