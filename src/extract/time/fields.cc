// CollectFields: each matched token contributes by the class it matched through.
// Number words add up ("twenty four" → 24); the first DAY is the day of month and
// later ones are listed dates ("January 18 and 27").
#include "src/extract/time/normalizer.h"

namespace storyline::temporal {
namespace {

void AddCount(Fields* f, const TokClass& c) {
  if (c.value == "X") {
    f->count = -1;
  } else if (c.value == "0.5") {
    if (f->count > 0) f->half = true;
  } else if (f->count >= 0) {
    f->count = (c.num == 100 && f->count > 0) ? f->count * 100 : f->count + c.num;
  }
}

void AddClass(Fields* f, const TokClass& c) {
  switch (c.cls) {
    case kMonth: f->month = c.num; break;
    case kWeekday: case kWeekdays: f->weekday = c.num; break;
    case kYear: f->year = c.num; f->nums.push_back(c.num); break;
    case kDay:
      if (f->day == 0) f->day = c.num; else f->extra_days.push_back(c.num);
      f->nums.push_back(c.num);
      break;
    case kOrdNum: f->day = c.num; break;
    case kNum: f->nums.push_back(c.num); if (f->count == 0) f->count = c.num; break;
    case kNumW:
      if (f->first_numw == 0) f->first_numw = c.num;
      AddCount(f, c);
      break;
    case kA: if (f->count == 0) f->count = 1; break;
    case kOrdW: f->ordinal = c.num; break;
    case kUnit: f->unit = c.value; break;
    case kMod: f->mod = c.num; f->has_mod = true; break;
    case kShift:
      f->shift = c.value[0] == '-' ? -1 : 1;
      f->has_shift = true;
      f->shift_from_dct = c.value.size() > 2;  // "-1dct"
      break;
    case kRelDay: f->relday = c.num; f->has_relday = true; break;
    case kRef: f->ref = c.value; break;
    case kPart: f->part = c.value; break;
    case kSeason: f->season = c.value; break;
    case kSetW: f->setw = c.value; break;
    case kEvery: f->every = true; break;
    case kAmPm: f->ampm = c.value; break;
    case kDecade: f->decade = c.num; break;
    default: break;  // literals, EDGE, APPROX, FISCAL, ZONE carry no value
  }
}

}  // namespace

Fields CollectFields(const RawMatch& m, const std::vector<Tok>& tokens) {
  Fields f;
  for (uint32_t i = m.first; i < m.last; ++i) {
    const TokClass& c = tokens[i].classes[m.class_index[i - m.first]];
    if (c.cls == kDay && f.month == 0 && f.day == 0 && tokens[i].lower == "a") continue;
    if (c.cls == kNumDate) f.numeric_date = tokens[i].lower;  // read with the DCT, later
    if (c.cls < kNumFixedClasses) {
      AddClass(&f, c);
      if (c.cls == kUnit) f.plural_unit = tokens[i].lower.size() > 3 && tokens[i].lower.back() == 's';
      continue;
    }
    // A literal ("next", "before", "few") still carries its lexicon meaning.
    const Tok& t = tokens[i];
    if (t.lower == "midnight") f.midnight = true;
    if (t.lower == "half") f.half_word = true;
    // "5 1/2 hours": the pattern spells "1 / 2" as literals.
    if (t.lower == "/" && i > m.first && i + 1 < m.last && tokens[i - 1].lower == "1" &&
        tokens[i + 1].lower == "2") {
      f.half = true;
    }
    for (uint8_t k = 0; k < t.num_classes; ++k) {
      uint16_t cls = t.classes[k].cls;
      // A literal unit word never overrides an earlier one: "третьем квартале 2024
      // года" is a quarter, the trailing "года" ("of the year") only spells the year.
      if (cls == kUnit && !f.unit.empty()) continue;
      if (cls == kMod || cls == kShift || cls == kNumW || cls == kRef || cls == kUnit) {
        AddClass(&f, t.classes[k]);
      }
    }
  }
  if (f.count == 0 && f.half) f.count = 0.5;
  if (f.month != 0 && f.day == 0 && f.ordinal != 0) f.day = f.ordinal;  // "March eighth"
  f.first_word = tokens[m.first].lower;
  f.last_word = tokens[m.last - 1].lower;
  return f;
}

}  // namespace storyline::temporal
