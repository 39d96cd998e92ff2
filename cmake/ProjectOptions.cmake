# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, warnings and strict Qt macros;
# every target of the project links it, so the rules live in exactly one place.
add_library(smsc_options INTERFACE)
target_compile_features(smsc_options INTERFACE cxx_std_20)
target_compile_options(smsc_options INTERFACE
  -Wall -Wextra -pedantic -Wold-style-cast -Wnon-virtual-dtor)
target_compile_definitions(smsc_options INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_URL_CAST_FROM_STRING
  SMSC_VERSION="${PROJECT_VERSION}")
if(SMSC_WERROR)
  target_compile_options(smsc_options INTERFACE -Werror)
endif()
if(SMSC_SANITIZE)
  target_compile_options(smsc_options INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(smsc_options INTERFACE -fsanitize=address,undefined)
endif()
# The libFuzzer build (tools/test, "Fuzzing" in the README): every target instrumented for coverage
# and checked by ASan + UBSan; only the fuzz executables link libFuzzer itself (tests/fuzz).
if(SMSC_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "SMSC_FUZZ needs clang: -DCMAKE_CXX_COMPILER=clang++")
  endif()
  target_compile_options(smsc_options INTERFACE
    -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer
    -O1 -gline-tables-only)
  target_link_options(smsc_options INTERFACE -fsanitize=address,undefined)
endif()
