// The published packages as npm packs them (issue 13): what each tarball holds, that every file
// in it is reachable from the package's exports, and what publint and arethetypeswrong say.
// Expects `npm run build` to have run.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, posix} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A project with the packed elements installed; its dependencies (lit, the SDK, the frameworks' types) from this repository. */
function projectWithPackedElements(prefix, tarball) {
  const project = mkdtempSync(join(tmpdir(), prefix));
  const modules = join(project, 'node_modules');
  mkdirSync(join(modules, '@metropolis-training'), {recursive: true});
  execFileSync('tar', ['-xzf', tarball, '-C', project]);
  execFileSync('mv', [join(project, 'package'), join(modules, '@metropolis-training', 'elements')]);
  symlinkSync(join(root, 'packages', 'sdk'), join(modules, '@metropolis-training', 'sdk'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (!['.bin', '.package-lock.json', '@metropolis-training'].includes(entry)) symlinkSync(join(root, 'node_modules', entry), join(modules, entry));
  }
  return project;
}
const bin = (name) => join(root, 'node_modules', '.bin', name);
const published = ['sdk', 'elements'];

/** `npm pack` of a package into a temporary folder: its tarball and its file list. */
function pack(name) {
  const into = mkdtempSync(join(tmpdir(), `pack-${name}-`));
  const [result] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', into], {cwd: join(root, 'packages', name), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}));
  return {into, tarball: join(into, result.filename), files: result.files.map((f) => f.path).sort()};
}

/** Every file `pattern` (an exports target, maybe with one `*`) names among `files`. */
function matching(pattern, files) {
  const path = pattern.replace(/^\.\//, '');
  if (!path.includes('*')) return files.includes(path) ? [path] : [];
  const [before, after] = path.split('*');
  return files.filter((f) => f.startsWith(before) && f.endsWith(after));
}

/** The export targets of a package.json `exports` value, conditions included. */
function targets(value) {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(targets);
  return value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];
}

/** The files a module names: relative imports (static, dynamic, re-exports) and its source map. */
function referencesOf(file, text) {
  const found = [];
  for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g)) found.push(match[1]);
  const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(text);
  if (map) found.push(map[1]);
  return found.map((ref) => posix.normalize(posix.join(posix.dirname(file), ref)));
}

/** The files of `files` no export reaches, following imports, type imports and source maps. */
function unreachable(files, manifest, dir) {
  const reached = new Set(['package.json', 'README.md', 'LICENSE', 'CHANGELOG.md']);
  const queue = targets(manifest.exports).flatMap((target) => matching(target, files));
  while (queue.length) {
    const file = queue.pop();
    if (reached.has(file)) continue;
    reached.add(file);
    // A module's declaration file comes with it.
    if (file.endsWith('.js')) queue.push(file.replace(/\.js$/, '.d.ts'));
    if (!/\.(js|d\.ts)$/.test(file) || !files.includes(file)) continue;
    for (const ref of referencesOf(file, readFileSync(join(dir, file), 'utf8'))) {
      if (files.includes(ref)) queue.push(ref);
      else if (files.includes(ref.replace(/\.js$/, '.d.ts'))) queue.push(ref.replace(/\.js$/, '.d.ts'));
    }
  }
  return files.filter((f) => !reached.has(f));
}

