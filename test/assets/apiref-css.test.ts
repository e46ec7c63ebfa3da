import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = path.dirname(fileURLToPath(import.meta.url));
const css = fs.readFileSync(path.resolve(here, '../../assets/apiref.css'), 'utf8');
/** The stylesheet without comments, whitespace collapsed, for selector checks. */
const flat = css.replace(/\/\*[\s\S]*?\*\//g, '').replace(/\s+/g, ' ');

function block(selector: string): string {
  const at = flat.indexOf(`${selector} {`);
  if (at < 0) return '';
  return flat.slice(at, flat.indexOf('}', at) + 1);
}

describe('apiref.css', () => {
  it('loads nothing from the network', () => {
    expect(css).not.toMatch(/@import|url\(\s*["']?(https?:)?\/\//);
  });

  it('has balanced braces', () => {
    expect(flat.split('{').length).toBe(flat.split('}').length);
  });

  it('hides closed details only when the script has marked the page', () => {
    expect(block('html.js section.api-detail:not(.show)')).toContain('display: none');
    expect(flat).not.toMatch(/(^|[};]\s*)section\.api-detail:not\(\.show\)\s*\{/);
  });

  it('shows every detail and hides the controls in print', () => {
    const print = flat.slice(flat.indexOf('@media print'));
    expect(print).toMatch(/section\.api-detail \{ display: block !important;/);
    expect(print).toMatch(/\.btn-detail,[^{]*\{ display: none !important;/);
  });

  it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE'])('gives %s badges their own colour', (method) => {
    expect(block(`.label-${method}`)).toMatch(/background: var\(--\w+\)/);
  });

  it('styles the contract classes and Pygments tokens', () => {
    for (const sel of [
      '.path_parameter',
      '.url-tag-placeholder::before',
      'a.headerlink',
      'div.admonition',
      'p.admonition-title',
      '.highlight .s2',
      '.highlight .kc',
      '.highlight .mi',
      '.highlight .p',
      '.highlight .o',
      '.highlight .hll',
      '.expand-all-row',
      'table.docutils',
    ]) {
      expect(flat, sel).toContain(sel);
    }
  });

  it('shows permalinks on hover and keyboard focus', () => {
    expect(flat).toMatch(/a\.headerlink:focus \{ opacity: 1;/);
    expect(flat).toMatch(/a\.operation-anchor:focus \{ opacity: 1;/);
    // The operation permalink's ¶ comes from CSS, not from the page's text.
    expect(flat).toMatch(/\.operation-anchor-glyph::before \{ content: "\\00b6";/);
  });
});
