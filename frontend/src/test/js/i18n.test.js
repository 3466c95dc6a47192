import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dayOf } from '../../main/resources/static/columns.js';
import { I18n, initialLanguage } from '../../main/resources/static/i18n.js';
import { MESSAGES } from '../../main/resources/static/messages.js';

const en = new I18n('en');
const ar = new I18n('ar');
const may6 = dayOf('2019-05-06');

test('numbers follow the language: Arabic-Indic digits in Arabic', () => {
  assert.equal(en.number(12345), '12,345');
  assert.equal(ar.number(12345), '١٢٬٣٤٥');
  assert.equal(ar.number(0.75), '٠٫٧٥');
});

test('dates follow the language, with the Levantine month names in Arabic', () => {
  assert.equal(en.day(may6), '6 May 2019');
  assert.match(ar.day(may6), /أيار/);
  assert.match(ar.day(may6), /٢٠١٩/);
  assert.equal(en.eventDate(may6, 3), 'May 2019');
  assert.equal(en.eventDate(may6, 2), 'week of 6 May 2019');
  assert.equal(en.eventDate(may6, 2, true), 'on or before 6 May 2019 (approximate)');
  assert.match(ar.eventDate(may6, 3, true), /^في .*أيار.* أو قبله \(تاريخ تقريبي\)$/);
  assert.equal(en.range(may6, may6 + 6), '6 May 2019 – 12 May 2019');
});

test('counts choose the plural form of the language', () => {
  const cases = [
    [en, 1, '1 event shown'], [en, 14, '14 events shown'], [en, 0, '0 events shown'],
    [ar, 1, 'حدث واحد معروض'], [ar, 2, 'حدثان معروضان'], [ar, 5, '٥ أحداث معروضة'], [ar, 14, '١٤ حدثًا معروضًا'],
    [ar, 100, '١٠٠ حدث معروض'],
  ];
  for (const [i18n, n, text] of cases) assert.equal(i18n.t('shown', { n }), text, `${i18n.lang} ${n}`);
});

test('death tolls say when sources disagree', () => {
  assert.equal(en.fatalities(5, 7), '5–7 killed, sources disagree');
  assert.equal(en.fatalities(4, 4), '4 killed');
  assert.equal(en.fatalities(0, 0), 'No deaths reported');
  assert.equal(ar.fatalities(3, 3), '٣ قتلى');
  assert.equal(en.fatalities(null, null), null);
});

test('types and places are named in the language, the other name second', () => {
  assert.equal(ar.typeName('Armed clash'), 'اشتباك مسلّح');
  assert.equal(en.typeName('Armed clash'), 'Armed clash');
  assert.equal(ar.typeName('Something new'), 'Something new');
  assert.deepEqual(ar.placeNames(['Kafr Nabudah', 'كفرنبودة']), ['كفرنبودة', 'Kafr Nabudah']);
  assert.deepEqual(en.placeNames(['Kafr Nabudah', 'كفرنبودة']), ['Kafr Nabudah', 'كفرنبودة']);
  assert.deepEqual(ar.placeNames(['Hama', '']), ['Hama', '']);
});

test('the language comes from the link, then memory, then the browser', () => {
  assert.equal(initialLanguage('ar', 'en', ['en-US']), 'ar');
  assert.equal(initialLanguage(null, 'ar', ['en-US']), 'ar');
  assert.equal(initialLanguage(null, null, ['ar-SY', 'en']), 'ar');
  assert.equal(initialLanguage(null, 'xx', ['fr']), 'en');
});

test('every English message has an Arabic one, and every type an Arabic name', () => {
  const missing = Object.keys(MESSAGES.en).filter((key) => !(key in MESSAGES.ar));
  assert.deepEqual(missing, []);
  assert.equal(Object.keys(MESSAGES.ar.types).length, 11);
});
