// LinkList: every link a crawl found, in the order found, with each distinct string (URL, link
// text, fragment) stored once. A site of 20,000 pages has about a million links but only tens of
// thousands of distinct URLs and texts: as a std::vector<Link> its links took some 370 bytes
// each (four strings), here they take 20 (four ids and the kind), which keeps the crawl's memory
// growing by a small record per page rather than by the page's whole list of links.
//
// Reads like a container of Link: iteration and operator[] give a LinkRef, whose members are
// references into the list (valid while the list lives and is not cleared), and which converts
// to a Link. A value type: copies are deep. Not thread-safe.
#pragma once

#include <cstddef>
#include <cstdint>
#include <deque>
#include <initializer_list>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "crawl/link.h"

namespace joignable::crawl {

// One link of a LinkList, read in place.
struct LinkRef {
  const std::string& from;
  const std::string& to;
  LinkKind kind;
  const std::string& text;
  const std::string& fragment;

  // Implicit, so that a LinkRef reads as a Link wherever one is wanted (a copy).
  operator Link() const { return Link{from, to, kind, text, fragment}; }
};

class LinkList {
 public:
  using Id = std::uint32_t;  // a distinct string of the list
  // A link as stored: ids of its strings.
  struct Entry {
    Id from = 0;
    Id to = 0;
    Id text = 0;
    Id fragment = 0;
    LinkKind kind = LinkKind::anchor;
  };

  class const_iterator {
   public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Link;
    using difference_type = std::ptrdiff_t;
    using pointer = void;
    using reference = LinkRef;

    const_iterator() = default;
    const_iterator(const LinkList* list, std::size_t index) : list_(list), index_(index) {}
    LinkRef operator*() const { return (*list_)[index_]; }
    const_iterator& operator++() {
      ++index_;
      return *this;
    }
    const_iterator operator++(int) {
      const_iterator before = *this;
      ++index_;
      return before;
    }
    bool operator==(const const_iterator& other) const { return index_ == other.index_; }

   private:
    const LinkList* list_ = nullptr;
    std::size_t index_ = 0;
  };

  LinkList() = default;
  LinkList(std::initializer_list<Link> links);
  LinkList(const LinkList& other);
  LinkList(LinkList&& other) noexcept = default;
  LinkList& operator=(const LinkList& other);
  LinkList& operator=(LinkList&& other) noexcept = default;
  LinkList& operator=(std::initializer_list<Link> links);
  ~LinkList() = default;

  void push_back(const Link& link);
  void clear();
  std::size_t size() const { return entries_.size(); }
  bool empty() const { return entries_.empty(); }
  LinkRef operator[](std::size_t index) const;
  const_iterator begin() const { return {this, 0}; }
  const_iterator end() const { return {this, entries_.size()}; }

  // The compact form, for work over the link graph by id (click depths).
  const Entry& entry(std::size_t index) const { return entries_[index]; }
  // How many distinct strings the list holds: every Id is below it.
  std::size_t string_count() const { return strings_.size(); }
  // The id of `value` when some link uses it.
  std::optional<Id> find(std::string_view value) const;

 private:
  Id intern(const std::string& value);
  void rebuild_index();

  std::deque<std::string> strings_;  // a deque: its elements never move, ids_ views them
  std::unordered_map<std::string_view, Id> ids_;
  std::deque<Entry> entries_;  // a deque: growing never copies a million entries at once
};

}  // namespace joignable::crawl
