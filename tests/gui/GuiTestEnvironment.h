#pragma once

#include "AppIdentity.h"

#include <QApplication>
#include <QTemporaryDir>
#include <QTest>

// QSettings and the app-data folder must point into a private folder before QApplication exists,
// so a GUI test never reads or writes the developer's own settings and rows.
#define SMSC_GUI_TEST_MAIN(TestClass)                                                      \
    int main(int argc, char *argv[])                                                       \
    {                                                                                      \
        QTemporaryDir sandbox;                                                             \
        qputenv("XDG_CONFIG_HOME", sandbox.filePath(u"config"_qs).toLocal8Bit());           \
        qputenv("XDG_DATA_HOME", sandbox.filePath(u"data"_qs).toLocal8Bit());               \
        QApplication app(argc, argv);                                                      \
        smsc::applyAppIdentity();                                                          \
        TestClass test;                                                                    \
        QTEST_SET_MAIN_SOURCE_PATH                                                         \
        return QTest::qExec(&test, argc, argv);                                            \
    }
