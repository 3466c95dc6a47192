import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readState, writeState } from '../../main/resources/static/url-state.js';

test('a full view survives a round trip through the hash', () => {
  const hash = '#start=2019-05-01&end=2019-05-31&type=Air/drone+strike&type=Armed+clash&map=9/35.6100/36.5700'
    + '&lang=ar&speed=month&len=7&loop=1&cumulative=1&q=%D9%82%D8%B5%D9%81&source=Enab+Baladi&minf=3&minc=0.5'
    + '&near=35.4290/36.5060/10&place=Kafr+Nabudah&base=offline';
  const state = readState(hash);
  assert.deepEqual(state, {
    start: '2019-05-01', end: '2019-05-31', types: ['Air/drone strike', 'Armed clash'],
    view: { zoom: 9, lat: 35.61, lon: 36.57 }, lang: 'ar', speed: 'month', length: 7, loop: true, cumulative: true,
    q: 'قصف', source: 'Enab Baladi', minFatalities: 3, minConfidence: 0.5,
    near: { lat: 35.429, lon: 36.506, km: 10, name: 'Kafr Nabudah' }, base: 'offline', timeline: false, legend: false,
  });
  assert.equal(writeState(state), hash);
});

test('bad values are dropped, not trusted', () => {
  const state = readState('#start=2019-13&end=yesterday&map=9/95/36&lang=fr&speed=warp&len=-1&minf=lots&minc=2&near=35/36/0&base=dark');
  assert.deepEqual(
    [state.start, state.end, state.view, state.lang, state.speed, state.length, state.minFatalities, state.minConfidence, state.near, state.base],
    [null, null, null, null, null, null, 0, 0, null, null],
  );
});

test('no type means every type; an empty type means none', () => {
  assert.equal(readState('').types, null);
  assert.deepEqual(readState('#type=').types, []);
  assert.equal(writeState({ types: [] }), '#type=');
  assert.equal(writeState({ types: null }), '#');
});

test('the embed page reads its query, and its hash overrides it', () => {
  const state = readState('?lang=ar&timeline=1&type=Agreement&type=Attack', '#type=Armed+clash&map=8/35/37');
  assert.equal(state.lang, 'ar');
  assert.equal(state.timeline, true);
  assert.deepEqual(state.types, ['Armed clash']);
  assert.deepEqual(state.view, { zoom: 8, lat: 35, lon: 37 });
});
