// The toml++ adapter of the rules stage: every toml::parse_error is caught here and every check
// of a declaration (the lint a catalogue must pass, as Lighthouse's config validation) becomes an
// Error naming the file, the line and the key. Longer than 300 lines because each check is one
// short function and the catalogue is the only place they all belong.
#include "rules/catalogue.h"

#include <algorithm>
#include <string_view>
#include <utility>

#include <toml++/toml.h>

#include "rules/message.h"
#include "util/edit_distance.h"

namespace joignable::rules {
namespace {

namespace fs = std::filesystem;

constexpr std::string_view kCategoriesFile = "categories.toml";

// Reads the tables of one file; every problem becomes an Error located in that file.
class TomlReader {
 public:
  explicit TomlReader(std::string file) : file_(std::move(file)) {}

  const std::string& file() const { return file_; }

  tl::unexpected<Error> error(const toml::node& where, std::string key, std::string message) const {
    return make_error(Error::Code::input, std::move(message), file_,
                      static_cast<int>(where.source().begin.line), std::move(key));
  }

  // Rejects a key outside `known`, suggesting the closest known one.
  Result<void> only_known_keys(const toml::table& table, const std::string& prefix,
                               const std::vector<std::string>& known) const {
    for (const auto& [name, node] : table) {
      std::string key(name.str());
      if (std::find(known.begin(), known.end(), key) != known.end()) continue;
      return error(node, join(prefix, key), util::with_suggestion("unknown key", key, known));
    }
    return {};
  }

  Result<std::string> string(const toml::table& table, const std::string& prefix,
                             std::string_view name) const {
    const toml::node* node = table.get(name);
    if (node == nullptr) return error(table, join(prefix, name), "missing");
    const auto* value = node->as_string();
    if (value == nullptr) return error(*node, join(prefix, name), "must be a string");
    if (value->get().empty()) return error(*node, join(prefix, name), "must not be empty");
    return value->get();
  }

  Result<double> number(const toml::table& table, const std::string& prefix,
                        std::string_view name) const {
    const toml::node* node = table.get(name);
    if (node == nullptr) return error(table, join(prefix, name), "missing");
    double value = 0;
    if (const auto* integer = node->as_integer()) {
      value = static_cast<double>(integer->get());
    } else if (const auto* floating = node->as_floating_point()) {
      value = floating->get();
    } else {
      return error(*node, join(prefix, name), "must be a number");
    }
    if (!(value >= 0)) return error(*node, join(prefix, name), "must be 0 or more");
    return value;
  }

  // A `name.fr = "…"` / `name.en = "…"` pair, both required and non-empty.
  Result<Localized> localized(const toml::table& table, const std::string& prefix,
                              std::string_view name) const {
    const toml::node* node = table.get(name);
    const std::string key = join(prefix, name);
    if (node == nullptr) return error(table, key + ".fr", "missing");
    const auto* texts = node->as_table();
    if (texts == nullptr) return error(*node, key, "must hold fr and en texts");
    if (auto known = only_known_keys(*texts, key, {"fr", "en"}); !known)
      return tl::unexpected(known.error());
    Localized out;
    for (auto [lang, text] : {std::pair{"fr", &out.fr}, std::pair{"en", &out.en}}) {
      auto value = string(*texts, key, lang);
      if (!value) return tl::unexpected(value.error());
      *text = std::move(*value);
    }
    return out;
  }

  // The array of tables `name` ([[name]]), which must exist and hold only tables.
  Result<std::vector<const toml::table*>> tables(const toml::table& root, std::string_view name,
                                                 bool required) const {
    std::vector<const toml::table*> out;
    const toml::node* node = root.get(name);
    if (node == nullptr) {
      if (required) return make_error(Error::Code::input, "missing", file_, 0, std::string(name));
      return out;
    }
    const auto* array = node->as_array();
    if (array == nullptr)
      return error(*node, std::string(name),
                   "must be an array of tables ([[" + std::string(name) + "]])");
    for (size_t i = 0; i < array->size(); ++i) {
      const auto* table = (*array)[i].as_table();
      if (table == nullptr) return error((*array)[i], indexed(name, i), "must be a table");
      out.push_back(table);
    }
    return out;
  }

  static std::string join(const std::string& prefix, std::string_view name) {
    return prefix.empty() ? std::string(name) : prefix + "." + std::string(name);
  }
  static std::string indexed(std::string_view name, size_t i) {
    return std::string(name) + "[" + std::to_string(i) + "]";
  }

