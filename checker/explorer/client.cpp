#include "explorer/client.hpp"

#include <curl/curl.h>
#include <fmt/format.h>

#include <climits>

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <thread>

#include "process/process.hpp"

namespace checker::explorer {

namespace {

using json = nlohmann::json;

constexpr const char* kUserAgent = "perf-katas/1 (kata asm --ce; +https://github.com/perf-katas)";

struct Answer {
  long status = 0;
  std::string body;
  std::string content_type;
  long retry_after_seconds = 0;
};

struct Transfer {
  std::string body;
  std::size_t limit = 0;
  bool oversized = false;
};

std::size_t collect(char* data, std::size_t size, std::size_t count, void* user) {
  auto* transfer = static_cast<Transfer*>(user);
  const std::size_t bytes = size * count;
  if (transfer->body.size() + bytes > transfer->limit) {
    transfer->oversized = true;
    return 0;  // makes libcurl stop with CURLE_WRITE_ERROR
  }
  transfer->body.append(data, bytes);
  return bytes;
}

std::string first_line(const std::string& text, std::size_t limit = 160) {
  std::string line = process::without_colour(text.substr(0, text.find('\n')));
  if (line.size() > limit) line = line.substr(0, limit) + "…";
  return line;
}

// A GET when `body` is null, else a POST of `body` (JSON).
Answer send(const Settings& settings, const std::string& path, const std::string* body) {
  static std::once_flag initialised;
  std::call_once(initialised, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
  std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), &curl_easy_cleanup);
  if (!curl) throw Error("could not start an HTTP client (libcurl)");
  std::string server = settings.server;
  while (!server.empty() && server.back() == '/') server.pop_back();
  const std::string url = server + path;

  curl_slist* raw_headers = nullptr;
  raw_headers = curl_slist_append(raw_headers, "Accept: application/json");
  if (body) raw_headers = curl_slist_append(raw_headers, "Content-Type: application/json");
  std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> headers(raw_headers, &curl_slist_free_all);

  Transfer transfer;
  transfer.limit = settings.max_answer_bytes;
  char error_text[CURL_ERROR_SIZE] = {};
  CURL* handle = curl.get();
  curl_easy_setopt(handle, CURLOPT_URL, url.c_str());
  curl_easy_setopt(handle, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(handle, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(handle, CURLOPT_MAXREDIRS, 3L);
  curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(handle, CURLOPT_TIMEOUT_MS, static_cast<long>(settings.timeout.count()));
  curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(std::min<long long>(settings.timeout.count(), 10000)));
  curl_easy_setopt(handle, CURLOPT_USERAGENT, kUserAgent);
  curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());
  curl_easy_setopt(handle, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
  curl_easy_setopt(handle, CURLOPT_WRITEFUNCTION, &collect);
  curl_easy_setopt(handle, CURLOPT_WRITEDATA, &transfer);
  curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, error_text);
  if (body) {
    curl_easy_setopt(handle, CURLOPT_POST, 1L);
    curl_easy_setopt(handle, CURLOPT_POSTFIELDS, body->data());
    curl_easy_setopt(handle, CURLOPT_POSTFIELDSIZE, static_cast<long>(body->size()));
  } else {
    curl_easy_setopt(handle, CURLOPT_HTTPGET, 1L);
  }

