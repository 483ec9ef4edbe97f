// Every language file against the English one: the same keys, messages that parse as ICU, and the same
// arguments (names, kinds, rich-text tags), so a translation can never break a page or lose a value.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { DEFAULT_LOCALE, LOCALES } from '@/lib/i18n/config';

const DIR = join(process.cwd(), 'lib/i18n/messages');
const REFERENCE = 'en';

type Tree = { [key: string]: string | Tree };

function load(locale: string): Tree {
  return JSON.parse(readFileSync(join(DIR, `${locale}.json`), 'utf8')) as Tree;
}

/** Every leaf as "a.b.c" → message; a key that holds something other than a string or an object is kept as is. */
function flatten(tree: Tree, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [leaf, message] of flatten(value, path)) leaves.set(leaf, message);
    } else leaves.set(path, value);
  }
  return leaves;
}

// The parser's element types (@formatjs/icu-messageformat-parser, TYPE).
const KIND = ['literal', 'argument', 'number', 'date', 'time', 'select', 'plural', 'pound', 'tag'] as const;

interface AstElement {
  type: number;
  value?: string;
  options?: Record<string, { value: AstElement[] }>;
  children?: AstElement[];
}

interface Signature {
  /** "count:plural", "shown:number", "b:tag"… */
  args: Set<string>;
  /** The branches of each plural or select: "count:plural" → ["=0", "one", "other"]. */
  branches: Map<string, string[]>;
}

function signatureOf(elements: AstElement[], into: Signature = { args: new Set(), branches: new Map() }): Signature {
  for (const element of elements) {
    const kind = KIND[element.type] ?? `type${element.type}`;
    if (kind === 'literal' || kind === 'pound') continue;
    const id = `${element.value}:${kind}`;
    into.args.add(id);
    if (element.options) {
      into.branches.set(id, [...new Set([...(into.branches.get(id) ?? []), ...Object.keys(element.options)])].sort());
      for (const option of Object.values(element.options)) signatureOf(option.value, into);
    }
    if (element.children) signatureOf(element.children, into);
  }
  return into;
}

/** A value of the right kind for each argument, so that formatting runs every branch's code path once. */
function dummyValues(signature: Signature): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const id of signature.args) {
    const [name = '', kind] = id.split(':');
    values[name] =
      kind === 'plural' || kind === 'number'
        ? 3
        : kind === 'date' || kind === 'time'
          ? new Date(Date.UTC(2025, 0, 31, 12, 0))
          : kind === 'select'
            ? 'other'
            : kind === 'tag'
              ? (chunks: unknown[]) => chunks.join('')
              : `‹${name}›`;
  }
  return values;
}

function compile(message: string, locale: string): { format: IntlMessageFormat; signature: Signature } {
  const format = new IntlMessageFormat(message, locale);
  return { format, signature: signatureOf(format.getAst() as unknown as AstElement[]) };
}

const files = readdirSync(DIR)
  .filter((name) => name.endsWith('.json'))
  .map((name) => name.slice(0, -'.json'.length))
  .sort();
const locales = [...new Set<string>([...LOCALES, ...files])].sort();
const reference = flatten(load(REFERENCE));

describe('message files', () => {
  it('ship one file per language in LOCALES, and no file for a language LOCALES lacks', () => {
    const missingFiles = LOCALES.filter((locale) => !existsSync(join(DIR, `${locale}.json`)));
    expect(missingFiles, `LOCALES lists languages without lib/i18n/messages/{code}.json: ${missingFiles.join(', ')}`).toEqual([]);
    const unlisted = files.filter((file) => !(LOCALES as readonly string[]).includes(file));
    expect(unlisted, `message files whose language is not in LOCALES (lib/i18n/config.ts): ${unlisted.join(', ')}`).toEqual([]);
    expect(LOCALES).toContain(DEFAULT_LOCALE);
    expect(files).toContain(REFERENCE);
  });
});

describe.each(locales.filter((locale) => files.includes(locale)))('%s.json', (locale) => {
  const messages = flatten(load(locale));

  it('has exactly the keys of en.json', () => {
    const missing = [...reference.keys()].filter((key) => !messages.has(key));
    const extra = [...messages.keys()].filter((key) => !reference.has(key));
    const report = [
      ...(missing.length > 0 ? [`keys of en.json missing from ${locale}.json:`, ...missing.map((key) => `  ${key}`)] : []),
      ...(extra.length > 0 ? [`keys in ${locale}.json that en.json does not have:`, ...extra.map((key) => `  ${key}`)] : []),
    ].join('\n');
    expect({ missing, extra }, report).toEqual({ missing: [], extra: [] });
  });

  it('has a non-empty string for every message', () => {
    const bad = [...messages].filter(([, message]) => typeof message !== 'string' || message.trim() === '').map(([key]) => key);
    expect(bad, `not a non-empty string in ${locale}.json: ${bad.join(', ')}`).toEqual([]);
  });

  it('has messages that parse as ICU, format with values, and use the arguments and tags of English', () => {
    const problems: string[] = [];
    for (const [key, message] of messages) {
      const english = reference.get(key);
      if (typeof message !== 'string' || typeof english !== 'string') continue;
      let compiled: ReturnType<typeof compile>;
      try {
        compiled = compile(message, locale);
      } catch (error) {
        problems.push(`${key}: does not parse as ICU (${(error as Error).message})`);
        continue;
      }
      const expected = compile(english, REFERENCE).signature;
      const { args, branches } = compiled.signature;
      const want = [...expected.args].sort().join(', ');
      const got = [...args].sort().join(', ');
      if (want !== got) problems.push(`${key}: arguments {${got}}, English has {${want}}`);
      for (const [id, englishBranches] of expected.branches) {
        const own = branches.get(id) ?? [];
        if (!own.includes('other')) problems.push(`${key}: ${id} has no "other" branch`);
        // Exact matches (=0) and select values carry meaning; plural categories (one, few…) depend on the language.
        const required = id.endsWith(':select') ? englishBranches : englishBranches.filter((branch) => branch.startsWith('='));
        const lost = required.filter((branch) => !own.includes(branch));
        if (lost.length > 0) problems.push(`${key}: ${id} lacks the branches ${lost.join(', ')}`);
      }
      try {
        const out = compiled.format.format(dummyValues(compiled.signature) as Record<string, string>);
        if (typeof out !== 'string' || out.trim() === '') problems.push(`${key}: formats to an empty message`);
      } catch (error) {
        problems.push(`${key}: fails to format (${(error as Error).message})`);
      }
    }
    expect(problems, `${locale}.json:\n  ${problems.join('\n  ')}`).toEqual([]);
  });
});
