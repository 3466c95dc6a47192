// The ACLED sub-event types the extractor emits, in legend order, with one colour each.
// Reds/orange for explosions and bombardment, purple for chemical weapons, browns for ground fighting,
// blues for territory changes, green for agreements: similar violence reads as similar colour.
const KNOWN_TYPES = [
  ['Air/drone strike', '#d62728'],
  ['Shelling/artillery/missile attack', '#f28e2b'],
  ['Remote explosive/landmine/IED', '#7b2d26'],
  ['Chemical weapon', '#8e3fbf'],
  ['Armed clash', '#8c564b'],
  ['Attack', '#e377c2'],
  ['Government regains territory', '#1f77b4'],
  ['Non-state actor overtakes territory', '#17a2b8'],
  ['Agreement', '#2ca02c'],
  ['Displacement', '#b8a100'],
  ['Other', '#7f7f7f'],
];

/** Types the API reports that we have no colour for are still shown, in this colour. */
const UNKNOWN_COLOUR = '#4d4d4d';

/** Label for events whose sub_event_type is missing. */
export const UNTYPED = 'Other';

const COLOURS = new Map(KNOWN_TYPES);

export function colourOf(type) {
  return COLOURS.get(type) ?? UNKNOWN_COLOUR;
}

/** The known types followed by any extra types seen in the data, sorted by name. */
export function orderedTypes(seen) {
  const known = KNOWN_TYPES.map(([name]) => name);
  const extra = [...new Set(seen)].filter((t) => !COLOURS.has(t)).sort();
  return known.concat(extra);
}

export function typeOf(properties) {
  const type = properties?.sub_event_type;
  return typeof type === 'string' && type.trim() !== '' ? type : UNTYPED;
}
