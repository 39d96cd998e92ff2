// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeAudit.h"

#include "WidgetTree.h"

#include <QApplication>
#include <QColor>
#include <QLabel>
#include <QMetaEnum>
#include <QPalette>
#include <QRegularExpression>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace smsc::test {

namespace {

// Colour literals in the colour-bearing declarations of a style sheet ("color: #333",
// "border: 1px solid red", "background: rgb(1, 2, 3)"); palette(...) references are removed first.
QStringList colourLiterals(const QString &styleSheet)
{
    static const QRegularExpression declaration(
        uR"((?:^|[;{\s])([\w-]*(?:color|background|border|outline)[\w-]*)\s*:\s*([^;}]*))"_s);
    static const QRegularExpression paletteRef(uR"(palette\s*\([^)]*\))"_s);
    static const QRegularExpression literal(
        uR"(#[0-9a-fA-F]{3,8}\b|\b(?:rgba?|hsla?|hsva?)\s*\([^)]*\)|\b[a-zA-Z]+\b)"_s);
    QStringList found;
    auto declarations = declaration.globalMatch(styleSheet);
    while (declarations.hasNext()) {
        const auto d = declarations.next();
        QString value = d.captured(2);
        value.remove(paletteRef);
        auto literals = literal.globalMatch(value);
        while (literals.hasNext()) {
            const QString token = literals.next().captured(0);
            const bool word = token.front().isLetter() && !token.contains(u'(');
            if (word && (token == u"transparent" || !QColor::isValidColorName(token)))
                continue;  // "solid", "none", "transparent" and other non-colours
            found.append(u"%1: %2"_s.arg(d.captured(1), token));
        }
    }
    return found;
}

bool richTextHasColour(const QString &text)
{
    static const QRegularExpression colour(uR"(\b(?:bg)?color\s*[:=])"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    return Qt::mightBeRichText(text) && colour.match(text).hasMatch();
}

// Explicit palette entries that are none of the application palette's colours.
QStringList foreignPaletteRoles(const QWidget *w)
{
    QStringList roles;
    if (!w->testAttribute(Qt::WA_SetPalette))
        return roles;
    const QPalette own = w->palette();
    const QPalette app = QApplication::palette();
    QList<QRgb> appColours;
    for (int g = 0; g < QPalette::NColorGroups; ++g) {
        for (int r = 0; r < QPalette::NColorRoles; ++r)
            appColours.append(app.color(QPalette::ColorGroup(g), QPalette::ColorRole(r)).rgba());
    }
    const QMetaEnum roleNames = QMetaEnum::fromType<QPalette::ColorRole>();
    for (int r = 0; r < QPalette::NColorRoles; ++r) {
        const auto role = QPalette::ColorRole(r);
        for (int g = 0; g < QPalette::NColorGroups; ++g) {
            const auto group = QPalette::ColorGroup(g);
            if (own.isBrushSet(group, role) && !appColours.contains(own.color(group, role).rgba())) {
                roles.append(QString::fromLatin1(roleNames.valueToKey(r)));
                break;
            }
        }
    }
    return roles;
}

} // namespace

QList<HardCodedColour> ThemeAudit::hardCodedColours(QWidget *root)
{
    QList<HardCodedColour> found;
    const auto appSheet = qobject_cast<QApplication *>(QCoreApplication::instance())
                              ? qApp->styleSheet() : QString();
    for (const QString &literal : colourLiterals(appSheet))
        found.append({nullptr, u"application"_s, u"style sheet: %1"_s.arg(literal)});

    const auto widgets = userFacingWidgets(root);
    for (QWidget *w : widgets) {
        const QString path = widgetPath(root, w);
        for (const QString &literal : colourLiterals(w->styleSheet()))
            found.append({w, path, u"style sheet: %1"_s.arg(literal)});
        if (const auto *label = qobject_cast<const QLabel *>(w);
            label && label->textFormat() != Qt::PlainText && richTextHasColour(label->text())) {
            found.append({w, path, u"rich text colour"_s});
        }
        for (const QString &role : foreignPaletteRoles(w))
            found.append({w, path, u"palette: %1"_s.arg(role)});
    }
    return found;
}

QString ThemeAudit::describe(const QList<HardCodedColour> &problems)
{
    QStringList lines;
    lines.reserve(problems.size());
    for (const HardCodedColour &p : problems)
        lines.append(u"%1 has a hard-coded colour (%2)"_s.arg(p.path, p.where));
    return lines.join(u'\n');
}

} // namespace smsc::test
