#include "crawl/link_list.h"

#include <cassert>
#include <limits>

namespace joignable::crawl {

LinkList::LinkList(std::initializer_list<Link> links) {
  for (const Link& link : links) push_back(link);
}

// The index views the strings it indexes, so a copy indexes its own.
LinkList::LinkList(const LinkList& other) : strings_(other.strings_), entries_(other.entries_) {
  rebuild_index();
}

LinkList& LinkList::operator=(const LinkList& other) {
  if (this != &other) {
    strings_ = other.strings_;
    entries_ = other.entries_;
    rebuild_index();
  }
  return *this;
}

LinkList& LinkList::operator=(std::initializer_list<Link> links) {
  clear();
  for (const Link& link : links) push_back(link);
  return *this;
}

void LinkList::push_back(const Link& link) {
  entries_.push_back(
      Entry{intern(link.from), intern(link.to), intern(link.text), intern(link.fragment), link.kind});
}

void LinkList::clear() {
  entries_.clear();
  ids_.clear();
  strings_.clear();
}

LinkRef LinkList::operator[](std::size_t index) const {
  const Entry& entry = entries_[index];
  return LinkRef{strings_[entry.from], strings_[entry.to], entry.kind, strings_[entry.text],
                 strings_[entry.fragment]};
}

std::optional<LinkList::Id> LinkList::find(std::string_view value) const {
  const auto it = ids_.find(value);
  if (it == ids_.end()) return std::nullopt;
  return it->second;
}

LinkList::Id LinkList::intern(const std::string& value) {
  if (const auto it = ids_.find(value); it != ids_.end()) return it->second;
  assert(strings_.size() < std::numeric_limits<Id>::max() && "more distinct strings than ids");
  const auto id = static_cast<Id>(strings_.size());
  strings_.push_back(value);
  ids_.emplace(strings_.back(), id);
  return id;
}

void LinkList::rebuild_index() {
  ids_.clear();
  for (std::size_t id = 0; id < strings_.size(); ++id) {
    ids_.emplace(strings_[id], static_cast<Id>(id));
  }
}

}  // namespace joignable::crawl
