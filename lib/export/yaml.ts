/**
 * A YAML double-quoted scalar for any text: quotes, backslashes, line breaks and control
 * characters escaped, so a title such as `Re: "#1" — yes, no` can never end the front matter,
 * start a comment or turn into a boolean.
 */
export function yamlString(value: string): string {
  const escaped = value.replace(/[\\"\u0000-\u001f\u007f\u0085\u2028\u2029]/g, (char) => {
    switch (char) {
      case '\\':
        return '\\\\';
      case '"':
        return '\\"';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  });
  return `"${escaped}"`;
}

/** A YAML flow sequence of double-quoted strings (`[]` when empty). */
export function yamlList(values: readonly string[]): string {
  return `[${values.map(yamlString).join(', ')}]`;
}
