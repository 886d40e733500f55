// The facts the decks may quote: every kata's kata.json and the measured speedups in
// solutions/<slug>/NOTES.md, read into plain data. Numbers are never typed into a deck;
// they come from here through placeholders (see placeholders.mjs).
import fs from 'node:fs';
import path from 'node:path';

export const SEVERITY_LABEL = {
  critical: '🚩 CRITICAL',
  high: '⚠️ HIGH',
  medium: 'ℹ️ MEDIUM',
  low: '💡 LOW',
};

// Every folder of katas/ with a kata.json, keyed by slug.
export function loadKatas(repoRoot) {
  const katasDir = path.join(repoRoot, 'katas');
  const katas = {};
  for (const entry of fs.readdirSync(katasDir, { withFileTypes: true })) {
    const file = path.join(katasDir, entry.name, 'kata.json');
    if (!entry.isDirectory() || !fs.existsSync(file)) continue;
    let spec;
    try {
      spec = JSON.parse(fs.readFileSync(file, 'utf8'));
    } catch (error) {
      throw new Error(`${file}: not valid JSON: ${error.message}`);
    }
    for (const field of ['slug', 'track', 'order', 'title', 'summary', 'target', 'findings']) {
      if (spec[field] === undefined) throw new Error(`${file}: missing field "${field}"`);
    }
    katas[spec.slug] = spec;
  }
  return katas;
}

// The tracks that have katas, in course order (kata.json's `order` counts within a track
// only): the known tracks in the README's order, then any new one alphabetically.
const TRACK_ORDER = ['memory', 'parsing', 'errors', 'algorithms', 'data-structures', 'compiler',
  'layout', 'concurrency', 'async', 'parallel'];

export function tracksOf(katas) {
  const present = new Set(Object.values(katas).map((kata) => kata.track));
  const extra = [...present].filter((track) => !TRACK_ORDER.includes(track)).sort();
  return [...TRACK_ORDER.filter((track) => present.has(track)), ...extra];
}

export function katasOfTrack(katas, track) {
  return Object.values(katas)
    .filter((kata) => kata.track === track)
    .sort((a, b) => a.order - b.order || a.slug.localeCompare(b.slug));
}

// --- NOTES.md tables --------------------------------------------------------------------

function splitRow(line) {
  return line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((cell) => cell.trim());
}

