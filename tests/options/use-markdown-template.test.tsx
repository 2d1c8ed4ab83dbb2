import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_MARKDOWN_TEMPLATE } from '../../lib/export/markdown-template';
import { useMarkdownTemplate } from '../../lib/options/use-markdown-template';
import { markdownTemplate } from '../../lib/storage/settings';

describe('editing the Markdown template', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(cleanup);

  it('starts from the default, refuses a template that does not parse, saves one that does, and resets', async () => {
    const { result } = renderHook(() => useMarkdownTemplate());
    expect(result.current.text).toBe(DEFAULT_MARKDOWN_TEMPLATE);
    expect(result.current.isDefault).toBe(true);

    await act(() => result.current.setText('{{#highlights}}> {{quote}}'));
    expect(result.current.problem).toMatch(/highlights/);
    await act(() => result.current.save());
    expect(await markdownTemplate.getValue()).toBeNull();

    await act(() => result.current.setText('# {{heading}}\n{{#highlights}}> {{quote}}\n{{/highlights}}'));
    expect(result.current.problem).toBe('');
    await act(() => result.current.save());
    expect(await markdownTemplate.getValue()).toBe('# {{heading}}\n{{#highlights}}> {{quote}}\n{{/highlights}}');
    expect(result.current.isDefault).toBe(false);

    const reopened = renderHook(() => useMarkdownTemplate());
    await waitFor(() => expect(reopened.result.current.text).toContain('{{heading}}'));

    await act(() => result.current.reset());
    expect(await markdownTemplate.getValue()).toBeNull();
    expect(result.current.text).toBe(DEFAULT_MARKDOWN_TEMPLATE);
  });
});
