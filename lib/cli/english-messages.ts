import { readFileSync } from 'node:fs';
import type { Translate } from '../shared/describe-file-problem';

type Messages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

let messages: Messages | null = null;

/**
 * The extension's English messages (public/_locales/en), so the command line explains problems
 * in the very words the extension uses. Follows Chrome's rules: $NAME$ is a placeholder, whose
 * content refers to the substitutions as $1, $2….
 */
export const english: Translate = (key, substitutions = []) => {
  messages ??= JSON.parse(
    readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8'),
  ) as Messages;
  const entry = messages[key];
  if (!entry) return key;
  const withPlaceholders = entry.message.replace(
    /\$([A-Za-z0-9_@]+)\$/g,
    (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '',
  );
  return withPlaceholders.replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? '');
};
