import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EventColumns, dayOf, isoOf } from '../../main/resources/static/columns.js';
import { binStart, chooseUnit, histogram, nextBin } from '../../main/resources/static/binning.js';
import { selectEvents } from '../../main/resources/static/filter.js';
import { sixEvents } from './fixtures.js';

test('bars are per day, week or month, whichever stays readable on the width', () => {
  const cases = [[30, 900, 'day'], [300, 900, 'day'], [400, 900, 'week'], [1461, 1000, 'week'], [3000, 900, 'month']];
  for (const [days, width, unit] of cases) assert.equal(chooseUnit(days, width), unit, `${days} days on ${width} px`);
});

test('weeks start on Monday and months on the first', () => {
  const cases = [
    ['2019-05-01', 'week', '2019-04-29'], ['2019-05-05', 'week', '2019-04-29'], ['2019-05-06', 'week', '2019-05-06'],
    ['2019-05-17', 'month', '2019-05-01'], ['2020-02-29', 'month', '2020-02-01'], ['2019-05-17', 'day', '2019-05-17'],
  ];
  for (const [date, unit, start] of cases) assert.equal(isoOf(binStart(dayOf(date), unit)), start, `${date} ${unit}`);
  assert.equal(isoOf(nextBin(dayOf('2019-12-01'), 'month')), '2020-01-01');
  assert.equal(isoOf(nextBin(dayOf('2019-04-29'), 'week')), '2019-05-06');
});

test('the histogram stacks the selected events per bin and type', () => {
  const c = EventColumns.fromPayload(sixEvents());
  const h = histogram(c, selectEvents(c, null, null, () => true), c.firstDay, c.lastDay, 'day');
  assert.deepEqual([...h.starts].map(isoOf), ['2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04', '2019-05-05']);
  assert.deepEqual([...h.totals], [2, 1, 2, 1]);
  // Bin 2 (2019-05-03): one air strike, one agreement.
  assert.deepEqual([...h.counts.subarray(2 * 3, 3 * 3)], [1, 0, 1]);
  assert.equal(h.tallest, 2);
  const weekly = histogram(c, selectEvents(c, null, null, (i) => c.type[i] !== 1), c.firstDay, c.lastDay, 'week');
  assert.deepEqual([...weekly.totals], [4]);
});
