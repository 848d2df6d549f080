// Checks that a metadata date is ISO 8601 as news feeds write it, so a value like
// "yesterday" or "15/12/2024" never reaches the time stage as a publication date.
#ifndef STORYLINE_INGEST_ISO_DATE_H_
#define STORYLINE_INGEST_ISO_DATE_H_

#include <string_view>

namespace storyline::ingest {

// True for "YYYY-MM-DD", optionally followed by 'T' or ' ' and "HH:MM",
// ":SS", ".fraction", and "Z" or "+HH:MM" / "+HHMM" / "-HH". Month 01-12, day
// 01-31, hour 00-23, minute and second 00-59 (60 for a leap second).
bool IsIsoDateTime(std::string_view s);

}  // namespace storyline::ingest

#endif  // STORYLINE_INGEST_ISO_DATE_H_
