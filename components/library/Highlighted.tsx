import { useMemo } from 'preact/hooks';
import { highlightFragments } from '../../lib/search/snippets';

export type HighlightedProps = { text: string; terms: readonly string[] };

/** Text with the words a search matched in <mark>; built as text nodes, never as HTML. */
export function Highlighted({ text, terms }: HighlightedProps) {
  const fragments = useMemo(() => highlightFragments(text, terms), [text, terms]);
  return <>{fragments.map((fragment, i) => (fragment.match ? <mark key={i}>{fragment.text}</mark> : fragment.text))}</>;
}
