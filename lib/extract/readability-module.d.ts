// Readability.js alone: the package's index also loads isProbablyReaderable, which the pipeline
// never calls and a bundler cannot drop from a CommonJS module (it would ship in extract.js).
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';

  export default Readability;
}
