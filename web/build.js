/**
 * Builds the browser pages the API serves (the GraphQL IDE at /graphql and the explorer at
 * /explorer) into dist/web/<page>/: one esbuild bundle per page, with everything it imports, so
 * nothing is fetched from outside at run time. `npm start` runs it through `npm run build`; it
 * skips the work when no input is newer than the last output, so a start without edits stays quick.
 *
 *   node web/build.js            build what changed
 *   node web/build.js --force    build everything
 */
const esbuild = require('esbuild');
const { existsSync, mkdirSync, readdirSync, statSync, copyFileSync, writeFileSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { docExamples } = require('./docExamples');

const root = join(__dirname, '..');
const out = join(root, 'dist', 'web');
/** Each page: its folder under web/, its entry, and the files copied beside the bundle. */
const pages = [
  { name: 'ide', entry: 'main.tsx', copy: ['index.html'] },
  { name: 'explorer', entry: 'main.ts', copy: ['index.html'] },
];

/** Newest modification time under a folder (or of a file), skipping what cannot hold inputs. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path)
    .filter((name) => name !== 'node_modules')
    .reduce((max, name) => Math.max(max, newest(join(path, name))), stat.mtimeMs);
}

/** Inputs of a page's bundle: its folder, code the pages share, this script and the lock file. */
function inputsTime(page) {
  return Math.max(...[join('web', page.name), join('web', 'shared'), join('web', 'build.js'), 'package-lock.json'].map((p) => newest(join(root, p))));
}

async function buildPage(page) {
  const source = join(root, 'web', page.name);
  const target = join(out, page.name);
  mkdirSync(target, { recursive: true });
  await esbuild.build({
    entryPoints: [join(source, page.entry)],
    outfile: join(target, 'main.js'),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['chrome110', 'firefox110', 'safari16'],
    minify: true,
    sourcemap: true,
    jsx: 'automatic',
    loader: { '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl' },
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  for (const file of page.copy) copyFileSync(join(source, file), join(target, file));
}

/**
 * Builds each page whose inputs changed since its last build (a stamp beside its bundle), and
 * writes the IDE's examples from the docs every time (milliseconds). Returns the pages built.
 */
async function buildWeb({ force = false } = {}) {
  const built = [];
  for (const page of pages) {
    if (!existsSync(join(root, 'web', page.name, page.entry))) continue;
    const stamp = join(out, page.name, '.built');
    const last = existsSync(stamp) ? Number(readFileSync(stamp, 'utf8')) : 0;
    if (!force && last >= inputsTime(page) && existsSync(join(out, page.name, 'main.js'))) continue;
    const started = Date.now();
    await buildPage(page);
    writeFileSync(stamp, String(started));
    built.push(page.name);
  }
  // The IDE opens with the documented examples as tabs.
  if (existsSync(join(out, 'ide'))) writeFileSync(join(out, 'ide', 'examples.json'), JSON.stringify(docExamples(root)));
  return built;
}

module.exports = { buildWeb };

if (require.main === module) {
  buildWeb({ force: process.argv.includes('--force') }).then(
    (built) => console.log(built.length ? `web: built ${built.join(', ')} into dist/web` : 'web: up to date'),
    (error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
