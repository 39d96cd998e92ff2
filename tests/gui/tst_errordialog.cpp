// SPDX-License-Identifier: GPL-3.0-or-later
#include "../support/HostileText.h"
#include "diagnostics/ErrorDialog.h"
#include "errors/ErrorMapper.h"
#include "harness/ErrorReportSamples.h"
#include "harness/ScriptedPrompts.h"
#include "redaction/RequestRedactor.h"
#include "window/LanguageManager.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QtMath>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

using namespace smsc;
using namespace smsc::test;

//! The error dialog: what it shows, how it is laid out, and how it is read and copied by keyboard.
class TestErrorDialog final : public QObject
{
    Q_OBJECT
private slots:
    void titleNamesWhatFailed_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("title");
        QTest::newRow("export (default)") << QString() << u"Export failed"_s;
        QTest::newRow("account picker") << u"Loading from the account failed"_s
                                        << u"Loading from the account failed"_s;
    }

    void titleNamesWhatFailed()
    {
        QFETCH(QString, context);
        QFETCH(QString, title);
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        const QByteArray source = context.toUtf8();  // outlives the dialog
        if (!context.isEmpty())
            dialog.setContext(source.constData());
        dialog.show();
        QCOMPARE(dialog.windowTitle(), title);
        QEvent languageChange(QEvent::LanguageChange);  // the title survives a retranslation
        QCoreApplication::sendEvent(&dialog, &languageChange);
        QCOMPARE(dialog.windowTitle(), title);
    }

    void rendersEveryFieldOfA403()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        QCOMPARE(child<QLabel>(&dialog, "headlineLabel")->text(),
                 u"You do not have permission to export consistency results."_s);
        QVERIFY(child<QLabel>(&dialog, "hintLabel")->text().contains(u"Ask your administrator"_s));
        QCOMPARE(lineText(&dialog, "httpStatusEdit"), u"403"_s);
        QCOMPARE(lineText(&dialog, "errorCodeEdit"), u"SMS.0204"_s);
        QCOMPARE(lineText(&dialog, "errorParamEdit"), u"sms:server:getBatchConsistencyResults"_s);
        QCOMPARE(lineText(&dialog, "requestIdEdit"), u"req-7f3a"_s);
        QCOMPARE(lineText(&dialog, "timeUtcEdit"), u"2026-11-27 19:00:00 UTC"_s);
        // The same shape as the UTC fields, in local time with its offset.
        const QDateTime local = QDateTime(QDate(2026, 11, 27), QTime(19, 0, 0), Qt::UTC).toLocalTime();
        QVERIFY2(lineText(&dialog, "timeLocalEdit").startsWith(local.toString(u"yyyy-MM-dd HH:mm:ss UTC"_s)),
                 qPrintable(lineText(&dialog, "timeLocalEdit")));
        QCOMPARE(lineText(&dialog, "serverTimeEdit"), u"2026-11-27 19:00:30 UTC"_s);
        QVERIFY(lineText(&dialog, "clockSkewEdit").contains(u"30 s behind"_s));
        QCOMPARE(lineText(&dialog, "endpointEdit"), u"https://sms.example.test"_s);
        QCOMPARE(lineText(&dialog, "profileEdit"), u"prod"_s);
        QVERIFY(lineText(&dialog, "authModeEdit").contains(u"security token"_s));
        QCOMPARE(lineText(&dialog, "accessKeyEdit"), u"SMSC****0001"_s);

        auto *details = child<QTableWidget>(&dialog, "detailsTable");
        QCOMPARE(details->rowCount(), 2);
        QCOMPARE(details->item(0, 0)->text(), u"IAM.0002"_s);
        QCOMPARE(details->item(1, 1)->text(), u"No allow statement"_s);
        QVERIFY(details->isVisible());
    }

    // A long encoded authorization message wraps inside its own scrolling field: the dialog keeps
    // the width it has without one, shown and with the message opened.
    void aLongEncodedMessageKeepsTheDialogsWidth_data()
    {
        QTest::addColumn<int>("length");
        QTest::newRow("2048 characters (the usual)") << 2048;
        QTest::newRow("65535 characters (the most the service sends)") << 65535;
    }
    void aLongEncodedMessageKeepsTheDialogsWidth()
    {
        QFETCH(int, length);
        test::ScriptedPrompts prompts;
        ErrorDialog plain(forbiddenReportWithEncodedMessage(0), &prompts);
        plain.show();
        QVERIFY(QTest::qWaitForWindowExposed(&plain));
        ErrorDialog dialog(forbiddenReportWithEncodedMessage(length), &prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.width(), plain.width());
        QVERIFY2(dialog.minimumSizeHint().width() <= plain.minimumSizeHint().width(),
                 qPrintable(u"%1 > %2"_s.arg(dialog.minimumSizeHint().width()).arg(plain.minimumSizeHint().width())));
        auto *toggle = child<QToolButton>(&dialog, "encodedMessageToggle");
        toggle->setFocus();
        QTest::keyClick(toggle, Qt::Key_Space);
        auto *box = child<QPlainTextEdit>(&dialog, "encodedMessageEdit");
        QVERIFY(box->isVisible());
        QCoreApplication::processEvents();
        QCOMPARE(dialog.width(), plain.width());
        QVERIFY(dialog.minimumSizeHint().width() <= plain.minimumSizeHint().width());
        // All of it is there, wrapped (no sideways scrolling) and reachable by scrolling down.
        QCOMPARE(box->toPlainText().size(), length);
        QVERIFY(box->isReadOnly());
        QVERIFY(!box->horizontalScrollBar()->isVisible());
        QVERIFY(box->verticalScrollBar()->maximum() > 0);
        QVERIFY(box->width() <= dialog.width());
        // The dialog can still be made narrower than it opens.
        dialog.resize(plain.minimumSizeHint().width(), dialog.height());
        QCOMPARE(dialog.width(), plain.minimumSizeHint().width());
    }

    // The canonical requests side by side: every line, the 64-character hashes included, is
    // either shown whole or reachable by scrolling the pane sideways; no pane is cut by the dialog.
    void canonicalRequestPanesShowWholeLines_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("as it opens") << 0;
        QTest::newRow("made narrow") << 560;
    }
    void canonicalRequestPanesShowWholeLines()
    {
        QFETCH(int, width);
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(signatureReport(), &prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        if (width > 0)
            dialog.resize(width, dialog.height());
        QCoreApplication::processEvents();
        for (const char *name : {"gatewayCanonicalRequest", "ourCanonicalRequest", "ourStringToSign"}) {
            auto *pane = child<QPlainTextEdit>(&dialog, name);
            QVERIFY2(pane && pane->isVisible(), name);
            // The pane itself lies inside the dialog's visible area, left to right.
            auto *scroll = child<QScrollArea>(&dialog, "fieldsScrollArea");
            const QRect inViewport(pane->mapTo(scroll->viewport(), QPoint(0, 0)), pane->size());
            QVERIFY2(inViewport.left() >= 0 && inViewport.right() < scroll->viewport()->width(),
                     qPrintable(u"%1 spans x %2..%3, the dialog shows 0..%4"_s.arg(QString::fromLatin1(name))
                                    .arg(inViewport.left()).arg(inViewport.right()).arg(scroll->viewport()->width())));
            QVERIFY2(pane->lineWrapMode() == QPlainTextEdit::NoWrap, name);  // a hash split in two reads as two values
            const QFontMetrics metrics(pane->font());
            int widest = 0;
            for (const QString &line : pane->toPlainText().split(u'\n'))
                widest = std::max(widest, metrics.horizontalAdvance(line));
            const int shown = pane->viewport()->width() + pane->horizontalScrollBar()->maximum();
            QVERIFY2(shown >= widest + int(pane->document()->documentMargin()),
                     qPrintable(u"%1: %2 px reachable, the widest line needs %3"_s.arg(QString::fromLatin1(name))
                                    .arg(shown).arg(widest)));
            if (pane->horizontalScrollBar()->maximum() > 0)
                QVERIFY2(pane->horizontalScrollBar()->isVisible(), name);
        }
    }

    // Read-only text draws no caret (tst_windowaudits checks every window), yet the keyboard still
    // copies it: Tab to the headline or a field, Ctrl+A, Ctrl+C.
    void readOnlyTextIsCopiedByKeyboardWithoutACaret()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        for (const char *name : {"headlineLabel", "errorMsgEdit"}) {
            QWidget *widget = child<QWidget>(&dialog, name);
            QVERIFY2(widget->focusPolicy() & Qt::TabFocus, name);
            widget->setFocus(Qt::TabFocusReason);
            QGuiApplication::clipboard()->clear();
            QTest::keyClick(widget, Qt::Key_A, Qt::ControlModifier);
            QTest::keyClick(widget, Qt::Key_C, Qt::ControlModifier);
            const QString expected = name == QByteArrayView("headlineLabel") ? child<QLabel>(&dialog, name)->text()
                                                                             : child<QPlainTextEdit>(&dialog, name)->toPlainText();
            QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        }
    }

    void messageShowsSubstitutedTextAndRawOneClickAway()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        auto *message = child<QPlainTextEdit>(&dialog, "errorMsgEdit");
        QCOMPARE(message->toPlainText(), u"Insufficient permissions. Cause: sms:server:getBatchConsistencyResults"_s);
        QTest::mouseClick(child<QToolButton>(&dialog, "showRawMessageButton"), Qt::LeftButton);
        QCOMPARE(message->toPlainText(), u"Insufficient permissions. Cause: {0[0]}"_s);
        QTest::mouseClick(child<QToolButton>(&dialog, "showRawMessageButton"), Qt::LeftButton);
        QVERIFY(message->toPlainText().endsWith(u"getBatchConsistencyResults"_s));
    }

    void encodedMessageIsCollapsibleWithLengthAndCopy()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *toggle = child<QToolButton>(&dialog, "encodedMessageToggle");
        auto *box = child<QPlainTextEdit>(&dialog, "encodedMessageEdit");
        QVERIFY(toggle->text().contains(u"1234"_s));
        QVERIFY(!box->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(box->isVisible());
        QVERIFY(box->isReadOnly());
        QCOMPARE(box->toPlainText(), kEncoded);
        QVERIFY(box->font().fixedPitch() || box->font().styleHint() == QFont::TypeWriter
                || QFontInfo(box->font()).fixedPitch());
        QTest::mouseClick(child<QPushButton>(&dialog, "copyEncodedButton"), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), kEncoded);
    }

    void everyValueIsReadOnlyNamedAndReachableByTab()
    {
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(forbiddenReport(), &prompts);
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));

        QSet<QWidget *> reached;
        QWidget *first = QApplication::focusWidget();
        for (int i = 0; i < 60; ++i) {
            reached.insert(QApplication::focusWidget());
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget() == first)
                break;
        }
        const auto edits = dialog.findChildren<QLineEdit *>();
        QVERIFY(!edits.isEmpty());
        for (QLineEdit *edit : edits) {
            if (!edit->isVisibleTo(&dialog))
                continue;
            QVERIFY2(edit->isReadOnly(), qPrintable(edit->objectName()));
            QVERIFY2(!edit->accessibleName().isEmpty(), qPrintable(edit->objectName()));
            QVERIFY2(reached.contains(edit), qPrintable(edit->objectName()));
        }
        for (const char *name : {"errorMsgEdit", "detailsTable", "copySummaryButton", "copyCurlButton",
                                 "saveReportButton", "headlineLabel"})
            QVERIFY2(reached.contains(child<QWidget>(&dialog, name)), name);
        QVERIFY(!child<QWidget>(&dialog, "detailsTable")->accessibleName().isEmpty());
    }

    // At 200 % (QT_SCALE_FACTOR=2, the tst_errordialog_scale200 run) a 1280-pixel-wide screen is
    // 640 logical pixels: the dialog, its row of actions included, must fit there in either language.
    // At 100 % logical sizes are the same, so that run checks them doubled.
    void fitsA1280PixelScreenAt200Percent_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<bool>("signature");
        for (const QString &language : LanguageManager::availableLanguages()) {
            QTest::addRow("%s, 403 with an encoded message", qPrintable(language)) << language << false;
            QTest::addRow("%s, signature rejected", qPrintable(language)) << language << true;
        }
    }
    void fitsA1280PixelScreenAt200Percent()
    {
        QFETCH(QString, language);
        QFETCH(bool, signature);
        LanguageManager languages;
        QVERIFY(languages.setLanguage(language));
        const auto english = qScopeGuard([&languages] { languages.setLanguage(u"en"_s); });
        test::ScriptedPrompts prompts;
        ErrorDialog dialog(signature ? signatureReport() : forbiddenReportWithEncodedMessage(1234), &prompts);
        dialog.setRetryAvailable(true);  // every action shown
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCoreApplication::sendPostedEvents();
        const qreal ratio = std::max<qreal>(2, dialog.devicePixelRatio());
        // The window frame and the screen's edges take their share of the 1280 pixels.
        constexpr int kUsable = 1280 - 80;
        const int minimum = qCeil(dialog.minimumSizeHint().width() * ratio);
        const int preferred = qCeil(dialog.sizeHint().width() * ratio);
        QVERIFY2(minimum <= kUsable, qPrintable(u"needs %1 px at 200 %"_s.arg(minimum)));
        QVERIFY2(preferred <= kUsable, qPrintable(u"prefers %1 px at 200 %"_s.arg(preferred)));
        // It opens no wider than the screen shows (or than it needs).
        const int screenWidth = dialog.screen()->availableGeometry().width();
        QVERIFY2(dialog.width() <= std::max(dialog.minimumSizeHint().width(), screenWidth),
                 qPrintable(u"opens %1 wide on a screen %2 wide"_s.arg(dialog.width()).arg(screenWidth)));
        // Nothing was given up for it: every action is a button with its own mnemonic.
        QStringList mnemonics;
        for (const char *name : {"copySummaryButton", "copyCurlButton", "saveReportButton", "saveSupportBundleButton",
                                 "retryButton", "closeButton"}) {
            auto *button = child<QAbstractButton>(&dialog, name);
            QVERIFY2(button && button->isVisible(), name);
            if (qstrcmp(name, "closeButton") != 0) {
                const QKeySequence mnemonic = QKeySequence::mnemonic(button->text());
                QVERIFY2(!mnemonic.isEmpty() && !mnemonics.contains(mnemonic.toString()), qPrintable(button->text()));
                mnemonics << mnemonic.toString();
            }
        }
    }
};

QTEST_MAIN(TestErrorDialog)
#include "tst_errordialog.moc"
