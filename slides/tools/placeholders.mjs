// {{...}} placeholders in a deck, replaced from the catalogue (kata.json) and the verified
// numbers (NOTES.md). An unknown placeholder is an error that names deck, line and the
// keys that do exist, so a renamed variant or a re-tuned kata fails the build, never a
// slide quietly showing an old number.
//
//   {{verified:<slug>:<variant>:<gcc|clang>}}        median speedup, e.g. 38×
//   {{verified:<slug>:<variant>:<gcc|clang>:range}}  range over the runs, e.g. 36×–43×
//   {{verified:<slug>:table}}                        every variant's numbers, a Markdown table
//   {{verified:<slug>:source}}                       where the numbers come from (one line)
//   {{verified:<slug>:target}}                       the target the verified runs were checked against
//   {{kata:<slug>:<title|summary|target|track|order>}}
//   {{kata:<slug>:<finding-id>:<fix_before|fix_after|title|severity|expected_improvement>}}
// <variant> is start, reference, alt-<name> or partial-<name>.
import { SEVERITY_LABEL } from './catalogue.mjs';

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;

export class PlaceholderError extends Error {}

function fail(message) {
  throw new PlaceholderError(message);
}

// 12 -> "12×", 1.5 -> "1.5×"; a memory target is a ratio of growth, not of time.
// A parallel kata's target is an efficiency: "80% of the cores (1.6× on 2)".
function formatTarget(target) {
  if (target.parallel_efficiency !== undefined) {
    const efficiency = Number(target.parallel_efficiency);
    return `${Math.round(efficiency * 100)}% parallel efficiency (${Number((efficiency * 2).toFixed(2))}× on 2 cores)`;
  }
  const text = `${Number(target.speedup)}×`;
  return target.metric === 'memory_growth' ? `${text} less growth` : text;
}

function sourceLine(verified) {
  switch (verified.status) {
    case 'idle':
      return `\`kata verify\` on an idle 2-core VM, ${verified.date ?? 'date not recorded'}` +
        (verified.checks ? ` — ${verified.checks}` : '');
    case 'busy':
      return '`kata verify` on the 2-core VM with one core partly busy — ' +
        '**not yet verified on an idle machine**';
    default:
      return '**not yet verified**: no `kata verify` table in its NOTES.md';
  }
}

const VARIANT_ORDER = (key) => (key === 'reference' ? 0 : key.startsWith('alt-') ? 1 : key.startsWith('partial-') ? 2 : 3);

function table(verified) {
  if (verified.status === 'unverified') return `*${sourceLine(verified)}*`;
  const compilers = Object.keys(verified.compilers).sort(); // clang, gcc
  compilers.reverse(); // gcc first
  const cell = (numbers) => {
    if (!numbers) return '—';
    if (numbers.range) return `**${numbers.median}** <small>${numbers.range}</small>`;
    if (numbers.interval) return `**${numbers.median}** <small>${numbers.interval}</small>`;
    return `**${numbers.median}**`;
  };
  const keys = Object.keys(verified.variants)
    .sort((a, b) => VARIANT_ORDER(a) - VARIANT_ORDER(b));
  const header = `| variant | ${compilers.map((c) => verified.compilers[c]).join(' | ')} | verdict |`;
  const rule = `|---|${compilers.map(() => '--:').join('|')}|---|`;
  const rows = keys.map((key) => {
    const variant = verified.variants[key];
    const name = key === 'start' ? 'starting solution' : key === 'reference' ? 'reference' : `\`${key}\``;
    return `| ${name} | ${compilers.map((c) => cell(variant[c])).join(' | ')} | ${variant.verdict ?? ''} |`;
  });
  return [header, rule, ...rows, '', `<small>${sourceLine(verified)}</small>`].join('\n');
}

