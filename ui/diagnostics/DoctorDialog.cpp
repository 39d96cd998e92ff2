// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnostics/DoctorDialog.h"

#include "doctor/DoctorPolicy.h"
#include "doctor/DoctorReport.h"
#include "doctor/DoctorRun.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace smsc {

namespace {

enum Column { NameColumn, FigureColumn };
enum Child { FixChild, DetailChild };

QIcon verdictIcon(DoctorVerdict verdict)
{
    switch (verdict) {
    case DoctorVerdict::Ok: return QIcon(u":/icons/actions/validation-ok.svg"_s);
    case DoctorVerdict::Warning: return QIcon(u":/icons/actions/validation-warning.svg"_s);
    case DoctorVerdict::Failed: return QIcon(u":/icons/actions/validation-error.svg"_s);
    case DoctorVerdict::Skipped: break;
    }
    return {};
}

} // namespace

DoctorDialog::DoctorDialog(DoctorRun *run, const QString &profileName, QWidget *parent)
    : QDialog(parent), m_run(run), m_profileName(profileName)
{
    setObjectName(u"DoctorDialog"_s);
    run->setParent(this);
    auto *layout = new QVBoxLayout(this);
    m_headline = new QLabel;
    m_headline->setObjectName(u"headlineLabel"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextFormat(Qt::PlainText);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_headline);

    m_list = new QTreeWidget;
    m_list->setObjectName(u"checkList"_s);
    m_list->setColumnCount(2);
    m_list->setWordWrap(true);
    m_list->setUniformRowHeights(false);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    // A fix or detail wraps to the column's width; the view would guess its height from one line.
    connect(m_list->header(), &QHeaderView::sectionResized, this, &DoctorDialog::fitRows);
    for (const DoctorCheckId id : DoctorCheck::order()) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(NameColumn, Qt::UserRole, int(id));
        item->setText(NameColumn, DoctorCheck::title(id));
        for (int child = FixChild; child <= DetailChild; ++child) {
            auto *line = new QTreeWidgetItem(item);
            line->setHidden(true);
            line->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            line->setTextAlignment(NameColumn, Qt::AlignLeft | Qt::AlignTop);
            line->setTextAlignment(FigureColumn, Qt::AlignLeft | Qt::AlignTop);
        }
    }
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox;
    m_copyReport = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyReport->setObjectName(u"copyReportButton"_s);
    m_copyPolicy = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_copyPolicy->setObjectName(u"copyPolicyButton"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_copyReport, &QPushButton::clicked, this, [this] { QGuiApplication::clipboard()->setText(reportText()); });
    connect(m_copyPolicy, &QPushButton::clicked, this,
            [] { QGuiApplication::clipboard()->setText(QString::fromUtf8(DoctorPolicy::customPolicyJson())); });

    connect(run, &DoctorRun::checkStarted, this, [this](int index, const QString &) { onStarted(index); });
    connect(run, &DoctorRun::checkFinished, this, &DoctorDialog::onCheck);
    connect(run, &DoctorRun::finished, this, &DoctorDialog::onFinished);
    retranslateUi();
    resize(760, 560);
}

DoctorDialog::~DoctorDialog()
{
    if (m_run)
        m_run->disconnect(this);  // the run, a child, stops its checks as it goes: nothing more to show
    // The list, a child, still resizes its sections while QDialog's destructor deletes the children,
    // when this object is no longer a DoctorDialog: its slot must not be called then.
    m_list->header()->disconnect(this);
}

void DoctorDialog::start()
{
    if (m_run)
        m_run->start();
    updateHeadline();
}

bool DoctorDialog::isRunning() const
{
    return m_run && m_run->isRunning();
}

QString DoctorDialog::reportText() const
{
    return DoctorReport::toText(m_checks, DoctorReport::Marks::Unicode, DoctorReport::Detail::With);
}

void DoctorDialog::onStarted(int index)
{
    m_running = index;
    if (QTreeWidgetItem *item = m_list->topLevelItem(index))
        item->setText(FigureColumn, tr("Checking…"));
    updateHeadline();
}

