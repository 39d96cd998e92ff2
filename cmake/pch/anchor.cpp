// SPDX-License-Identifier: GPL-3.0-or-later
// Owns the precompiled header that the tests of one kind reuse; nothing else.
