// Unit tests of the number generator, the placeholders and the section check:
// node --test tools/tools.test.mjs
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import test from 'node:test';
import { parseNotes } from './catalogue.mjs';
import { PlaceholderError, substitute } from './placeholders.mjs';
import { checkSections, dropPendingSections } from './sections.mjs';

const IDLE = `# k — notes

## Verified on an idle machine (\`kata verify\`, 2026-11-22)

Commands: ...

| variant | g++ 12: median (range), 5 runs | clang 14: median (range), 3 runs | verdicts at target 12× |
|---|---|---|---|
| starting solution | 1.00× (0.96×–1.02×) | 1.01× (0.98×–1.01×) | NOT YET in every run |
| reference (\`solution.cpp\`) | 38× (36×–43×) | 37× (33×–39×) | PASS in every run |
| \`alt-insertion\` | 43× (39×–45×) | 36× (36×–38×) | PASS in every run |
| \`partial-nth-element\` | 4.38× (4.27×–4.56×) | 4.26× (4.23×–4.51×) | NOT YET in every run |

40 checks, 40 with the expected verdict. The target 12× is 0.32× ...

## Preliminary measurements

| variant | g++ 12 bench |
|---|---|
| reference (\`solution.cpp\`) | 99× |
`;

const BUSY = `## Measured with \`kata verify\` (verdict size 20,000)

| variant | g++ median (range, 3 runs) | clang 14 | verdict (every run) |
|---|---|---|---|
| starting copy | 1.02× (0.97–1.05×) | 1.02× | NOT YET |
| reference | 38× (37–39×) | 44× [41, 49] | PASS |
`;

const SINGLE = `## Measured (\`kata verify string-concat --runs 3\`, verdict size 4,000 lines)

| variant | median speedup | range over 3 runs | verdict (all runs) |
|---|---|---|---|
| reference | 34× | 22–53× | PASS |
`;

const kata = (slug, track) => ({
  slug, track, order: 1, title: `The ${slug} story`, summary: 's', target: { metric: 'cpu_time', speedup: 12 },
  findings: [{ id: 'f', severity: 'critical', title: 't', fix_before: 'a = a + b;', fix_after: 'a += b;' }],
});

test('the idle-machine table is read, later tables are not', () => {
  const notes = parseNotes(IDLE);
  assert.equal(notes.status, 'idle');
  assert.equal(notes.date, '2026-11-22');
  assert.equal(notes.target, '12×');
  assert.equal(notes.checks, '40 checks, 40 with the expected verdict');
  assert.deepEqual(notes.compilers, { gcc: 'g++ 12', clang: 'clang 14' });
  assert.deepEqual(notes.variants.reference.gcc, { median: '38×', range: '36×–43×' });
  assert.equal(notes.variants['partial-nth-element'].clang.median, '4.26×');
  assert.equal(notes.variants.start.verdict, 'NOT YET in every run');
});

test('an older kata verify table is read and marked busy', () => {
  const notes = parseNotes(BUSY);
  assert.equal(notes.status, 'busy');
  assert.deepEqual(notes.variants.reference.gcc, { median: '38×', range: '37×–39×' });
  assert.deepEqual(notes.variants.reference.clang, { median: '44×', interval: '[41, 49]' });
  const single = parseNotes(SINGLE);
  assert.deepEqual(single.variants.reference.gcc, { median: '34×', range: '22×–53×' });
  assert.deepEqual(Object.keys(single.compilers), ['gcc']);
});

test('notes without a kata verify table are unverified', () => {
  assert.equal(parseNotes('# k\n\n## Why\n\ntext\n').status, 'unverified');
});

test('placeholders are replaced; unknown ones fail with deck and line', () => {
  const facts = {
    katas: { 'top-k': kata('top-k', 'algorithms'), fresh: kata('fresh', 'algorithms') },
    verified: { 'top-k': parseNotes(IDLE), fresh: parseNotes('') },
  };
  assert.equal(substitute('x {{verified:top-k:reference:gcc}} y', facts, 'd.md'), 'x 38× y');
  assert.equal(substitute('{{verified:top-k:alt-insertion:clang:range}}', facts, 'd.md'), '36×–38×');
  assert.equal(substitute('{{kata:top-k:target}}', facts, 'd.md'), '12×');
  const parallel = { katas: { map: { ...kata('map', 'parallel'), target: { metric: 'real_time', parallel_efficiency: 0.8 } } },
                     verified: {} };
  assert.equal(substitute('{{kata:map:target}}', parallel, 'd.md'), '80% parallel efficiency (1.6× on 2 cores)');
  assert.equal(substitute('{{kata:top-k:f:severity}}', facts, 'd.md'), '🚩 CRITICAL');
  assert.equal(substitute('{{kata:top-k:f:fix_after}}', facts, 'd.md'), 'a += b;');
  assert.match(substitute('{{verified:top-k:table}}', facts, 'd.md'), /\| reference \| \*\*38×\*\*/);
  assert.match(substitute('{{verified:fresh:table}}', facts, 'd.md'), /not yet verified/);
  assert.throws(() => substitute('a\n{{verified:top-k:alt-nope:gcc}}', facts, 'd.md'),
    (error) => error instanceof PlaceholderError && /d\.md:2: .*alt-nope.*known: start, reference/.test(error.message));
  assert.throws(() => substitute('{{verified:nope:table}}', facts, 'd.md'), /no kata "nope"/);
  assert.throws(() => substitute('{{verified:fresh:reference:gcc}}', facts, 'd.md'), /not yet verified/);
  assert.throws(() => substitute('{{numbers:top-k}}', facts, 'd.md'), /unknown placeholder kind/);
});

test('every kata needs a section with numbers in its track deck', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'slides-'));
  fs.writeFileSync(path.join(dir, 'intro.md'), '# intro');
  fs.writeFileSync(path.join(dir, 'concurrency.md'), '<!-- kata: false-sharing -->\n# ahead of its kata');
  fs.writeFileSync(path.join(dir, 'algorithms.md'),
    '<!-- kata: top-k -->\n{{verified:top-k:table}}\n<!-- kata: fresh -->\nno numbers\n');
  const katas = { 'top-k': kata('top-k', 'algorithms'), fresh: kata('fresh', 'algorithms'), m: kata('m', 'memory') };
  const { errors, notes } = checkSections(dir, katas);
  assert.equal(errors.length, 2, errors.join('\n'));
  assert.match(errors.join('\n'), /section for fresh quotes no measured numbers/);
  assert.match(errors.join('\n'), /slides\/memory\.md is missing/);
  assert.match(notes.join('\n'), /false-sharing, which is not in katas\/ \(yet\)/);
  fs.writeFileSync(path.join(dir, 'memory.md'), '# memory\n');
  assert.match(checkSections(dir, katas).errors.join('\n'), /no section for kata m/);
});

test('sections written ahead of their kata are left out of the rendered deck', () => {
  const deck = '# general\n\n<!-- kata: top-k -->\n---\n## top-k\n<!-- kata: later -->\n---\n## {{verified:later:table}}\n';
  const { text, dropped } = dropPendingSections(deck, { 'top-k': kata('top-k', 'algorithms') });
  assert.deepEqual(dropped, ['later']);
  assert.equal(text, '# general\n\n<!-- kata: top-k -->\n---\n## top-k');
});
