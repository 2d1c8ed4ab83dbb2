// Moved: the harness is shared by tests, benchmarks and `npm start`.
export * from '../../lib/dev/extension-browser';
