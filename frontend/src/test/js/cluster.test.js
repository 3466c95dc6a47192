import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EventColumns } from '../../main/resources/static/columns.js';
import { aggregate, cellMembers, clusterRadius, hitTest, worldSize } from '../../main/resources/static/cluster.js';
import { selectEvents } from '../../main/resources/static/filter.js';
import { sixEvents } from './fixtures.js';

const columns = EventColumns.fromPayload(sixEvents());
const all = selectEvents(columns, null, null, () => true);

function frameAround(zoom, lon, lat, size) {
  const scale = worldSize(zoom);
  const [x, y] = [(lon + 180) / 360 * scale, columns.y[0] * scale];
  return { zoom, left: x - size / 2, top: y - size / 2, width: size, height: size };
}

test('at a low zoom nearby events merge into one cluster with their mix of types', () => {
  const { cells, drawn } = aggregate(columns, all, { zoom: 3, left: 0, top: 0, width: worldSize(3), height: worldSize(3) }, 60);
  assert.equal(drawn, 6);
  assert.equal(cells.length, 1);
  assert.equal(cells[0].count, 6);
  assert.deepEqual([...cells[0].types], [3, 2, 1]);
  assert.equal(cells[0].sameSpot, false);
});

test('zoomed in, each place is its own cell; events at one spot stay a cluster marked sameSpot', () => {
  const { cells, drawn } = aggregate(columns, all, { zoom: 12, left: 0, top: 0, width: worldSize(12), height: worldSize(12) }, 60);
  assert.equal(drawn, 6);
  assert.deepEqual(cells.map((c) => c.count).sort(), [3, 3]);
  assert.ok(cells.every((c) => c.sameSpot));
  const members = cellMembers(columns, all, 12, 60, cells[0].keys);
  assert.equal(members.length, 3);
});

test('clusters whose centres fall within a cell of each other merge, the bigger one absorbing the smaller', () => {
  // At zoom 9 the two places (about 40 km apart) are some 170 px apart: two clusters; at zoom 7, one.
  const at = (zoom) => aggregate(columns, all, { zoom, left: 0, top: 0, width: worldSize(zoom), height: worldSize(zoom) }, 60).cells;
  assert.deepEqual(at(9).map((c) => c.count), [3, 3]);
  assert.deepEqual(at(7).map((c) => c.count), [6]);
  assert.equal(at(7)[0].keys.length, 2);
  assert.equal(cellMembers(columns, all, 7, 60, at(7)[0].keys).length, 6);
});

test('events outside the frame are neither drawn nor counted', () => {
  const frame = frameAround(12, 36.5, 35.43, 200);
  const { cells, drawn } = aggregate(columns, all, frame, 60);
  assert.equal(drawn, 3);
  assert.equal(cells.length, 1);
  assert.ok(Math.abs(cells[0].x - 100) < 1 && Math.abs(cells[0].y - 100) < 1);
});

test('a single event is drawn at its own place and hit within its radius', () => {
  const one = selectEvents(columns, null, null, (i) => columns.id[i] === 1);
  const frame = frameAround(12, 36.5, 35.43, 200);
  const { cells } = aggregate(columns, one, frame, 60);
  assert.equal(cells.length, 1);
  assert.equal(cells[0].index, 0);
  const items = [{ x: cells[0].x, y: cells[0].y, r: 6 }];
  assert.equal(hitTest(items, 104, 103), items[0]);
  assert.equal(hitTest(items, 120, 100), null);
});

test('cluster radius grows with the count and stays bounded', () => {
  assert.ok(clusterRadius(2) < clusterRadius(100));
  assert.ok(clusterRadius(1e9) <= 30);
});
