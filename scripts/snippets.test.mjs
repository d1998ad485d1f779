// Every code block of the README, the packages' READMEs and the guides is checked against what
// ships (issue 13, item 7), so a snippet cannot rot unseen:
// - js / ts / tsx: type-checked together against the built packages (strict); the blocks after
//   `<!-- snippet: run -->` also run in Node as written. A block that uses a name of the reader's
//   own says so in `<!-- snippet-context: declare … -->` just before it (invisible on the page).
// - html: every `<metropolis-…>` tag, `data-metropolis` mount and attribute is one the elements
//   declare (custom-elements.json), every script is a bundle the build makes, an inline fee
//   schedule passes the SDK's validation.
// - css: every custom property and part exists.
// - sh: every `npm run` script and every file a command names exists.
// - php: `php -l` passes (when php-cli is installed).
// json, yaml and text blocks are configuration shown for reading.
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseFeeSchedule} from '@metropolis-training/sdk';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const documents = [
  'README.md',
  ...['sdk', 'elements', 'server'].map((name) => `packages/${name}/README.md`),
  ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
  'examples/react/README.md',
];

/** The fenced blocks of a Markdown file, with their language, line and the markers before them. */
function blocksOf(file) {
  const lines = readFileSync(join(root, file), 'utf8').split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^```(\w*)$/.exec(lines[i]);
    if (!open) continue;
    const start = i;
    const body = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
    const before = lines.slice(Math.max(0, start - 3), start).join('\n');
    blocks.push({
      file,
      line: start + 1,
      lang: open[1],
      code: body.join('\n'),
      run: /<!-- snippet: run -->/.test(before),
      context: /<!-- snippet-context: ([\s\S]*?) -->/.exec(before)?.[1] ?? '',
    });
  }
  return blocks;
}

const blocks = documents.filter((file) => existsSync(join(root, file))).flatMap(blocksOf);
const where = (block) => `${block.file}:${block.line}`;
const byLang = (...langs) => blocks.filter((block) => langs.includes(block.lang));

const manifest = JSON.parse(readFileSync(join(root, 'packages/elements/custom-elements.json'), 'utf8'));
const elements = new Map();
for (const module of manifest.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.tagName) elements.set(declaration.tagName, declaration);
  }
}
const declaredAttributes = (tag) => new Set((elements.get(tag)?.attributes ?? []).map((attribute) => attribute.name));
/** Attributes any element (or the div mount, which keeps them) takes besides its own. */
const globalAttributes = new Set(['id', 'class', 'lang', 'dir', 'hidden', 'slot', 'title']);
const bundles = new Set([
  ...readdirSync(join(root, 'packages/elements/dist/cdn')),
  ...readdirSync(join(root, 'packages/sdk/dist/cdn')),
]);

function attributesOf(text) {
  return [...text.matchAll(/([\w:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map((m) => ({name: m[1], value: m[2] ?? m[3] ?? m[4]}));
}

describe('code blocks of the README and the guides', () => {
  it('finds the blocks it checks (a guide that loses its snippets fails here)', () => {
    assert.ok(byLang('js', 'ts', 'tsx').length >= 7, 'js/ts/tsx blocks');
    assert.ok(byLang('html').length >= 7, 'html blocks');
    assert.ok(blocks.filter((block) => block.run).length >= 3, 'blocks that run');
    const unchecked = blocks.filter((block) => !['js', 'ts', 'tsx', 'html', 'css', 'sh', 'php', 'json', 'yaml', 'text', ''].includes(block.lang));
    assert.deepEqual(unchecked.map(where), [], 'a language this test does not know');
  });

  it('js, ts and tsx blocks type-check against the built packages', () => {
    const project = mkdtempSync(join(tmpdir(), 'snippets-'));
    try {
      symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
      const files = byLang('js', 'ts', 'tsx').map((block, index) => {
        const name = `snippet-${index}.${block.lang}`;
        // `export {}` makes each block a module of its own, as it would be in a reader's project;
        // what the reader's page has besides (`<!-- snippet-context -->`) is a global declaration.
        writeFileSync(join(project, name), `${block.code}\nexport {};\n`);
        if (block.context) writeFileSync(join(project, `snippet-${index}.context.d.ts`), `${block.context}\n`);
        return {name, block};
      });
      const contexts = readdirSync(project).filter((name) => name.endsWith('.context.d.ts')).map((name) => join(project, name));
      const options = {strict: true, noEmit: true, allowJs: true, checkJs: true, jsx: ts.JsxEmit.ReactJSX, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'], skipLibCheck: true, types: ['node'], resolveJsonModule: true};
      const program = ts.createProgram([...files.map(({name}) => join(project, name)), ...contexts], options);
      const problems = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
        const file = files.find(({name}) => diagnostic.file?.fileName.endsWith(`/${name}`));
        const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
        return `${file ? `${file.block.file}:${file.block.line + line}` : diagnostic.file?.fileName}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
      });
      assert.deepEqual(problems, []);
    } finally {
      rmSync(project, {recursive: true, force: true});
    }
  });

  for (const block of blocks.filter((candidate) => candidate.run)) {
    it(`${where(block)} runs in Node as written`, () => {
      const project = mkdtempSync(join(tmpdir(), 'snippet-run-'));
      try {
        symlinkSync(join(root, 'node_modules'), join(project, 'node_modules'), 'dir');
        const js = ts.transpileModule(block.code, {compilerOptions: {module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022}}).outputText;
        writeFileSync(join(project, 'snippet.mjs'), js);
        const result = spawnSync(process.execPath, ['snippet.mjs'], {cwd: project, encoding: 'utf8', timeout: 60_000, env: {...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: '', TEST_DATABASE_URL: ''}});
        assert.equal(result.status, 0, `${result.stdout}\n${result.stderr}`);
        assert.notEqual(result.stdout.trim(), '', 'it prints what it shows');
      } finally {
        rmSync(project, {recursive: true, force: true});
      }
    });
  }

  it('html blocks use only tags, mounts and attributes the elements declare, and bundles the build makes', () => {
    const problems = [];
    const allDeclared = new Set([...elements.keys()].flatMap((tag) => [...declaredAttributes(tag)]));
    for (const block of byLang('html')) {
      for (const [, tag, rest] of block.code.matchAll(/<([a-z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g)) {
        const attributes = attributesOf(rest);
        if (tag.startsWith('metropolis-')) {
          if (!elements.has(tag)) problems.push(`${where(block)}: <${tag}> is no element`);
          for (const {name} of attributes) {
            if (!declaredAttributes(tag).has(name) && !globalAttributes.has(name)) problems.push(`${where(block)}: <${tag}> declares no ${name}`);
          }
        }
        const mount = attributes.find((attribute) => attribute.name === 'data-metropolis');
        if (tag === 'div' && mount) {
          const data = attributes.filter(({name}) => name.startsWith('data-') && name !== 'data-metropolis').map(({name}) => name.slice(5));
          if (mount.value === undefined) {
            // An allow-list for a sanitizer (Drupal's "Allowed HTML tags"): every attribute any element declares, no other.
            assert.deepEqual(new Set(data), allDeclared, `${where(block)}: the allow-list differs from the declared attributes`);
          } else {
            const target = `metropolis-${mount.value}`;
            if (!elements.has(target)) problems.push(`${where(block)}: data-metropolis="${mount.value}" mounts no element`);
            for (const name of data) if (!declaredAttributes(target).has(name)) problems.push(`${where(block)}: ${target} declares no ${name} (data-${name})`);
          }
        }
        const src = attributes.find((attribute) => attribute.name === 'src')?.value;
        if (tag === 'script' && src && !bundles.has(src.split('/').pop())) problems.push(`${where(block)}: no bundle ${src.split('/').pop()}`);
      }
      for (const [, json] of block.code.matchAll(/<metropolis-fee-calculator[^>]*>\s*<script type="application\/json">([\s\S]*?)<\/script>/g)) {
        try {
          parseFeeSchedule(JSON.parse(json));
        } catch (error) {
          problems.push(`${where(block)}: the inline fee schedule is invalid: ${error.message}`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  it('css blocks name custom properties and parts that exist', () => {
    const properties = new Set([...elements.values()].flatMap((element) => (element.cssProperties ?? []).map((property) => property.name)));
    const problems = [];
    for (const block of byLang('css')) {
      for (const [name] of block.code.matchAll(/--metropolis-[\w-]+/g)) if (!properties.has(name)) problems.push(`${where(block)}: no ${name}`);
      for (const [, tag, part] of block.code.matchAll(/(metropolis-[\w-]+)::part\(([\w-]+)\)/g)) {
        if (!(elements.get(tag)?.cssParts ?? []).some((candidate) => candidate.name === part)) problems.push(`${where(block)}: ${tag} has no part ${part}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('sh blocks name npm scripts and files that exist', () => {
    const scripts = (dir) => Object.keys(JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')).scripts ?? {});
    const problems = [];
    for (const block of byLang('sh')) {
      for (const line of block.code.split('\n')) {
        const command = line.replace(/#.*$/, '');
        for (const [, name, , workspace] of command.matchAll(/npm (?:run ([\w:-]+)|(start|test))(?:\s+-w\s+(\S+))?/g)) {
          const script = name ?? /npm (start|test)/.exec(command)[1];
          if (!scripts(workspace ?? '.').includes(script)) problems.push(`${where(block)}: no npm script ${script}${workspace ? ` in ${workspace}` : ''}`);
        }
        for (const [, path] of command.matchAll(/\bnode\s+(\S+\.m?js)/g)) if (!existsSync(join(root, path))) problems.push(`${where(block)}: no file ${path}`);
      }
    }
    assert.deepEqual(problems, []);
  });

  it('php blocks are valid PHP', (t) => {
    if (spawnSync('php', ['--version']).status !== 0) return t.skip('no php-cli here');
    const dir = mkdtempSync(join(tmpdir(), 'snippet-php-'));
    try {
      for (const [index, block] of byLang('php').entries()) {
        const file = join(dir, `snippet-${index}.php`);
        writeFileSync(file, `<?php\n${block.code}\n`);
        try {
          execFileSync('php', ['-l', file], {stdio: 'pipe'});
        } catch (error) {
          assert.fail(`${where(block)}: ${error.stdout}`);
        }
      }
    } finally {
      rmSync(dir, {recursive: true, force: true});
    }
  });
});
