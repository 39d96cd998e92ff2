#include "CliLanguage.h"

#include "TranslationCatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace smsc::cli {

QString CliLanguage::install(QObject *owner)
{
    const QString code = QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_qs : u"en"_qs;
    if (!TranslationCatalog::languages().contains(code))
        return u"en"_qs;
    auto *app = new QTranslator(owner);
    if (app->load(TranslationCatalog::appCatalogPath(code)))
        QCoreApplication::installTranslator(app);
    auto *qt = new QTranslator(owner);  // QCommandLineParser's own messages
    if (code != u"en"_qs && qt->load(u"qtbase_%1"_qs.arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return code;
}

} // namespace smsc::cli
