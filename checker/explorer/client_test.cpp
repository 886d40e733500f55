// The Compiler Explorer client against a real HTTP server on 127.0.0.1 that answers as the
// API does (and misbehaves in the ways servers do). No test reaches the internet.
#include "explorer/client.hpp"

#include <gtest/gtest.h>
#include <httplib.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <nlohmann/json.hpp>
#include <thread>

#include "explorer/source.hpp"

namespace checker::explorer {
namespace {

using json = nlohmann::json;
namespace fs = std::filesystem;

// The tests talk to 127.0.0.1 only: a proxy from the environment would stand in between.
[[maybe_unused]] const bool kNoProxies = [] {
  for (const char* variable : {"http_proxy", "HTTP_PROXY", "https_proxy", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"})
    ::unsetenv(variable);
  return true;
}();

// A local server; handlers are installed per test before start().
class FakeExplorer {
 public:
  httplib::Server server;

  void start() {
    port_ = server.bind_to_any_port("127.0.0.1");
    thread_ = std::thread([this] { server.listen_after_bind(); });
    while (!server.is_running()) std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  ~FakeExplorer() {
    server.stop();
    if (thread_.joinable()) thread_.join();
  }
  Settings settings() const {
    Settings settings;
    settings.server = "http://127.0.0.1:" + std::to_string(port_);
    settings.timeout = std::chrono::milliseconds(2000);
    settings.first_backoff = std::chrono::milliseconds(5);
    return settings;
  }

 private:
  int port_ = 0;
  std::thread thread_;
};

// As the real server: JSON only when asked for it, plain text otherwise.
void answer(const httplib::Request& request, httplib::Response& response, const json& body) {
  if (request.get_header_value("Accept") == "application/json") response.set_content(body.dump(), "application/json");
  else response.set_content("id | name\ng122 | x86-64 gcc 12.2\n", "text/plain");
}

template <class Call>
std::string error_of(Call call) {
  try {
    call();
  } catch (const Error& error) {
    return error.what();
  }
  return "(no error)";
}

TEST(ExplorerClient, ListsCompilersAskingForJsonWithAUserAgent) {
  FakeExplorer fake;
  std::string user_agent;
  fake.server.Get(R"(/api/compilers/c\+\+)", [&](const httplib::Request& request, httplib::Response& response) {
    user_agent = request.get_header_value("User-Agent");
    answer(request, response, json::array({{{"id", "g122"}, {"name", "x86-64 gcc 12.2"}, {"lang", "c++"},
                                            {"compilerType", ""}, {"semver", "12.2"}, {"instructionSet", "amd64"}},
                                           {{"id", "clang1400"}, {"name", "x86-64 clang 14.0.0"}, {"lang", "c++"}}}));
  });
  fake.start();
  const auto compilers = Client(fake.settings()).compilers();
  ASSERT_EQ(compilers.size(), 2u);
  EXPECT_EQ(compilers[0].id, "g122");
  EXPECT_EQ(compilers[0].semver, "12.2");
  EXPECT_EQ(compilers[1].name, "x86-64 clang 14.0.0");
  EXPECT_NE(user_agent.find("perf-katas"), std::string::npos);
}

TEST(ExplorerClient, CompilesWithOptionsAndFiltersAndMapsSourceLines) {
  FakeExplorer fake;
  json sent;
  std::string content_type;
  fake.server.Post(R"(/api/compiler/([a-z0-9]+)/compile)", [&](const httplib::Request& request, httplib::Response& response) {
    sent = json::parse(request.body);
    content_type = request.get_header_value("Content-Type");
    EXPECT_EQ(request.matches[1], "g122");
    answer(request, response,
           {{"code", 0},
            {"asm", json::array({{{"text", "square(int):"}, {"source", nullptr}},
                                 {{"text", "        imul    edi, edi"}, {"source", {{"file", nullptr}, {"line", 3}}}},
                                 {{"text", "        call    helper"}, {"source", {{"file", "/usr/include/x.h"}, {"line", 9}}}}})},
            {"stdout", json::array()},
            {"stderr", json::array({json{{"text", "\x1b[01m\x1b[Kwarning:\x1b[m unused"}}})}});
  });
  fake.start();
  const auto compiled = Client(fake.settings()).compile("g122", "int square(int x) { return x * x; }", "-O2 -std=c++20");
  EXPECT_EQ(content_type, "application/json");
  EXPECT_EQ(sent["source"], "int square(int x) { return x * x; }");
  EXPECT_EQ(sent["options"]["userArguments"], "-O2 -std=c++20");
  EXPECT_EQ(sent["options"]["filters"]["intel"], true);
  EXPECT_EQ(sent["options"]["filters"]["demangle"], true);
  EXPECT_EQ(sent["lang"], "c++");
  EXPECT_TRUE(compiled.succeeded());
  ASSERT_EQ(compiled.assembly.size(), 3u);
  EXPECT_FALSE(compiled.assembly[0].source_line);
  EXPECT_EQ(compiled.assembly[1].source_line, 3);
  EXPECT_FALSE(compiled.assembly[2].source_line) << "a line of another file is not the learner's";
  ASSERT_EQ(compiled.messages.size(), 1u);
  EXPECT_EQ(compiled.messages[0], "warning: unused");
}

TEST(ExplorerClient, ACompileFailureIsAResultWithTheFirstErrors) {
  FakeExplorer fake;
  fake.server.Post(R"(/api/compiler/g122/compile)", [&](const httplib::Request& request, httplib::Response& response) {
    answer(request, response,
           {{"code", 1},
            {"asm", json::array({json{{"text", "<Compilation failed>"}}})},
            {"stderr", json::array({json{{"text", "<source>:3:5: \x1b[01;31merror:\x1b[m 'strin' was not declared"},
                                          {"tag", {{"line", 3}, {"column", 5}, {"text", "x"}, {"severity", 3}}}}})}});
  });
  fake.start();
  const auto compiled = Client(fake.settings()).compile("g122", "strin s;", "-O2");
  EXPECT_FALSE(compiled.succeeded());
  ASSERT_FALSE(compiled.messages.empty());
  EXPECT_EQ(compiled.messages[0], "<source>:3:5: error: 'strin' was not declared");
}

TEST(ExplorerClient, AnUnknownCompilerIsA404WithPlainText) {
  FakeExplorer fake;
  fake.server.Post(R"(/api/compiler/nope/compile)", [](const httplib::Request&, httplib::Response& response) {
    response.status = 404;
    response.set_content("Unknown compiler 'nope'", "text/plain");
  });
  fake.start();
  EXPECT_NE(error_of([&] { Client(fake.settings()).compile("nope", "", ""); }).find("has no compiler 'nope'"),
            std::string::npos);
}

TEST(ExplorerClient, GetsAreRetriedAfter429AndThenExplained) {
  FakeExplorer fake;
  std::atomic<int> calls = 0;
  fake.server.Get(R"(/api/compilers/c\+\+)", [&](const httplib::Request& request, httplib::Response& response) {
    if (++calls <= 2) {
      response.status = 429;
      response.set_content("slow down", "text/plain");
      return;
    }
    answer(request, response, json::array({json{{"id", "g122"}, {"name", "gcc"}}}));
  });
  fake.server.Get("/api/shortlinkinfo/busy", [&](const httplib::Request&, httplib::Response& response) {
    response.status = 429;
  });
  fake.start();
  EXPECT_EQ(Client(fake.settings()).compilers().size(), 1u);
  EXPECT_EQ(calls, 3);
  const auto message = error_of([&] { Client(fake.settings()).shortlink_source("busy"); });
  EXPECT_NE(message.find("rate-limiting requests (HTTP 429)"), std::string::npos) << message;
  EXPECT_NE(message.find("wait a minute"), std::string::npos) << message;
}

TEST(ExplorerClient, PostsAreNotRetried) {
  FakeExplorer fake;
  std::atomic<int> calls = 0;
  fake.server.Post("/api/shortener", [&](const httplib::Request&, httplib::Response& response) {
    ++calls;
    response.status = 503;
  });
  fake.start();
  EXPECT_NE(error_of([&] { Client(fake.settings()).shorten({}); }).find("HTTP 503"), std::string::npos);
  EXPECT_EQ(calls, 1);
}

TEST(ExplorerClient, ServerErrorsTimeoutsAndBadBodiesAreOneLineMessages) {
  FakeExplorer fake;
  fake.server.Get(R"(/api/compilers/c\+\+)", [](const httplib::Request&, httplib::Response& response) {
    response.status = 500;
    response.set_content("Internal error\nstack trace...", "text/plain");
  });
  fake.server.Get("/api/compilers/slow", [](const httplib::Request& request, httplib::Response& response) {
    std::this_thread::sleep_for(std::chrono::milliseconds(800));
    answer(request, response, json::array());
  });
  fake.server.Get("/api/compilers/garbage", [](const httplib::Request&, httplib::Response& response) {
    response.set_content("{ not json", "application/json");
  });
  fake.server.Post("/api/compiler/g122/compile", [](const httplib::Request& request, httplib::Response& response) {
    answer(request, response, {{"code", 0}});  // no "asm"
  });
  fake.server.Get("/api/compilers/huge", [](const httplib::Request&, httplib::Response& response) {
    response.set_content(std::string(3 << 20, ' ') + "[]", "application/json");
  });
  fake.start();
  auto settings = fake.settings();
  const Client client(settings);

  const auto failed = error_of([&] { client.compilers(); });
  EXPECT_NE(failed.find("HTTP 500): Internal error — try again later"), std::string::npos) << failed;
  EXPECT_EQ(failed.find('\n'), std::string::npos);

  settings.timeout = std::chrono::milliseconds(200);
  const auto slow = error_of([&] { Client(settings).compilers("slow"); });
  EXPECT_NE(slow.find("no answer from"), std::string::npos) << slow;

  EXPECT_NE(error_of([&] { client.compilers("garbage"); }).find("is not JSON"), std::string::npos);
  EXPECT_NE(error_of([&] { client.compile("g122", "", ""); }).find("lacks the field 'asm'"), std::string::npos);

  settings = fake.settings();
  settings.max_answer_bytes = 1 << 20;
  EXPECT_NE(error_of([&] { Client(settings).compilers("huge"); }).find("larger than 1 MB"), std::string::npos);
}

TEST(ExplorerClient, NobodyListeningAndBadAddressesAreClear) {
  Settings settings;
  {
    FakeExplorer stopped;  // started and stopped again: nothing listens on its port now
    stopped.start();
    settings = stopped.settings();
  }
  settings.timeout = std::chrono::milliseconds(1000);
  EXPECT_NE(error_of([&] { Client(settings).compilers(); }).find("cannot connect"), std::string::npos);
  settings.server = "ftp://127.0.0.1";
  EXPECT_NE(error_of([&] { Client(settings).compilers(); }).find("is not an http:// or https:// address"),
            std::string::npos);
  settings.server = "http://no-such-host.invalid";
  const auto unresolved = error_of([&] { Client(settings).compilers(); });
  // Without any DNS the lookup may also just time out; either way it says so in one line.
  EXPECT_TRUE(unresolved.find("cannot resolve") != std::string::npos || unresolved.find("no answer from") != std::string::npos)
      << unresolved;
}

TEST(ExplorerClient, ShortLinksCarryEverySessionAndReadBack) {
  FakeExplorer fake;
  json sent;
  fake.server.Post("/api/shortener", [&](const httplib::Request& request, httplib::Response& response) {
    sent = json::parse(request.body);
    answer(request, response, {{"url", "https://ce.example/z/abc123"}});
  });
  fake.server.Get("/api/shortlinkinfo/abc123", [&](const httplib::Request& request, httplib::Response& response) {
    answer(request, response, json::parse(R"({"sessions": [{"id": 1, "source": "int x;"}]})"));
  });
  fake.start();
  const Client client(fake.settings());
  const auto url = client.shorten({{"// baseline", {{"g122", "-O2"}}}, {"// yours", {{"g122", "-O2"}, {"clang1400", "-O2"}}}});
  EXPECT_EQ(url, "https://ce.example/z/abc123");
  ASSERT_EQ(sent["sessions"].size(), 2u);
  EXPECT_EQ(sent["sessions"][1]["source"], "// yours");
  EXPECT_EQ(sent["sessions"][1]["compilers"][1]["id"], "clang1400");
  EXPECT_EQ(sent["sessions"][0]["language"], "c++");
  EXPECT_EQ(client.shortlink_source("abc123"), "int x;");
}

// Found by fuzzing: a number too large for a double escaped as nlohmann's out_of_range.
TEST(ExplorerAnswers, MalformedBodiesAreErrorsFitForALearner) {
  EXPECT_THROW(parse_compilation(R"({"code": 1e99999, "asm": []})", "http://ce"), Error);
  EXPECT_THROW(parse_compilation(R"({"code": 99999999999, "asm": []})", "http://ce"), Error);
  EXPECT_THROW(parse_compilers(R"([{"id": 1, "name": "x"}])", "http://ce"), Error);
  EXPECT_THROW(parse_shortlink_source(R"({"sessions": []})", "http://ce", "abc"), Error);
  const auto compilation = parse_compilation(R"({"code": 0, "asm": [7, {"text": "ret", "source": {"line": -3}}]})", "http://ce");
  ASSERT_EQ(compilation.assembly.size(), 2u);
  EXPECT_FALSE(compilation.assembly[1].source_line.has_value());
}

TEST(ExplorerServer, FlagThenEnvironmentThenConfigThenPublic) {
  const fs::path config = fs::temp_directory_path() / ("kata-ce-" + std::to_string(::getpid()));
  ::unsetenv("KATA_CE_URL");
  EXPECT_EQ(choose_server(std::nullopt, (config / "missing").string()), "https://godbolt.org");
  fs::create_directories(config);
  std::ofstream(config / "explorer-server") << "  http://ce.workshop.lan:10240 \n";
  EXPECT_EQ(choose_server(std::nullopt, (config / "explorer-server").string()), "http://ce.workshop.lan:10240");
  ::setenv("KATA_CE_URL", "http://from-env", 1);
  EXPECT_EQ(choose_server(std::nullopt, (config / "explorer-server").string()), "http://from-env");
  EXPECT_EQ(choose_server(std::string("http://from-flag"), (config / "explorer-server").string()), "http://from-flag");
  ::unsetenv("KATA_CE_URL");
  fs::remove_all(config);
}

TEST(ExplorerCompilers, CloseMatchesForAMistypedId) {
  const std::vector<Compiler> compilers = {{"g122", "x86-64 gcc 12.2", "", "", ""},
                                           {"g132", "x86-64 gcc 13.2", "", "", ""},
                                           {"clang1400", "x86-64 clang 14.0.0", "", "", ""}};
  const auto matches = close_matches(compilers, "g12", 2);
  ASSERT_EQ(matches.size(), 2u);
  EXPECT_EQ(matches[0], "g122 (x86-64 gcc 12.2)");
  EXPECT_EQ(close_matches(compilers, "clang", 1)[0], "clang1400 (x86-64 clang 14.0.0)");
}

TEST(ExplorerSource, PastesTheKatasHeadersOnceAndKeepsSystemIncludes) {
  const fs::path root = fs::temp_directory_path() / ("kata-source-" + std::to_string(::getpid()));
  fs::create_directories(root / "kata" / "include" / "kata");
  std::ofstream(root / "kata" / "include" / "kata" / "random.hpp") << "#pragma once\nint rng();\n";
  std::ofstream(root / "kata" / "kata.hpp") << "#pragma once\n#include <vector>\n#include \"kata/random.hpp\"\nint entry();\n";
  std::ofstream(root / "kata" / "solution.cpp")
      << "#include \"kata.hpp\"\n#include \"kata/random.hpp\"\n  #  include <string>\nint entry() { return rng(); }\n";
  const auto pasted = single_source(root / "kata" / "solution.cpp", {root / "kata" / "include"});
  const std::string& source = pasted.text;
  ASSERT_EQ(pasted.origin.size(), static_cast<std::size_t>(std::count(source.begin(), source.end(), '\n')));
  EXPECT_EQ(pasted.origin.back(), 4) << "the learner's line 4 keeps its number";
  EXPECT_EQ(pasted.origin.front(), 0) << "a pasted header line has none";
  EXPECT_EQ(source.find("#pragma once"), std::string::npos);
  EXPECT_NE(source.find("#include <vector>"), std::string::npos);
  EXPECT_NE(source.find("  #  include <string>"), std::string::npos);
  EXPECT_EQ(source.find("int rng();"), source.rfind("int rng();")) << "pasted once:\n" << source;
  EXPECT_LT(source.find("int rng();"), source.find("int entry();"));
  std::ofstream(root / "kata" / "broken.cpp") << "#include \"missing.hpp\"\n";
  EXPECT_THROW(single_source(root / "kata" / "broken.cpp", {}), std::runtime_error);
  fs::remove_all(root);
}

}  // namespace
}  // namespace checker::explorer
