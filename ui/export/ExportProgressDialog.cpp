// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportProgressDialog.h"

#include "export/ExportFilePlacer.h"
#include "util/UntrustedText.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace smsc {
namespace {

QLineEdit *readOnlyLine(const QString &objectName)
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setReadOnly(true);
    return edit;
}

} // namespace

ExportProgressDialog::ExportProgressDialog(QWidget *parent)
    : QDialog(parent), m_headline(new QLabel), m_progress(new QProgressBar), m_bytes(new QLabel),
      m_fileLabel(new QLabel), m_file(readOnlyLine(u"savedFileEdit"_s)), m_sizeLabel(new QLabel),
      m_size(readOnlyLine(u"savedSizeEdit"_s)), m_requestIdLabel(new QLabel),
      m_requestId(readOnlyLine(u"requestIdEdit"_s)), m_detail(new QPlainTextEdit), m_hint(new QLabel),
      m_sameNameLabel(new QLabel), m_sameName(new QComboBox)
{
    setObjectName(u"ExportProgressDialog"_s);
    setModal(false);  // the main window stays usable while the export runs
    auto *layout = new QVBoxLayout(this);
    m_headline->setObjectName(u"headlineLabel"_s);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);  // selectable, but no caret in a headline
    layout->addWidget(m_headline);
    m_progress->setObjectName(u"exportProgressBar"_s);
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    layout->addWidget(m_progress);
    m_bytes->setObjectName(u"bytesLabel"_s);
    layout->addWidget(m_bytes);

    auto *form = new QFormLayout;
    m_fileLabel->setBuddy(m_file);
    m_sizeLabel->setBuddy(m_size);
    m_requestIdLabel->setBuddy(m_requestId);
    form->addRow(m_fileLabel, m_file);
    form->addRow(m_sizeLabel, m_size);
    form->addRow(m_requestIdLabel, m_requestId);
    layout->addLayout(form);

    m_detail->setObjectName(u"detailEdit"_s);
    m_detail->setReadOnly(true);
    m_detail->setTabChangesFocus(true);
    m_detail->setMaximumHeight(m_detail->fontMetrics().lineSpacing() * 6 + 12);
    layout->addWidget(m_detail);
    m_hint->setObjectName(u"hintLabel"_s);
    m_hint->setWordWrap(true);
    m_hint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_hint);
    layout->addStretch(1);

    // Every export of the service arrives under the same name: by default the next one is kept
    // beside the last without a question; asking is a visible choice, remembered.
    m_sameName->setObjectName(u"sameNameCombo"_s);
    m_sameName->addItem(QString(), false);
    m_sameName->addItem(QString(), true);
    m_sameNameLabel->setBuddy(m_sameName);
    auto *sameNameRow = new QHBoxLayout;
    sameNameRow->addWidget(m_sameNameLabel);
    sameNameRow->addWidget(m_sameName, 1);
    layout->addLayout(sameNameRow);
    connect(m_sameName, &QComboBox::activated, this,
            [this] { emit asksWhenNameExistsChanged(m_sameName->currentData().toBool()); });

    auto *buttons = new QDialogButtonBox;
    m_openFile = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openFile->setObjectName(u"openFileButton"_s);
    m_openFolder = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_openFolder->setObjectName(u"openFolderButton"_s);
    m_details = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_details->setObjectName(u"errorDetailsButton"_s);
    m_changeFolder = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_changeFolder->setObjectName(u"changeFolderButton"_s);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"closeButton"_s);
    layout->addWidget(buttons);
    connect(m_cancel, &QPushButton::clicked, this, &ExportProgressDialog::cancelRequested);
    connect(m_openFolder, &QPushButton::clicked, this, &ExportProgressDialog::openFolderRequested);
    connect(m_openFile, &QPushButton::clicked, this, &ExportProgressDialog::openFileRequested);
    connect(m_details, &QPushButton::clicked, this, &ExportProgressDialog::detailsRequested);
    connect(m_changeFolder, &QPushButton::clicked, this, &ExportProgressDialog::changeFolderRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    retranslateUi();
    setMode(Mode::Working);
    resize(520, 300);
}

