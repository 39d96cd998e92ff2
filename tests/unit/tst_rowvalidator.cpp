#include "RowValidator.h"

#include <QTest>

using smsc::RowProblem;
using smsc::RowValidator;
using smsc::TaskRow;

namespace {

// "row 3 task_id too-long 37/36": one line per problem, so a failing row shows what differed.
QString describe(const RowProblem &problem)
{
    const QString where = u"row %1 %2 "_qs.arg(problem.row).arg(RowValidator::fieldName(problem.field));
    switch (problem.rule) {
    case RowProblem::Rule::NoRows:
        return u"no rows"_qs;
    case RowProblem::Rule::TooManyRows:
        return u"row %1 too many rows (max %2)"_qs.arg(problem.row).arg(problem.limit);
    case RowProblem::Rule::TaskIdRequired:
        return where + u"required"_qs;
    case RowProblem::Rule::TooLong:
        return where + u"too-long %1/%2"_qs.arg(problem.length).arg(problem.limit);
    case RowProblem::Rule::Duplicate:
        return u"row %1 duplicate of %2"_qs.arg(problem.row).arg(problem.duplicateOf);
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
        rows << row(u"task-%1"_qs.arg(i), u"src-%1"_qs.arg(i), u"server %1"_qs.arg(i));
    return rows;
}

const QString kEmoji = u"\U0001F600"_qs;  // one code point, two UTF-16 units

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

        QTest::newRow("one ordinary row") << QList{row(u"t1"_qs, u"s1"_qs, u"web-01"_qs)} << QStringList{} << 1;
        QTest::newRow("task id of 36 characters is fine")
            << QList{row(QString(36, u'a'))} << QStringList{} << 1;
        QTest::newRow("task id of 37 characters is too long")
            << QList{row(QString(37, u'a'))} << QStringList{u"row 1 task_id too-long 37/36"_qs} << 1;
        QTest::newRow("surrounding whitespace does not count")
            << QList{row(u"  "_qs + QString(36, u'a') + u"\t "_qs)} << QStringList{} << 1;
        QTest::newRow("35 letters plus an emoji is 36 code points")
            << QList{row(QString(35, u'a') + kEmoji)} << QStringList{} << 1;
        QTest::newRow("36 emoji are 36 code points although 72 UTF-16 units")
            << QList{row(kEmoji.repeated(36))} << QStringList{} << 1;
        QTest::newRow("37 emoji are too long")
            << QList{row(kEmoji.repeated(37))} << QStringList{u"row 1 task_id too-long 37/36"_qs} << 1;
        QTest::newRow("source_name of 255 is fine, source_id of 256 is not")
            << QList{row(u"t"_qs, QString(256, u'x'), QString(255, u'y'))}
            << QStringList{u"row 1 source_id too-long 256/255"_qs} << 1;
        QTest::newRow("source_name of 256 CJK characters")
            << QList{row(u"t"_qs, {}, QString(256, QChar(0x8FC1)))}
            << QStringList{u"row 1 source_name too-long 256/255"_qs} << 1;
        QTest::newRow("empty source fields are allowed") << QList{row(u"t"_qs)} << QStringList{} << 1;
        QTest::newRow("task id missing while a source is given")
            << QList{row(u"  "_qs, u"s1"_qs)} << QStringList{u"row 1 task_id required"_qs} << 1;
        QTest::newRow("blank rows dropped, numbering keeps them")
            << QList{row({}), row(u" "_qs, u"\t"_qs, {}), row(u"t1"_qs), row({}, {}, u"  "_qs), row(u""_qs, u"s"_qs)}
            << QStringList{u"row 5 task_id required"_qs} << 2;
        QTest::newRow("no rows at all") << QList<TaskRow>{} << QStringList{u"no rows"_qs} << 0;
        QTest::newRow("only blank rows") << QList{row(u" "_qs), row({}, u"\t"_qs)} << QStringList{u"no rows"_qs} << 0;
        QTest::newRow("200 rows is the maximum") << numberedRows(200) << QStringList{} << 200;
        QTest::newRow("201 rows") << numberedRows(201) << QStringList{u"row 201 too many rows (max 200)"_qs} << 201;
        QTest::newRow("201 rows with blanks in between count only the non-blank")
            << (numberedRows(100) + QList{row({}), row({})} + numberedRows(201).mid(100))
            << QStringList{u"row 203 too many rows (max 200)"_qs} << 201;
        QTest::newRow("exact duplicate names the earlier row")
            << QList{row(u"t1"_qs, u"s"_qs, u"n"_qs), row(u"t2"_qs), row(u"t1"_qs, u"s"_qs, u"n"_qs)}
            << QStringList{u"row 3 duplicate of 1"_qs} << 3;
        QTest::newRow("duplicate after trimming")
            << QList{row(u"t1"_qs, u"s"_qs), row(u" t1 "_qs, u"s\t"_qs)} << QStringList{u"row 2 duplicate of 1"_qs} << 2;
        QTest::newRow("third copy also names the first")
            << QList{row(u"t1"_qs), row(u"t1"_qs), row(u"t1"_qs)}
            << QStringList{u"row 2 duplicate of 1"_qs, u"row 3 duplicate of 1"_qs} << 3;
        QTest::newRow("same task id, other source is not a duplicate")
            << QList{row(u"t1"_qs, u"a"_qs), row(u"t1"_qs, u"b"_qs)} << QStringList{} << 2;
        QTest::newRow("case differs: not a duplicate")
            << QList{row(u"T1"_qs), row(u"t1"_qs)} << QStringList{} << 2;
        QTest::newRow("field boundaries matter: not a duplicate")
            << QList{row(u"ab"_qs, u"c"_qs), row(u"a"_qs, u"bc"_qs)} << QStringList{} << 2;
        QTest::newRow("several problems in one row, in field order")
            << QList{row(u"ok"_qs), row(QString(40, u'a'), QString(300, u'b'), QString(256, u'c'))}
            << QStringList{u"row 2 task_id too-long 40/36"_qs, u"row 2 source_id too-long 300/255"_qs,
                           u"row 2 source_name too-long 256/255"_qs} << 2;
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
        const auto result = RowValidator::validate({row(u" b "_qs, u" s "_qs, u" n n "_qs), row({}), row(u"a"_qs)});
        QCOMPARE(result.rows, (QList{row(u"b"_qs, u"s"_qs, u"n n"_qs), row(u"a"_qs)}));
    }

