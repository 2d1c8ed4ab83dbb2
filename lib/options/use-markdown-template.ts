import { useCallback, useEffect, useState } from 'preact/hooks';
import { checkTemplate, DEFAULT_MARKDOWN_TEMPLATE } from '../export/markdown-template';
import { markdownTemplate } from '../storage/settings';

/** The Markdown export template as the options page edits it. */
export interface TemplateEditing {
  /** The text in the editor (the default when the reader never changed it). */
  text: string;
  setText(text: string): void;
  /** True when the saved template is the default one. */
  isDefault: boolean;
  /** What the parser said about the text, when it cannot be used ('' when it can). */
  problem: string;
  /** True once the text in the editor is what is stored. */
  saved: boolean;
  save(): Promise<void>;
  reset(): Promise<void>;
}

/** Reads, checks and saves the reader's Markdown template (lib/storage/settings.ts). */
export function useMarkdownTemplate(): TemplateEditing {
  const [text, setTextState] = useState(DEFAULT_MARKDOWN_TEMPLATE);
  const [stored, setStored] = useState<string | null>(null);
  const [saved, setSaved] = useState(true);

  useEffect(() => {
    markdownTemplate.getValue().then(
      (value) => {
        setStored(value);
        setTextState(value ?? DEFAULT_MARKDOWN_TEMPLATE);
      },
      (error: unknown) => console.error('Liseuse: could not read the Markdown template', error),
    );
  }, []);

  const check = checkTemplate(text);
  const setText = useCallback((value: string) => {
    setTextState(value);
    setSaved(false);
  }, []);

  const save = useCallback(async () => {
    if (!checkTemplate(text).ok) return;
    // Saving the default text stores "default", so later improvements of it reach this reader.
    const value = text === DEFAULT_MARKDOWN_TEMPLATE ? null : text;
    await markdownTemplate.setValue(value);
    setStored(value);
    setSaved(true);
  }, [text]);

  const reset = useCallback(async () => {
    await markdownTemplate.setValue(null);
    setStored(null);
    setTextState(DEFAULT_MARKDOWN_TEMPLATE);
    setSaved(true);
  }, []);

  return { text, setText, isDefault: stored === null, problem: check.ok ? '' : check.message, saved, save, reset };
}
