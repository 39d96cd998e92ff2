// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The real main window and key-driven helpers shared by the batch window's GUI tests.

#include "batch/BatchExportWindow.h"
#include "batch/BatchTableModel.h"
#include "FakeCredentialStore.h"
#include "ScriptedPrompts.h"
#include "LoopbackServer.h"
#include "profile/ProfileStore.h"
#include "rows/RowTableModel.h"
#include "window/AppController.h"
#include "window/LanguageManager.h"
#include "window/MainWindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace smsc::test {

inline QString taskId(int i)
{
    return u"t-%1"_s.arg(i, 5, 10, QLatin1Char('0'));
}

inline QByteArray rowsCsv(int count)
{
    QByteArray data = "task_id,source_id,source_name\n";
    for (int i = 1; i <= count; ++i)
        data += taskId(i).toLatin1() + ",src-" + QByteArray::number(i) + ",server " + QByteArray::number(i) + "\n";
    return data;
}

inline QString sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex());
}

//! The first task_id of each export request the server received, in order.
inline QStringList firstTaskIds(const QJsonArray &requests)
{
    QStringList ids;
    for (const QJsonValue &request : requests) {
        const QJsonDocument body = QJsonDocument::fromJson(request.toObject().value(u"body"_s).toString().toUtf8());
        ids << body.object().value(u"task_info"_s).toArray().at(0).toObject().value(u"task_id"_s).toString();
    }
    return ids;
}

inline QList<BatchStatus> statuses(const BatchTableModel *model)
{
    QList<BatchStatus> list;
    for (int row = 0; row < model->rowCount(); ++row)
        list << model->recordAt(row).status;
    return list;
}

//! The real main window wired like app/gui/main.cpp, with pre-answered prompts and an in-memory keychain.
//! Saves the "loopback" profile against `server` (plain HTTP, no proxy) and makes it the current one.
inline bool saveLoopbackProfile(const LoopbackServer &server)
{
    Profile p;
    p.name = u"loopback"_s;
    p.endpoint = server.httpUrl().toString();
    p.iamEndpoint = server.httpUrl().toString();
    p.domainId = kTestDomainId;
    p.transport.proxyUrl = u"none"_s;
    p.transport.transferTimeoutSeconds = 60;
    ProfileStore store;
    if (!store.save(p).ok())
        return false;
    store.setCurrentName(p.name);
    return true;
}

struct BatchApp
{
    RowTableModel model;
    LanguageManager languages;
    ScriptedPrompts prompts;
    FakeCredentialStore secrets;
    ProfileStore profiles;
    QNetworkAccessManager network;
    MainWindow window{&model, &languages, &prompts};
    std::unique_ptr<AppController> app;
    QList<QUrl> opened;

    explicit BatchApp(const QString &batchFolder)
    {
        QSettings().setValue(u"batch/folder"_s, batchFolder);
        QVERIFY(languages.setLanguage(u"en"_s));  // English plurals ("50 rows")
        secrets.entries.insert(u"loopback/ak"_s, kTestAk);
        secrets.entries.insert(u"loopback/sk"_s, kTestSk);
        app = std::make_unique<AppController>(&window, &profiles, &secrets, &network, &prompts);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }
    //! File > Batch export…
    BatchExportWindow *openBatchWindow()
    {
        window.findChild<QAction *>(u"batchExportAction"_s)->trigger();
        BatchExportWindow *batch = app->batchWindow();
        if (batch)
            batch->setFolderOpener([this](const QUrl &url) {
                opened << url;
                return true;
            });
        return batch;
    }
};

template<typename T>
inline T *in(QWidget *parent, const char *name)
{
    return parent->findChild<T *>(QString::fromLatin1(name));
}

//! Types `text` into a line edit as the user would: select all, then type.
inline void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

inline void press(QPushButton *button)
{
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

} // namespace smsc::test
