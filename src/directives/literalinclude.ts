/**
 * `.. literalinclude:: samples/x.json` — a sample file shown as code. Paths resolve like Sphinx's (relative to
 * the top-level document; `/x` from the source directory). Options: :language:, :lines:, :emphasize-lines:,
 * :start-after:, :end-before:, :caption:, :dedent:, :prepend:, :append:. A file that should be JSON (by
 * :language: json/javascript or a .json name) and is not still renders, with a diagnostic at the error.
 */
import path from 'node:path';
import type { DirectiveHandler } from './types.js';
import { option } from './types.js';
import { parseLineSpec } from './line-spec.js';
import { checkJsonSample } from '../data/samples.js';

const JSON_LANGUAGES = new Set(['json', 'javascript', 'js']);

/** A shell command line calling curl (`curl -X POST ...`, `$ curl ...`). */
const CURL_COMMAND = /^\s*(?:\$\s+)?curl\s/;

export const literalinclude: DirectiveHandler = {
  names: ['literalinclude'],
  run(node, ctx) {
    const written = node.argument.trim();
    if (!written) {
      ctx.diagnostics.report('directive-syntax', 'error', 'literalinclude needs a file name.', node.position);
      return [];
    }
    const file = ctx.resolvePath(written);
    const loaded = ctx.readFile(file, node.position, 'Sample file');
    const language = option(node, 'language') ?? ctx.highlightLanguage;
    // The diagnostic says what is missing; the page shows nothing in its place, as Sphinx does (and as for a
    // missing include).
    if (!loaded) return [];
    let text = loaded.text.replace(/\r\n?/g, '\n');
    // A .json file is JSON; other files only when they have no extension of their own and are labelled JSON:
    // `:language: javascript` is also put on form-encoded `.txt` bodies (keystone's OAuth samples).
    const ext = path.extname(file).toLowerCase();
    const isJson = ext === '.json' || (ext === '' && JSON_LANGUAGES.has(language.toLowerCase()));
    // cyborg keeps the curl command of an example beside its body, in `*-curl.json`: a command, not broken JSON.
    if (isJson && !CURL_COMMAND.test(text)) checkJsonSample(loaded.file, text, ctx.diagnostics);
    let lines = text.split('\n');
    if (lines.length && lines[lines.length - 1] === '') lines.pop();
    const startAfter = option(node, 'start-after');
    if (startAfter !== undefined) {
      const i = lines.findIndex((l) => l.includes(startAfter));
      if (i < 0) ctx.diagnostics.report('directive-syntax', 'error', `start-after pattern not found: ${startAfter}`, node.position);
      else lines = lines.slice(i + 1);
    }
    const endBefore = option(node, 'end-before');
    if (endBefore !== undefined) {
      const i = lines.findIndex((l) => l.includes(endBefore));
      if (i < 0) ctx.diagnostics.report('directive-syntax', 'error', `end-before pattern not found: ${endBefore}`, node.position);
      else lines = lines.slice(0, i);
    }
    const spec = option(node, 'lines');
    if (spec) {
      const picked = parseLineSpec(spec, lines.length, node.position, ctx.diagnostics);
      lines = picked.map((n) => lines[n - 1]!);
    }
    const dedent = option(node, 'dedent');
    if (dedent !== undefined) {
      const n = Number.parseInt(dedent, 10);
      let strip = n;
      if (!Number.isFinite(strip)) {
        // The common indentation (a loop, not Math.min(...): files can have more lines than arguments fit).
        strip = Infinity;
        for (const l of lines) if (l.trim()) strip = Math.min(strip, l.length - l.trimStart().length);
      }
      lines = lines.map((l) => l.slice(Math.min(strip, l.length - l.trimStart().length)));
    }
    const prepend = option(node, 'prepend');
    const append = option(node, 'append');
    if (prepend !== undefined) lines.unshift(prepend);
    if (append !== undefined) lines.push(append);
    text = lines.join('\n') + (lines.length ? '\n' : '');
    const emph = option(node, 'emphasize-lines');
    const caption = option(node, 'caption');
    return [
      {
        type: 'codeBlock',
        language,
        value: text,
        emphasize: emph ? parseLineSpec(emph, lines.length, node.position, ctx.diagnostics) : [],
        caption: caption ? [{ type: 'text', value: caption, position: node.position }] : null,
        sourceFile: loaded.file,
        position: node.position,
      },
    ];
  },
};