 private:
  std::string file_;
};

Result<toml::table> parse(const fs::path& file) {
  std::error_code ec;
  if (!fs::is_regular_file(file, ec)) {
    return make_error(Error::Code::io, "cannot read rules file", file.string());
  }
  try {
    return toml::parse_file(file.string());
  } catch (const toml::parse_error& e) {
    return make_error(Error::Code::input, "invalid toml: " + std::string(e.description()),
                      file.string(), static_cast<int>(e.source().begin.line));
  }
}

bool is_identifier(std::string_view word) {
  return !word.empty() && std::all_of(word.begin(), word.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// "phone.premium_rate": two identifiers joined by one dot.
bool is_rule_id(std::string_view id) {
  size_t dot = id.find('.');
  return dot != std::string_view::npos && is_identifier(id.substr(0, dot)) &&
         is_identifier(id.substr(dot + 1));
}

Result<Severity> parse_severity(const TomlReader& reader, const toml::table& rule,
                                const std::string& prefix) {
  auto text = reader.string(rule, prefix, "severity");
  if (!text) return tl::unexpected(text.error());
  for (Severity severity : {Severity::error, Severity::warning, Severity::info}) {
    if (*text == to_string(severity)) return severity;
  }
  return reader.error(*rule.get("severity"), prefix + ".severity",
                      "must be error, warning or info");
}

Result<RuleOptions> parse_options(const TomlReader& reader, const toml::table& rule,
                                  const std::string& prefix) {
  RuleOptions options;
  const toml::node* node = rule.get("options");
  if (node == nullptr) return options;
  const auto* table = node->as_table();
  if (table == nullptr) return reader.error(*node, prefix + ".options", "must be a table");
  for (const auto& [name, value] : *table) {
    std::string key = prefix + ".options." + std::string(name.str());
    if (const auto* b = value.as_boolean()) {
      options[std::string(name.str())] = b->get();
    } else if (const auto* i = value.as_integer()) {
      options[std::string(name.str())] = static_cast<long long>(i->get());
    } else if (const auto* f = value.as_floating_point()) {
      options[std::string(name.str())] = f->get();
    } else if (const auto* s = value.as_string()) {
      options[std::string(name.str())] = s->get();
    } else {
      return reader.error(value, key, "must be a boolean, a number or a string");
    }
  }
  return options;
}

// The {placeholders} of message.en must be those of message.fr: a finding fills both.
Result<void> check_placeholders(const TomlReader& reader, const toml::table& rule,
                                const std::string& prefix, const Localized& message) {
  auto fr = placeholders(message.fr);
  auto en = placeholders(message.en);
  std::sort(fr.begin(), fr.end());
  std::sort(en.begin(), en.end());
  if (fr == en) return {};
  return reader.error(*rule.get("message"), prefix + ".message.en",
                      "placeholders differ from message.fr");
}

// `evidence.fr`/`.en` (one template, id "") or `evidence.<id>.fr`/`.en` (several), each with the
// same placeholders in both languages.
Result<std::map<std::string, Localized>> parse_evidence(const TomlReader& reader,
                                                        const toml::table& rule,
                                                        const std::string& prefix) {
  std::map<std::string, Localized> out;
  const toml::node* node = rule.get("evidence");
  if (node == nullptr) return out;
  const auto* table = node->as_table();
  if (table == nullptr) return reader.error(*node, prefix + ".evidence", "must be a table");
  const bool single = table->contains("fr") || table->contains("en");
  std::vector<std::pair<std::string, const toml::table*>> variants;
  if (single) {
    variants.emplace_back("", &rule);
  } else {
    for (const auto& [key, value] : *table) {
      if (!value.is_table()) {
        return reader.error(value, prefix + ".evidence." + std::string(key.str()),
                            "must hold fr and en texts");
      }
      variants.emplace_back(std::string(key.str()), table);
    }
  }
  for (const auto& [id, holder] : variants) {
    const std::string name = id.empty() ? std::string("evidence") : id;
    const std::string where = id.empty() ? prefix : prefix + ".evidence";
    auto texts = reader.localized(*holder, where, name);
    if (!texts) return tl::unexpected(texts.error());
    auto fr = placeholders(texts->fr);
    auto en = placeholders(texts->en);
    std::sort(fr.begin(), fr.end());
    std::sort(en.begin(), en.end());
    if (fr != en) {
      return reader.error(*holder->get(name), where + "." + name + ".en",
                          "placeholders differ from " + name + ".fr");
    }
    out[id] = std::move(*texts);
  }
  return out;
}

Result<RuleDeclaration> parse_rule(const TomlReader& reader, const toml::table& rule,
                                   const std::string& prefix, const std::string& category) {
  static const std::vector<std::string> kKeys = {"id",  "category", "severity", "weight", "title",
                                                 "why", "fix",      "message",  "options",
                                                 "evidence", "checked"};
  if (auto known = reader.only_known_keys(rule, prefix, kKeys); !known)
    return tl::unexpected(known.error());
  RuleDeclaration out;
  auto id = reader.string(rule, prefix, "id");
  if (!id) return tl::unexpected(id.error());
  if (!is_rule_id(*id)) {
    return reader.error(*rule.get("id"), prefix + ".id",
                        "'" + *id + "' is not of the form category.problem in lower case");
  }
  out.id = *id;
  auto file_category = reader.string(rule, prefix, "category");
  if (!file_category) return tl::unexpected(file_category.error());
  if (*file_category != category) {
    return reader.error(
        *rule.get("category"), prefix + ".category",
        "'" + *file_category + "' does not match the file name ('" + category + "')");
  }
  out.category = category;
  auto severity = parse_severity(reader, rule, prefix);
  if (!severity) return tl::unexpected(severity.error());
  out.severity = *severity;
  auto weight = reader.number(rule, prefix, "weight");
  if (!weight) return tl::unexpected(weight.error());
  out.weight = *weight;
  for (auto [name, text] : {std::pair{"title", &out.title}, std::pair{"why", &out.why},
                            std::pair{"fix", &out.fix}, std::pair{"message", &out.message}}) {
    auto value = reader.localized(rule, prefix, name);
    if (!value) return tl::unexpected(value.error());
    *text = std::move(*value);
  }
  if (auto same = check_placeholders(reader, rule, prefix, out.message); !same)
    return tl::unexpected(same.error());
  if (rule.contains("checked")) {
    auto checked = reader.localized(rule, prefix, "checked");
    if (!checked) return tl::unexpected(checked.error());
    out.checked = std::move(*checked);
  }
  auto evidence = parse_evidence(reader, rule, prefix);
  if (!evidence) return tl::unexpected(evidence.error());
  out.evidence = std::move(*evidence);
  auto options = parse_options(reader, rule, prefix);
  if (!options) return tl::unexpected(options.error());
  out.options = std::move(*options);
  return out;
}

Result<CategoryDeclaration> parse_category(const TomlReader& reader, const toml::table& table,
                                           const std::string& prefix) {
  if (auto known = reader.only_known_keys(table, prefix, {"id", "title", "weight"}); !known) {
    return tl::unexpected(known.error());
  }
  CategoryDeclaration out;
  auto id = reader.string(table, prefix, "id");
  if (!id) return tl::unexpected(id.error());
  if (!is_identifier(*id))
    return reader.error(*table.get("id"), prefix + ".id", "must be a lower-case word");
  out.id = *id;
  auto title = reader.localized(table, prefix, "title");
  if (!title) return tl::unexpected(title.error());
  out.title = std::move(*title);
  auto weight = reader.number(table, prefix, "weight");
  if (!weight) return tl::unexpected(weight.error());
  out.weight = *weight;
  return out;
}

// Bands best first, min_score strictly decreasing from at most 100 down to exactly 0.
Result<std::vector<GradeBand>> parse_grades(const TomlReader& reader, const toml::table& root) {
  auto tables = reader.tables(root, "grade", true);
  if (!tables) return tl::unexpected(tables.error());
  std::vector<GradeBand> grades;
  for (size_t i = 0; i < tables->size(); ++i) {
    const toml::table& table = *(*tables)[i];
    const std::string prefix = TomlReader::indexed("grade", i);
    if (auto known = reader.only_known_keys(table, prefix, {"grade", "min_score"}); !known) {
      return tl::unexpected(known.error());
    }
    auto grade = reader.string(table, prefix, "grade");
    if (!grade) return tl::unexpected(grade.error());
    const toml::node* min = table.get("min_score");
    if (min == nullptr) return reader.error(table, prefix + ".min_score", "missing");
    const auto* score = min->as_integer();
    int previous = grades.empty() ? 101 : grades.back().min_score;
    if (score == nullptr || score->get() < 0 || score->get() >= previous) {
      return reader.error(*min, prefix + ".min_score",
                          "must be an integer from 0 to 100, lower than the band before");
    }
    grades.push_back({*grade, static_cast<int>(score->get())});
  }
  if (grades.empty())
    return make_error(Error::Code::input, "no grade band", reader.file(), 0, "grade");
  if (grades.back().min_score != 0) {
    return reader.error(*tables->back()->get("min_score"),
                        TomlReader::indexed("grade", grades.size() - 1) + ".min_score",
                        "the last band must start at 0");
  }
  return grades;
}

Result<void> load_categories(const fs::path& dir, Catalogue& out) {
  const fs::path file = dir / kCategoriesFile;
  auto root = parse(file);
  if (!root) return tl::unexpected(root.error());
  TomlReader reader(file.string());
  if (auto known = reader.only_known_keys(*root, "", {"category", "grade"}); !known) return known;
  auto tables = reader.tables(*root, "category", true);
  if (!tables) return tl::unexpected(tables.error());
  for (size_t i = 0; i < tables->size(); ++i) {
    const std::string prefix = TomlReader::indexed("category", i);
    auto category = parse_category(reader, *(*tables)[i], prefix);
    if (!category) return tl::unexpected(category.error());
    if (out.find_category(category->id) != nullptr) {
      return reader.error(*(*tables)[i]->get("id"), prefix + ".id",
                          "duplicate category '" + category->id + "'");
    }
    out.categories.push_back(std::move(*category));
  }
  auto grades = parse_grades(reader, *root);
  if (!grades) return tl::unexpected(grades.error());
  out.grades = std::move(*grades);
  return {};
}

// Reads the rules of one <category>.toml; `declared_at` maps each id seen so far to "file:line".
Result<void> load_rule_file(const fs::path& file, Catalogue& out,
                            std::map<std::string, std::string>& declared_at) {
  auto root = parse(file);
  if (!root) return tl::unexpected(root.error());
  TomlReader reader(file.string());
  const std::string category = file.stem().string();
  if (auto known = reader.only_known_keys(*root, "", {"rule"}); !known) return known;
  auto tables = reader.tables(*root, "rule", false);
  if (!tables) return tl::unexpected(tables.error());
  for (size_t i = 0; i < tables->size(); ++i) {
    const toml::table& table = *(*tables)[i];
    const std::string prefix = TomlReader::indexed("rule", i);
    auto rule = parse_rule(reader, table, prefix, category);
    if (!rule) return tl::unexpected(rule.error());
    const std::string here = file.string() + ":" + std::to_string(table.source().begin.line);
    auto [first, inserted] = declared_at.emplace(rule->id, here);
    if (!inserted) {
      return reader.error(
          *table.get("id"), prefix + ".id",
          "duplicate id '" + rule->id + "' (first declared at " + first->second + ")");
    }
    out.rules.push_back(std::move(*rule));
  }
  return {};
}

std::vector<std::string> category_ids(const Catalogue& catalogue) {
  std::vector<std::string> ids;
  for (const auto& category : catalogue.categories) ids.push_back(category.id);
  return ids;
}

}  // namespace

const RuleDeclaration* Catalogue::find(const std::string& id) const {
  auto it = std::lower_bound(
      rules.begin(), rules.end(), id,
      [](const RuleDeclaration& rule, const std::string& key) { return rule.id < key; });
  return it != rules.end() && it->id == id ? &*it : nullptr;
}

const CategoryDeclaration* Catalogue::find_category(const std::string& id) const {
  for (const auto& category : categories) {
    if (category.id == id) return &category;
  }
  return nullptr;
}

Result<Catalogue> load_catalogue(const fs::path& dir) {
  Catalogue out;
  if (auto categories = load_categories(dir, out); !categories)
    return tl::unexpected(categories.error());
  std::error_code ec;
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    const fs::path& file = entry.path();
    if (file.extension() == ".toml" && file.filename() != kCategoriesFile) files.push_back(file);
  }
  if (ec)
    return make_error(Error::Code::io, "cannot list rules folder: " + ec.message(), dir.string());
  std::sort(files.begin(), files.end());
  std::map<std::string, std::string> declared_at;
  for (const fs::path& file : files) {
    const std::string category = file.stem().string();
    if (out.find_category(category) == nullptr) {
      std::string message =
          "'" + category + "' is not a category of " + std::string(kCategoriesFile);
      if (auto guess = util::closest_match(category, category_ids(out))) {
        message += " (did you mean '" + *guess + ".toml'?)";
      }
      return make_error(Error::Code::input, message, file.string());
    }
    if (auto loaded = load_rule_file(file, out, declared_at); !loaded)
      return tl::unexpected(loaded.error());
  }
  std::sort(out.rules.begin(), out.rules.end(),
            [](const RuleDeclaration& a, const RuleDeclaration& b) { return a.id < b.id; });
  return out;
}

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::error: return "error";
    case Severity::warning: return "warning";
    case Severity::info: return "info";
  }
  return "error";
}

}  // namespace joignable::rules
