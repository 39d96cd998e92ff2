# SPDX-License-Identifier: GPL-3.0-or-later
# What keeps a build on a 2-core machine short: Qt's headers parsed once per target (precompiled
# headers), the libraries compiled as a few large translation units (unity build), and a fast
# linker for the ~90 test executables. Each can be switched off to check that the code does not
# depend on it (-DSMSC_PCH=OFF -DSMSC_UNITY=OFF).
option(SMSC_PCH "Precompile the Qt headers most files include" ON)
option(SMSC_UNITY "Build the libraries as unity (jumbo) translation units" ON)

include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" SMSC_HAVE_LLD)
if(SMSC_HAVE_LLD)
  target_link_options(smsc_options INTERFACE -fuse-ld=lld)
endif()

set(SMSC_PCH_DIR "${PROJECT_SOURCE_DIR}/cmake/pch")

# smsc_precompile(<target> core|widgets|test-core|test-widgets): <target> builds its own
# precompiled header from cmake/pch/.
function(smsc_precompile target kind)
  if(NOT SMSC_PCH)
    return()
  endif()
  set(headers "")
  if(kind MATCHES "widgets")
    list(APPEND headers "${SMSC_PCH_DIR}/widgets.h")
  else()
    list(APPEND headers "${SMSC_PCH_DIR}/core.h")
  endif()
  if(kind MATCHES "^test-")
    list(APPEND headers "${SMSC_PCH_DIR}/test.h")
  endif()
  target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# smsc_reuse_precompiled(<target> <owner>): <target> uses <owner>'s precompiled header.
function(smsc_reuse_precompiled target owner)
  if(SMSC_PCH)
    target_precompile_headers(${target} REUSE_FROM ${owner})
  endif()
endfunction()

# smsc_unity(<target>): compile <target>'s sources in batches of eight per translation unit.
function(smsc_unity target)
  if(SMSC_UNITY)
    set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_BATCH_SIZE 8)
  endif()
endfunction()
