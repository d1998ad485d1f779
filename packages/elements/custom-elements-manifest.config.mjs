// The custom elements manifest (custom-elements.json, the package's `customElements` field),
// generated from the elements' JSDoc headers at build time: IDEs, Storybook and docs read it.
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
  ],
};
