// The custom elements manifest describes every element as its JSDoc header does.
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const manifest = JSON.parse(readFileSync(new URL(`../${pkg.customElements}`, import.meta.url), 'utf8'));
const elements = new Map(manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement).map((d) => [d.tagName, d]));

describe('custom elements manifest', () => {
  it('is the package’s customElements field and lists every element by tag', () => {
    assert.equal(pkg.customElements, 'custom-elements.json');
    assert.deepEqual([...elements.keys()].sort(), ['metropolis-activity-proposal', 'metropolis-admissions', 'metropolis-application-form', 'metropolis-course-detail', 'metropolis-course-list', 'metropolis-fee-calculator']);
  });

  it('describes the admissions console: its attributes and typed events', () => {
    const console = elements.get('metropolis-admissions');
    assert.deepEqual(console.attributes.map((a) => a.name).sort(), ['api', 'heading-level']);
    assert.deepEqual(console.events.map((e) => [e.name, e.type?.text]), [
      ['metropolis-admissions-signed-in', 'AdmissionsSignedInEvent'],
      ['metropolis-admissions-signed-out', 'AdmissionsSignedOutEvent'],
      ['metropolis-application-changed', 'ApplicationChangedEvent'],
    ]);
  });

  it('documents attributes, events, parts and custom properties', () => {
    const list = elements.get('metropolis-course-list');
    for (const name of ['api', 'catalog', 'themes', 'status', 'show-past', 'sync-url', 'now', 'apply-href']) {
      assert.ok(list.attributes.some((a) => a.name === name), `attribute ${name}`);
    }
    assert.deepEqual(list.events.map((e) => e.name).sort(), ['metropolis-apply', 'metropolis-catalog-error', 'metropolis-catalog-load', 'metropolis-filter-change']);
    assert.ok(list.cssParts.some((p) => p.name === 'card'));
    // Apply's dialog is themed through the list and the course page.
    for (const tag of ['metropolis-course-list', 'metropolis-course-detail']) {
      for (const part of ['dialog', 'dialog-title', 'close']) assert.ok(elements.get(tag).cssParts.some((p) => p.name === part), `${tag} ::part(${part})`);
    }
    assert.ok(list.cssProperties.some((p) => p.name === '--metropolis-color-accent'));
    const detail = elements.get('metropolis-course-detail');
    assert.ok(detail.attributes.some((a) => a.name === 'edition'));
    assert.ok(detail.cssParts.some((p) => p.name === 'fee-table'));
    const calculator = elements.get('metropolis-fee-calculator');
    for (const name of ['api', 'catalog', 'edition', 'start', 'now', 'variant', 'membership', 'country', 'participants', 'registration-date', 'apply-href']) {
      assert.ok(calculator.attributes.some((a) => a.name === name), `calculator attribute ${name}`);
    }
    assert.ok(calculator.events.some((e) => e.name === 'metropolis-quote-change'));
    for (const part of ['base', 'total', 'breakdown', 'income-group', 'refund', 'timeline', 'disclosure']) assert.ok(calculator.cssParts.some((p) => p.name === part), `calculator ::part(${part})`);
    const proposal = elements.get('metropolis-activity-proposal');
    assert.deepEqual(proposal.attributes.map((a) => a.name).sort(), ['api', 'heading-level', 'privacy-href', 'save-draft']);
    assert.deepEqual(proposal.events.map((e) => [e.name, e.type?.text]), [['metropolis-proposal-submitted', 'ProposalSubmittedEvent']]);
    // The proposal form's parts and custom properties are the application form's (those it has).
    const form = elements.get('metropolis-application-form');
    for (const part of proposal.cssParts) assert.ok(form.cssParts.some((p) => p.name === part.name), `::part(${part.name}) as the application form's`);
    for (const property of proposal.cssProperties) assert.ok(form.cssProperties.some((p) => p.name === property.name), `${property.name} as the application form's`);
    for (const element of elements.values()) assert.ok(element.summary, `${element.tagName} has a summary`);
    // Internal state is no attribute, however it is declared.
    assert.deepEqual(calculator.attributes.map((a) => a.name).filter((name) => /^[a-z]+[A-Z]/.test(name)), [], 'no camelCase (internal state) attributes');
  });

  it('validates against the published schema (custom-elements-manifest)', async () => {
    const {default: Ajv} = await import('ajv');
    const schema = createRequire(import.meta.url)('custom-elements-manifest/schema.json');
    const validate = new Ajv({allErrors: true, strict: false}).compile(schema);
    assert.ok(validate(manifest), JSON.stringify(validate.errors, null, 1));
  });

  it('points at what the package ships, maps each tag to its define module, types each event with its class', () => {
    for (const module of manifest.modules) assert.ok(existsSync(new URL(`../${module.path}`, import.meta.url)) && module.path.startsWith('dist/'), `${module.path} ships`);
    // Only the elements' own modules, not their internals (fees-view, the form's model).
    assert.ok(!manifest.modules.some((m) => /fees-view|model|catalog-edition/.test(m.path)));
    const definitions = manifest.modules.flatMap((m) => (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition').map((e) => [e.name, m.path, e.declaration.module]));
    assert.deepEqual(definitions.map(([tag]) => tag).sort(), [...elements.keys()].sort());
    for (const [tag, path, declared] of definitions) {
      assert.match(path, /^dist\/define\/[a-z-]+\.js$/, tag);
      assert.equal(declared, manifest.modules.find((m) => m.declarations?.some((d) => d.tagName === tag)).path);
    }
    for (const element of elements.values()) {
      for (const event of element.events) assert.match(event.type?.text ?? '', /^[A-Z]\w+Event$/, `${element.tagName} ${event.name} has its class`);
      assert.deepEqual(element.members.filter((m) => m.privacy && m.privacy !== 'public').map((m) => m.name), [], `${element.tagName}: no private member`);
      assert.deepEqual(element.slots ?? [], [], `${element.tagName}: no slot (nothing from the light DOM is shown)`);
      for (const property of element.cssProperties) assert.ok(property.default, `${element.tagName} ${property.name} has a default`);
    }
  });

  it('gives VS Code its custom data: every tag with its attributes, every custom property', () => {
    const html = JSON.parse(readFileSync(new URL('../dist/vscode.html-custom-data.json', import.meta.url), 'utf8'));
    const css = JSON.parse(readFileSync(new URL('../dist/vscode.css-custom-data.json', import.meta.url), 'utf8'));
    assert.deepEqual(html.tags.map((t) => t.name).sort(), [...elements.keys()].sort());
    for (const tag of html.tags) {
      assert.deepEqual(tag.attributes.map((a) => a.name), elements.get(tag.name).attributes.map((a) => a.name), tag.name);
      assert.ok(tag.description, `${tag.name} is described`);
    }
    assert.deepEqual(html.tags.find((t) => t.name === 'metropolis-fee-calculator').attributes.find((a) => a.name === 'variant').values, [{name: 'full'}, {name: 'compact'}]);
    assert.ok(css.properties.some((p) => p.name === '--metropolis-color-accent' && p.description));
    assert.ok(pkg.exports['./vscode.html-custom-data.json'] && pkg.exports['./vscode.css-custom-data.json']);
  });
});
