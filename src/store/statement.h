// Moving values in and out of prepared statements: one row bound in one call, NULL for an absent
// optional, 0/1 for a bool, text for a string_view (enum spellings). Internal to store/, the only
// folder that may include SQLiteCpp. SQLiteCpp throws SQLite::Exception; callers run under
// guarded() (database.h). Not thread-safe (a statement belongs to one connection).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <SQLiteCpp/SQLiteCpp.h>

namespace joignable::store {

inline void bind_value(SQLite::Statement& statement, int index, long long value) {
  statement.bind(index, static_cast<std::int64_t>(value));
}
inline void bind_value(SQLite::Statement& statement, int index, int value) {
  statement.bind(index, value);
}
inline void bind_value(SQLite::Statement& statement, int index, double value) {
  statement.bind(index, value);
}
inline void bind_value(SQLite::Statement& statement, int index, bool value) {
  statement.bind(index, value ? 1 : 0);
}
inline void bind_value(SQLite::Statement& statement, int index, std::string_view value) {
  statement.bind(index, std::string(value));
}
// Without it a string literal would bind as a bool (pointer to bool beats a user conversion).
inline void bind_value(SQLite::Statement& statement, int index, const char* value) {
  statement.bind(index, value);
}
inline void bind_value(SQLite::Statement& statement, int index, const std::string& value) {
  statement.bind(index, value);
}
template <class T>
void bind_value(SQLite::Statement& statement, int index, const std::optional<T>& value) {
  if (value) {
    bind_value(statement, index, *value);
  } else {
    statement.bind(index);
  }
}

// Binds `values` to parameters 1..N of a freshly reset statement; the others are NULL.
template <class... Values>
void bind_row(SQLite::Statement& statement, const Values&... values) {
  statement.reset();
  statement.clearBindings();
  int index = 0;
  (bind_value(statement, ++index, values), ...);
}

// Binds `values` and runs a statement that returns no row.
template <class... Values>
void exec_row(SQLite::Statement& statement, const Values&... values) {
  bind_row(statement, values...);
  statement.exec();
}

inline std::optional<int> optional_int(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getInt();
}
inline std::string text_or_empty(const SQLite::Column& column) {
  return column.isNull() ? std::string() : column.getString();
}
inline bool flag(const SQLite::Column& column) { return column.getInt() != 0; }

}  // namespace joignable::store
