// Browser bundles for a plain <script type="module"> with no build step:
// - packages/sdk/dist/cdn/metropolis-sdk.js: the SDK as one minified ES module.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

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

export default [
  {
    input: 'packages/sdk/src/index.ts',
    output: {file: 'packages/sdk/dist/cdn/metropolis-sdk.js', format: 'es', sourcemap: true},
    plugins: [nodeResolve({browser: true}), typescriptFor('sdk'), minify],
    onwarn,
  },
];