function resolve(key, facts) {
  const parts = key.split(':').map((part) => part.trim());
  const [kind, slug] = parts;
  if (kind !== 'verified' && kind !== 'kata') {
    fail(`unknown placeholder kind "${kind}" (known: verified, kata)`);
  }
  const kata = facts.katas[slug];
  if (!kata) fail(`no kata "${slug}" in katas/ (known: ${Object.keys(facts.katas).sort().join(', ')})`);

  if (kind === 'kata') {
    if (parts.length === 3) {
      const field = parts[2];
      if (field === 'target') return formatTarget(kata.target);
      if (['title', 'summary', 'track'].includes(field)) return String(kata[field]);
      if (field === 'order') return String(kata.order);
      fail(`unknown kata field "${field}" (known: title, summary, target, track, order, or <finding-id>:<field>)`);
    }
    if (parts.length === 4) {
      const [, , id, field] = parts;
      const finding = kata.findings.find((candidate) => candidate.id === id);
      if (!finding) fail(`kata ${slug} has no finding "${id}" (known: ${kata.findings.map((f) => f.id).join(', ')})`);
      if (field === 'severity') return SEVERITY_LABEL[finding.severity] ?? finding.severity;
      const fields = ['fix_before', 'fix_after', 'title', 'expected_improvement', 'root_cause', 'tradeoffs'];
      if (!fields.includes(field)) fail(`unknown finding field "${field}" (known: severity, ${fields.join(', ')})`);
      return String(finding[field]);
    }
    fail('expected {{kata:<slug>:<field>}} or {{kata:<slug>:<finding-id>:<field>}}');
  }

  const verified = facts.verified[slug];
  if (parts.length === 3 && parts[2] === 'table') return table(verified);
  if (parts.length === 3 && parts[2] === 'source') return sourceLine(verified);
  if (parts.length === 3 && parts[2] === 'target') {
    if (!verified.target) fail(`kata ${slug}: its verified table names no target`);
    return verified.target;
  }
  if (parts.length === 4 || parts.length === 5) {
    const [, , variantKey, compiler, what] = parts;
    const variant = verified.variants[variantKey];
    if (!variant) {
      fail(verified.status === 'unverified'
        ? `kata ${slug} is not yet verified (no kata verify table in solutions/${slug}/NOTES.md): use {{verified:${slug}:table}}, which says so`
        : `kata ${slug} has no variant "${variantKey}" in its verified table (known: ${Object.keys(verified.variants).join(', ')})`);
    }
    const numbers = variant[compiler];
    if (!numbers) fail(`kata ${slug}, ${variantKey}: no "${compiler}" column (known: ${Object.keys(verified.compilers).join(', ')})`);
    if (what === undefined) return numbers.median;
    if (what === 'range') {
      if (!numbers.range) fail(`kata ${slug}, ${variantKey}, ${compiler}: no range (one run only)`);
      return numbers.range;
    }
    fail(`unknown verified field "${what}" (known: range)`);
  }
  fail('expected {{verified:<slug>:<variant>:<gcc|clang>[:range]}}, {{verified:<slug>:table|source|target}}');
}

// Returns the deck with every placeholder replaced; throws one PlaceholderError listing
// every bad placeholder of the deck.
export function substitute(text, facts, deckName) {
  const errors = [];
  const lines = text.split('\n');
  const out = lines.map((line, index) => line.replace(PLACEHOLDER, (match, key) => {
    try {
      return resolve(key, facts);
    } catch (error) {
      if (!(error instanceof PlaceholderError)) throw error;
      errors.push(`${deckName}:${index + 1}: ${match}: ${error.message}`);
      return match;
    }
  }));
  if (errors.length) throw new PlaceholderError(`unknown placeholder(s):\n  ${errors.join('\n  ')}`);
  return out.join('\n');
}

// Which slugs a deck's placeholders quote numbers for.
export function quotedSlugs(text) {
  const slugs = new Set();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const parts = match[1].split(':');
    if (parts[0].trim() === 'verified' && parts[1]) slugs.add(parts[1].trim());
  }
  return slugs;
}
