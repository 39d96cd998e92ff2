// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profile/AppIdentity.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// QSettings and the app-data folder must point into a private folder before QApplication exists,
// so a GUI test never reads or writes the developer's own settings and rows.
#define SMSC_GUI_TEST_MAIN(TestClass)                                                      \
    int main(int argc, char *argv[])                                                       \
    {                                                                                      \
        QTemporaryDir sandbox;                                                             \
        qputenv("XDG_CONFIG_HOME", sandbox.filePath(u"config"_s).toLocal8Bit());           \
        qputenv("XDG_DATA_HOME", sandbox.filePath(u"data"_s).toLocal8Bit());               \
        QApplication app(argc, argv);                                                      \
        smsc::applyAppIdentity();                                                          \
        TestClass test;                                                                    \
        QTEST_SET_MAIN_SOURCE_PATH                                                         \
        return QTest::qExec(&test, argc, argv);                                            \
    }
