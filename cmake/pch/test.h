// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for the tests (core.h or widgets.h come first, by the test's kind): Qt Test.
#pragma once

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