  const CURLcode result = curl_easy_perform(handle);
  const std::string detail = error_text[0] ? error_text : curl_easy_strerror(result);
  switch (result) {
    case CURLE_OK: break;
    case CURLE_COULDNT_RESOLVE_HOST:
    case CURLE_COULDNT_RESOLVE_PROXY:
      throw Error(fmt::format("cannot resolve the address of {}: no network, or DNS is failing ({})", server, detail));
    case CURLE_COULDNT_CONNECT:
      throw Error(fmt::format("cannot connect to {}: is the server running and the address right? ({})", server, detail));
    case CURLE_OPERATION_TIMEDOUT:
      throw Error(fmt::format("no answer from {} within {:.0f} s", server, static_cast<double>(settings.timeout.count()) / 1000));
    case CURLE_WRITE_ERROR:
      if (transfer.oversized)
        throw Error(fmt::format("the answer from {} is larger than {} MB: refusing it", server, settings.max_answer_bytes >> 20));
      throw Error(fmt::format("reading the answer from {} failed: {}", server, detail));
    case CURLE_UNSUPPORTED_PROTOCOL:
    case CURLE_URL_MALFORMAT:
      throw Error(fmt::format("'{}' is not an http:// or https:// address", server));
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CERTPROBLEM:
    case CURLE_SSL_CIPHER:
    case CURLE_SSL_CACERT_BADFILE:
      throw Error(fmt::format("TLS error talking to {}: {}", server, detail));
    default:
      throw Error(fmt::format("the request to {} failed: {}", server, detail));
  }
  Answer answer;
  answer.body = std::move(transfer.body);
  curl_easy_getinfo(handle, CURLINFO_RESPONSE_CODE, &answer.status);
  char* content_type = nullptr;
  if (curl_easy_getinfo(handle, CURLINFO_CONTENT_TYPE, &content_type) == CURLE_OK && content_type)
    answer.content_type = content_type;
  curl_off_t retry_after = 0;
  if (curl_easy_getinfo(handle, CURLINFO_RETRY_AFTER, &retry_after) == CURLE_OK) answer.retry_after_seconds = static_cast<long>(retry_after);
  return answer;
}

// GETs are safe to repeat: after 429 or 503 wait (the server's Retry-After when it is
// short, else a doubling back-off) and try again, a bounded number of times.
Answer get(const Settings& settings, const std::string& path) {
  auto wait = settings.first_backoff;
  for (int attempt = 0;; ++attempt) {
    Answer answer = send(settings, path, nullptr);
    const bool busy = answer.status == 429 || answer.status == 503;
    if (!busy || attempt >= settings.retries) return answer;
    const auto asked = std::chrono::seconds(answer.retry_after_seconds);
    std::this_thread::sleep_for(asked > std::chrono::seconds(0) && asked <= std::chrono::seconds(10) ? asked : wait);
    wait *= 2;
  }
}

// A status that is not success, as one line: what went wrong and what to do.
void check_status(const Settings& settings, const Answer& answer, const std::string& what) {
  if (answer.status >= 200 && answer.status < 300) return;
  if (answer.status == 429)
    throw Error(fmt::format("{} is rate-limiting requests (HTTP 429){}: wait a minute and retry; a workshop room "
                            "should use its own server (--server, docs/compiler-explorer.md)",
                            settings.server,
                            answer.retry_after_seconds > 0 ? fmt::format(", it asks for {} s", answer.retry_after_seconds) : ""));
  if (answer.status >= 500)
    throw Error(fmt::format("{} failed on {} (HTTP {}): {} — try again later", settings.server, what, answer.status,
                            first_line(answer.body)));
  throw Error(fmt::format("{} refused {} (HTTP {}): {}", settings.server, what, answer.status, first_line(answer.body)));
}

json parse(const std::string& server, const std::string& body, const std::string& content_type) {
  try {
    return json::parse(body);
  } catch (const json::exception&) {  // parse_error, or out_of_range for a number too large
    throw Error(fmt::format("the answer from {} is not JSON ({}{}): is it a Compiler Explorer server?", server,
                            content_type.empty() ? "no content type" : content_type,
                            body.empty() ? ", empty" : ": " + first_line(body, 60)));
  }
}

const json& field(const std::string& server, const json& object, const char* name, json::value_t type) {
  if (!object.is_object() || !object.contains(name))
    throw Error(fmt::format("the answer from {} lacks the field '{}'", server, name));
  const json& value = object.at(name);
  const bool matches = value.type() == type || (type == json::value_t::number_integer && value.is_number_integer());
  if (!matches) throw Error(fmt::format("the answer from {} has '{}' of the wrong type ({})", server, name, value.type_name()));
  return value;
}

std::string text_of(const json& entry) {
  return entry.is_object() && entry.contains("text") && entry["text"].is_string() ? entry["text"].get<std::string>() : "";
}

}  // namespace

std::string choose_server(const std::optional<std::string>& flag, const std::string& config_file) {
  if (flag && !flag->empty()) return *flag;
  if (const char* variable = std::getenv("KATA_CE_URL"); variable && *variable) return variable;
  std::ifstream config(config_file);
  std::string line;
  if (config && std::getline(config, line)) {
    line.erase(0, line.find_first_not_of(" \t"));
    line.erase(line.find_last_not_of(" \t\r") + 1);
    if (!line.empty() && line.front() != '#') return line;
  }
  return Settings{}.server;
}

Client::Client(Settings settings) : settings_(std::move(settings)) {}

std::vector<Compiler> Client::compilers(const std::string& language) const {
  const Answer answer = get(settings_, "/api/compilers/" + language + "?fields=id,name,lang,compilerType,semver,instructionSet");
  check_status(settings_, answer, "the compiler list");
  return parse_compilers(answer.body, settings_.server, answer.content_type);
}

Compilation Client::compile(const std::string& compiler_id, const std::string& source, const std::string& arguments) const {
  const json request = {
      {"source", source},
      {"options",
       {{"userArguments", arguments},
        {"compilerOptions", {{"skipAsm", false}}},
        {"filters",
         {{"intel", true}, {"demangle", true}, {"labels", true}, {"directives", true}, {"commentOnly", true},
          {"libraryCode", false}, {"execute", false}, {"binary", false}}},
        {"libraries", json::array()}}},
      {"lang", "c++"},
      {"allowStoreCodeDebug", true},
  };
  const std::string body = request.dump();
  const Answer answer = send(settings_, "/api/compiler/" + compiler_id + "/compile", &body);
  if (answer.status == 404)
    throw Error(fmt::format("{} has no compiler '{}' ({})", settings_.server, compiler_id, first_line(answer.body)));
  check_status(settings_, answer, "the compilation");
  return parse_compilation(answer.body, settings_.server, answer.content_type);
}

