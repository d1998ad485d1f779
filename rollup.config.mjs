// Browser bundles for pages with no build step:
// - packages/sdk/dist/cdn/metropolis-sdk.js: the SDK as one minified ES module.
// - packages/elements/dist/cdn/: the script-tag bundles of the elements, built from tsc's output
//   (packages/elements/dist/bundles/*.js): one ES module per entry (metropolis-training.js with
//   every element, metropolis-<tag>.js per element), with chunks loaded later: the validation
//   code (zod, in parallel with the catalog's download), French, Spanish, the iCalendar writer,
//   the Apply dialog with the application form (on the first Apply click; in the all-in-one
//   bundle the form is a chunk of its own, also loaded when a page has the form);
//   and metropolis-training.iife.js, a classic script with everything inside. Each build writes <entry>.manifest.json (its chunks and their imports) for
//   `npm run size` and the budget test.
import {readdirSync, rmSync} from 'node:fs';
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {flatDynamicImports} from './scripts/rollup-flat-dynamic-imports.mjs';
import {minifyLitTemplates} from './scripts/rollup-minify-lit-templates.mjs';

/** TypeScript for bundling: the package's strict options, no declarations (tsc -b writes those). */
const typescriptFor = (pkg) =>
  typescript({
    tsconfig: `packages/${pkg}/tsconfig.json`,
    compilerOptions: {module: 'ESNext', moduleResolution: 'Bundler', composite: false, declaration: false, declarationMap: false, sourceMap: true, incremental: false, outDir: `packages/${pkg}/dist/cdn`},
    noEmitOnError: true,
  });

