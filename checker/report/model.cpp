#include "report/model.hpp"

namespace checker::report {

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::pass: return "pass";
    case Verdict::not_yet: return "not_yet";
    case Verdict::broken: return "broken";
    case Verdict::inconclusive: return "inconclusive";
  }
  return "?";
}

std::string_view verdict_title(Verdict verdict) {
  switch (verdict) {
    case Verdict::pass: return "PASS";
    case Verdict::not_yet: return "NOT YET";
    case Verdict::broken: return "BROKEN";
    case Verdict::inconclusive: return "INCONCLUSIVE";
  }
  return "?";
}

int exit_code(Verdict verdict) {
  switch (verdict) {
    case Verdict::pass: return 0;
    case Verdict::not_yet: return 1;
    case Verdict::broken: return 2;
    case Verdict::inconclusive: return 3;
  }
  return 2;
}

}  // namespace checker::report
