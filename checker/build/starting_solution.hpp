#pragma once
// The learner's starting file, made from the kata's pristine baseline: the same code in the
// `solution` namespace under a two-line header. `kata reset` writes it back, `kata check`
// compares against its machine code ("no change"), and the suite's tests check that every
// committed solution.cpp is exactly this, so nothing is lost by deriving it instead of
// storing a second copy.
#include <string>

#include "catalogue/kata_spec.hpp"

namespace checker::build {

std::string starting_solution(const catalogue::KataSpec& kata, const std::string& baseline_source);

}  // namespace checker::build
