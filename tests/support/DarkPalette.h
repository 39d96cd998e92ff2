#pragma once

#include <QPalette>

namespace smsc::test {

//! A dark palette for the Fusion style, to check that nothing in a window assumes a light one.
QPalette darkFusionPalette();

} // namespace smsc::test
