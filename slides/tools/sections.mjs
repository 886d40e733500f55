// Kata sections in the decks. A section starts with a line `<!-- kata: <slug> -->` and runs
// to the next such line (or the deck's end). Every kata in katas/ needs one section in
// slides/<track>.md that quotes its measured numbers ({{verified:<slug>:...}}). A section
// for a kata that is not (yet) in katas/ is only reported: it may be written ahead of the
// kata: the build leaves it out of the rendered deck (with its placeholders, which could
// not be resolved yet) until the kata is in katas/. Kata sections come after a deck's
// general slides: a section runs to the next marker or to the end of the deck.
import fs from 'node:fs';
import path from 'node:path';
import { katasOfTrack, tracksOf } from './catalogue.mjs';
import { quotedSlugs } from './placeholders.mjs';

export const MARKER = /^<!--\s*kata:\s*([a-z0-9-]+)\s*-->\s*$/;

// [{slug, line, text}] in deck order.
export function sectionsOf(deckText) {
  const lines = deckText.split('\n');
  const sections = [];
  lines.forEach((line, index) => {
    const match = line.match(MARKER);
    if (match) sections.push({ slug: match[1], line: index + 1, lines: [] });
    else if (sections.length) sections[sections.length - 1].lines.push(line);
  });
  return sections.map(({ slug, line, lines: body }) => ({ slug, line, text: body.join('\n') }));
}

// The deck without the sections of katas that are not in katas/ (yet), and their slugs.
export function dropPendingSections(deckText, katas) {
  const kept = [];
  const dropped = [];
  let pending = false;
  for (const line of deckText.split('\n')) {
    const match = line.match(MARKER);
    if (match) {
      pending = !katas[match[1]];
      if (pending) dropped.push(match[1]);
    }
    if (!pending) kept.push(line);
  }
  return { text: kept.join('\n'), dropped };
}

export function stripMarkers(deckText) {
  return deckText.split('\n').filter((line) => !MARKER.test(line)).join('\n');
}

// {errors: [...], notes: [...]} for the decks in slidesDir against the katas.
export function checkSections(slidesDir, katas) {
  const errors = [];
  const notes = [];
  const decks = ['intro', ...tracksOf(katas)];
  if (!decks.includes('concurrency')) decks.push('concurrency');
  for (const deck of decks) {
    const file = path.join(slidesDir, `${deck}.md`);
    if (!fs.existsSync(file)) {
      errors.push(`slides/${deck}.md is missing (${deck === 'intro' ? 'the intro deck' : `the ${deck} track's deck`})`);
      continue;
    }
    if (deck === 'intro') continue;
    const text = fs.readFileSync(file, 'utf8');
    const sections = sectionsOf(text);
    const seen = new Map();
    for (const section of sections) {
      if (seen.has(section.slug)) {
        errors.push(`slides/${deck}.md:${section.line}: a second section for ${section.slug} (first at line ${seen.get(section.slug)})`);
      }
      seen.set(section.slug, section.line);
      const kata = katas[section.slug];
      if (!kata) {
        notes.push(`slides/${deck}.md:${section.line}: section for ${section.slug}, which is not in katas/ (yet): left out of the rendered deck`);
        continue;
      }
      if (kata.track !== deck) {
        errors.push(`slides/${deck}.md:${section.line}: ${section.slug} is in track ${kata.track}: move its section to slides/${kata.track}.md`);
      }
      if (!quotedSlugs(section.text).has(section.slug)) {
        errors.push(`slides/${deck}.md:${section.line}: the section for ${section.slug} quotes no measured numbers: add {{verified:${section.slug}:table}} (or a {{verified:${section.slug}:reference:gcc}} figure)`);
      }
    }
    for (const kata of katasOfTrack(katas, deck)) {
      if (!seen.has(kata.slug)) {
        errors.push(`slides/${deck}.md: no section for kata ${kata.slug} ("${kata.title}"): add a line <!-- kata: ${kata.slug} --> before its first slide, then its slides (anti-pattern, how to spot it, the fix, {{verified:${kata.slug}:table}})`);
      }
    }
  }
  return { errors, notes };
}
