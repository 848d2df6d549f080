#include "src/ingest/iso_date.h"

#include <gtest/gtest.h>

namespace storyline::ingest {
namespace {

TEST(IsoDate, AcceptsDatesAndDatetimes) {
  for (const char* s : {"2024-12-15", "2024-12-15T08:30", "2024-12-15T08:30:59Z",
                        "2024-12-15 08:30:00", "2024-12-15T08:30:00.123+03:00",
                        "2024-12-15T08:30:00-0500", "2024-12-15T08:30:00+01"}) {
    EXPECT_TRUE(IsIsoDateTime(s)) << s;
  }
}

TEST(IsoDate, RejectsEverythingElse) {
  for (const char* s : {"", "yesterday", "15/12/2024", "2024-13-01", "2024-12-32",
                        "2024-12-00", "2024-12", "2024-12-15T25:00", "2024-12-15T08",
                        "2024-12-15T08:30:00Zjunk", "2024-12-15x", "20241215",
                        "2024-12-15T08:30:00.", "2024-12-15T08:61"}) {
    EXPECT_FALSE(IsIsoDateTime(s)) << s;
  }
}

}  // namespace
}  // namespace storyline::ingest
