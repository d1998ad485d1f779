// A rollup plugin that flattens lazy loading, so that no chunk is requested only once another
// has arrived (one network round trip per level):
// - `import("./a.js")` of a chunk that itself imports other chunks becomes
//   `Promise.all([import("./a.js"), import("./b.js"), …]).then((m) => m[0])`: the browser
//   requests the chunk and every chunk it needs at once, instead of discovering b.js when a.js
//   arrives. Rollup hoists the transitive imports of a lazily loaded chunk into it, so its
//   direct imports are all of them.
// - `fetchAlongside("./x.js")` (packages/elements/src/internal/alongside.ts) becomes the same
//   `Promise.all` of x.js's chunk and its imports, without rollup seeing an import of x.js: for
//   a module that another lazy chunk imports, whose grouping of shared code a direct import
//   would change.
// Nothing else changes: the module graph, evaluation order and the resolved values are the same;
// a failure still rejects the one promise the caller handles.
import {dirname, posix, relative} from 'node:path';

const marker = (id) => `"__fetch_alongside__${id}__"`;
const markers = /"__fetch_alongside__(.+?)__"/g;
const calls = /\bfetchAlongside\((['"])([^'"]+)\1\)/g;

const importPath = (from, to) => {
  const path = relative(dirname(from), to).split('\\').join(posix.sep);
  return path.startsWith('.') ? path : `./${path}`;
};

/** @returns {import('rollup').Plugin} */
export function flatDynamicImports() {
  return {
    name: 'flat-dynamic-imports',
    async transform(code, id) {
      if (!code.includes('fetchAlongside(') || id.endsWith('/internal/alongside.js')) return null;
      let out = code;
      for (const [call, , specifier] of code.matchAll(calls)) {
        const resolved = await this.resolve(specifier, id);
        if (!resolved) this.error(`fetchAlongside: cannot resolve ${specifier} from ${id}`);
        out = out.replace(call, marker(resolved.id));
      }
      return {code: out, map: null};
    },
    renderDynamicImport({chunk, targetChunk, getTargetChunkImports}) {
      if (!targetChunk) return null;
      const also = (getTargetChunkImports() ?? []).filter((dependency) => dependency.type === 'internal' && dependency.fileName !== chunk.fileName);
      if (also.length === 0) return null;
      return {left: 'Promise.all([import(', right: `),${also.map((dependency) => `import(${dependency.resolvedImportPath})`).join(',')}]).then(m=>m[0])`};
    },
    renderChunk(code, chunk, options, {chunks}) {
      if (!code.includes('__fetch_alongside__')) return null;
      const replaced = code.replace(markers, (_, id) => {
        const target = Object.values(chunks).find((c) => c.moduleIds.includes(id));
        if (!target) this.error(`fetchAlongside: ${id} is in no chunk of this build`);
        const files = [target.fileName, ...target.imports].filter((file) => file !== chunk.fileName && file in chunks);
        if (files.length === 0 || target.fileName === chunk.fileName) return 'Promise.resolve()';
        return `Promise.all([${files.map((file) => `import(${JSON.stringify(importPath(chunk.fileName, file))})`).join(',')}])`;
      });
      return {code: replaced, map: null};
    },
  };
}
