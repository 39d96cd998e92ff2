// Owns the precompiled header that the tests of one kind reuse; nothing else.
