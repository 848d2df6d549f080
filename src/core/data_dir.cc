#include "src/core/data_dir.h"

#include <cstdlib>

namespace storyline {

std::string DefaultDataDir() {
  if (const char* env = std::getenv("STORYLINE_DATA"); env != nullptr && *env != '\0') {
    return env;
  }
  return STORYLINE_DATA_DIR;
}

}  // namespace storyline
