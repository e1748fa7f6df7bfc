// Carrier for the tests' precompiled Qt headers (see tests/CMakeLists.txt); nothing else.
