#include "TaskRow.h"

#include <QTest>

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
        QTest::newRow("only spaces and tabs") << TaskRow{u" "_qs, u"\t"_qs, u"  "_qs} << true;
        QTest::newRow("a source name alone") << TaskRow{{}, {}, u"web-01"_qs} << false;
    }
    void blankRowIsBlank()
    {
        QFETCH(TaskRow, row);
        QFETCH(bool, blank);
        QCOMPARE(row.isBlank(), blank);
    }
    void trimmedRemovesSurroundingWhitespaceOnly()
    {
        const TaskRow row{u"  t 1 "_qs, u"\ts\n"_qs, u" a b "_qs};
        QCOMPARE(row.trimmed(), (TaskRow{u"t 1"_qs, u"s"_qs, u"a b"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestTaskRow)
#include "tst_taskrow.moc"
