// SPDX-License-Identifier: GPL-3.0-or-later
#include "CliLanguage.h"

#include "TranslationCatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace smsc::cli {

QString CliLanguage::install(QObject *owner)
{
    const QString code = QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
    if (!TranslationCatalog::languages().contains(code))
        return u"en"_s;
    auto *app = new QTranslator(owner);
    if (app->load(TranslationCatalog::appCatalogPath(code)))
        QCoreApplication::installTranslator(app);
    auto *qt = new QTranslator(owner);  // QCommandLineParser's own messages
    if (code != u"en"_s && qt->load(u"qtbase_%1"_s.arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace smsc::cli
