'use client';

// Translations for the catalog's client components (and the layout's): the messages a server scope hands down
// (components/layout/intl-scope.tsx, ClientMessages), precompiled at build time (next.config.js) and formatted by
// icu-minify's runtime (under 1 KB gzip). The same calls as next-intl's useTranslations, useLocale and
// useFormatter().number, without use-intl (about 3.5 KB gzip) in every catalog page's first load. Checkout and
// the order pages keep next-intl's own provider and hooks.
import format, { type CompiledMessage, type FormatValues } from 'icu-minify/format';
import { createContext, useContext, useMemo } from 'react';

/** A namespace's messages: compiled messages (a string or an array) and nested groups. */
export interface Messages {
  [key: string]: Messages | CompiledMessage;
}

interface Scope {
  locale: string;
  messages: Messages;
}

const ScopeContext = createContext<Scope | null>(null);

/** Hands its subtree `messages`, on top of those of any scope above it (a nested scope adds namespaces). */
export function ClientIntl({ locale, messages, children }: Scope & { children: React.ReactNode }) {
  const parent = useContext(ScopeContext);
  const scope = useMemo(() => ({ locale, messages: parent ? { ...parent.messages, ...messages } : messages }), [parent, locale, messages]);
  return <ScopeContext.Provider value={scope}>{children}</ScopeContext.Provider>;
}

function useScope(): Scope {
  const scope = useContext(ScopeContext);
  if (!scope) throw new Error('lib/i18n/client needs a <ClientMessages> scope above it (app/[locale]/layout.tsx)');
  return scope;
}

const made = new Map<string, unknown>();
function once<T>(key: string, make: () => T): T {
  if (!made.has(key)) made.set(key, make());
  return made.get(key) as T;
}

const formatters = {
  getNumberFormat: (locale?: string | string[], options?: Intl.NumberFormatOptions) =>
    once(`n ${String(locale)} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options)),
  getDateTimeFormat: (locale?: string | string[], options?: Intl.DateTimeFormatOptions) =>
    once(`d ${String(locale)} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options)),
  getPluralRules: (locale?: string | string[], options?: Intl.PluralRulesOptions) =>
    once(`p ${String(locale)} ${JSON.stringify(options)}`, () => new Intl.PluralRules(locale, options)),
};

function lookup(messages: Messages, path: string): CompiledMessage | undefined {
  let node: Messages | CompiledMessage | undefined = messages;
  for (const part of path.split('.')) {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return undefined;
    node = node[part];
  }
  return typeof node === 'string' || Array.isArray(node) ? node : undefined;
}

export type TranslationValues = Record<string, string | number | Date>;

export interface Translate {
  (key: string, values?: TranslationValues): string;
  /** Whether the namespace has this message. */
  has: (key: string) => boolean;
}

/** Formats one message; a missing one shows its key (as next-intl does), never breaks the page. */
export function translate(scope: Scope, namespace: string): Translate {
  const t = (key: string, values?: TranslationValues) => {
    const message = lookup(scope.messages, `${namespace}.${key}`);
    if (message === undefined) return `${namespace}.${key}`;
    const text = format(message, scope.locale, values as FormatValues, { formatters });
    return Array.isArray(text) ? text.join('') : String(text);
  };
  t.has = (key: string) => lookup(scope.messages, `${namespace}.${key}`) !== undefined;
  return t;
}

export function useTranslations(namespace: string): Translate {
  const scope = useScope();
  return useMemo(() => translate(scope, namespace), [scope, namespace]);
}

export function useLocale(): string {
  return useScope().locale;
}

export function useFormatter(): { number: (value: number, options?: Intl.NumberFormatOptions) => string } {
  const { locale } = useScope();
  return useMemo(() => ({ number: (value, options) => formatters.getNumberFormat(locale, options).format(value) }), [locale]);
}
