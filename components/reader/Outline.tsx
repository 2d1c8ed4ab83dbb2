import { goToHeading, type OutlineEntry } from '../../lib/reader/outline';

export type OutlineListProps = {
  entries: OutlineEntry[];
  /** Called after following an entry (the collapsed outline closes). */
  onFollow?: () => void;
};

/** The article's headings as links; following one scrolls to it and moves the focus there. */
export function OutlineList({ entries, onFollow }: OutlineListProps) {
  return (
    <ol class="reader-outline-list">
      {entries.map((entry) => (
        <li key={entry.id} data-level={entry.level}>
          <a
            href={`#${entry.id}`}
            dir="auto"
            onClick={(event) => {
              if (!goToHeading(entry.id)) return;
              event.preventDefault();
              onFollow?.();
            }}
          >
            {entry.text}
          </a>
        </li>
      ))}
    </ol>
  );
}
