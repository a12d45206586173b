/**
 * Writing the MDX file: the frontmatter as YAML (js-yaml), the body as Markdown in the format of
 * content/README.md, with everything MDX would read as code escaped so that any text compiles:
 * `{` `}` `<` `>` (expressions and JSX), a leading `1.` `*` `+` `#` `[` (lists, headings, link
 * definitions), `import`/`export` at the start of a line (ESM), backticks and backslashes.
 */
import yaml from 'js-yaml';

/** One piece of the body, with the source lines it came from. */
export type Part =
  | { kind: 'para' | 'bullet' | 'quote'; text: string; lines: number[] }
  | { kind: 'heading'; level: 2 | 3 | 4; text: string; lines: number[] }
  | { kind: 'task-open' | 'task-self'; id: string }
  | { kind: 'task-close' };

/** Escape inline text for MDX: nothing in it is read as an expression, a tag or code. */
export function escapeInline(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/`/g, '\\`')
    .replace(/&(?=#?[a-zA-Z0-9]+;)/g, '&amp;')
    .replace(/[{}]/g, (brace) => `\\${brace}`)
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** Escape what a line may start with: list markers, headings, link definitions, ESM, fences. */
export function escapeLineStart(text: string): string {
  return text
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^([*+-])(?=\s|$)/, '\\$1')
    .replace(/^([#[~=_|])/, '\\$1')
    .replace(/^(import|export)\b/, (word) => `&#${word.charCodeAt(0)};${word.slice(1)}`);
}

/** Undo `escapeInline`/`escapeLineStart` (for checking that the text is all there). */
export function unescapeMdx(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\\([\\`{}*+\-#[~=_|.)])/g, '$1');
}

/**
 * Balance markdown emphasis left over from a copy: bold that opens on one line and closes on a
 * later one ("**KT. CHỦ TỊCH ⏎ PHÓ CHỦ TỊCH**") is closed and reopened on each line; a `**`
 * that never closes is removed (and reported by the caller).
 */
export function balanceEmphasis(texts: string[]): { texts: string[]; removed: number[] } {
  const result = [...texts];
  const removed: number[] = [];
  let open = -1;
  result.forEach((text, i) => {
    const count = (text.match(/\*\*/g) ?? []).length;
    if (count % 2 === 0) {
      if (open >= 0 && count === 0 && text.trim()) result[i] = `**${text}**`;
      return;
    }
    if (open < 0) {
      result[i] = `${text}**`;
      open = i;
    } else {
      result[i] = `**${text}`;
      open = -1;
    }
  });
  if (open >= 0) {
    // Undo the closing added to the block that opened, and drop its lone `**`.
    result[open] = result[open]!.replace(/\*\*$/, '').replace(/\*\*(?!.*\*\*)/, '');
    removed.push(open);
    for (let i = open + 1; i < result.length; i++) result[i] = texts[i]!;
  }
  return { texts: result, removed };
}

function renderPart(part: Part): string {
  switch (part.kind) {
    case 'heading': {
      const text = escapeInline(part.text).replace(/#$/, '\\#');
      return `${'#'.repeat(part.level)} ${text}`;
    }
    case 'para':
      return escapeLineStart(escapeInline(part.text));
    case 'bullet':
      return `- ${escapeLineStart(escapeInline(part.text))}`;
    case 'quote':
      return `> ${escapeLineStart(escapeInline(part.text))}`;
    case 'task-open':
      return `<Task id="${part.id}">`;
    case 'task-self':
      return `<Task id="${part.id}" />`;
    case 'task-close':
      return '</Task>';
  }
}

/** The body: parts separated by blank lines; consecutive bullets form one list, quotes one quote. */
export function renderBody(parts: Part[]): string {
  let out = '';
  parts.forEach((part, i) => {
    const previous = parts[i - 1];
    if (previous) {
      if (previous.kind === 'bullet' && part.kind === 'bullet') out += '\n';
      else if (previous.kind === 'quote' && part.kind === 'quote') out += '\n>\n';
      else out += '\n\n';
    }
    out += renderPart(part);
  });
  return `${out}\n`;
}

/** The whole file: `---` YAML frontmatter `---`, a blank line, the body. */
export function renderMdx(frontmatter: unknown, body: string): string {
  const yamlText = yaml.dump(frontmatter, { lineWidth: -1, noRefs: true, quotingType: '"', sortKeys: false });
  return `---\n${yamlText}---\n\n${body}`;
}

/** Split an MDX file into its parsed frontmatter and its body (as Astro's loader reads it). */
export function readMdx(text: string): { frontmatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
  if (!match) throw new Error('thiếu frontmatter');
  return { frontmatter: yaml.load(match[1]!), body: text.slice(match[0].length) };
}
