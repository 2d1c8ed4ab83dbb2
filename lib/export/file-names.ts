/** Characters no file system or notes app accepts in a name (Obsidian also refuses # ^ [ ] |). */
const FORBIDDEN = /[\\/:*?"<>|#^[\]\u0000-\u001f\u007f]/g;
/** Long enough to recognize an article, short enough for every file system and zip tool. */
const MAX_NAME_LENGTH = 100;

/** A file name for an article (its title, made safe), with `extension`; the same at every export. */
export function fileNameFor(title: string, fallback: string, extension: string): string {
  let name = title
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+|\.+$/g, '')
    .trim();
  if ([...name].length > MAX_NAME_LENGTH) name = [...name].slice(0, MAX_NAME_LENGTH).join('').trim();
  return `${name || fallback}.${extension}`;
}

/** Makes names unique in one archive ("Titre.md", "Titre (2).md"), in the order given. */
export function uniqueNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let count = 2; taken.has(candidate.toLowerCase()); count += 1) candidate = `${stem} (${count})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}
