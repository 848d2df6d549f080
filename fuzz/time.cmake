# Time stage: tagger + normalizer + publication-date inference on arbitrary bytes.
storyline_fuzzer(time_fuzzer ${PROJECT_SOURCE_DIR}/src/extract/time/time_fuzzer.cc storyline_time)
target_include_directories(time_fuzzer PRIVATE ${PROJECT_SOURCE_DIR})
target_compile_definitions(time_fuzzer PRIVATE STORYLINE_DATA_DIR="${STORYLINE_DATA_DIR}")
