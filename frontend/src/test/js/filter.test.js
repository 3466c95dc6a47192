import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EventColumns, dayOf } from '../../main/resources/static/columns.js';
import { countByType, daySlice, distanceKm, eventTest, inBounds, lowerBound, selectEvents } from '../../main/resources/static/filter.js';
import { sixEvents } from './fixtures.js';

const columns = EventColumns.fromPayload(sixEvents());
const ids = (indices) => [...indices].map((i) => columns.id[i]);
const all = () => true;

test('lowerBound finds the first position not before the value', () => {
  const days = Int32Array.from([1, 1, 2, 4, 4, 7]);
  assert.deepEqual([0, 1, 2, 3, 4, 5, 7, 8].map((d) => lowerBound(days, d)), [0, 0, 2, 3, 3, 5, 5, 6]);
});

test('the date window is a slice of the day-ordered events, both ends inclusive', () => {
  const cases = [
    ['2019-05-01', '2019-05-01', [1, 2]],
    ['2019-05-02', '2019-05-03', [3, 4, 5]],
    ['2019-05-04', '2019-05-30', [6]],
    ['2019-04-01', '2019-04-30', []],
  ];
  for (const [start, end, expected] of cases) {
    assert.deepEqual(ids(selectEvents(columns, dayOf(start), dayOf(end), all)), expected, `${start}..${end}`);
  }
  assert.deepEqual(daySlice(columns, null, null), [0, 6]);
});

test('each criterion narrows the events', () => {
  const cases = [
    [{ types: new Set(['Air/drone strike']) }, [1, 3, 5]],
    [{ types: new Set() }, []],
    [{ minFatalities: 1 }, [1, 5, 6]],
    [{ minFatalities: 5 }, [5]],
    [{ near: { lat: 35.43, lon: 36.5, km: 5 } }, [1, 3, 5]],
    [{ near: { lat: 35.43, lon: 36.5, km: 45 } }, [1, 2, 3, 4, 5, 6]],
    [{ types: new Set(['Armed clash']), minFatalities: 1 }, [6]],
  ];
  for (const [criteria, expected] of cases) {
    assert.deepEqual(ids(selectEvents(columns, null, null, eventTest(columns, criteria))), expected, JSON.stringify(criteria));
  }
});

test('a minimum confidence keeps only events that carry one at least as high', () => {
  const payload = sixEvents();
  payload.confidence = [0.9, 0.5, null, 0.7, 0.2, 1];
  const c = EventColumns.fromPayload(payload);
  assert.deepEqual([...selectEvents(c, null, null, eventTest(c, { minConfidence: 0.7 }))].map((i) => c.id[i]), [1, 4, 6]);
});

test('distances are great-circle kilometres', () => {
  // Hama to Kafr Nabudah, about 40 km.
  assert.ok(Math.abs(distanceKm(35.13, 36.75, 35.43, 36.5) - 40.3) < 1);
  assert.equal(distanceKm(35, 36, 35, 36), 0);
});

test('types are counted within the selection', () => {
  const counts = countByType(columns, selectEvents(columns, dayOf('2019-05-01'), dayOf('2019-05-02'), all));
  assert.deepEqual([...counts], [['Air/drone strike', 2], ['Armed clash', 1], ['Agreement', 0]]);
});

test('the list holds the events in view, newest first', () => {
  const selected = selectEvents(columns, null, null, all);
  assert.deepEqual(ids(inBounds(columns, selected, { south: 35.3, west: 36.4, north: 35.5, east: 36.6 })), [5, 3, 1]);
  assert.deepEqual(ids(inBounds(columns, selected, { south: 0, west: 0, north: 1, east: 1 })), []);
});
