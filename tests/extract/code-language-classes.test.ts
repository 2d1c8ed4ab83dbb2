// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { codeLanguageClasses } from '../../lib/extract/code-language-classes';
import { body } from './dom';

describe('codeLanguageClasses', () => {
  it('finds the language classes of code blocks, and only those', () => {
    const root = body(
      '<pre class="x lang-py"><code>1</code></pre><pre><code class="language-js hljs">2</code></pre><p class="language-fr">no</p>',
    );
    expect(codeLanguageClasses(root).sort()).toEqual(['lang-py', 'language-js']);
  });
});
