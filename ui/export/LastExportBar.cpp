// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/LastExportBar.h"

#include <QClipboard>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace smsc {

LastExportBar::LastExportBar(QWidget *parent)
    : QWidget(parent), m_text(new QLabel), m_openFile(new QPushButton), m_openFolder(new QPushButton),
      m_copyPath(new QPushButton)
{
    setObjectName(u"lastExportBar"_s);
    m_text->setObjectName(u"lastExportLabel"_s);
    m_openFile->setObjectName(u"lastExportOpenFileButton"_s);
    m_openFolder->setObjectName(u"lastExportOpenFolderButton"_s);
    m_copyPath->setObjectName(u"lastExportCopyPathButton"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    for (QPushButton *button : {m_openFile, m_openFolder, m_copyPath}) {
        button->setFlat(true);
        layout->addWidget(button);
    }
    connect(m_openFile, &QPushButton::clicked, this, [this] { emit openFileRequested(m_path); });
    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { emit openFolderRequested(QFileInfo(m_path).absolutePath()); });
    connect(m_copyPath, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(QDir::toNativeSeparators(m_path)); });
    retranslateUi();
    hide();
}

void LastExportBar::showSaved(const QString &path)
{
    m_path = path;
    retranslateUi();
    show();
}

void LastExportBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void LastExportBar::retranslateUi()
{
    const QString shown = QDir::toNativeSeparators(m_path);
    m_text->setText(tr("Last export saved as %1").arg(QFileInfo(m_path).fileName()));
    m_text->setToolTip(shown);
    m_text->setAccessibleName(tr("Last export: %1").arg(shown));
    m_openFile->setText(tr("Open file"));
    m_openFolder->setText(tr("Open folder"));
    m_copyPath->setText(tr("Copy path"));
    m_copyPath->setToolTip(tr("Copy %1 to the clipboard").arg(shown));
}

} // namespace smsc
