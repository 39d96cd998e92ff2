// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for every target that may not use QtGui/QtWidgets (the core, the keychain store,
// the CLI and their tests): the standard and Qt Core/Network headers most files include. Parsing
// these once per target instead of once per file is most of the build's speed.
#pragma once

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QRegularExpression>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
