// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { resolveMath } from '../../lib/extract/resolve-math';
import { body } from './dom';

const RENDERED =
  '<mjx-container class="MathJax" jax="CHTML"><mjx-math aria-hidden="true"><mjx-mi>x</mjx-mi></mjx-math>' +
  '<mjx-assistive-mml><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>=</mo><mn>2</mn></math></mjx-assistive-mml></mjx-container>';

describe('resolveMath', () => {
  it('replaces a MathJax rendering with the MathML it keeps for screen readers', () => {
    const root = body(`<p>Let ${RENDERED} be given.</p>`, 'https://example.org/');
    resolveMath(root);
    expect(root.getElementsByTagName('mjx-container')).toHaveLength(0);
    expect(root.querySelector('p > math')?.textContent).toBe('x=2');
  });

  it('leaves a container without MathML alone', () => {
    const root = body('<p><mjx-container><mjx-math>y</mjx-math></mjx-container></p>', 'https://example.org/');
    resolveMath(root);
    expect(root.getElementsByTagName('mjx-container')).toHaveLength(1);
  });
});
