// SPDX-License-Identifier: GPL-3.0-or-later
#include "window/LanguageManager.h"

#include "TranslationCatalog.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

const auto kSettingsKey = u"ui/language"_s;

} // namespace

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent), m_appTranslator(new QTranslator(this)), m_qtTranslator(new QTranslator(this))
{
}

LanguageManager::~LanguageManager()
{
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
}

QStringList LanguageManager::availableLanguages()
{
    return TranslationCatalog::languages();
}

QString LanguageManager::nativeName(const QString &code)
{
    if (code == u"zh_CN")
        return u"简体中文"_s;
    return u"English"_s;
}

QString LanguageManager::savedOrSystemLanguage()
{
    const QString saved = QSettings().value(kSettingsKey).toString();
    if (availableLanguages().contains(saved))
        return saved;
    return QLocale::system().language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

QString LanguageManager::language() const
{
    return m_language;
}

bool LanguageManager::setLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    QSettings().setValue(kSettingsKey, code);
    if (code == m_language)
        return true;
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    // English is the source language; its catalogue only carries plural forms.
    if (m_appTranslator->load(TranslationCatalog::appCatalogPath(code)))
        QCoreApplication::installTranslator(m_appTranslator);
    if (code != u"en"
        && m_qtTranslator->load(u"qtbase_%1"_s.arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator);
    QLocale::setDefault(QLocale(code));
    m_language = code;
    emit languageChanged(code);
    return true;
}

RequestLanguage LanguageManager::defaultRequestLanguage() const
{
    return m_language == u"zh_CN" ? RequestLanguage::ZhCn : RequestLanguage::EnUs;
}

} // namespace smsc
