// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/LookupErrors.h"

#include "errors/ErrorMapper.h"

using namespace Qt::StringLiterals;

namespace smsc {

ApiError LookupErrors::accountResolutionFailed(const ApiError &iam, const ApiError &sts)
{
    // A rejected key is the real cause far more often than a missing account: say that.
    if (iam.kind == ErrorKind::Authentication)
        return iam;
    if (sts.kind == ErrorKind::Authentication)
        return sts;
    ApiError e = iam.isError() ? iam : sts;
    if (!e.isError())
        e.kind = ErrorKind::NotFound;  // both answered, neither named an account
    auto describe = [](const ApiError &part) {
        QString text = part.headline;
        if (!part.errorCode.isEmpty())
            text = tr("%1 %2: %3").arg(text, part.errorCode, part.errorMsg);
        else if (!part.errorMsg.isEmpty())
            text = tr("%1 %2").arg(text, part.errorMsg);
        return text;
    };
    e.headline = tr("The account id could not be found: both the IAM and the STS lookup failed.");
    e.technicalDetail = tr("IAM (/v3/auth/domains): %1\nSTS (/v5/caller-identity): %2")
                            .arg(iam.isError() ? describe(iam) : tr("returned no account"),
                                 sts.isError() ? describe(sts) : tr("returned no account id"));
    e.hint = tr("Enter the account id in the profile to skip the lookup.");
    return e;
}

ApiError LookupErrors::iamLookupFailed(const ApiError &iam)
{
    if (iam.kind == ErrorKind::Authentication || iam.kind == ErrorKind::Cancelled)
        return iam;  // a rejected key is the real cause: say only that
    ApiError e = iam;
    e.headline = tr("The account id could not be looked up: %1").arg(iam.headline);
    const QString cause = iam.errorCode.isEmpty() ? iam.errorMsg : tr("%1: %2").arg(iam.errorCode, iam.errorMsg);
    e.technicalDetail = tr("IAM (/v3/auth/domains): %1").arg(cause.isEmpty() ? iam.headline : cause)
        + (iam.technicalDetail.isEmpty() ? QString() : u"\n"_s + iam.technicalDetail);
    e.hint = tr("Enter the account id in the profile to skip the lookup.");
    return e;
}

ApiError LookupErrors::projectLookupFailed(const ApiError &iam)
{
    if (iam.kind == ErrorKind::Authentication || iam.kind == ErrorKind::Cancelled)
        return iam;  // a rejected key is the real cause: say only that
    ApiError e = iam;
    e.headline = iam.kind == ErrorKind::Permission
        ? tr("The project id could not be looked up: IAM denied the request (it needs the action "
             "iam:projects:listProjects).")
        : tr("The project id could not be looked up: %1").arg(iam.headline);
    const QString cause = iam.errorCode.isEmpty() ? iam.errorMsg : tr("%1: %2").arg(iam.errorCode, iam.errorMsg);
    e.technicalDetail = tr("IAM (/v3/projects): %1").arg(cause.isEmpty() ? iam.headline : cause)
        + (iam.technicalDetail.isEmpty() ? QString() : u"\n"_s + iam.technicalDetail);
    e.hint = tr("Enter the project id in the profile (or --project-id) to skip the lookup.");
    return e;
}

ApiError LookupErrors::projectNotFound(const QString &region, bool several, bool malformed)
{
    const QString headline = malformed
        ? tr("The project id could not be looked up: IAM's answer about the projects could not be read.")
        : several ? tr("IAM returned several projects named \"%1\"; enter the project id to use.").arg(region)
                  : tr("IAM returned no project named \"%1\" for these keys.").arg(region);
    ApiError e = ErrorMapper::invalidInput(headline, {});
    e.kind = malformed ? ErrorKind::Server : ErrorKind::NotFound;
    e.hint = tr("Enter the project id in the profile (or --project-id), or choose the region the project is in.");
    return e;
}

QString LookupErrors::projectNeedsRegion()
{
    return tr("X-Project-Id is chosen without a project id, and no region is set to look it up by: enter the "
              "project id, or choose the region.");
}

} // namespace smsc
