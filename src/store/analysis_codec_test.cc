// The analysis record: exact round trips, and damaged records refused cleanly.
#include "src/store/analysis_codec.h"

#include <gtest/gtest.h>

#include "src/store/store_test_util.h"

namespace storyline::store {
namespace {

using testing::Describe;
using testing::RichDocument;

TEST(AnalysisCodecTest, RichAnalysisRoundTripsEveryField) {
  const Analysis original = RichDocument(3).analysis;
  std::string record;
  EncodeAnalysis(original, record);
  absl::StatusOr<Analysis> decoded = DecodeAnalysis(record);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(Describe(*decoded), Describe(original));
}

TEST(AnalysisCodecTest, EmptyAnalysisRoundTrips) {
  std::string record;
  EncodeAnalysis(Analysis{}, record);
  absl::StatusOr<Analysis> decoded = DecodeAnalysis(record);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(Describe(*decoded), Describe(Analysis{}));
}

TEST(AnalysisCodecTest, ExtremeOffsetsRoundTrip) {
  Analysis a;
  a.tokens = {{{UINT32_MAX - 1, UINT32_MAX}}, {{0, UINT32_MAX}}, {{UINT32_MAX, 0}}};
  a.sentences = {{{5, 9}, UINT32_MAX}};
  std::string record;
  EncodeAnalysis(a, record);
  absl::StatusOr<Analysis> decoded = DecodeAnalysis(record);
  ASSERT_TRUE(decoded.ok()) << decoded.status();
  EXPECT_EQ(Describe(*decoded), Describe(a));
}

TEST(AnalysisCodecTest, SpansAreCompact) {
  Analysis a;
  for (uint32_t b = 0; b < 10000; b += 6) a.tokens.push_back({{b, b + 5}});
  std::string record;
  EncodeAnalysis(a, record);
  // Two one-byte varints per token (delta 6, length 5) plus the header.
  EXPECT_LT(record.size(), a.tokens.size() * 2 + 32);
}

TEST(AnalysisCodecTest, EveryTruncationIsDataLoss) {
  std::string record;
  EncodeAnalysis(RichDocument(1).analysis, record);
  for (size_t n = 0; n < record.size(); ++n) {
    absl::StatusOr<Analysis> decoded = DecodeAnalysis(std::string_view(record).substr(0, n));
    EXPECT_EQ(decoded.status().code(), absl::StatusCode::kDataLoss) << "prefix " << n;
  }
}

TEST(AnalysisCodecTest, TrailingBytesAreDataLoss) {
  std::string record;
  EncodeAnalysis(RichDocument(1).analysis, record);
  record.push_back('\0');
  EXPECT_EQ(DecodeAnalysis(record).status().code(), absl::StatusCode::kDataLoss);
}

TEST(AnalysisCodecTest, UnknownFormatIsDataLoss) {
  std::string record;
  EncodeAnalysis(Analysis{}, record);
  record[0] = static_cast<char>(kAnalysisFormat + 1);
  absl::StatusOr<Analysis> decoded = DecodeAnalysis(record);
  EXPECT_EQ(decoded.status().code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(decoded.status().message().find("format"), std::string_view::npos);
}

TEST(AnalysisCodecTest, HugeCountDoesNotAllocate) {
  // format 1, then a paragraph count of 2^62: must fail on the bound, not on memory.
  const std::string record = std::string("\x01", 1) + "\xff\xff\xff\xff\xff\xff\xff\xff\x3f";
  EXPECT_EQ(DecodeAnalysis(record).status().code(), absl::StatusCode::kDataLoss);
}

TEST(AnalysisCodecTest, RandomBytesNeverCrash) {
  std::string record;
  EncodeAnalysis(RichDocument(2).analysis, record);
  uint32_t seed = 12345;
  for (int round = 0; round < 2000; ++round) {
    std::string damaged = record;
    seed = seed * 1103515245 + 12345;
    damaged[1 + seed % (damaged.size() - 1)] = static_cast<char>(seed >> 16);
    (void)DecodeAnalysis(damaged);  // any status is fine; it must not crash or hang
  }
}

}  // namespace
}  // namespace storyline::store
