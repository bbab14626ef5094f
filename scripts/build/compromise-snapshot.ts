/**
 * Build step: the background gets compromise's tagger with its finished model read from a
 * snapshot instead of built at start.
 *
 * Why: when the browser starts, the worker's first job is loading the analyzer, and most of
 * that was compromise unpacking its lexicon, inflecting every word in it and merging the
 * result key by key into its model. The finished model is the same every time, so it is
 * built here, once, and the worker reads it as JSON. Measured: loading the tagger took
 * 173-193 ms in Node and 51-75 ms this way; in a Chromium that had just started, 200-480 ms
 * and 43-121 ms. Nothing of compromise's is changed: its own modules run as
 * they are, in the same order as `compromise/two` runs them, only the expensive model is
 * not built again. `npm test` checks that the result tags text exactly as `compromise/two`
 * does (tests/unit/analysis/compromise-snapshot.test.ts).
 *
 * Only the extension's build uses this (wxt.config.ts); the command line and unit tests load
 * `compromise/two` itself.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import type { Plugin } from 'vite';
import { restoreSnapshot, takeSnapshot } from '../../utils/analysis/model-snapshot';

const VIRTUAL_ID = '\0claimlight:compromise-two';

const SNAPSHOT_CODE = fileURLToPath(
  new URL('../../utils/analysis/model-snapshot.ts', import.meta.url),
);

/** The plugins `compromise/two` adds to `compromise/one`, in its order. */
const TWO_PLUGINS = [
  './2-two/preTagger/plugin.js',
  './2-two/contraction-two/plugin.js',
  './2-two/postTagger/plugin.js',
  './2-two/lazy/plugin.js',
  './2-two/swap/plugin.js',
];

/** The one plugin whose model is costly: it is added without it, from its parts. */
const PRE_TAGGER = {
  plugin: './2-two/preTagger/plugin.js',
  compute: './2-two/preTagger/compute/index.js',
  methods: './2-two/preTagger/methods/index.js',
  hooks: ['preTagger'],
};

/** compromise's source folder (its ES modules). */
function compromiseSource(): string {
  const cjs = createRequire(import.meta.url).resolve('compromise/two');
  return join(dirname(cjs), '..', '..', 'src');
}

const load = async (src: string, file: string) =>
  ((await import(pathToFileURL(join(src, file)).href)) as { default: Record<string, unknown> })
    .default;

/**
 * Checks that compromise is still put together the way this module assumes (a new version
 * may not be): the build stops with the reason rather than ship a tagger that differs.
 */
async function checkLayout(src: string): Promise<void> {
  const two = readFileSync(join(src, 'two.js'), 'utf8');
  const imported = new Map(
    [...two.matchAll(/^import (\w+) from '(\.\/[^']+)'/gm)].map((m) => [m[1]!, m[2]!]),
  );
  const added = [...two.matchAll(/^nlp\.plugin\((\w+)\)/gm)].map((m) => imported.get(m[1]!));
  const problems: string[] = [];
  if (!isDeepStrictEqual(added, TWO_PLUGINS))
    problems.push(`compromise/two adds ${added.join(', ')}; expected ${TWO_PLUGINS.join(', ')}`);
  const preTagger = await load(src, PRE_TAGGER.plugin);
  if (
    !isDeepStrictEqual(Object.keys(preTagger).sort(), [
      'compute',
      'hooks',
      'methods',
      'model',
      'tags',
    ])
  )
    problems.push(`its pre-tagger has ${Object.keys(preTagger).join(', ')}`);
  if (!isDeepStrictEqual(preTagger.hooks, PRE_TAGGER.hooks))
    problems.push('its pre-tagger has other hooks');
  if (preTagger.compute !== (await load(src, PRE_TAGGER.compute)))
    problems.push('its pre-tagger takes compute from elsewhere');
  if (preTagger.methods !== (await load(src, PRE_TAGGER.methods)))
    problems.push('its pre-tagger takes methods from elsewhere');
  if (problems.length > 0)
    throw new Error(
      `compromise is put together differently from what scripts/build/compromise-snapshot.ts ` +
        `expects (${problems.join('; ')}). Update that file for this compromise version.`,
    );
}

