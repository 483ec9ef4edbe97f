// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS, like next.config.js, which requires it */
// Marks every chunk a page loads first with V8's explicit compile hint (`//# allFunctionsCalledOnLoad`, Chrome 136
// and later; other browsers read a comment). Without it, Chrome pre-parses each function and compiles it on the
// main thread the first time it runs: React DOM's and Next's router's functions all ran inside one long task while
// the page hydrated (180–320 ms at Lighthouse's 4× slowdown). With it, Chrome compiles those files whole when they
// load, off the main thread while they stream in, and the page is interactive sooner. Only first-load chunks get
// it: a chunk loaded later on demand (the wallet code, the QR renderer) runs few of its functions at once.
// Run by `next build` itself (next.config.js, compiler.runAfterProductionCompile), so every build has it: ours,
// the tests', Vercel's.
const { readFileSync, readdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { runInNewContext } = require('node:vm');

const HINT = '//# allFunctionsCalledOnLoad\n';

/** @param {string} dir @returns {string[]} every page's client reference manifest under `dir` */
function referenceManifests(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('page_client-reference-manifest.js'))
    .map((path) => join(dir, path));
}

/**
 * The JS files (relative to `distDir`, as `static/chunks/….js`) some page loads before it runs: the framework's
 * root files and, per app page, the entry files of its segments (the same set Next's route-bundle-stats counts).
 * @param {string} distDir
 */
function firstLoadChunks(distDir) {
  const build = JSON.parse(readFileSync(join(distDir, 'build-manifest.json'), 'utf8'));
  /** @type {Set<string>} */
  const files = new Set(build.rootMainFiles);
  for (const manifest of referenceManifests(join(distDir, 'server', 'app'))) {
    // Each manifest is a script that sets globalThis.__RSC_MANIFEST[page]: run it against an empty global.
    /** @type {{ __RSC_MANIFEST?: Record<string, { entryJSFiles?: Record<string, string[]> }> }} */
    const context = {};
    runInNewContext(readFileSync(manifest, 'utf8'), context);
    for (const page of Object.values(context.__RSC_MANIFEST ?? {}))
      for (const list of Object.values(page.entryJSFiles ?? {})) for (const file of list) files.add(file);
  }
  return [...files].filter((file) => file.endsWith('.js'));
}

/**
 * Prepends the hint to every first-load chunk in `distDir` that lacks it.
 * @param {string} distDir
 */
function addCompileHints(distDir) {
  const chunks = firstLoadChunks(distDir);
  if (chunks.length === 0) throw new Error('compile hints: the build lists no first-load chunks (did its manifests move?)');
  for (const file of chunks) {
    const path = join(distDir, file);
    const source = readFileSync(path, 'utf8');
    if (!source.startsWith(HINT)) writeFileSync(path, HINT + source);
  }
}

module.exports = { addCompileHints };
