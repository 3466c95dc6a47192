// Small hand-made event payloads for the unit tests, in the /api/events/columns shape.
import { dayOf } from '../../main/resources/static/columns.js';

/** Six events in two places over four days; one without a fatality figure. */
export function sixEvents() {
  return {
    count: 6,
    types: ['Air/drone strike', 'Armed clash', 'Agreement'],
    places: [['Kafr Nabudah', 'كفرنبودة'], ['Hama', 'حماة']],
    id: [1, 2, 3, 4, 5, 6],
    day: ['2019-05-01', '2019-05-01', '2019-05-02', '2019-05-03', '2019-05-03', '2019-05-04'].map(dayOf),
    precision: [1, 1, 2, 1, 3, 1],
    type: [0, 1, 0, 2, 0, 1],
    place: [0, 1, 0, 1, 0, 1],
    lon: [36.5, 36.75, 36.5, 36.75, 36.5, 36.75],
    lat: [35.43, 35.13, 35.43, 35.13, 35.43, 35.13],
    fatalities: [4, 0, null, 0, 12, 2],
    confidence: [null, null, null, null, null, null],
    date_approximate: [0, 0, 0, 0, 0, 0],
  };
}