interface Match {
  match: string;
}
interface CompromiseWorld {
  model: { two: { matches: Match[] } };
  hooks: string[];
  methods: {
    one: {
      buildNet(
        matches: Match[],
        world: CompromiseWorld,
      ): { hooks: Record<string, Match[]>; always: Match[] };
    };
  };
}

/**
 * The net of compromise's tagging patterns, as match indexes. compromise parses its ~570
 * patterns into it the first time it tags (60 ms in a worker that has just started: a third
 * of the first article's analysis there, 20 ms in Node). Parsing writes the parsed form into
 * each pattern of the model, so the snapshot taken after this carries it; the worker then
 * only puts the index lists back together and hands that net to compromise when it asks.
 */
function prebuiltNet(world: CompromiseWorld) {
  const { matches } = world.model.two;
  if (matches.some((match) => 'regs' in match))
    throw new Error(
      'compromise has tagged text in this process before its snapshot was taken: its ' +
        'patterns are parsed already and cannot be parsed again.',
    );
  const built = world.methods.one.buildNet(matches, world);
  const indexes = (list: Match[]) =>
    list.map((match) => {
      const i = matches.indexOf(match);
      if (i < 0) throw new Error('compromise put a pattern in its net that is not in its model.');
      return i;
    });
  return {
    always: indexes(built.always),
    hooks: Object.fromEntries(
      Object.entries(built.hooks).map(([key, list]) => [key, indexes(list)]),
    ),
  };
}

/** The module the background imports as `compromise/two`. */
export async function compromiseTwoModule(): Promise<string> {
  const src = compromiseSource();
  await checkLayout(src);
  const nlp = (await load(src, 'two.js')) as unknown as { world(): CompromiseWorld };
  const world = nlp.world();
  // Parsing the patterns writes into them: do it on a copy, so that a compromise this process
  // has loaded (a test's) is left as it was.
  const copy = takeSnapshot(world.model);
  const model = restoreSnapshot(copy.json, copy.fixes) as unknown as CompromiseWorld['model'];
  const net = prebuiltNet({ ...world, model });
  const { json, fixes } = takeSnapshot(model, [['one', 'lexicon']]);
  const path = (file: string) => JSON.stringify(join(src, file));
  const rest = TWO_PLUGINS.filter((file) => file !== PRE_TAGGER.plugin);
  return [
    `import nlp from ${path('one.js')};`,
    `import preTaggerCompute from ${path(PRE_TAGGER.compute)};`,
    `import preTaggerMethods from ${path(PRE_TAGGER.methods)};`,
    ...rest.map((file, i) => `import plugin${i} from ${path(file)};`),
    `import { restoreSnapshot } from ${JSON.stringify(SNAPSHOT_CODE)};`,
    `nlp.plugin({ compute: preTaggerCompute, methods: preTaggerMethods, hooks: ${JSON.stringify(PRE_TAGGER.hooks)} });`,
    ...rest.map((_, i) => `nlp.plugin(plugin${i});`),
    `const world = nlp.world();`,
    `Object.assign(world.model, restoreSnapshot(${JSON.stringify(json)}, ${JSON.stringify(fixes)}));`,
    `const matches = world.model.two.matches;`,
    `const byIndex = (indexes) => indexes.map((i) => matches[i]);`,
    `const net = { always: byIndex(${JSON.stringify(net.always)}), hooks: {} };`,
    `for (const [key, indexes] of Object.entries(${JSON.stringify(net.hooks)})) net.hooks[key] = byIndex(indexes);`,
    `const buildNet = world.methods.one.buildNet;`,
    `world.methods.one.buildNet = (list, w) => (list === matches ? net : buildNet(list, w));`,
    `if (world.hooks.join() !== ${JSON.stringify(world.hooks.join())})`,
    `  throw new Error('compromise from its snapshot has other hooks than compromise/two');`,
    `export default nlp;`,
  ].join('\n');
}

/** The Vite plugin: `compromise/two` resolves to the module above. */
export function compromiseSnapshot(): Plugin {
  return {
    name: 'claimlight:compromise-snapshot',
    enforce: 'pre',
    resolveId: (source) => (source === 'compromise/two' ? VIRTUAL_ID : null),
    load: (id) => (id === VIRTUAL_ID ? compromiseTwoModule() : null),
  };
}
