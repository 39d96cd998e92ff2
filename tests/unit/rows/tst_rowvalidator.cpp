// SPDX-License-Identifier: GPL-3.0-or-later
#include "rows/RowValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::RowProblem;
using smsc::RowValidator;
using smsc::TaskRow;

namespace {

// "row 3 task_id too-long 37/36": one line per problem, so a failing row shows what differed.
QString describe(const RowProblem &problem)
{
    const QString where = u"row %1 %2 "_s.arg(problem.row).arg(RowValidator::fieldName(problem.field));
    switch (problem.rule) {
    case RowProblem::Rule::NoRows:
        return u"no rows"_s;
    case RowProblem::Rule::TooManyRows:
        return u"row %1 too many rows (max %2)"_s.arg(problem.row).arg(problem.limit);
    case RowProblem::Rule::TaskIdRequired:
        return where + u"required"_s;
    case RowProblem::Rule::TooLong:
        return where + u"too-long %1/%2"_s.arg(problem.length).arg(problem.limit);
    case RowProblem::Rule::Duplicate:
        return u"row %1 duplicate of %2"_s.arg(problem.row).arg(problem.duplicateOf);
    }
    return {};
}

QStringList describeAll(const QList<RowProblem> &problems)
{
    QStringList out;
    for (const RowProblem &problem : problems)
        out << describe(problem);
    return out;
}

TaskRow row(const QString &taskId, const QString &sourceId = {}, const QString &sourceName = {})
{
    return TaskRow{taskId, sourceId, sourceName};
}

QList<TaskRow> numberedRows(int count)
{
    QList<TaskRow> rows;
    for (int i = 1; i <= count; ++i)
        rows << row(u"task-%1"_s.arg(i), u"src-%1"_s.arg(i), u"server %1"_s.arg(i));
    return rows;
}

const QString kEmoji = u"\U0001F600"_s;  // one code point, two UTF-16 units

} // namespace

class TestRowValidator final : public QObject
{
    Q_OBJECT
private slots:
    void validate_data()
    {
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<QStringList>("problems");
        QTest::addColumn<int>("sentRows");

        QTest::newRow("one ordinary row") << QList{row(u"t1"_s, u"s1"_s, u"web-01"_s)} << QStringList{} << 1;
        QTest::newRow("task id of 36 characters is fine")
            << QList{row(QString(36, u'a'))} << QStringList{} << 1;
        QTest::newRow("task id of 37 characters is too long")
            << QList{row(QString(37, u'a'))} << QStringList{u"row 1 task_id too-long 37/36"_s} << 1;
        QTest::newRow("surrounding whitespace does not count")
            << QList{row(u"  "_s + QString(36, u'a') + u"\t "_s)} << QStringList{} << 1;
        QTest::newRow("35 letters plus an emoji is 36 code points")
            << QList{row(QString(35, u'a') + kEmoji)} << QStringList{} << 1;
        QTest::newRow("36 emoji are 36 code points although 72 UTF-16 units")
            << QList{row(kEmoji.repeated(36))} << QStringList{} << 1;
        QTest::newRow("37 emoji are too long")
            << QList{row(kEmoji.repeated(37))} << QStringList{u"row 1 task_id too-long 37/36"_s} << 1;
        QTest::newRow("source_name of 255 is fine, source_id of 256 is not")
            << QList{row(u"t"_s, QString(256, u'x'), QString(255, u'y'))}
            << QStringList{u"row 1 source_id too-long 256/255"_s} << 1;
        QTest::newRow("source_name of 256 CJK characters")
            << QList{row(u"t"_s, {}, QString(256, QChar(0x8FC1)))}
            << QStringList{u"row 1 source_name too-long 256/255"_s} << 1;
        QTest::newRow("empty source fields are allowed") << QList{row(u"t"_s)} << QStringList{} << 1;
        QTest::newRow("task id missing while a source is given")
            << QList{row(u"  "_s, u"s1"_s)} << QStringList{u"row 1 task_id required"_s} << 1;
        QTest::newRow("blank rows dropped, numbering keeps them")
            << QList{row({}), row(u" "_s, u"\t"_s, {}), row(u"t1"_s), row({}, {}, u"  "_s), row(u""_s, u"s"_s)}
            << QStringList{u"row 5 task_id required"_s} << 2;
        QTest::newRow("no rows at all") << QList<TaskRow>{} << QStringList{u"no rows"_s} << 0;
        QTest::newRow("only blank rows") << QList{row(u" "_s), row({}, u"\t"_s)} << QStringList{u"no rows"_s} << 0;
        QTest::newRow("200 rows is the maximum") << numberedRows(200) << QStringList{} << 200;
        QTest::newRow("201 rows") << numberedRows(201) << QStringList{u"row 201 too many rows (max 200)"_s} << 201;
        QTest::newRow("201 rows with blanks in between count only the non-blank")
            << (numberedRows(100) + QList{row({}), row({})} + numberedRows(201).mid(100))
            << QStringList{u"row 203 too many rows (max 200)"_s} << 201;
        QTest::newRow("exact duplicate names the earlier row")
            << QList{row(u"t1"_s, u"s"_s, u"n"_s), row(u"t2"_s), row(u"t1"_s, u"s"_s, u"n"_s)}
            << QStringList{u"row 3 duplicate of 1"_s} << 3;
        QTest::newRow("duplicate after trimming")
            << QList{row(u"t1"_s, u"s"_s), row(u" t1 "_s, u"s\t"_s)} << QStringList{u"row 2 duplicate of 1"_s} << 2;
        QTest::newRow("third copy also names the first")
            << QList{row(u"t1"_s), row(u"t1"_s), row(u"t1"_s)}
            << QStringList{u"row 2 duplicate of 1"_s, u"row 3 duplicate of 1"_s} << 3;
        QTest::newRow("same task id, other source is not a duplicate")
            << QList{row(u"t1"_s, u"a"_s), row(u"t1"_s, u"b"_s)} << QStringList{} << 2;
        QTest::newRow("case differs: not a duplicate")
            << QList{row(u"T1"_s), row(u"t1"_s)} << QStringList{} << 2;
        QTest::newRow("field boundaries matter: not a duplicate")
            << QList{row(u"ab"_s, u"c"_s), row(u"a"_s, u"bc"_s)} << QStringList{} << 2;
        QTest::newRow("several problems in one row, in field order")
            << QList{row(u"ok"_s), row(QString(40, u'a'), QString(300, u'b'), QString(256, u'c'))}
            << QStringList{u"row 2 task_id too-long 40/36"_s, u"row 2 source_id too-long 300/255"_s,
                           u"row 2 source_name too-long 256/255"_s} << 2;
    }
    void validate()
    {
        QFETCH(QList<TaskRow>, rows);
        QFETCH(QStringList, problems);
        QFETCH(int, sentRows);
        const smsc::RowValidation result = RowValidator::validate(rows);
        QCOMPARE(describeAll(result.problems), problems);
        QCOMPARE(result.ok(), problems.isEmpty());
        QCOMPARE(result.rows.size(), sentRows);
        for (const TaskRow &sent : result.rows) {
            QVERIFY(!sent.isBlank());
            QCOMPARE(sent, sent.trimmed());
        }
    }

