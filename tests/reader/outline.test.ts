import { describe, expect, it } from 'vitest';
import { readOutline } from '../../lib/reader/outline';

describe('readOutline', () => {
  it('leaves out the page\'s own "Contents" heading and the [edit] links', () => {
    const root = document.createElement('div');
    root.innerHTML = `<div id="toc"><h2>Contents</h2><ul><li>History</li></ul></div>
      <h2>Sommaire</h2>
      <h2>History<span class="mw-editsection"><span>[</span><a>edit</a><span>]</span></span></h2>
      <h3>Early years [modifier le code]</h3>`;
    expect(readOutline(root).map((entry) => entry.text)).toEqual(['History', 'Early years']);
  });
});
