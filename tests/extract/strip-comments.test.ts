import { describe, expect, it } from 'vitest';
import { stripComments } from '../../lib/extract/strip-comments';
import { parseBody, readabilityLike } from './parse-page';

function strip(html: string): string {
  const page = parseBody(readabilityLike(html));
  stripComments(page.root);
  return page.text();
}

describe('stripComments', () => {
  it('keeps the article when one form with a text box wraps the whole page (ASP.NET WebForms)', () => {
    const page = parseBody(
      `<form id="aspnetForm"><article><h1>Tram line</h1>${readabilityLike('<textarea name="comment"></textarea>')}</article></form>`,
    );
    stripComments(page.root);
    expect(page.text()).toContain('The council voted');
  });

  it('removes a WordPress reply form with its notes (first pass, classes present)', () => {
    const text = strip(`<div id="respond" class="comment-respond"><h3 id="reply-title">Leave a Reply</h3>
      <form id="commentform"><p class="comment-notes">Your email address will not be published. Required fields are marked *</p>
      <textarea name="comment"></textarea></form></div>`);
    expect(text).not.toMatch(/Leave a Reply|email address/);
    expect(text).toContain('The council voted');
  });

  it('removes a Disqus thread and a comment list', () => {
    const text = strip(
      '<div id="disqus_thread"><p>Loading comments…</p></div><ol class="commentlist"><li>Great piece!</li></ol>',
    );
    expect(text).not.toMatch(/Loading comments|Great piece/);
  });

  it('removes French prompts left in class-less output (second pass)', () => {
    const text = strip(`<div><h3>Laisser un commentaire <small><a href="#respond">Annuler la réponse</a></small></h3>
      <p><span>Votre adresse e-mail ne sera pas publiée.</span> <span>Les champs obligatoires sont indiqués avec *</span></p></div>`);
    expect(text).not.toMatch(/Laisser|Votre adresse|champs obligatoires/);
    expect(text).toContain('Construction is expected');
  });

  it('removes a comment count heading and the thread under it', () => {
    const text = strip('<h2>3 commentaires</h2><ol><li>Bravo pour cet article.</li><li>Merci !</li></ol>');
    expect(text).not.toMatch(/commentaires|Bravo/);
  });

  it('removes any form with a text box', () => {
    expect(strip('<form><label>Deja un comentario</label><textarea></textarea></form>')).not.toContain('Deja');
  });

  it('keeps an article section about comments and sentences that start like a prompt', () => {
    const html = `<h2>Comments</h2><p>Python comments start with a hash sign and run to the end of the line.</p>
      <p>Répondre à cette question n'est pas simple, admet la maire.</p>
      <blockquote><p>Leave a comment</p></blockquote>`;
    const page = parseBody(readabilityLike(html));
    const before = page.text();
    stripComments(page.root);
    expect(page.text()).toBe(before);
  });

  it('is idempotent', () => {
    const page = parseBody(readabilityLike('<h3>Leave a comment</h3>'));
    stripComments(page.root);
    const once = page.root.innerHTML;
    stripComments(page.root);
    expect(page.root.innerHTML).toBe(once);
  });
});