/** zod ships comments rollup cannot place, and a harmless import cycle; neither changes the output. */
const onwarn = (warning, warn) => {
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

const minify = terser({format: {comments: false}, compress: {passes: 2}});
const minifyModule = terser({ecma: 2020, module: true, format: {comments: false}, compress: {passes: 2}});

const elements = 'packages/elements/dist';

// Each build starts from empty cdn folders: a chunk left by an earlier build (another hash)
// would ship in the package, unreachable.
for (const cdn of [`${elements}/cdn`, 'packages/sdk/dist/cdn']) rmSync(cdn, {recursive: true, force: true});
// Lit's production build, browser entry points.
const resolveForBrowsers = () => nodeResolve({browser: true, exportConditions: ['browser', 'production']});

/**
 * Every `z.*` call in the SDK defines a schema and nothing else, so a schema no code uses can
 * be dropped (zod.ts configures zod through another name, which stays).
 */
const treeshake = {manualPureFunctions: ['z']};

/**
 * Chunks loaded later (dynamic imports) are named after what they hold, never after whichever
 * module rollup happens to pick: languages by language, then the Apply dialog, the application
 * form (which the dialog and a page with the form share in the all-in-one bundle), validation.
 */
function chunkFileName(chunk) {
  const language = chunk.moduleIds.map((id) => /\/localize\/(fr|es|ar)\//.exec(id)?.[1]).find(Boolean);
  if (language) return `chunks/messages-${language}-[hash].js`;
  const holds = (path) => chunk.moduleIds.some((id) => id.includes(path));
  if (holds('/internal/application-dialog.')) return 'chunks/application-dialog-[hash].js';
  if (holds('/components/application-form/')) return 'chunks/application-form-[hash].js';
  if (holds('/components/fee-calculator/fee-calculator.')) return 'chunks/fee-calculator-[hash].js';
  if (holds('/internal/proposal-tools.')) return 'chunks/proposal-tools-[hash].js';
  if (holds('/internal/admissions-tools.')) return 'chunks/admissions-tools-[hash].js';
  if (holds('/node_modules/zod/')) return 'chunks/validation-[hash].js';
  return 'chunks/[name]-[hash].js';
}

/** Writes <entry>.manifest.json: every file of this build with its static and lazy imports. */
const manifest = (entry) => ({
  name: 'bundle-manifest',
  generateBundle(options, bundle) {
    const files = Object.values(bundle).filter((file) => file.type === 'chunk').map((chunk) => ({
      file: chunk.fileName,
      isEntry: chunk.isEntry,
      imports: chunk.imports,
      // Files of this build only (the classic script imports another bundle's file on demand).
      dynamicImports: chunk.dynamicImports.filter((name) => name in bundle),
    }));
    this.emitFile({type: 'asset', fileName: `${entry}.manifest.json`, source: JSON.stringify({entry: `${entry}.js`, format: options.format, files}, null, 2)});
  },
});

let entries = [];
try {
  entries = readdirSync(`${elements}/bundles`).filter((f) => f.endsWith('.js') && !f.endsWith('.test.js')).map((f) => f.slice(0, -3));
} catch {
  // tsc has not built the elements yet: only the SDK bundle.
}

/**
 * The classic script leaves Apply's dialog and the application form out of its single file: it
 * imports the metropolis-application-form.js ES module beside it on the first Apply click (or
 * when the page has a form). A classic script's import() resolves against the script's URL.
 */
const formFromCdn = {
  name: 'form-from-cdn',
  resolveDynamicImport(specifier, importer) {
    if (importer.endsWith('/internal/catalog-tools.js') && ['./application-dialog.js', './application-tools.js', '../define/application-form.js'].includes(specifier)) {
      return {id: './metropolis-application-form.js', external: 'absolute'};
    }
    // Likewise the fee calculator: a page with one fetches metropolis-fee-calculator.js beside the script.
    if (specifier === '../define/fee-calculator.js' && importer.endsWith('/bundles/metropolis-training.js')) {
      return {id: './metropolis-fee-calculator.js', external: 'absolute'};
    }
    return null;
  },
};

/**
 * The classic script has English inside; a page in another language imports that language's
 * words from metropolis-training.<lang>.js beside it (one file: the words of every element the
 * classic script defines), so each language added costs the classic script a few bytes, not
 * its words.
 */
const classicLanguages = ['fr', 'es', 'ar'];
const classicMessageGroups = ['common', 'course-list', 'course-detail'];
const wordsBesideClassicScript = {
  name: 'words-beside-classic-script',
  resolveDynamicImport(specifier, importer) {
    const language = /^\.\/([a-z]{2})\/[a-z-]+\.js$/.exec(specifier)?.[1];
    if (language && /\/localize\/[a-z-]+\.js$/.test(importer)) return {id: `./metropolis-training.${language}.js`, external: 'absolute'};
    return null;
  },
};
/** metropolis-training.<lang>.js: a self-contained module exporting the classic script's words in one language. */
const classicWords = (language) => {
  const id = `\0words-${language}`;
  return {
    input: id,
    output: {file: `${elements}/cdn/metropolis-training.${language}.js`, format: 'es'},
    plugins: [
      {
        name: 'classic-words-entry',
        resolveId: (source) => (source === id ? id : null),
        load: (loaded) => (loaded === id ? classicMessageGroups.map((group) => `export * from '${process.cwd()}/${elements}/localize/${language}/${group}.js';`).join('\n') : null),
      },
      resolveForBrowsers(),
      minifyLitTemplates(),
      minifyModule,
    ],
    treeshake,
    onwarn,
  };
};

const elementBundles = entries.flatMap((entry) => [
  {
    input: `${elements}/bundles/${entry}.js`,
    output: {dir: `${elements}/cdn`, format: 'es', entryFileNames: `${entry}.js`, chunkFileNames: chunkFileName},
    plugins: [resolveForBrowsers(), minifyLitTemplates(), flatDynamicImports(), minifyModule, manifest(entry)],
    // The entry file may also export what its chunks import from it, instead of re-exporting a
    // second file that holds the code: one request less on every page.
    preserveEntrySignatures: 'allow-extension',
    treeshake,
    onwarn,
  },
  ...(entry === 'metropolis-training'
    ? [{
        input: `${elements}/bundles/${entry}.js`,
        output: {file: `${elements}/cdn/${entry}.iife.js`, format: 'iife', name: 'MetropolisTraining', inlineDynamicImports: true},
        plugins: [formFromCdn, wordsBesideClassicScript, resolveForBrowsers(), minifyLitTemplates(), minify, manifest(`${entry}.iife`)],
        treeshake,
        onwarn,
      }, ...classicLanguages.map(classicWords)]
    : []),
]);

export default [
  {
    input: 'packages/sdk/src/index.ts',
    output: {file: 'packages/sdk/dist/cdn/metropolis-sdk.js', format: 'es', sourcemap: true},
    plugins: [nodeResolve({browser: true}), typescriptFor('sdk'), minify],
    treeshake,
    onwarn,
  },
  ...elementBundles,
];
