// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for the Widgets library, the desktop app and the GUI tests: core.h plus the
// widget headers most dialogs include.
#pragma once

#include "core.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QWidget>
