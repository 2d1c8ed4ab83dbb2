import type { ComponentChildren } from 'preact';

export type OptionsSectionProps = { id: string; title: string; children: ComponentChildren };

/** One part of the options page (saving, reading, storage, and the ones others add), under its heading. */
export function OptionsSection({ id, title, children }: OptionsSectionProps) {
  return (
    <section class="options-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{title}</h2>
      {children}
    </section>
  );
}
