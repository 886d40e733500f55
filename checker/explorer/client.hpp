#pragma once
// A small client of the Compiler Explorer REST API (compiler-explorer docs/API.md): list
// compilers, compile a source with options and filters, create and read short links. Only
// `kata asm --ce` uses it, and only when asked: it sends code off the machine.
//
// Every failure is an explorer::Error with a one-line message fit for a learner: no
// network, DNS, timeout, TLS, HTTP 4xx/429/5xx, a body that is not JSON or lacks fields, an
// oversized answer. GETs are retried with back-off on 429 and 503; POSTs are not.
#include <chrono>
#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace checker::explorer {

class Error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

struct Settings {
  std::string server = "https://godbolt.org";  // no trailing slash needed
  std::chrono::milliseconds timeout{20000};     // per request, connection included
  int retries = 2;                              // extra attempts of a GET after 429/503
  std::chrono::milliseconds first_backoff{500};  // doubled per retry
  std::size_t max_answer_bytes = std::size_t{8} << 20;
};

// The server to use: `flag` (--server), else $KATA_CE_URL, else the first line of
// `config_file` (a workshop's .kata/explorer-server), else the public instance.
std::string choose_server(const std::optional<std::string>& flag, const std::string& config_file);

struct Compiler {
  std::string id;    // "g122"
  std::string name;  // "x86-64 gcc 12.2"
  std::string semver;
  std::string instruction_set;
  std::string compiler_type;
};

struct AsmLine {
  std::string text;
  std::optional<int> source_line;  // the line of the compiled source it came from
};

struct Compilation {
  int code = 0;                        // the compiler's exit status
  std::vector<AsmLine> assembly;
  std::vector<std::string> messages;   // stderr, colour codes stripped
  bool succeeded() const { return code == 0; }
};

// One source with its compilers, for a short link.
struct Session {
  std::string source;
  std::vector<std::pair<std::string, std::string>> compilers;  // id, options
};

class Client {
 public:
  explicit Client(Settings settings);

  std::vector<Compiler> compilers(const std::string& language = "c++") const;
  Compilation compile(const std::string& compiler_id, const std::string& source, const std::string& arguments) const;
  // The short link's URL ("https://godbolt.org/z/abc123"); several sessions open side by side.
  std::string shorten(const std::vector<Session>& sessions) const;
  // The source stored under a short link's id (the first session's).
  std::string shortlink_source(const std::string& id) const;

 private:
  Settings settings_;
};

// What the client makes of an answer's body (`server` names it in messages); explorer::Error
// when it is not the JSON the API documents. Public for the tests and the fuzzers.
// `content_type`, when known, makes the "not JSON" message clearer.
std::vector<Compiler> parse_compilers(const std::string& body, const std::string& server,
                                      const std::string& content_type = "");
Compilation parse_compilation(const std::string& body, const std::string& server, const std::string& content_type = "");
std::string parse_short_url(const std::string& body, const std::string& server, const std::string& content_type = "");
std::string parse_shortlink_source(const std::string& body, const std::string& server, const std::string& id,
                                   const std::string& content_type = "");

// Compilers whose id or name resembles `wanted`, best first: for "unknown compiler" messages.
std::vector<std::string> close_matches(const std::vector<Compiler>& compilers, const std::string& wanted,
                                       std::size_t count = 5);

}  // namespace checker::explorer
