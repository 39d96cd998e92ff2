// SPDX-License-Identifier: GPL-3.0-or-later
#include "doctor/DoctorReport.h"

#include "doctor/DoctorPolicy.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

QString indented(const QString &text, const QString &prefix)
{
    QStringList lines = text.split(u'\n');
    for (QString &l : lines)
        l = l.isEmpty() ? l : prefix + l;
    return lines.join(u'\n');
}

} // namespace

QString DoctorReport::mark(DoctorVerdict verdict, Marks marks)
{
    const bool ascii = marks == Marks::Ascii;
    switch (verdict) {
    case DoctorVerdict::Ok:
        return ascii ? u"+"_s : u"\u2713"_s;
    case DoctorVerdict::Warning:
        return u"!"_s;
    case DoctorVerdict::Failed:
        return ascii ? u"x"_s : u"\u2717"_s;
    case DoctorVerdict::Skipped:
        return ascii ? u"-"_s : u"\u2013"_s;
    }
    return {};
}

QString DoctorReport::line(const DoctorCheck &check, Marks marks)
{
    if (check.figure.isEmpty())
        return tr("%1 %2").arg(mark(check.verdict, marks), check.name);
    return tr("%1 %2: %3").arg(mark(check.verdict, marks), check.name, check.figure);
}

QString DoctorReport::toText(const QList<DoctorCheck> &checks, Marks marks, Detail detail)
{
    QStringList out;
    for (const DoctorCheck &check : checks) {
        out << line(check, marks);
        if (detail == Detail::With && !check.detail.isEmpty())
            out << indented(check.detail, u"    "_s);
        if (!check.fix.isEmpty() && check.verdict != DoctorVerdict::Ok)
            out << indented(tr("Fix: %1").arg(check.fix), u"    "_s);
    }
    if (detail == Detail::With)
        out << QString() << DoctorPolicy::statement() << QString::fromUtf8(DoctorPolicy::customPolicyJson()).trimmed();
    return out.join(u'\n') + u'\n';
}

QJsonObject DoctorReport::toJson(const QList<DoctorCheck> &checks)
{
    QJsonArray array;
    for (const DoctorCheck &check : checks) {
        array.append(QJsonObject{{u"id"_s, DoctorCheck::idString(check.id)},
                                 {u"name"_s, check.name},
                                 {u"verdict"_s, DoctorCheck::verdictId(check.verdict)},
                                 {u"figure"_s, check.figure},
                                 {u"detail"_s, check.detail},
                                 {u"fix"_s, check.fix}});
    }
    return QJsonObject{{u"ok"_s, !anyFailed(checks)},
                       {u"checks"_s, array},
                       {u"policy"_s, DoctorPolicy::customPolicy()}};
}

bool DoctorReport::anyFailed(const QList<DoctorCheck> &checks)
{
    return std::any_of(checks.cbegin(), checks.cend(), [](const DoctorCheck &c) { return c.failed(); });
}

} // namespace smsc