// "reference (`solution.cpp`)" -> reference, "starting copy" -> start, "`alt-x`" -> alt-x
function variantKey(label) {
  const plain = label.replace(/`/g, '').trim();
  if (/^starting/i.test(plain)) return 'start';
  if (/^reference/i.test(plain)) return 'reference';
  const match = plain.match(/^((?:alt|partial)-[a-z0-9-]+)/);
  return match ? match[1] : null;
}

// "38× (36×–43×)" -> {median: "38×", range: "36×–43×"}; "44× [41, 49]" -> interval;
// "38× (37–39×)" -> range "37×–39×".
function parseCell(cell) {
  const match = cell.match(/^([0-9.]+×)\s*(?:\(([^)]*)\)|\[([^\]]*)\])?/);
  if (!match) return null;
  const result = { median: match[1] };
  if (match[2]) {
    const [low, high] = match[2].split(/[–-]/).map((part) => part.trim());
    if (low && high) result.range = `${low.endsWith('×') ? low : `${low}×`}–${high}`;
  }
  if (match[3]) result.interval = `[${match[3]}]`;
  return result;
}

// Columns by their header: which compiler, and whether the column is a range only.
function classifyColumn(header) {
  const h = header.toLowerCase();
  if (h.includes('verdict')) return { kind: 'verdict' };
  if (h.includes('clang')) return { kind: 'speedup', compiler: 'clang' };
  if (h.includes('g++')) return { kind: 'speedup', compiler: 'gcc' };
  if (h.startsWith('median')) return { kind: 'speedup', compiler: 'gcc' };
  if (h.startsWith('range')) return { kind: 'range', compiler: 'gcc' };
  return { kind: 'other' };
}

function compilerLabel(header, compiler) {
  const match = header.match(/(g\+\+ \d+|clang \d+)/);
  if (match) return match[1];
  return compiler === 'gcc' ? 'g++' : 'clang';
}

function firstTable(lines) {
  const start = lines.findIndex((line) => line.trim().startsWith('|'));
  if (start < 0) return null;
  let end = start;
  while (end < lines.length && lines[end].trim().startsWith('|')) end += 1;
  return { rows: lines.slice(start, end), after: lines.slice(end) };
}

function sectionAfter(lines, headingPattern) {
  const start = lines.findIndex((line) => headingPattern.test(line));
  if (start < 0) return null;
  let end = start + 1;
  while (end < lines.length && !/^## /.test(lines[end])) end += 1;
  return { heading: lines[start], body: lines.slice(start + 1, end) };
}

// The measured speedups of one kata, or {status: "unverified"}.
//   status "idle":  the "## Verified on an idle machine" table (generated from verify logs)
//   status "busy":  an older "## Measured ... `kata verify`" table, measured while the VM
//                   was partly busy: shown, and labelled as not verified on an idle machine
export function parseNotes(text, file = 'NOTES.md') {
  const lines = text.split('\n');
  let status = 'idle';
  let section = sectionAfter(lines, /^## Verified on an idle machine/);
  if (!section) {
    status = 'busy';
    section = sectionAfter(lines, /^## Measured.*`kata verify/);
  }
  if (!section) return { status: 'unverified', variants: {}, compilers: {} };
  const table = firstTable(section.body);
  if (!table || table.rows.length < 3) {
    throw new Error(`${file}: "${section.heading}" has no table`);
  }
  const headers = splitRow(table.rows[0]);
  const columns = headers.map(classifyColumn);
  const compilers = {};
  headers.forEach((header, index) => {
    const column = columns[index];
    if (column.kind === 'speedup') compilers[column.compiler] = compilerLabel(header, column.compiler);
  });
  const targetMatch = headers.join(' ').match(/target ([0-9.]+×)/);
  const variants = {};
  for (const row of table.rows.slice(2)) {
    const cells = splitRow(row);
    const key = variantKey(cells[0]);
    if (!key) continue;
    const variant = { label: cells[0].replace(/ \(`solution.cpp`\)/, '').replace(/`/g, '') };
    cells.forEach((cell, index) => {
      const column = columns[index];
      if (!column || index === 0) return;
      if (column.kind === 'speedup') {
        const parsed = parseCell(cell);
        if (parsed) variant[column.compiler] = { ...(variant[column.compiler] || {}), ...parsed };
      } else if (column.kind === 'range') {
        const [low, high] = cell.split(/[–-]/).map((part) => part.trim());
        if (low && high) {
          variant[column.compiler] = {
            ...(variant[column.compiler] || {}),
            range: `${low.endsWith('×') ? low : `${low}×`}–${high.endsWith('×') ? high : `${high}×`}`,
          };
        }
      } else if (column.kind === 'verdict') {
        variant.verdict = cell;
      }
    });
    variants[key] = variant;
  }
  if (!variants.reference) throw new Error(`${file}: the "${section.heading}" table has no reference row`);
  const dateMatch = section.heading.match(/(\d{4}-\d{2}-\d{2})/);
  const checksLine = table.after.find((line) => /^\d+ checks, \d+ with the expected verdict/.test(line));
  return {
    status,
    heading: section.heading.replace(/^## /, ''),
    date: dateMatch ? dateMatch[1] : null,
    target: targetMatch ? targetMatch[1] : null,
    checks: checksLine ? checksLine.match(/^(\d+ checks, \d+ with the expected verdict)/)[1] : null,
    compilers,
    variants,
  };
}

// {slug: parsed NOTES} for every kata; a kata without NOTES.md is "unverified".
export function loadVerified(repoRoot, katas) {
  const verified = {};
  for (const slug of Object.keys(katas).sort()) {
    const file = path.join(repoRoot, 'solutions', slug, 'NOTES.md');
    verified[slug] = fs.existsSync(file)
      ? { slug, source: path.relative(repoRoot, file), ...parseNotes(fs.readFileSync(file, 'utf8'), file) }
      : { slug, status: 'unverified', variants: {}, compilers: {} };
  }
  return verified;
}
