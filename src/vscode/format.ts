// Small text helpers shared by the hover, the trees and the status bar. Pure: no `vscode` import.

/** "1 passage", "3 passages", "2 entities". */
export function plural(n: number, singular: string, pluralForm = `${singular}s`): string {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular : pluralForm}`;
}

/** Whitespace (line breaks included) collapsed, cut to `max` characters with an ellipsis. */
export function oneLine(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

/** Article text made inert in Markdown: every character that could start formatting, a link,
 * HTML or a table is backslash-escaped, so untrusted text never becomes a command link. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~&:"]/g, '\\$&');
}

/** A Markdown link that runs one of the extension's commands with JSON arguments. */
export function commandLink(label: string, command: string, args: unknown[], tooltip?: string): string {
  const title = tooltip ? ` "${tooltip.replace(/["\\]/g, '')}"` : '';
  return `[${escapeMarkdown(label)}](command:${command}?${encodeURIComponent(JSON.stringify(args))}${title})`;
}

/** The last segment of a "/"-separated path or URI. */
export function baseName(pathOrUri: string): string {
  return pathOrUri.slice(pathOrUri.lastIndexOf('/') + 1);
}
