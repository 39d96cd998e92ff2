// SPDX-License-Identifier: GPL-3.0-or-later
// The Check-profile dialog against the loopback STS over real sockets.
#include "../integration/AccountFixtures.h"
#include "diagnostics/WhoAmIDialog.h"
#include "harness/GuiTestEnvironment.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

class TestWhoAmIDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void showsWhoTheCredentialsBelongTo();
    void warnsAboutAClockOffByMoreThanFiveMinutes_data();
    void warnsAboutAClockOffByMoreThanFiveMinutes();
    void stsRefusingNamesThePermission();

private:
    std::unique_ptr<WhoAmIDialog> check(const Profile &profile);
    template <typename T> static T *find(QWidget *dialog, const char *name)
    {
        auto *widget = dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }
    static QString text(QWidget *dialog, const char *name) { return find<QLineEdit>(dialog, name)->text(); }

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

std::unique_ptr<WhoAmIDialog> TestWhoAmIDialog::check(const Profile &profile)
{
    auto dialog = std::make_unique<WhoAmIDialog>(&m_network, profile, akSk(), profile.domainId);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    QSignalSpy finished(dialog.get(), &WhoAmIDialog::finished);
    dialog->start();
    if (finished.isEmpty() && !finished.wait(30'000))
        return nullptr;
    return dialog;
}

void TestWhoAmIDialog::showsWhoTheCredentialsBelongTo()
{
    Profile profile = loopbackProfile(m_server, m_server.httpsUrl());
    profile.name = u"migration-prod"_s;
    const auto dialog = check(profile);
    QVERIFY(dialog);
    QCOMPARE(text(dialog.get(), "accountField"), kTestDomainId);
    QCOMPARE(text(dialog.get(), "principalField"), u"IAM user smsc-tester"_s);
    QVERIFY(text(dialog.get(), "principalUrnField").startsWith(u"iam::"_s));
    QCOMPARE(text(dialog.get(), "scopeHeaderField"), u"X-Domain-Id: %1"_s.arg(kTestDomainId));
    QVERIFY2(text(dialog.get(), "endpointField").startsWith(m_server.httpsUrl().toString()),
             qPrintable(text(dialog.get(), "endpointField")));
    QVERIFY(!text(dialog.get(), "clockSkewField").isEmpty());
    QVERIFY(find<QLabel>(dialog.get(), "warningLabel")->isHidden());
    QVERIFY(find<QLabel>(dialog.get(), "summaryLabel")->text().contains(u"migration-prod"_s));

    QStringList actions;
    auto *checklist = find<QTreeWidget>(dialog.get(), "permissionChecklist");
    for (int i = 0; i < checklist->topLevelItemCount(); ++i)
        actions << checklist->topLevelItem(i)->text(1);
    for (const QString &needed : {u"sms:server:getBatchConsistencyResults"_s, u"sms:server:queryServer"_s,
                                  u"sms:server:list"_s, u"sms:server:listTask"_s})
        QVERIFY2(actions.contains(needed), qPrintable(actions.join(u", "_s)));
    QVERIFY2(actions.join(u' ').contains(u"decode-authorization-message"_s), qPrintable(actions.join(u", "_s)));
    QCOMPARE(m_server.requests(u"/v5/caller-identity"_s).size(), 1);
}

void TestWhoAmIDialog::warnsAboutAClockOffByMoreThanFiveMinutes_data()
{
    QTest::addColumn<int>("serverAheadSeconds");
    QTest::addColumn<bool>("warned");
    QTest::addColumn<QString>("direction");
    // Within the gateway's 15-minute window, so the call itself still succeeds.
    QTest::newRow("server 7 minutes ahead: warn") << 420 << true << u"behind"_s;
    QTest::newRow("server 7 minutes behind: warn") << -420 << true << u"ahead"_s;
    QTest::newRow("server 2 minutes ahead: no warning") << 120 << false << u"behind"_s;
}

void TestWhoAmIDialog::warnsAboutAClockOffByMoreThanFiveMinutes()
{
    QFETCH(int, serverAheadSeconds);
    QFETCH(bool, warned);
    QFETCH(QString, direction);
    m_server.setConfig({{u"date_offset_seconds"_s, serverAheadSeconds}});
    const auto dialog = check(loopbackProfile(m_server, m_server.httpUrl()));
    QVERIFY(dialog);
    QCOMPARE(text(dialog.get(), "accountField"), kTestDomainId);
    QVERIFY2(text(dialog.get(), "clockSkewField").contains(direction), qPrintable(text(dialog.get(), "clockSkewField")));
    auto *warning = find<QLabel>(dialog.get(), "warningLabel");
    QCOMPARE(warning->isVisible(), warned);
    if (warned)
        QVERIFY2(warning->text().contains(u"clock is"_s) && warning->text().contains(direction), qPrintable(warning->text()));
}

void TestWhoAmIDialog::stsRefusingNamesThePermission()
{
    QVERIFY(m_server.setScenario(u"/v5/caller-identity"_s, {{u"name"_s, u"denied"_s}}));
    const auto dialog = check(loopbackProfile(m_server, m_server.httpUrl()));
    QVERIFY(dialog);
    // The reason first, in the headline; no empty account fields above it.
    const QString headline = find<QLabel>(dialog.get(), "summaryLabel")->text();
    QVERIFY2(headline.contains(u"failed"_s), qPrintable(headline));
    QVERIFY2(headline.contains(u"sts::getCallerIdentity"_s), qPrintable(headline));
    QVERIFY2(headline.contains(u"request ID"_s), qPrintable(headline));
    QVERIFY(!find<QLineEdit>(dialog.get(), "accountField")->isVisible());
    QVERIFY(!find<QLineEdit>(dialog.get(), "principalField")->isVisible());

    // Details and a redacted Copy, by keyboard.
    auto *copy = find<QPushButton>(dialog.get(), "copyFailureButton");
    QVERIFY(copy && copy->isVisible());
    QGuiApplication::clipboard()->clear();
    copy->setFocus();
    QTest::keyClick(copy, Qt::Key_Space);
    const QString copied = QGuiApplication::clipboard()->text();
    QVERIFY2(copied.contains(u"getCallerIdentity"_s) || copied.contains(u"403"_s), qPrintable(copied));
    QVERIFY(!copied.contains(kTestSk));
    auto *details = find<QPushButton>(dialog.get(), "failureDetailsButton");
    QVERIFY(details && details->isVisible());
    QSignalSpy detailsRequested(dialog.get(), &WhoAmIDialog::detailsRequested);
    details->setFocus();
    QTest::keyClick(details, Qt::Key_Space);
    QCOMPARE(detailsRequested.size(), 1);
    // Enter closes; it never asks STS again by itself.
    QVERIFY(!find<QPushButton>(dialog.get(), "checkAgain")->isDefault());
}

SMSC_GUI_TEST_MAIN(TestWhoAmIDialog)
#include "tst_whoamidialog.moc"