void ExportProgressDialog::setMode(Mode mode)
{
    m_mode = mode;
    const bool working = mode == Mode::Working;
    const bool success = mode == Mode::Success;
    m_progress->setVisible(working);
    m_bytes->setVisible(working);
    for (QWidget *w : std::initializer_list<QWidget *>{m_fileLabel, m_file, m_sizeLabel, m_size})
        w->setVisible(success);
    m_requestIdLabel->setVisible(!working && !m_requestId->text().isEmpty());
    m_requestId->setVisible(m_requestIdLabel->isVisibleTo(this));
    m_detail->setVisible(!working && !success && !m_detail->toPlainText().isEmpty());
    m_hint->setVisible(!working && !m_hint->text().isEmpty());
    m_cancel->setVisible(working);
    m_close->setVisible(!working);
    m_openFolder->setVisible(success);
    m_openFile->setVisible(success);
    m_changeFolder->setVisible(mode == Mode::Failure && m_offerChangeFolder);
    if (working)
        m_cancel->setFocus();
    else if (success)
        m_openFile->setDefault(true);
    else
        m_close->setDefault(true);
}

void ExportProgressDialog::showWorking(const QString &stage)
{
    m_requestId->clear();
    m_detail->clear();
    m_hint->clear();
    m_details->setVisible(false);
    m_received = 0;
    m_total = -1;
    m_headline->setText(stage);
    setMode(Mode::Working);
    retranslateUi();
}

void ExportProgressDialog::showProgress(qint64 received, qint64 total)
{
    m_received = received;
    m_total = total;
    retranslateUi();
}

void ExportProgressDialog::showSuccess(const QString &filePath, qint64 bytes, const QString &requestId,
                                       const QString &headline)
{
    m_headline->setText(headline.isEmpty() ? tr("Saved \"%1\".").arg(QFileInfo(filePath).fileName()) : headline);
    m_file->setText(QDir::toNativeSeparators(filePath));
    m_file->setCursorPosition(0);
    m_size->setText(ExportFilePlacer::formatSize(bytes));
    m_requestId->setText(requestId);
    setMode(Mode::Success);
}

void ExportProgressDialog::showNoFile(const QByteArray &returned, const QString &requestId)
{
    m_headline->setText(tr("The service accepted the request but returned no file. This is what it returned:"));
    m_detail->setPlainText(returned.isEmpty() ? tr("(an empty body)")
                                              : UntrustedText::fromUtf8(returned, UntrustedText::Lines::Keep));
    m_hint->setText(tr("Nothing was saved. Check that the task IDs have consistency results, or contact "
                       "support with the request ID."));
    m_requestId->setText(requestId);
    setMode(Mode::NoFile);
}

void ExportProgressDialog::showFailure(const QString &headline, const QString &detail, const QString &hint,
                                       bool details, bool changeFolder)
{
    m_offerChangeFolder = changeFolder;
    m_headline->setText(headline);
    m_detail->setPlainText(detail);
    m_hint->setText(hint);
    m_details->setVisible(details);
    setMode(Mode::Failure);
}

void ExportProgressDialog::setAsksWhenNameExists(bool ask)
{
    m_sameName->setCurrentIndex(m_sameName->findData(ask));
}

QString ExportProgressDialog::headline() const
{
    return m_headline->text();
}

void ExportProgressDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ExportProgressDialog::retranslateUi()
{
    setWindowTitle(tr("Export"));
    const QLocale locale;
    if (m_total > 0) {
        m_progress->setRange(0, 1000);
        m_progress->setValue(static_cast<int>(m_received * 1000 / m_total));
        m_bytes->setText(tr("%1 of %2 received").arg(locale.formattedDataSize(m_received),
                                                     locale.formattedDataSize(m_total)));
    } else {
        m_progress->setRange(0, 0);  // busy indicator: the size is not known
        m_bytes->setText(m_received > 0 ? tr("%1 received").arg(locale.formattedDataSize(m_received))
                                        : QString());
    }
    m_progress->setAccessibleName(tr("Export progress"));
    m_bytes->setAccessibleName(tr("Bytes received"));
    m_headline->setAccessibleName(tr("Export status"));
    m_fileLabel->setText(tr("Saved as:"));
    m_sizeLabel->setText(tr("Size:"));
    m_requestIdLabel->setText(tr("Request ID:"));
    m_file->setAccessibleName(tr("Saved as"));
    m_size->setAccessibleName(tr("Size"));
    m_requestId->setAccessibleName(tr("Request ID"));
    m_detail->setAccessibleName(tr("Details"));
    m_hint->setAccessibleName(tr("What to do"));
    m_openFile->setText(tr("Open &file"));
    m_openFolder->setText(tr("&Open folder"));
    m_sameNameLabel->setText(tr("If the file name &exists:"));
    m_sameName->setItemText(0, tr("Keep both (add a number), don't ask"));
    m_sameName->setItemText(1, tr("Ask: replace or keep both"));
    m_details->setText(tr("&Details…"));
    m_changeFolder->setText(tr("C&hange export folder…"));
    m_changeFolder->setToolTip(tr("Where the next exports are saved"));
}

} // namespace smsc
