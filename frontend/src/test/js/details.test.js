import assert from 'node:assert/strict';
import { test } from 'node:test';
import { sentenceMarks } from '../../main/resources/static/details.js';

const place = (span) => ({ span, className: 'place-mark' });
const trigger = (span) => ({ span, className: 'trigger-mark' });

test('the place is marked where its article span falls in the sentence', () => {
  // The sentence is article characters 100..140; the place is at 110..118.
  assert.deepEqual(sentenceMarks(40, [100, 140], [place([110, 118])]), [{ from: 10, to: 18, className: 'place-mark' }]);
  assert.deepEqual(sentenceMarks(40, [100, 140], [trigger([102, 106]), place([110, 118])]).map((m) => m.from), [2, 10]);
});

test('spans outside the sentence, overlapping or malformed are not trusted', () => {
  const cases = [
    [[place([90, 98])]], [[place([130, 150])]], [[place([118, 110])]], [[place(null)]], [[place(['a', 3])]],
  ];
  for (const [marks] of cases) assert.deepEqual(sentenceMarks(40, [100, 140], marks), [], JSON.stringify(marks));
  assert.deepEqual(sentenceMarks(40, [100, 140], [place([110, 118]), trigger([112, 120])]).length, 1);
  assert.deepEqual(sentenceMarks(40, null, [place([110, 118])]), []);
});
