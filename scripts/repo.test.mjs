// Checks on the repository itself.
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readdirSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = new URL('..', import.meta.url);

describe('repository', () => {
  it('no tracked file reads the shared folder beside the repo: users clone the project alone', () => {
    const files = execFileSync('git', ['ls-files'], {cwd: root, encoding: 'utf8'}).split('\n').filter((f) => /\.(?:[cm]?[jt]s|json|sh)$|^\.ci\//.test(f));
    const offenders = files.filter((f) => /\.\.\/shared\b|\/work\/shared/.test(readFileSync(new URL(f, root), 'utf8')));
    assert.deepEqual(offenders, []);
  });
});

describe('Node floor', () => {
  it('every installed package accepts this Node (no EBADENGINE warning from npm ci), and the README says the floor the root declares', async () => {
    const {default: semver} = await import('semver');
    const lock = JSON.parse(readFileSync(new URL('package-lock.json', root), 'utf8'));
    const refusing = Object.entries(lock.packages)
      .filter(([path, entry]) => path && typeof entry.engines?.node === 'string' && !semver.satisfies(process.version, entry.engines.node))
      .map(([path, entry]) => `${path.replace(/^.*node_modules\//, '')}@${entry.version} wants node ${entry.engines.node}`);
    assert.deepEqual(refusing, [], `on Node ${process.version}`);
    const floor = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')).engines.node;
    assert.equal(floor, '>=20');
    assert.match(readFileSync(new URL('README.md', root), 'utf8'), /Node 20\+/);
  });
});

describe('schema plans', () => {
  it('packages/sdk/src/schemas/plans.ts is up to date with the zod schemas (else run: npm run plans -w @metropolis-training/sdk)', async () => {
    const {plansModule} = await import(new URL('packages/sdk/dist/plan/compile.js', root).href);
    assert.equal(readFileSync(new URL('packages/sdk/src/schemas/plans.ts', root), 'utf8'), plansModule());
  });
});

describe('API reference', () => {
  it('requires a description of every public member, properties and constructors included', () => {
    const config = JSON.parse(readFileSync(new URL('typedoc.json', root), 'utf8'));
    assert.equal(config.treatWarningsAsErrors, true);
    assert.equal(config.validation.notDocumented, true);
    for (const kind of ['Class', 'Interface', 'Property', 'Constructor', 'Method', 'Accessor', 'Function', 'Variable', 'TypeAlias', 'Enum', 'EnumMember']) {
      assert.ok(config.requiredToBeDocumented.includes(kind), kind);
    }
  });

  it('npm run docs builds with no warning (every export documented), package names as module titles, no inherited Lit or DOM members', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'typedoc-')), 'api');
    try {
      // typedoc.json treats warnings as errors, so a warning fails the run.
      execFileSync(process.execPath, [fileURLToPath(new URL('node_modules/typedoc/bin/typedoc', root)), '--out', out], {cwd: root, stdio: 'pipe'});
      // Modules are titled by their package, and an element's page lists its own API, not the
      // hundreds of members it inherits from LitElement and HTMLElement.
      const modules = readdirSync(join(out, 'modules')).sort();
      assert.deepEqual(modules, ['_metropolis-training_elements.html', '_metropolis-training_sdk.html']);
      const courseList = readFileSync(join(out, 'classes', '_metropolis-training_elements.CourseList.html'), 'utf8');
      assert.match(courseList, /id="showpast"/);
      // The page opens with what the element is, before its tag name and events.
      const text = courseList.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');
      assert.match(text, /Class CourseList The training catalog as cards .* Tag name metropolis-course-list Events metropolis-apply/);
      // zod enums read as their values, not as an object with one member per value.
      const theme = readFileSync(join(out, 'variables', '_metropolis-training_sdk.CareerStage.html'), 'utf8').replace(/<[^>]*>/g, '');
      assert.match(theme, /ZodMiniEnum&lt;&quot;junior&quot; \| &quot;mid-career&quot; \| &quot;senior&quot;&gt;/);
      for (const inherited of ['attachshadow', 'requestupdate', 'queryselector', 'addeventlistener']) assert.doesNotMatch(courseList, new RegExp(`id="${inherited}"`), inherited);
    } catch (error) {
      if (error instanceof assert.AssertionError) throw error;
      assert.fail(`typedoc failed:\n${error.stdout}${error.stderr}`);
    } finally {
      rmSync(out, {recursive: true, force: true});
    }
  });
});