describe('published packages (npm pack)', () => {
  for (const name of published) {
    describe(`@metropolis-training/${name}`, () => {
      let packed;
      const dir = join(root, 'packages', name);
      const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
      before(() => (packed = pack(name)));
      after(() => packed && rmSync(packed.into, {recursive: true, force: true}));

      it('holds its README and LICENSE, and no source, test, test support or declaration map', () => {
        assert.ok(packed.files.includes('README.md'), 'README.md');
        assert.ok(packed.files.includes('LICENSE'), 'LICENSE');
        assert.ok(packed.files.includes('CHANGELOG.md'), 'CHANGELOG.md');
        const stray = packed.files.filter((f) => /^src\/|\.test\.|test-support|\.d\.ts\.map$|\.tsbuildinfo$/.test(f));
        assert.deepEqual(stray, []);
      });

      it('holds nothing its exports do not reach (imports, types and source maps followed)', () => {
        assert.deepEqual(unreachable(packed.files, manifest, dir), []);
      });

      it('ships source maps that carry their sources (the sources are not shipped)', () => {
        const empty = packed.files
          .filter((f) => f.endsWith('.js.map'))
          .filter((f) => {
            const map = JSON.parse(readFileSync(join(dir, f), 'utf8'));
            return !map.sourcesContent || map.sourcesContent.length !== map.sources.length || map.sourcesContent.some((s) => typeof s !== 'string');
          });
        assert.deepEqual(empty, []);
      });

      it('says it is ESM only, declares its Node floor, keywords and an exact sideEffects list', () => {
        assert.equal(manifest.type, 'module');
        assert.equal(manifest.engines?.node, '>=20');
        assert.ok(manifest.keywords?.length > 0);
        assert.match(readFileSync(join(dir, 'README.md'), 'utf8'), /ESM only/);
        // Every sideEffects entry names shipped files, or the source file the bundler reads in this repository.
        for (const entry of manifest.sideEffects ?? []) {
          const shipped = matching(entry, packed.files).length > 0;
          const source = entry.startsWith('./src/') && readFileSync(join(dir, entry)).length > 0;
          assert.ok(shipped || source, `${entry} names nothing`);
        }
      });

      if (name === 'sdk') {
        it('its README example runs as written', () => {
          const [, code] = /```js\n([\s\S]*?)```/.exec(readFileSync(join(dir, 'README.md'), 'utf8'));
          const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], {cwd: dir, encoding: 'utf8'});
          assert.match(out, /amount: \d+, currency: 'EUR'/);
        });
      }

      if (name === 'elements') {
        it('React 19 + TypeScript: a TSX page type-checks against the packed package, typed props and events, and refuses a wrong one', () => {
          const project = projectWithPackedElements('react-tsx-', packed.tarball);
          try {
            writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({compilerOptions: {strict: true, noEmit: true, jsx: 'react-jsx', module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], skipLibCheck: true, types: []}, files: ['page.tsx']}));
            writeFileSync(join(project, 'page.tsx'), `import type {} from '@metropolis-training/elements/react';
import {ApplyEvent, type CourseList} from '@metropolis-training/elements';
import {useRef} from 'react';

export function Page() {
  const list = useRef<CourseList>(null);
  return (
    <>
      <metropolis-course-list ref={list} api="https://training.example.org" themes={['water', 'climate']} showPast pageSize={12} className="courses"
        onmetropolis-apply={(event: ApplyEvent) => console.log(event.editionId)}
        onmetropolis-filter-change={(event) => console.log(event.filters.themes)} />
      <metropolis-fee-calculator edition="diploma-internationalization-2025" membership="member" participants={2}
        onmetropolis-quote-change={(event) => console.log(event.quote?.total.amount)} />
      {/* @ts-expect-error pageSize is a number */}
      <metropolis-course-list pageSize="ten" />
      {/* @ts-expect-error no such property */}
      <metropolis-course-detail notAProperty="x" />
      {/* @ts-expect-error membership is one of the SDK's statuses */}
      <metropolis-fee-calculator membership="gold" />
    </>
  );
}
`);
            execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
          } catch (error) {
            assert.fail(`tsc: ${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout === undefined ? error.message : ''}`);
          } finally {
            rmSync(project, {recursive: true, force: true});
          }
        });
      }

      if (name === 'elements') {
        it('Preact, Solid, Vue 3 and Svelte 5: each one’s typings type-check against its own types, typed props and events, and refuse a wrong one', () => {
          const project = projectWithPackedElements('frameworks-', packed.tarball);
          // Each framework's JSX or template props, with a right use, a wrong property type and a handler reading what its event does not have.
          const files = {
            'preact.tsx': ['preact', `import type {} from '@metropolis-training/elements/preact';
import type {ApplyEvent} from '@metropolis-training/elements';
export const ok = <metropolis-course-list api="https://x.example" themes={['water']} pageSize={12} onmetropolis-apply={(event: ApplyEvent) => console.log(event.editionId)} />;
export const calculator = <metropolis-fee-calculator membership="member" onmetropolis-quote-change={(event) => console.log(event.quote.total.amount)} />;
// @ts-expect-error pageSize is a number
export const wrongType = <metropolis-course-list pageSize="12" />;
// @ts-expect-error an ApplyEvent has no quote
export const wrongEvent = <metropolis-course-list onmetropolis-apply={(event) => event.quote} />;
`],
            'solid.tsx': ['solid-js', `import type {} from '@metropolis-training/elements/solid';
export const ok = <metropolis-course-list api="https://x.example" themes={['water']} pageSize={12} on:metropolis-apply={(event) => console.log(event.editionId)} />;
// @ts-expect-error pageSize is a number
export const wrongType = <metropolis-course-list pageSize="12" />;
// @ts-expect-error an ApplyEvent has no quote
export const wrongEvent = <metropolis-course-list on:metropolis-apply={(event) => event.quote} />;
`],
            'vue.ts': [undefined, `import type {} from '@metropolis-training/elements/vue';
import type {GlobalComponents} from 'vue';
type Props = InstanceType<GlobalComponents['metropolis-course-list']>['$props'];
export const ok: Props = {api: 'https://x.example', themes: ['water'], pageSize: 12, onMetropolisApply: (event) => console.log(event.editionId)};
// @ts-expect-error pageSize is a number
export const wrongType: Props = {pageSize: '12'};
// @ts-expect-error an ApplyEvent has no quote
export const wrongEvent: Props = {onMetropolisApply: (event) => event.quote};
`],
            'svelte.ts': [undefined, `import type {} from '@metropolis-training/elements/svelte';
import type {SvelteHTMLElements} from 'svelte/elements';
type Props = SvelteHTMLElements['metropolis-course-list'];
export const ok: Props = {api: 'https://x.example', themes: ['water'], pageSize: 12, 'onmetropolis-apply': (event) => console.log(event.editionId)};
// @ts-expect-error pageSize is a number
export const wrongType: Props = {pageSize: '12'};
// @ts-expect-error an ApplyEvent has no quote
export const wrongEvent: Props = {'onmetropolis-apply': (event) => event.quote};
`],
          };
          try {
            for (const [file, [jsxImportSource, source]] of Object.entries(files)) {
              writeFileSync(join(project, file), source);
              const jsx = jsxImportSource ? {jsx: jsxImportSource === 'solid-js' ? 'preserve' : 'react-jsx', jsxImportSource} : {};
              writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({compilerOptions: {strict: true, noEmit: true, ...jsx, module: 'ESNext', moduleResolution: 'Bundler', target: 'ES2022', lib: ['ES2022', 'DOM'], skipLibCheck: true, types: []}, files: [file]}));
              try {
                execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
              } catch (error) {
                assert.fail(`tsc ${file}: ${error.stdout ?? ''}${error.stderr ?? ''}`);
              }
            }
          } finally {
            rmSync(project, {recursive: true, force: true});
          }
        });
      }

      it('publint --strict reports nothing', () => {
        const out = execFileSync(bin('publint'), ['--strict'], {cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
        assert.match(out, /All good!/);
      });

      it('arethetypeswrong reports no problem for an ESM-only package', () => {
        const out = execFileSync(bin('attw'), [packed.tarball, '--profile', 'esm-only', '--format', 'json'], {cwd: dirname(packed.tarball), encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});
        const {analysis} = JSON.parse(out);
        const ignored = new Set(['node10', 'node16-cjs']);
        const problems = Object.values(JSON.parse(out).problems ?? {}).flat().filter((p) => !ignored.has(p.resolutionKind));
        assert.equal(analysis.packageName, `@metropolis-training/${name}`);
        assert.deepEqual(problems, []);
      });
    });
  }
});
