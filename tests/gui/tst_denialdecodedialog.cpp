// SPDX-License-Identifier: GPL-3.0-or-later
// The Decode dialog against the loopback STS over real sockets: allow, deny, STS refusing.
#include "../integration/AccountFixtures.h"
#include "diagnostics/DenialDecodeDialog.h"
#include "harness/GuiTestEnvironment.h"

#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

class TestDenialDecodeDialog final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.lastError())); }
    void init() { QVERIFY(m_server.reset()); }

    void showsTheDecision_data();
    void showsTheDecision();
    void stsRefusingNamesThePermission();

private:
    std::unique_ptr<DenialDecodeDialog> decode(const QString &message);
    template <typename T> static T *find(QWidget *dialog, const char *name)
    {
        auto *widget = dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("widget %s not found", name);
        return widget;
    }

    LoopbackServer m_server;
    QNetworkAccessManager m_network;
};

std::unique_ptr<DenialDecodeDialog> TestDenialDecodeDialog::decode(const QString &message)
{
    // Temporary AK/SK: the security token is signed too, and must never be shown.
    auto dialog = std::make_unique<DenialDecodeDialog>(&m_network, loopbackProfile(m_server, m_server.httpsUrl()),
                                                       temporaryAkSk(), message);
    dialog->show();
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        return nullptr;
    QSignalSpy finished(dialog.get(), &DenialDecodeDialog::finished);
    dialog->start();
    if (!dialog->isRunning() && finished.isEmpty())
        return nullptr;
    if (finished.isEmpty() && !finished.wait(30'000))
        return nullptr;
    return dialog;
}

void TestDenialDecodeDialog::showsTheDecision_data()
{
    QTest::addColumn<bool>("allow");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<QString>("reason");
    QTest::newRow("deny: explicit Deny statement") << false << u"Denied"_s << u"sms-export-deny"_s
                                                   << u"explicit Deny"_s;
    QTest::newRow("allow: Allow statement") << true << u"Allowed"_s << u"sms-export-allow"_s
                                            << u"An Allow statement matched"_s;
}

void TestDenialDecodeDialog::showsTheDecision()
{
    QFETCH(bool, allow);
    QFETCH(QString, verdict);
    QFETCH(QString, policy);
    QFETCH(QString, reason);
    const auto dialog = decode(m_server.encodedMessage(allow));
    QVERIFY(dialog);
    QVERIFY2(find<QLabel>(dialog.get(), "decisionLabel")->text().startsWith(verdict),
             qPrintable(find<QLabel>(dialog.get(), "decisionLabel")->text()));
    QCOMPARE(find<QLineEdit>(dialog.get(), "actionField")->text(), u"sms:server:getBatchConsistencyResults"_s);
    QVERIFY(find<QLineEdit>(dialog.get(), "resourceField")->text().contains(kTestDomainId));
    const QString policies = find<QLineEdit>(dialog.get(), "policyField")->text();
    QVERIFY2(policies.contains(policy), qPrintable(policies));
    QVERIFY2(policies.contains(allow ? u"AllowSmsExport"_s : u"DenySmsExport"_s), qPrintable(policies));
    QVERIFY2(find<QLineEdit>(dialog.get(), "reasonField")->text().contains(reason),
             qPrintable(find<QLineEdit>(dialog.get(), "reasonField")->text()));
    QVERIFY(find<QLabel>(dialog.get(), "problemLabel")->isHidden());

    // The raw JSON is collapsed until asked for, and then is what STS decoded.
    auto *raw = find<QPlainTextEdit>(dialog.get(), "rawJson");
    QVERIFY(raw->isHidden());
    QTest::mouseClick(find<QToolButton>(dialog.get(), "rawJsonToggle"), Qt::LeftButton);
    QVERIFY(raw->isVisible());
    QVERIFY(raw->toPlainText().contains(u"\"matched_statements\""_s));
    const QJsonObject decoded = QJsonDocument::fromJson(raw->toPlainText().toUtf8()).object();
    QCOMPARE(decoded.value(u"allowed").toBool(!allow), allow);
    const QJsonArray requests = m_server.requests(u"/v5/decode-authorization-message"_s);
    QCOMPARE(requests.size(), 1);
    QCOMPARE(requests.first().toObject().value(u"signature_ok").toBool(), true);
    QCOMPARE(requests.first().toObject().value(u"auth_mode").toString(), u"aksk_token"_s);
}

void TestDenialDecodeDialog::stsRefusingNamesThePermission()
{
    QVERIFY(m_server.setScenario(u"/v5/decode-authorization-message"_s, {{u"name"_s, u"denied"_s}}));
    const auto dialog = decode(m_server.encodedMessage(false));
    QVERIFY(dialog);
    auto *problem = find<QLabel>(dialog.get(), "problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(u"sts::decodeAuthorizationMessage"_s), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(u"decode-authorization-message permission"_s), qPrintable(problem->text()));
    QVERIFY2(problem->text().contains(u"403"_s), qPrintable(problem->text()));
    QVERIFY(find<QLineEdit>(dialog.get(), "actionField")->text().isEmpty());
    QCOMPARE(m_server.requests(u"/v5/decode-authorization-message"_s).size(), 1);   // a 403 is never retried
}

SMSC_GUI_TEST_MAIN(TestDenialDecodeDialog)
#include "tst_denialdecodedialog.moc"
