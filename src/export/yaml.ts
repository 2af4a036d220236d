// YAML front matter values. Every string is written double-quoted with JSON-style escapes
// (valid YAML 1.2), so titles like `yes`, `- x`, `key: value` or `#1` cannot change meaning.

export function yamlString(s: string): string {
  // JSON.stringify leaves U+2028/U+2029 and U+0085 raw; YAML 1.1 readers treat them as line breaks.
  return JSON.stringify(s).replace(/[\u2028\u2029\u0085]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function yamlList(items: readonly string[]): string {
  return `[${items.map(yamlString).join(', ')}]`;
}

export function frontMatter(fields: Record<string, string | readonly string[] | null>): string {
  const lines = ['---'];
  for (const [key, value] of Object.entries(fields)) {
    if (value === null) continue;
    lines.push(`${key}: ${typeof value === 'string' ? yamlString(value) : yamlList(value)}`);
  }
  lines.push('---');
  return lines.join('\n');
}
