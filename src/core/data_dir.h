// Where storyline finds data/ (lexicons, rules, models): $STORYLINE_DATA when set,
// else the data/ folder of the source tree this binary was built from.
#ifndef STORYLINE_CORE_DATA_DIR_H_
#define STORYLINE_CORE_DATA_DIR_H_

#include <string>

namespace storyline {

std::string DefaultDataDir();

}  // namespace storyline

#endif  // STORYLINE_CORE_DATA_DIR_H_
