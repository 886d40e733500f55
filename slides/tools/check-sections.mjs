#!/usr/bin/env node
// Fails when a kata in katas/ has no section in its track's deck (see sections.mjs), or a
// track has no deck. Prints what to add.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadKatas } from './catalogue.mjs';
import { checkSections } from './sections.mjs';

const slidesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const katas = loadKatas(path.resolve(slidesDir, '..'));
const { errors, notes } = checkSections(slidesDir, katas);
for (const note of notes) console.log(`note: ${note}`);
for (const error of errors) console.log(`error: ${error}`);
const count = Object.keys(katas).length;
console.log(errors.length
  ? `slides: ${errors.length} problem(s) with the decks' kata sections`
  : `slides: every one of the ${count} katas has a section in its track's deck`);
process.exit(errors.length ? 1 : 0);
