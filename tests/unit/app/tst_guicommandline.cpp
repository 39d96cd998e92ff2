// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/GuiCommandLine.h"
#include "profile/AppIdentity.h"

#include <QTest>

using namespace Qt::StringLiterals;

using smsc::GuiCommandLine;

class TestGuiCommandLine final : public QObject
{
    Q_OBJECT
private slots:
    void decidesWhetherToOpenTheWindow_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("exitsEarly");
        QTest::addColumn<bool>("quitAfterShow");
        const QString exe = u"/usr/bin/sms-consistency"_s;
        QTest::newRow("no options opens the window") << QStringList{exe} << false << false;
        QTest::newRow("--help prints and exits") << QStringList{exe, u"--help"_s} << true << false;
        QTest::newRow("-h prints and exits") << QStringList{exe, u"-h"_s} << true << false;
        QTest::newRow("--version prints and exits") << QStringList{exe, u"--version"_s} << true << false;
        QTest::newRow("-v prints and exits") << QStringList{exe, u"-v"_s} << true << false;
        QTest::newRow("Qt's -platform option is left to Qt")
            << QStringList{exe, u"-platform"_s, u"offscreen"_s} << false << false;
        QTest::newRow("Qt's -platformtheme is not read as -h")
            << QStringList{exe, u"-platformtheme"_s, u"gtk3"_s} << false << false;
        QTest::newRow("Qt's -stylesheet is not read as -h")
            << QStringList{exe, u"-stylesheet"_s, u"a.qss"_s} << false << false;
        QTest::newRow("an unknown option still opens the window")
            << QStringList{exe, u"--no-such-option"_s} << false << false;
        QTest::newRow("--quit-after-show opens the window for a smoke test")
            << QStringList{exe, u"--quit-after-show"_s} << false << true;
    }
    void decidesWhetherToOpenTheWindow()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, exitsEarly);
        QFETCH(bool, quitAfterShow);
        const GuiCommandLine commandLine(arguments);
        QCOMPARE(commandLine.exitsEarly(), exitsEarly);
        QCOMPARE(commandLine.output().isEmpty(), !exitsEarly);
        QCOMPARE(commandLine.quitAfterShow(), quitAfterShow);
    }

    void versionNamesTheProgramAndTheProjectVersion()
    {
        const GuiCommandLine commandLine(QStringList{u"/opt/x/bin/sms-consistency"_s, u"--version"_s});
        QCOMPARE(commandLine.output(), u"sms-consistency %1\n"_s.arg(smsc::appVersionText()));
        QVERIFY(commandLine.output().startsWith(u"sms-consistency "_s + QString::fromUtf8(SMSC_VERSION)));
    }

    void helpShowsUsageAndTheVisibleOptionsOnly()
    {
        const GuiCommandLine commandLine(QStringList{u"/usr/bin/sms-consistency"_s, u"--help"_s});
        const QString help = commandLine.output();
        QVERIFY2(help.startsWith(u"Usage: sms-consistency [options]\n"_s), qPrintable(help));
        QVERIFY2(help.contains(u"--help"_s), qPrintable(help));
        QVERIFY2(help.contains(u"--version"_s), qPrintable(help));
        QVERIFY2(!help.contains(u"quit-after-show"_s), qPrintable(help));
    }

    void helpWinsOverVersion()
    {
        const GuiCommandLine commandLine(
            QStringList{u"sms-consistency"_s, u"--version"_s, u"--help"_s});
        QVERIFY(commandLine.output().startsWith(u"Usage:"_s));
    }
};

QTEST_GUILESS_MAIN(TestGuiCommandLine)
#include "tst_guicommandline.moc"
