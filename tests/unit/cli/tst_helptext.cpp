// SPDX-License-Identifier: GPL-3.0-or-later
#include "output/HelpText.h"
#include "output/TerminalText.h"

#include <QCommandLineParser>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using smsc::cli::HelpText;
using smsc::cli::TerminalText;

namespace {

QString compact(QString text)
{
    text.remove(u' ');
    text.remove(u'\n');
    return text;
}

} // namespace

class TestHelpText final : public QObject
{
    Q_OBJECT

private slots:
    void rewrapFitsChineseHelpIntoTheColumns_data()
    {
        QTest::addColumn<QStringList>("descriptions");
        QTest::newRow("Chinese") << QStringList{
            u"从带表头行（task_id、source_id、source_name）的 CSV 或 TSV 文件 FILE 读取行；- 表示从标准输入读取。"_s,
            u"纠正本地时钟错误：\"auto\" 表示签名因过期被拒绝时使用测得的偏移量重试一次；数字表示在签名时间上加上相应的秒数。"_s,
            u"只在 stderr 上打印错误：不显示进度，也不显示提示（结果仍输出到 stdout）。"_s};
        QTest::newRow("English") << QStringList{
            u"Read rows from a CSV or TSV FILE with a header row (task_id, source_id, source_name); - reads stdin."_s,
            u"Correct a wrong local clock: \"auto\" retries once with the measured offset when the signature is "
            "rejected as expired; a number adds that many seconds to the signing time."_s,
            u"Print only errors."_s};
    }
    void rewrapFitsChineseHelpIntoTheColumns()
    {
        QFETCH(QStringList, descriptions);
        QCommandLineParser parser;
        parser.addOption({u"rows"_s, descriptions.at(0), u"FILE"_s});
        parser.addOption({u"clock-offset"_s, descriptions.at(1), u"auto|SECONDS"_s});
        parser.addOption({QStringList{u"q"_s, u"quiet"_s}, descriptions.at(2)});
        const QString qt = parser.helpText().section(u'\n', 1);
        const QString help = HelpText::rewrap(qt);
        const QStringList lines = help.split(u'\n');
        for (const QString &line : lines)
            QVERIFY2(TerminalText::width(line) <= HelpText::kColumns, qPrintable(line));
        for (const QString &description : descriptions)
            QVERIFY2(compact(help).contains(compact(description)), qPrintable(description));
        // Every description starts in the same column, after the longest option name.
        QList<qsizetype> starts;
        static const QRegularExpression description(u"^  -\\S.*?  +(\\S)"_s);
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = description.match(line);
            if (m.hasMatch())
                starts << m.capturedStart(1);
        }
        QVERIFY2(starts.size() == 3, qPrintable(help));
        QCOMPARE(starts.count(starts.constFirst()), 3);
    }

    void paragraphIndentsItsContinuationLines()
    {
        const QString text = HelpText::paragraph(u"用法：sms-consistency-cli export [通用选项] (--rows FILE | --rows - | --row T,S,N ...) "
                                                 "[--output PATH | --output-dir DIR] [--force]"_s, 40, 4);
        const QStringList lines = text.split(u'\n');
        QVERIFY(lines.size() > 1);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QVERIFY2(TerminalText::width(lines.at(i)) <= 40, qPrintable(lines.at(i)));
            if (i > 0)
                QVERIFY(lines.at(i).startsWith(u"    "_s));
        }
    }
};

QTEST_GUILESS_MAIN(TestHelpText)
#include "tst_helptext.moc"
