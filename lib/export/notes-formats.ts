// The export formats apart from the exporters, so that a dialog listing them (components/common/
// ExportDialog.tsx, on the Library's first screen) does not load the exporters with it.

/** The formats notes export to. */
export const NOTES_FORMATS = ['markdown', 'json', 'csv', 'epub'] as const;
/** One of NOTES_FORMATS. */
export type NotesFormat = (typeof NOTES_FORMATS)[number];
