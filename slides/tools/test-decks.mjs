#!/usr/bin/env node
// Opens every rendered deck (DIR/html/*.html) from file:// in headless Chromium, steps
// through every slide with the keyboard, and fails on
//   - content that overflows its slide (below or right of the padding, or a code block
//     that would scroll),
//   - a page error or a console error,
//   - any request that is not file:, data: or blob: (the decks must work offline),
//   - an image (emoji must stay Unicode text, not CDN pictures),
//   - a deck without speaker notes.
// Screenshots of a few slides per deck go to DIR/screenshots/.
//
//   node tools/test-decks.mjs [--out DIR] [--chromium PATH]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const slidesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = path.resolve(slidesDir, '..');

const args = { out: path.join(repoRoot, 'build', 'slides'), chromium: process.env.KATA_CHROMIUM ?? '/usr/bin/chromium' };
for (let i = 2; i < process.argv.length; i += 1) {
  if (process.argv[i] === '--out') args.out = path.resolve(process.argv[++i]);
  else if (process.argv[i] === '--chromium') args.chromium = process.argv[++i];
  else {
    console.error(`unknown argument ${process.argv[i]} (usage: test-decks.mjs [--out DIR] [--chromium PATH])`);
    process.exit(2);
  }
}

const htmlDir = path.join(args.out, 'html');
const shotDir = path.join(args.out, 'screenshots');
if (!fs.existsSync(args.chromium)) {
  console.error(`slides: no Chromium at ${args.chromium}: install Debian's chromium package (./kata selftest does)`);
  process.exit(1);
}
const decks = fs.existsSync(htmlDir) ? fs.readdirSync(htmlDir).filter((name) => name.endsWith('.html')).sort() : [];
if (decks.length === 0) {
  console.error(`slides: no decks in ${htmlDir}: build them first (cmake --build <dir> --target slides)`);
  process.exit(1);
}
fs.mkdirSync(shotDir, { recursive: true });

// Runs in the page: what of the active slide lies outside its content box.
function overflowOfActiveSlide() {
  const svg = document.querySelector('svg.bespoke-marp-active');
  if (!svg) return { error: 'no active slide' };
  const section = svg.querySelector('section');
  const box = section.getBoundingClientRect();
  const scale = box.width / section.offsetWidth;
  const style = getComputedStyle(section);
  const inner = {
    left: box.left + parseFloat(style.paddingLeft) * scale,
    right: box.right - parseFloat(style.paddingRight) * scale,
    top: box.top + parseFloat(style.paddingTop) * scale,
    bottom: box.bottom - parseFloat(style.paddingBottom) * scale,
  };
  const tolerance = 2 * scale;
  const problems = [];
  const describe = (element) => {
    const text = (element.textContent || '').trim().replace(/\s+/g, ' ');
    return `<${element.tagName.toLowerCase()}> "${text.slice(0, 60)}${text.length > 60 ? '…' : ''}"`;
  };
  for (const element of section.querySelectorAll('*')) {
    const rect = element.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) continue;
    if (rect.bottom > inner.bottom + tolerance) {
      problems.push(`${describe(element)} ends ${Math.round((rect.bottom - inner.bottom) / scale)} px below the slide's content area`);
    } else if (rect.right > inner.right + tolerance) {
      problems.push(`${describe(element)} ends ${Math.round((rect.right - inner.right) / scale)} px right of the slide's content area`);
    }
    if ((element.tagName === 'PRE' || element.tagName === 'MARP-PRE') && (element.scrollWidth > element.clientWidth + 1 || element.scrollHeight > element.clientHeight + 1)) {
      problems.push(`${describe(element)} scrolls: its code does not fit`);
    }
  }
  const images = section.querySelectorAll('img').length;
  return {
    // The first three offenders, outermost first (its children overflow with it).
    problems: problems.slice(0, 3),
    images,
    heading: (section.querySelector('h1, h2, h3')?.textContent ?? '').trim(),
  };
}

async function testDeck(browser, name) {
  const failures = [];
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  const external = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    external.push(url);
    return route.abort();
  });
  page.on('requestfailed', (request) => {
    const url = request.url();
    if (!/^(file|data|blob):/.test(url) && !external.includes(url)) external.push(url);
  });
  page.on('pageerror', (error) => failures.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`console error: ${message.text()}`);
  });

  const file = path.join(htmlDir, name);
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
  // The on-screen controls overlay the slide in screenshots; they are not slide content.
  await page.addStyleTag({ content: ".bespoke-marp-osc { display: none !important; }" });
  const count = await page.locator('svg[data-marpit-svg]').count();
  const notes = await page.locator('.bespoke-marp-note').count();
  if (count === 0) failures.push('no slides');
  if (notes === 0) failures.push('no speaker notes');
  const shots = new Set(process.env.KATA_SLIDES_SHOT_ALL ? [...Array(count).keys()] : [0, Math.floor(count / 2), count - 1]);
  for (let index = 0; index < count; index += 1) {
    if (index > 0) await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (expected) => [...document.querySelectorAll('svg[data-marpit-svg]')].indexOf(document.querySelector('svg.bespoke-marp-active')) === expected,
      index,
      { timeout: 5000 },
    ).catch(() => failures.push(`slide ${index + 1}: the keyboard did not reach it`));
    const result = await page.evaluate(overflowOfActiveSlide);
    if (result.error) {
      failures.push(`slide ${index + 1}: ${result.error}`);
      continue;
    }
    for (const problem of result.problems) failures.push(`slide ${index + 1} ("${result.heading}"): overflow: ${problem}`);
    if (result.images) failures.push(`slide ${index + 1} ("${result.heading}"): ${result.images} image(s): emoji must stay Unicode text`);
    if (shots.has(index)) {
      await page.screenshot({ path: path.join(shotDir, `${path.basename(name, '.html')}-${String(index + 1).padStart(2, '0')}.png`) });
    }
  }
  for (const url of external) failures.push(`network request: ${url}`);
  await context.close();
  return { count, notes, failures };
}

const started = Date.now();
const browser = await chromium.launch({
  executablePath: args.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
let failed = 0;
let passed = 0;
try {
  for (const name of decks) {
    const { count, notes, failures } = await testDeck(browser, name);
    if (failures.length) {
      failed += 1;
      console.log(`FAIL ${name}: ${count} slides, ${notes} with notes`);
      for (const failure of failures) console.log(`     ${failure}`);
    } else {
      passed += 1;
      console.log(`ok   ${name}: ${count} slides, ${notes} with notes`);
    }
  }
} finally {
  await browser.close();
}
console.log(`slides: screenshots in ${shotDir}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
