// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/ExportController.h"
#include "export/ExportProgressDialog.h"
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
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace smsc::test {

using namespace Qt::StringLiterals;

//! The real main window wired like app/gui/main.cpp, with pre-answered prompts and an in-memory keychain.
struct App
{
    RowTableModel model;
    LanguageManager languages;
    ScriptedPrompts prompts;
    FakeCredentialStore secrets;
    ProfileStore profiles;
    QNetworkAccessManager network;
    MainWindow window{&model, &languages, &prompts};
    std::unique_ptr<AppController> app;
    QList<QUrl> openedFolders;
    bool opens = true;  // whether the desktop has a handler for what is opened

    explicit App(const QString &folder)
    {
        secrets.entries.insert(u"loopback/ak"_s, kTestAk);
        secrets.entries.insert(u"loopback/sk"_s, kTestSk);
        app = std::make_unique<AppController>(&window, &profiles, &secrets, &network, &prompts);
        controller()->setFolderOpener([this](const QUrl &url) {
            openedFolders << url;
            return opens;
        });
        if (!folder.isEmpty())
            controller()->setExportFolder(folder);
        model.setEntries({{TaskRow{u"task-1"_s, u"src-1"_s, u"web-01"_s}, false},
                          {TaskRow{u"task-2"_s, u"src-2"_s, u"db-01"_s}, false}});
        window.show();
    }
    ExportController *controller() const { return app->exportController(); }
    ExportProgressDialog *progress() const { return controller()->progressDialog(); }
    //! Clicks Export in the window and waits for the outcome; returns (outcome, saved path).
    QPair<ExportOutcome, QString> exportNow()
    {
        QSignalSpy finished(controller(), &ExportController::finished);
        window.findChild<QAction *>(u"exportAction"_s)->trigger();
        if (!finished.wait(30000))
            return {};
        return {finished.first().at(0).value<ExportOutcome>(), finished.first().at(1).toString()};
    }
    template<typename T>
    T *in(QWidget *parent, const char *name) const
    {
        return parent->findChild<T *>(QString::fromLatin1(name));
    }
};

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

inline QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

inline QString sentHeader(const QJsonObject &request, const QString &name)
{
    for (const QJsonValue &header : request.value(u"headers"_s).toArray()) {
        const QJsonArray pair = header.toArray();
        if (pair.at(0).toString().compare(name, Qt::CaseInsensitive) == 0)
            return pair.at(1).toString();
    }
    return {};
}

inline QDateTime sdkDate(const QJsonObject &request)
{
    QDateTime date = QDateTime::fromString(sentHeader(request, u"X-Sdk-Date"_s), u"yyyyMMdd'T'HHmmss'Z'"_s);
    date.setTimeSpec(Qt::UTC);
    return date;
}

//! Saves the current profile "loopback" for `server` at `endpoint` (its CA trusted, no proxy).
inline void saveLoopbackProfile(const LoopbackServer &server, const QUrl &endpoint, int transferTimeout = 120)
{
    Profile p;
    p.name = u"loopback"_s;
    p.endpoint = endpoint.toString();
    p.iamEndpoint = endpoint.toString();
    p.domainId = kTestDomainId;
    p.transport.caFile = server.caFile();
    p.transport.transferTimeoutSeconds = transferTimeout;
    p.transport.proxyUrl = u"none"_s;
    ProfileStore store;
    QVERIFY(store.save(p).ok());
    store.setCurrentName(p.name);
}

} // namespace smsc::test
