// zip.js's native build (the browser's CompressionStream, a small JavaScript fallback, no
// WebAssembly and no inline worker) has no type declarations of its own path; it exports the
// same API as the package root.
declare module '@zip.js/zip.js/lib/zip-core-native.js' {
  export * from '@zip.js/zip.js';
}
