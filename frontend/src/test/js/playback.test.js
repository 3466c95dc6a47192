import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Player, SPEEDS, restart, step } from '../../main/resources/static/playback.js';

const domain = { first: 0, last: 100 };

test('a sliding window keeps its length as it steps', () => {
  const cases = [
    [{ start: 0, end: 6 }, 1, {}, { start: 1, end: 7, done: false }],
    [{ start: 0, end: 6 }, 7, {}, { start: 7, end: 13, done: false }],
    [{ start: 10, end: 16 }, -3, {}, { start: 7, end: 13, done: false }],
    [{ start: 2, end: 8 }, -5, {}, { start: 0, end: 6, done: false }],
    [{ start: 90, end: 96 }, 7, {}, { start: 94, end: 100, done: true }],
    [{ start: 90, end: 96 }, 7, { loop: true }, { start: 94, end: 100, done: false }],
    [{ start: 94, end: 100 }, 1, { loop: true }, { start: 0, end: 6, done: false }],
    [{ start: 50, end: 50 }, 1, {}, { start: 51, end: 51, done: false }],
  ];
  for (const [window, days, options, expected] of cases) {
    assert.deepEqual(step(window, days, domain, options), expected, `${JSON.stringify(window)} ${days} ${JSON.stringify(options)}`);
  }
});

test('a cumulative window keeps its start and grows its end', () => {
  const cases = [
    [{ start: 0, end: 6 }, 7, {}, { start: 0, end: 13, done: false }],
    [{ start: 20, end: 30 }, -15, {}, { start: 20, end: 20, done: false }],
    [{ start: 0, end: 98 }, 7, {}, { start: 0, end: 100, done: true }],
    [{ start: 0, end: 98 }, 7, { loop: true }, { start: 0, end: 100, done: false }],
    [{ start: 5, end: 100 }, 1, { loop: true }, { start: 5, end: 5, done: false }],
  ];
  for (const [window, days, options, expected] of cases) {
    assert.deepEqual(step(window, days, domain, { cumulative: true, ...options }), expected);
  }
});

test('playing from the end starts again from the beginning', () => {
  assert.deepEqual(restart({ start: 94, end: 100 }, domain), { start: 0, end: 6 });
  assert.deepEqual(restart({ start: 40, end: 100 }, domain, { cumulative: true }), { start: 40, end: 40 });
  assert.deepEqual(restart({ start: 10, end: 20 }, domain), { start: 10, end: 20 });
});

test('the player steps whole days as frames accrue time at its speed', () => {
  const frames = [];
  const steps = [];
  const player = new Player((days) => steps.push(days), { frame: (f) => frames.push(f) && frames.length, cancel: () => {} });
  player.daysPerSecond = SPEEDS.week;
  player.play();
  // 60 frames a second for one second: seven days in whole-day steps.
  for (let k = 0; k <= 60; k++) frames.shift()(k * (1000 / 60));
  assert.equal(steps.reduce((a, b) => a + b, 0), 7);
  assert.ok(steps.every((d) => d === 1));
  player.pause();
  assert.equal(player.playing, false);
});

test('a month a second moves thirty days a second, a stalled frame at most one second', () => {
  const frames = [];
  const steps = [];
  const player = new Player((days) => steps.push(days), { frame: (f) => frames.push(f) && frames.length, cancel: () => {} });
  player.daysPerSecond = SPEEDS.month;
  player.play();
  frames.shift()(0);
  frames.shift()(5000);
  assert.deepEqual(steps, [30]);
});
