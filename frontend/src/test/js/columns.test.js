import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EventColumns, NO_FIGURE, dayOf, isoOf, mercator } from '../../main/resources/static/columns.js';
import { sixEvents } from './fixtures.js';

test('days count from 1970-01-01 and read back as ISO dates', () => {
  for (const [iso, day] of [['1970-01-01', 0], ['2019-05-01', 18017], ['2020-02-29', 18321]]) {
    assert.equal(dayOf(iso), day);
    assert.equal(isoOf(day), iso);
  }
});

test('mercator puts the map origin at 0,0 and Syria in the north-east quarter', () => {
  assert.deepEqual(mercator(-180, 85.0511).map((v) => Math.round(v * 1e4) / 1e4), [0, 0]);
  const [x, y] = mercator(36.5, 35.4);
  assert.ok(x > 0.6 && x < 0.61 && y > 0.39 && y < 0.41);
});

test('the payload becomes typed columns; null fatalities and confidence are marked', () => {
  const c = EventColumns.fromPayload(sixEvents());
  assert.equal(c.count, 6);
  assert.equal(c.fatalities[2], NO_FIGURE);
  assert.ok(Number.isNaN(c.confidence[0]));
  assert.equal(c.hasConfidence, false);
  assert.deepEqual(c.placeOf(1), ['Hama', 'حماة']);
  assert.equal(c.typeOf(3), 'Agreement');
  assert.equal(c.indexOf(5), 4);
  assert.equal(c.indexOf(99), -1);
  assert.equal(isoOf(c.firstDay), '2019-05-01');
  assert.equal(isoOf(c.lastDay), '2019-05-04');
});

test('confidence is active once any event carries one', () => {
  const payload = sixEvents();
  payload.confidence = [0.9, null, 0.4, null, null, null];
  assert.equal(EventColumns.fromPayload(payload).hasConfidence, true);
});

test('open dates are read from date_approximate, and a payload without it has none', () => {
  const payload = sixEvents();
  payload.date_approximate = [0, 0, 1, 0, 1, 0];
  assert.deepEqual([...EventColumns.fromPayload(payload).approximate], [0, 0, 1, 0, 1, 0]);
  delete payload.date_approximate;
  assert.deepEqual([...EventColumns.fromPayload(payload).approximate], [0, 0, 0, 0, 0, 0]);
  const features = [{ type: 'Feature', geometry: { type: 'Point', coordinates: [36.5, 35.4] },
    properties: { id: 7, event_date: '2019-05-19', sub_event_type: 'Armed clash', time_precision: 2,
      confidence: 0.6, date_approximate: true } }];
  const c = EventColumns.fromFeatures(features);
  assert.equal(c.approximate[0], 1);
  assert.equal(c.confidence[0], 0.6);
});

test('a column of the wrong length is refused with its name', () => {
  const payload = sixEvents();
  payload.lat.pop();
  assert.throws(() => EventColumns.fromPayload(payload), /"lat" column does not hold 6/);
});

test('events out of day order are sorted, so the window can be found by binary search', () => {
  const payload = sixEvents();
  payload.date_approximate = [1, 0, 0, 0, 0, 0];
  for (const name of ['id', 'day', 'precision', 'type', 'place', 'lon', 'lat', 'fatalities', 'confidence', 'date_approximate']) payload[name].reverse();
  const c = EventColumns.fromPayload(payload);
  assert.deepEqual([...c.id], [1, 2, 3, 4, 5, 6]);
  assert.equal(c.fatalities[2], NO_FIGURE);
  assert.deepEqual([...c.approximate], [1, 0, 0, 0, 0, 0]);
  assert.equal(c.fatalities[4], 12);
});

test('GeoJSON features from /api/events convert to the same columns, skipping features without a point', () => {
  const feature = (id, date, type, xy, extra = {}) => ({
    type: 'Feature', id, geometry: xy && { type: 'Point', coordinates: xy },
    properties: { id, event_date: date, sub_event_type: type, location: 'Hama', location_ar: 'حماة', fatalities: 3, ...extra },
  });
  const c = EventColumns.fromFeatures([
    feature(2, '2019-05-02', 'Armed clash', [36.75, 35.13]),
    feature(1, '2019-05-01', null, [36.5, 35.4], { location: 'Kafr Nabudah', location_ar: 'كفرنبودة', fatalities: null }),
    feature(3, '2019-05-03', 'Armed clash', null),
  ]);
  assert.equal(c.count, 2);
  assert.deepEqual([...c.id], [1, 2]);
  assert.equal(c.typeOf(0), 'Other');
  assert.deepEqual(c.placeOf(0), ['Kafr Nabudah', 'كفرنبودة']);
  assert.equal(c.fatalities[0], NO_FIGURE);
});
