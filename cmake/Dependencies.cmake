# Every dependency comes from a Debian package; a missing one stops configure and names
# the package to install (the `kata` launcher installs them all).
function(kata_require package debian_package)
  find_package(${package} ${ARGN} QUIET)
  if(NOT ${package}_FOUND)
    message(FATAL_ERROR
      "perf-katas needs ${package}: install the Debian package '${debian_package}' "
      "(sudo apt-get install ${debian_package}), or run ./kata, which installs what is missing.")
  endif()
endfunction()

kata_require(Threads libc6-dev)
kata_require(GTest libgtest-dev)
kata_require(benchmark libbenchmark-dev)
kata_require(nlohmann_json nlohmann-json3-dev)
kata_require(CURL libcurl4-openssl-dev)
kata_require(CLI11 libcli11-dev)
kata_require(fmt libfmt-dev)

# The tests' local HTTP server: Debian's cpp-httplib ships no CMake config, so pkg-config
# finds it (its compile flags must match how the Debian library was built).
find_package(PkgConfig QUIET)  # at file scope: FindPkgConfig keeps state in plain variables
if(PkgConfig_FOUND)
  pkg_check_modules(HTTPLIB QUIET IMPORTED_TARGET GLOBAL cpp-httplib)
endif()
if(NOT HTTPLIB_FOUND)
  message(FATAL_ERROR "perf-katas' tests need cpp-httplib: install the Debian package 'libcpp-httplib-dev' "
                      "(sudo apt-get install libcpp-httplib-dev), or run ./kata, which installs what is missing.")
endif()

include(GoogleTest)