std::string Client::shorten(const std::vector<Session>& sessions) const {
  json list = json::array();
  for (std::size_t i = 0; i < sessions.size(); ++i) {
    json compilers = json::array();
    for (const auto& [id, options] : sessions[i].compilers) compilers.push_back({{"id", id}, {"options", options}});
    list.push_back({{"id", i + 1}, {"language", "c++"}, {"source", sessions[i].source}, {"compilers", compilers},
                    {"executors", json::array()}});
  }
  const std::string body = json{{"sessions", list}}.dump();
  const Answer answer = send(settings_, "/api/shortener", &body);
  check_status(settings_, answer, "the short link");
  return parse_short_url(answer.body, settings_.server, answer.content_type);
}

std::string Client::shortlink_source(const std::string& id) const {
  const Answer answer = get(settings_, "/api/shortlinkinfo/" + id);
  check_status(settings_, answer, "the short link " + id);
  return parse_shortlink_source(answer.body, settings_.server, id, answer.content_type);
}

std::vector<Compiler> parse_compilers(const std::string& body, const std::string& server,
                                      const std::string& content_type) {
  const json list = parse(server, body, content_type);
  if (!list.is_array()) throw Error(fmt::format("the answer from {} is not a list of compilers", server));
  std::vector<Compiler> compilers;
  for (const auto& entry : list) {
    Compiler compiler;
    compiler.id = field(server, entry, "id", json::value_t::string).get<std::string>();
    compiler.name = field(server, entry, "name", json::value_t::string).get<std::string>();
    const auto text = [&](const char* name) {
      return entry.contains(name) && entry[name].is_string() ? entry[name].get<std::string>() : std::string();
    };
    compiler.semver = text("semver");
    compiler.instruction_set = text("instructionSet");
    compiler.compiler_type = text("compilerType");
    compilers.push_back(std::move(compiler));
  }
  return compilers;
}

Compilation parse_compilation(const std::string& body, const std::string& server, const std::string& content_type) {
  const json result = parse(server, body, content_type);
  Compilation compilation;
  const json& code = field(server, result, "code", json::value_t::number_integer);
  if (code.get<long long>() < INT_MIN || code.get<long long>() > INT_MAX || (code.is_number_unsigned() && code.get<unsigned long long>() > INT_MAX))
    throw Error(fmt::format("the answer from {} has an exit code out of range", server));
  compilation.code = code.get<int>();
  for (const auto& line : field(server, result, "asm", json::value_t::array)) {
    AsmLine parsed{process::without_colour(text_of(line)), std::nullopt};
    if (line.is_object() && line.contains("source") && line["source"].is_object() && line["source"].contains("line") &&
        line["source"]["line"].is_number_integer() &&
        (!line["source"].contains("file") || line["source"]["file"].is_null())) {
      const auto number = line["source"]["line"].get<long long>();
      if (number > 0 && number <= INT_MAX) parsed.source_line = static_cast<int>(number);
    }
    compilation.assembly.push_back(std::move(parsed));
  }
  if (result.contains("stderr") && result["stderr"].is_array())
    for (const auto& line : result["stderr"]) compilation.messages.push_back(process::without_colour(text_of(line)));
  return compilation;
}

std::string parse_short_url(const std::string& body, const std::string& server, const std::string& content_type) {
  return field(server, parse(server, body, content_type), "url", json::value_t::string).get<std::string>();
}

std::string parse_shortlink_source(const std::string& body, const std::string& server, const std::string& id,
                                   const std::string& content_type) {
  const json document = parse(server, body, content_type);
  const json& sessions = field(server, document, "sessions", json::value_t::array);
  if (sessions.empty()) throw Error(fmt::format("the short link {} holds no source", id));
  return field(server, sessions.front(), "source", json::value_t::string).get<std::string>();
}

std::vector<std::string> close_matches(const std::vector<Compiler>& compilers, const std::string& wanted, std::size_t count) {
  // Edit distance on ids, so "g12" finds "g122" and "gcc12" finds "g122"'s neighbours.
  const auto distance = [](const std::string& a, const std::string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      std::size_t diagonal = row[0];
      row[0] = i;
      for (std::size_t j = 1; j <= b.size(); ++j) {
        const std::size_t above = row[j];
        row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
        diagonal = above;
      }
    }
    return row[b.size()];
  };
  std::vector<std::pair<std::size_t, std::string>> ranked;
  for (const auto& compiler : compilers) {
    std::size_t score = distance(wanted, compiler.id);
    if (compiler.id.find(wanted) != std::string::npos || compiler.name.find(wanted) != std::string::npos) score = 0;
    ranked.emplace_back(score, compiler.id + " (" + compiler.name + ")");
  }
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> matches;
  for (std::size_t i = 0; i < ranked.size() && i < count; ++i) matches.push_back(ranked[i].second);
  return matches;
}

}  // namespace checker::explorer