    void checkRowIgnoresBlankRowsAndCountRules()
    {
        QVERIFY(RowValidator::checkRow(row(u" "_qs), 4).isEmpty());
        QCOMPARE(describeAll(RowValidator::checkRow(row(QString(37, u'z')), 4)),
                 QStringList{u"row 4 task_id too-long 37/36"_qs});
    }

    void messageNamesRowFieldAndRule_data()
    {
        QTest::addColumn<QList<TaskRow>>("rows");
        QTest::addColumn<QStringList>("fragments");
        QTest::newRow("too long") << QList{row(QString(37, u'a'))}
                                  << QStringList{u"Row 1"_qs, u"task_id"_qs, u"37"_qs, u"36"_qs};
        QTest::newRow("required") << QList{row(u"t"_qs), row({}, u"s"_qs)}
                                  << QStringList{u"Row 2"_qs, u"task_id"_qs, u"required"_qs};
        QTest::newRow("duplicate") << QList{row(u"t"_qs), row(u"t"_qs)} << QStringList{u"Row 2"_qs, u"row 1"_qs};
        QTest::newRow("too many") << numberedRows(201) << QStringList{u"Row 201"_qs, u"200"_qs};
        QTest::newRow("nothing") << QList{row({})} << QStringList{u"nothing to export"_qs};
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