    void sentRowsAreTrimmedAndInOrder()
    {
        const auto result = RowValidator::validate({row(u" b "_s, u" s "_s, u" n n "_s), row({}), row(u"a"_s)});
        QCOMPARE(result.rows, (QList{row(u"b"_s, u"s"_s, u"n n"_s), row(u"a"_s)}));
    }

    void checkRowIgnoresBlankRowsAndCountRules()
    {
        QVERIFY(RowValidator::checkRow(row(u" "_s), 4).isEmpty());
        QCOMPARE(describeAll(RowValidator::checkRow(row(QString(37, u'z')), 4)),
                 QStringList{u"row 4 task_id too-long 37/36"_s});
    }

    void messageNamesRowFieldAndRule_data()
    {
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("too long") << QList{row(QString(37, u'a'))}
                                  << QStringList{u"Row 1"_s, u"task_id"_s, u"37"_s, u"36"_s};
        QTest::newRow("required") << QList{row(u"t"_s), row({}, u"s"_s)}
                                  << QStringList{u"Row 2"_s, u"task_id"_s, u"required"_s};
        QTest::newRow("duplicate") << QList{row(u"t"_s), row(u"t"_s)} << QStringList{u"Row 2"_s, u"row 1"_s};
        QTest::newRow("too many") << numberedRows(201) << QStringList{u"Row 201"_s, u"200"_s};
        QTest::newRow("nothing") << QList{row({})} << QStringList{u"nothing to export"_s};
    }
    void messageNamesRowFieldAndRule()
    {
        QFETCH(QList<TaskRow>, rows);
        QFETCH(QStringList, fragments);
        const auto problems = RowValidator::validate(rows).problems;
        QCOMPARE(problems.size(), 1);
        const QString message = problems.first().message();
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        for (const QString &fragment : fragments)
            QVERIFY2(message.contains(fragment), qPrintable(message));
    }
};

QTEST_GUILESS_MAIN(TestRowValidator)
#include "tst_rowvalidator.moc"
