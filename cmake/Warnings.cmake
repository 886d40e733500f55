# Warnings for everything the suite builds, learner code included: a kata teaches with
# clean code, and both g++ 12 and clang 14 must build it without a warning.
add_compile_options(-Wall -Wextra)
if(KATA_WERROR)
  add_compile_options(-Werror)
endif()
