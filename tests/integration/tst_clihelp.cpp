// SPDX-License-Identifier: GPL-3.0-or-later
// The CLI's help in Chinese: laid out by display width (a CJK character takes two columns), with
// the usage placeholders translated.
#include "CliRunner.h"
#include "output/TerminalText.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace smsc::test;
using smsc::cli::TerminalText;

class TestCliHelp final : public QObject
{
    Q_OBJECT

private:
    CliResult help(const QStringList &arguments, const QString &language) const
    {
        QProcessEnvironment env;
        env.insert(u"LANG"_s, language == u"zh_CN" ? u"zh_CN.UTF-8"_s : u"C.UTF-8"_s);
        env.insert(u"LANGUAGE"_s, language);
        return m_cli.run(arguments, env);
    }

private slots:
    void everyHelpFitsEightyColumns_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("commonOptions");
        const QList<std::pair<QStringList, bool>> helps = {
            {{u"--help"_s}, false},
            {{u"export"_s, u"--help"_s}, true},
            {{u"export"_s, u"--batch"_s, u"--help"_s}, true},
            {{u"list-servers"_s, u"--help"_s}, true},
            {{u"list-tasks"_s, u"--help"_s}, true},
            {{u"decode"_s, u"--help"_s}, true},
            {{u"whoami"_s, u"--help"_s}, true},
            {{u"doctor"_s, u"--help"_s}, true},
            {{u"sign"_s, u"--help"_s}, false},
            {{u"profile"_s, u"set"_s, u"--help"_s}, false}};
        for (const QString &language : {u"zh_CN"_s, u"en"_s}) {
            for (const auto &[arguments, common] : helps)
                QTest::addRow("%s %s", qPrintable(language), qPrintable(arguments.join(u' '))) << arguments << language << common;
        }
    }
    void everyHelpFitsEightyColumns()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QFETCH(bool, commonOptions);
        const CliResult r = help(arguments, language);
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        if (language == u"zh_CN")
            QVERIFY2(text.contains(u"用法"_s), "the Chinese catalogue was not loaded");
        for (const QString &line : text.split(u'\n'))
            QVERIFY2(TerminalText::width(line) <= 79, qPrintable(u"%1 columns: %2"_s.arg(TerminalText::width(line)).arg(line)));
        if (commonOptions) {
            QVERIFY2(text.contains(language == u"zh_CN" ? u"[通用选项]"_s : u"[common options]"_s), qPrintable(text.left(300)));
            if (language == u"zh_CN")
                QVERIFY2(!text.contains(u"common options"_s), qPrintable(text.left(300)));
        }
        if (arguments.constFirst() != u"sign" && arguments.constFirst() != u"profile"
            && arguments.constFirst() != u"--help")
            QVERIFY(text.contains(u"--quiet"_s) && text.contains(u"--progress"_s));
    }

private:
    CliRunner m_cli;
};

QTEST_GUILESS_MAIN(TestCliHelp)
#include "tst_clihelp.moc"
