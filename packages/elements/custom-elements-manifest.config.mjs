// The custom elements manifest (custom-elements.json, the package's `customElements` field),
// generated from the elements' JSDoc headers at build time: IDEs, Storybook and docs read it.
import {readdirSync, readFileSync} from 'node:fs';

// Each event's class, from src/events: `static readonly eventName = '…'` in `class X extends Event`.
const eventClasses = new Map();
for (const file of readdirSync(new URL('src/events/', import.meta.url)).filter((f) => f.endsWith('-event.ts'))) {
  const source = readFileSync(new URL(`src/events/${file}`, import.meta.url), 'utf8');
  for (const [, name, body] of source.matchAll(/export class (\w+) extends Event \{([\s\S]*?)\n\}/g)) {
    const eventName = /static readonly eventName = '([^']+)'/.exec(body)?.[1];
    if (eventName) eventClasses.set(eventName, {name, module: `dist/events/${file.replace(/\.ts$/, '.js')}`});
  }
}
/** What ships: `src/x.ts` is `dist/x.js` in the package. */
const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The analyzer also lists each dispatchEvent() call without a name; the @fires tags name them.
      name: 'named-events-only',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
          }
        }
      },
    },
    {
      // Internal state declared in `static properties` ({state: true}) is no attribute: the
      // analyzer lists every entry of that map as one unless its field is private.
      name: 'no-private-attributes',
      packageLinkPhase({customElementsManifest}) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            const hidden = new Set((declaration.members ?? []).filter((member) => member.privacy === 'private').map((member) => member.name));
            if (declaration.attributes) declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName ?? attribute.name));
          }
        }
      },
    },
    {
      // What tools need and the analyzer leaves out or gets wrong: module paths at the files
      // the package ships, only the elements' own modules, each event typed with its class, no
      // private or protected member, each custom property's default (from "(default …)"), and
      // a custom-element-definition export per define/ module, so a tool maps a tag to its import.
      name: 'what-ships',
      packageLinkPhase({customElementsManifest}) {
        const manifest = customElementsManifest;
        manifest.modules = manifest.modules.filter((module) => (module.declarations ?? []).some((declaration) => declaration.customElement));
        for (const module of manifest.modules) {
          module.path = shipped(module.path);
          for (const exported of module.exports ?? []) if (exported.declaration?.module) exported.declaration.module = shipped(exported.declaration.module);
          for (const declaration of module.declarations ?? []) {
            if (declaration.superclass?.module) declaration.superclass.module = shipped(declaration.superclass.module);
            declaration.members = (declaration.members ?? []).filter((member) => !member.privacy || member.privacy === 'public');
            for (const member of declaration.members) if (member.inheritedFrom?.module) member.inheritedFrom.module = shipped(member.inheritedFrom.module);
            declaration.events = (declaration.events ?? []).filter((event) => eventClasses.has(event.name));
            for (const event of declaration.events) {
              const known = eventClasses.get(event.name);
              event.type = {text: known.name, references: [{name: known.name, package: '@metropolis-training/elements', module: known.module, start: 0, end: known.name.length}]};
            }
            for (const property of declaration.cssProperties ?? []) {
              const fallback = /\(default ([^)]+)\)\.?$/.exec(property.description ?? '')?.[1];
              if (fallback) property.default = fallback;
            }
            if (!declaration.customElement) continue;
            const define = readdirSync(new URL('src/define/', import.meta.url)).find((file) => readFileSync(new URL(`src/define/${file}`, import.meta.url), 'utf8').includes(`'${declaration.tagName}'`));
            if (define) {
              manifest.modules.push({
                kind: 'javascript-module',
                path: `dist/define/${define.replace(/\.ts$/, '.js')}`,
                declarations: [],
                exports: [{kind: 'custom-element-definition', name: declaration.tagName, declaration: {name: declaration.name, module: module.path}}],
              });
            }
          }
        }
      },
    },
  ],
};
