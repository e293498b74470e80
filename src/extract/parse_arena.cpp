#include "extract/parse_arena.h"

#include <new>

namespace joignable::extract {
namespace {

constexpr std::size_t kBlockBytes = 256 * 1024;
// Pieces above this get an allocation of their own, so a block is never mostly wasted.
constexpr std::size_t kLargeBytes = kBlockBytes / 8;
// Spare blocks a thread keeps between pages: a typical page's tree fits in a few, and
// what a huge page needed beyond this goes back to the system.
constexpr std::size_t kMaxSpareBlocks = 8;

std::byte* new_bytes(std::size_t size) {
  return static_cast<std::byte*>(::operator new(size, std::align_val_t{alignof(std::max_align_t)}));
}

void delete_bytes(std::byte* bytes) {
  ::operator delete(bytes, std::align_val_t{alignof(std::max_align_t)});
}

// Blocks of this thread's finished arenas. An arena lives on one thread (a parse), and arenas
// may nest (a page parsed while another is open): each keeps its own blocks until it ends.
struct SpareBlocks {
  std::vector<std::byte*> blocks;
  ~SpareBlocks() {
    for (std::byte* block : blocks) delete_bytes(block);
  }
};
thread_local SpareBlocks spare;

}  // namespace

ParseArena::~ParseArena() {
  for (std::byte* block : large_) delete_bytes(block);
  for (std::byte* block : blocks_) {
    if (spare.blocks.size() < kMaxSpareBlocks) {
      spare.blocks.push_back(block);
    } else {
      delete_bytes(block);
    }
  }
}

void* ParseArena::allocate(std::size_t size) {
  constexpr std::size_t kAlign = alignof(std::max_align_t);
  size = (size + kAlign - 1) / kAlign * kAlign;
  if (size > kLargeBytes) {
    large_.push_back(new_bytes(size));
    return large_.back();
  }
  if (size > left_) {
    std::byte* block = nullptr;
    if (spare.blocks.empty()) {
      block = new_bytes(kBlockBytes);
    } else {
      block = spare.blocks.back();
      spare.blocks.pop_back();
    }
    blocks_.push_back(block);
    next_ = block;
    left_ = kBlockBytes;
  }
  void* piece = next_;
  next_ += size;
  left_ -= size;
  return piece;
}

}  // namespace joignable::extract
