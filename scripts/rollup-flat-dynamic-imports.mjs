// A rollup plugin that flattens lazy loading: `import("./a.js")` of a chunk that itself imports
// other chunks becomes `Promise.all([import("./a.js"), import("./b.js"), …]).then((m) => m[0])`,
// so the browser requests a chunk and every chunk it needs at once, instead of discovering
// b.js only once a.js has arrived (one network round trip per level). Rollup hoists the
// transitive imports of a lazily loaded chunk into it, so its direct imports are all of them.
// Nothing else changes: the module graph, evaluation order and the resolved value are the
// same; a failure still rejects the one promise the caller handles.

/** @returns {import('rollup').Plugin} */
export function flatDynamicImports() {
  return {
    name: 'flat-dynamic-imports',
    renderDynamicImport({chunk, targetChunk, getTargetChunkImports}) {
      if (!targetChunk) return null;
      const also = (getTargetChunkImports() ?? []).filter((dependency) => dependency.type === 'internal' && dependency.fileName !== chunk.fileName);
      if (also.length === 0) return null;
      return {left: 'Promise.all([import(', right: `),${also.map((dependency) => `import(${dependency.resolvedImportPath})`).join(',')}]).then(m=>m[0])`};
    },
  };
}
