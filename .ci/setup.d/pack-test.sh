# Runs the packaging test (test/Roundup.Tests/Packaging/LibraryPackageTests.cs): it packs the library, builds a
# small app against the package from a local folder and runs it on English, French and German text. It counts in
# the "N passed, N failed" line like any test; elsewhere it skips unless CI=true or ROUNDUP_PACK_TEST=1.
export ROUNDUP_PACK_TEST=1