void DoctorDialog::onCheck(const DoctorCheck &check)
{
    m_checks.append(check);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toInt() == int(check.id))
            showCheck(item, check);
    }
    m_running = -1;
    updateHeadline();
}

void DoctorDialog::onFinished(const QList<DoctorCheck> &checks)
{
    m_checks = checks;
    m_done = true;
    m_running = -1;
    updateHeadline();
    emit runFinished(checks);
}

void DoctorDialog::showCheck(QTreeWidgetItem *item, const DoctorCheck &check)
{
    item->setIcon(NameColumn, verdictIcon(check.verdict));
    item->setText(NameColumn, check.name);
    item->setText(FigureColumn, check.figure.isEmpty() ? DoctorCheck::verdictText(check.verdict) : check.figure);
    item->setToolTip(NameColumn, DoctorCheck::verdictText(check.verdict));
    item->setData(NameColumn, Qt::AccessibleTextRole, tr("%1: %2").arg(check.name, DoctorCheck::verdictText(check.verdict)));
    setChild(item, FixChild, tr("Fix"), check.fix);
    setChild(item, DetailChild, tr("Detail"), check.detail);
    item->setExpanded(check.verdict == DoctorVerdict::Failed || check.verdict == DoctorVerdict::Warning);
    fitRows();
}

void DoctorDialog::fitRows()
{
    const int width = std::max(80, m_list->header()->sectionSize(FigureColumn) - 12);
    const QFontMetrics metrics = m_list->fontMetrics();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *item = m_list->topLevelItem(i);
        for (int child = 0; child < item->childCount(); ++child) {
            QTreeWidgetItem *line = item->child(child);
            const QRect text = metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, line->text(FigureColumn));
            line->setSizeHint(FigureColumn, QSize(width, text.height() + 4));
        }
    }
    m_list->doItemsLayout();
}

void DoctorDialog::setChild(QTreeWidgetItem *item, int index, const QString &label, const QString &text)
{
    QTreeWidgetItem *line = item->child(index);
    line->setText(NameColumn, label);
    line->setText(FigureColumn, text);
    line->setHidden(text.isEmpty());
}

void DoctorDialog::updateHeadline()
{
    if (!m_done) {
        const int total = DoctorRun::checkCount();
        m_headline->setText(tr("Checking the connection of profile \"%1\": %2 of %3 checks done…")
                                .arg(m_profileName).arg(m_checks.size()).arg(total));
        m_copyReport->setEnabled(!m_checks.isEmpty());
        return;
    }
    m_copyReport->setEnabled(true);
    int failed = 0;
    int warnings = 0;
    for (const DoctorCheck &check : std::as_const(m_checks)) {
        failed += check.verdict == DoctorVerdict::Failed ? 1 : 0;
        warnings += check.verdict == DoctorVerdict::Warning ? 1 : 0;
    }
    if (failed > 0)
        m_headline->setText(tr("Profile \"%1\": %2 of %3 checks failed. Open a check to see how to fix it.")
                                .arg(m_profileName).arg(failed).arg(m_checks.size()));
    else if (warnings > 0)
        m_headline->setText(tr("Profile \"%1\": nothing failed, but %2 checks have warnings.").arg(m_profileName).arg(warnings));
    else
        m_headline->setText(tr("Profile \"%1\": every check passed.").arg(m_profileName));
}

void DoctorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void DoctorDialog::retranslateUi()
{
    setWindowTitle(tr("Check connection"));
    m_list->setHeaderLabels({tr("Check"), tr("Result")});
    m_list->setAccessibleName(tr("Checks"));
    m_copyReport->setText(tr("Copy &report"));
    m_copyReport->setToolTip(tr("Copy every check with its detail and fix, without secrets"));
    m_copyPolicy->setText(tr("Copy &policy"));
    m_copyPolicy->setToolTip(tr("Copy the IAM custom policy the export needs, as JSON"));
    m_headline->setAccessibleName(tr("Summary"));
    updateHeadline();
}

} // namespace smsc
