/**
 * A byte order mark at the start of a later document of a stream (files concatenated, each saved
 * with a BOM). kubectl splits a stream into documents at its `---` lines (a line that starts with
 * `---`, then only blanks or a comment) before decoding each one, and go-yaml skips a BOM at the
 * start of what it decodes: a BOM right after such a line is nothing. Anywhere else (inside a
 * document, after a blank line) kubectl keeps it as text, and so do the parsers.
 */
const DOCUMENT_BOM = /(?<=(?:^|\n)---[ \t\r]*(?:#[^\n]*)?\n)\uFEFF/g;

/**
 * The text without the BOMs that start a later document; the text itself when it has none. The
 * caller keeps the result as the file's text, so that positions are those of the text parsed:
 * lines are unchanged, and on a document's first line columns do not count the BOM (as they do
 * not for the one at the start of a file, which reading the file removes).
 */
export function stripDocumentBoms(text: string): string {
  return text.includes('\uFEFF', 1) ? text.replace(DOCUMENT_BOM, '') : text;
}
