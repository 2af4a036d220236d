// Finds words a person would read that do not go through t()/tn() (src/shared/i18n.ts), in the
// TypeScript syntax tree of the UI sources: JSX text, visible JSX attributes (title, aria-label,
// placeholder…), the same names as object keys ({ 'aria-label': … }, { text: … }), error messages,
// and any other string that reads as words. Console output, module names, keys compared with
// ===, CSS selectors and the like are not for readers and are skipped. docs/i18n.md says how to fix
// a finding; ALLOWED below lists the few strings that are the same in every language.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface Untranslated {
  file: string;
  line: number;
  text: string;
}

/** Same in every language: product and format names, search syntax, symbols. */
export const ALLOWED: ReadonlySet<string> = new Set(['Quotelight', 'Markdown', 'CSV', '×', '✎', '?', '↗']);

/** Attributes and props whose value is read or heard. */
const VISIBLE_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'placeholder',
  'alt',
  'label',
  'question',
  'confirmLabel',
  'cancelLabel',
  'ariaLabel',
]);
/** Object keys whose string value is shown ({ text: … } for a status line, { title: … } for a menu). */
const VISIBLE_KEYS = new Set([...VISIBLE_ATTRIBUTES, 'text', 'message', 'details']);
/** Calls whose string arguments are for developers or the DOM, not readers. */
const SKIPPED_CALLS = /^(console\.\w+|t|tn|querySelector|querySelectorAll|closest|matches|addEventListener|removeEventListener|getElementById|createElement|setAttribute|getAttribute|hasAttribute|removeAttribute|fetch|import|require|Symbol|getURL|RegExp|logFailure)$/;
/** Object keys whose value is markup or data, never read ({ class: 'toolbar notice' }). */
const SKIPPED_KEYS = /^(class|className|id|type|role|style|rel|target|name|mime|filename|data-.*)$/;
/** Something a person reads: a letter, and either two words or a capitalised word. */
const WORDS = /\p{L}{2,}[,:;.!?'’…]*\s+\p{L}/u;
/** CSS text (a style sheet, a cssText): not words. */
const CSS = /[{};]/;
const CAPITALISED_WORD = /^\p{Lu}\p{Ll}+[.!?…]?$/u;

export function listSources(root: string, dirs: readonly string[], files: readonly string[] = []): string[] {
  const out = [...files.map((f) => join(root, f))];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(path);
    }
  };
  for (const d of dirs) walk(join(root, d));
  return out;
}

export function findUntranslated(root: string, paths: readonly string[]): Untranslated[] {
  const found: Untranslated[] = [];
  for (const path of paths) {
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true, path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const report = (node: ts.Node, text: string) => {
      const clean = text.replace(/\s+/g, ' ').trim();
      if (!/\p{L}/u.test(clean) || ALLOWED.has(clean)) return;
      found.push({ file: relative(root, path), line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1, text: clean });
    };
    const visit = (node: ts.Node): void => {
      if (ts.isJsxText(node)) {
        report(node, node.text);
        return;
      }
      if (ts.isJsxAttribute(node)) {
        const name = node.name.getText(source);
        if (!VISIBLE_ATTRIBUTES.has(name)) return; // class, id, type, data-*: not read
        const init = node.initializer;
        if (init && ts.isStringLiteral(init)) report(init, init.text);
        else if (init) visitExpression(init, true);
        return;
      }
      if (isStringy(node)) {
        if (skipped(node)) return;
        const text = literalText(node);
        if (CSS.test(text)) return;
        if (shownByPosition(node) || WORDS.test(text) || CAPITALISED_WORD.test(text.trim())) report(node, text);
        return;
      }
      ts.forEachChild(node, visit);
    };
    // Inside a visible attribute every literal is shown, one word or more.
    const visitExpression = (node: ts.Node, shown: boolean): void => {
      if (isStringy(node) && !skipped(node)) {
        if (shown) report(node, literalText(node));
        return;
      }
      ts.forEachChild(node, (n) => visitExpression(n, shown));
    };
    visit(source);
  }
  return found;
}

type Stringy = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression;

function isStringy(node: ts.Node): node is Stringy {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateExpression(node);
}

function literalText(node: Stringy): string {
  if (!ts.isTemplateExpression(node)) return node.text;
  return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
}

/** A string in a place that is never shown: types, modules, keys, comparisons, developer calls. */
function skipped(node: Stringy): boolean {
  for (let n: ts.Node = node, parent = node.parent; parent; n = parent, parent = parent.parent) {
    if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isLiteralTypeNode(parent) || ts.isTypeNode(parent)) return true;
    if (ts.isPropertyAssignment(parent) && parent.name === n) return true;
    if (ts.isPropertyAssignment(parent) && SKIPPED_KEYS.test(parent.name.getText().replace(/^['"]|['"]$/g, ''))) return true;
    if (ts.isElementAccessExpression(parent) && parent.argumentExpression === n) return true;
    if (ts.isBinaryExpression(parent) && /^(===|!==|==|!=|in)$/.test(parent.operatorToken.getText())) return true;
    if (ts.isCaseClause(parent)) return true;
    if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) {
      const callee = parent.expression.getText();
      const last = callee.split('.').pop() ?? callee;
      if (SKIPPED_CALLS.test(callee) || SKIPPED_CALLS.test(last)) return true;
      return false; // an argument to any other call (new Error('…'), setProblem('…')) may be shown
    }
    if (ts.isStatement(parent) || ts.isJsxAttribute(parent)) return false;
  }
  return false;
}

/** The value of a key that is shown ({ text: '…' }, { 'aria-label': '…' }), or an error's message. */
function shownByPosition(node: Stringy): boolean {
  const parent = node.parent;
  if (ts.isPropertyAssignment(parent) && parent.initializer === node) {
    const key = parent.name.getText().replace(/^['"]|['"]$/g, '');
    return VISIBLE_KEYS.has(key);
  }
  if (ts.isNewExpression(parent) && parent.expression.getText() === 'Error') return true;
  return false;
}
