# add_kata(<slug>): turns katas/<slug>/ and solutions/<slug>/ into targets.
#
# For every solution file -- the learner's katas/<slug>/solution.cpp ("learner") and each
# of solutions/<slug>/{solution,alt-*,partial-*}.cpp ("reference", "alt-*", "partial-*") --
# it builds a correctness test (kata_<slug>_<variant>_test, registered with CTest as
# kata.<slug>.<variant>; unless KATA_BUILD_KATA_TESTS is OFF) and a benchmark
# (kata_<slug>_<variant>_bench; unless KATA_BUILD_BENCHMARKS is OFF). The kata's own
# files (baseline, test, bench) are compiled once and shared by all variants.
function(add_kata slug)
  set(kata_dir ${PROJECT_SOURCE_DIR}/katas/${slug})
  set(solutions_dir ${PROJECT_SOURCE_DIR}/solutions/${slug})
  foreach(required kata.json README.md kata.hpp baseline.cpp solution.cpp test.cpp bench.cpp)
    if(NOT EXISTS ${kata_dir}/${required})
      message(FATAL_ERROR "katas/${slug} lacks ${required} (see docs/authoring-a-kata.md)")
    endif()
  endforeach()

  # A kata may ship more fixed translation units (kata.json "extra_sources", e.g. the other
  # library a hot helper lives in): they are linked wherever the baseline is.
  file(READ ${kata_dir}/kata.json kata_json)
  set(extra_sources)
  string(JSON extra_count ERROR_VARIABLE no_extra LENGTH "${kata_json}" extra_sources)
  if(NOT no_extra AND extra_count GREATER 0)
    math(EXPR last "${extra_count} - 1")
    foreach(i RANGE ${last})
      string(JSON extra GET "${kata_json}" extra_sources ${i})
      list(APPEND extra_sources ${kata_dir}/${extra})
    endforeach()
  endif()
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${kata_dir}/kata.json)

  add_library(kata_${slug}_baseline OBJECT ${kata_dir}/baseline.cpp ${extra_sources})
  target_include_directories(kata_${slug}_baseline PUBLIC ${kata_dir})
  target_link_libraries(kata_${slug}_baseline PUBLIC kata_common)
  if(KATA_BUILD_KATA_TESTS)
    add_library(kata_${slug}_test_main OBJECT ${kata_dir}/test.cpp)
    target_include_directories(kata_${slug}_test_main PUBLIC ${kata_dir})
    target_link_libraries(kata_${slug}_test_main PUBLIC kata_common GTest::gtest)
  endif()
  if(KATA_BUILD_BENCHMARKS)
    add_library(kata_${slug}_bench_main OBJECT ${kata_dir}/bench.cpp)
    target_include_directories(kata_${slug}_bench_main PUBLIC ${kata_dir})
    target_link_libraries(kata_${slug}_bench_main PUBLIC kata_common benchmark::benchmark)
    target_compile_definitions(kata_${slug}_bench_main PRIVATE KATA_JSON_FILE="${kata_dir}/kata.json")
  endif()

  set(variants learner)
  set(learner_source ${kata_dir}/solution.cpp)
  file(GLOB solution_files CONFIGURE_DEPENDS ${solutions_dir}/*.cpp)
  foreach(file ${solution_files})
    get_filename_component(name ${file} NAME_WE)
    if(name STREQUAL "solution")
      set(name reference)
    endif()
    list(APPEND variants ${name})
    set(${name}_source ${file})
  endforeach()

  foreach(variant ${variants})
    set(prefix kata_${slug}_${variant})
    add_library(${prefix}_solution OBJECT ${${variant}_source})
    target_include_directories(${prefix}_solution PRIVATE ${kata_dir})
    target_link_libraries(${prefix}_solution PRIVATE kata_common)

    if(KATA_BUILD_KATA_TESTS)
      add_executable(${prefix}_test)
      target_link_libraries(${prefix}_test PRIVATE
        ${prefix}_solution kata_${slug}_baseline kata_${slug}_test_main GTest::gtest_main)
      set(launcher)
      if(KATA_TEST_NO_ASLR)
        set(launcher setarch ${CMAKE_HOST_SYSTEM_PROCESSOR} -R)
      endif()
      add_test(NAME kata.${slug}.${variant} COMMAND ${launcher} $<TARGET_FILE:${prefix}_test> --gtest_brief=1)
      set_tests_properties(kata.${slug}.${variant} PROPERTIES LABELS "kata;correctness" TIMEOUT 300)
    endif()

    if(KATA_BUILD_BENCHMARKS)
      add_executable(${prefix}_bench)
      target_link_libraries(${prefix}_bench PRIVATE
        ${prefix}_solution kata_${slug}_baseline kata_${slug}_bench_main kata_bench_harness)
    endif()

    # Without the correctness tests (the release preset), an alternative's or a partial's
    # objects serve only its benchmark, which nothing measures by default (`kata verify`
    # builds each variant itself; `verify --ci --prebuilt` needs the starting solution's
    # and the reference's): they are built when asked for by name.
    if(NOT KATA_BUILD_KATA_TESTS AND NOT variant MATCHES "^(learner|reference)$")
      set_target_properties(${prefix}_solution PROPERTIES EXCLUDE_FROM_ALL TRUE)
      if(KATA_BUILD_BENCHMARKS)
        set_target_properties(${prefix}_bench PROPERTIES EXCLUDE_FROM_ALL TRUE)
      endif()
    endif()
  endforeach()
  set_property(GLOBAL APPEND PROPERTY KATA_SLUGS ${slug})
endfunction()
