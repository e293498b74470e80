// ParseArena: the memory of one parse tree, handed out by bumping a pointer through blocks and
// given back all at once. Gumbo allocates tens of thousands of small pieces per page and frees
// each one; with malloc that was about a tenth of the crawl's CPU. Blocks are recycled per
// thread, so a crawl reuses the same few megabytes page after page.
#pragma once

#include <cstddef>
#include <vector>

namespace joignable::extract {

class ParseArena {
 public:
  ParseArena() = default;
  ~ParseArena();  // gives the blocks back to this thread's spare blocks
  ParseArena(const ParseArena&) = delete;
  ParseArena& operator=(const ParseArena&) = delete;

  // `size` bytes aligned for any type; never null (throws std::bad_alloc as new does).
  void* allocate(std::size_t size);

 private:
  std::vector<std::byte*> blocks_;  // kBlockBytes each, recycled
  std::vector<std::byte*> large_;   // one allocation each, freed with the arena
  std::byte* next_ = nullptr;
  std::size_t left_ = 0;
};

}  // namespace joignable::extract
