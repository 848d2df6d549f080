# Entities stage: the recognizer (tokenize, tag, refine) on arbitrary bytes.
storyline_fuzzer(entities_fuzzer ${CMAKE_CURRENT_SOURCE_DIR}/entities_fuzzer.cc storyline_entities)
