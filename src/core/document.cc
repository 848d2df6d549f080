#include "src/core/document.h"

#include <xxhash.h>

namespace storyline {

uint64_t ContentHash(std::string_view text) {
  return XXH64(text.data(), text.size(), /*seed=*/0);
}

}  // namespace storyline
