# Warnings for everything the suite builds, learner code included: a kata teaches with
# clean code, and both g++ 12 and clang 14 must build it without a warning.
add_compile_options(-Wall -Wextra)
if(KATA_WERROR)
  add_compile_options(-Werror)
endif()

# GCC 12 at -O1 with the sanitizers (the dev preset) warns "may be used uninitialized" inside
# libstdc++'s <regex> (std::function members of its automaton states): a known false
# positive of that combination, twenty times per file that builds a std::regex.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_FLAGS_DEBUG MATCHES "-fsanitize")
  add_compile_options($<$<CONFIG:Debug>:-Wno-maybe-uninitialized>)
endif()
