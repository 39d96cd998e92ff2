// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostics/SupportBundle.h"
#include "errors/ErrorReport.h"

#include <QCoreApplication>
#include <functional>

class QWidget;

namespace smsc {

class UserPrompts;

//! "Save support bundle…": builds the redacted bundle, asks where to save it, writes it.
class SupportBundleAction final
{
    Q_DECLARE_TR_FUNCTIONS(smsc::SupportBundleAction)
public:
    //! `savedPath` empty when the user cancelled; `problem` translated, empty on success.
    using Done = std::function<void(const QString &savedPath, const QString &problem)>;

    //! The menu/button text, translated.
    static QString text();
    //! The exchange an error report describes (already redacted), for a bundle saved from the error dialog.
    static ExchangeRecord exchangeOf(const ErrorReport &report);
    //! The bundle's context for that report: profile, auth mode, request id.
    static SupportContext contextOf(const ErrorReport &report);
    //! `credentials` only mask the AK and scrub secrets; the bundle is built before the question.
    static void save(QWidget *parent, UserPrompts *prompts, const ExchangeRecord &exchange,
                     const SupportContext &context, const Credentials &credentials, Done done);
};

} // namespace smsc
