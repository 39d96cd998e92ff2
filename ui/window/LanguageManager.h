// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/Profile.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QTranslator;

namespace smsc {

//! The UI language: installs the app and Qt translators, switches at run time, remembers the choice.
class LanguageManager final : public QObject
{
    Q_OBJECT
public:
    explicit LanguageManager(QObject *parent = nullptr);
    ~LanguageManager() override;

    //! Language codes the app ships: "en", "zh_CN".
    static QStringList availableLanguages();
    //! The language's own name ("English", "简体中文"), the same in every UI language.
    static QString nativeName(const QString &code);
    //! The saved choice, else the system locale's if shipped, else English.
    static QString savedOrSystemLanguage();

    QString language() const;
    //! Installs translators for `code` (every widget gets QEvent::LanguageChange) and saves the choice.
    bool setLanguage(const QString &code);
    //! X-Language that follows the UI language until a profile sets its own.
    RequestLanguage defaultRequestLanguage() const;

signals:
    void languageChanged(const QString &code);

private:
    QString m_language;
    QTranslator *m_appTranslator;
    QTranslator *m_qtTranslator;
};

} // namespace smsc
