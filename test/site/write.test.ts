import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeSite } from '../../src/site/write.js';

function tmp(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'apiref-write-'));
}

describe('writeSite', () => {
  it('replaces the output directory as a whole', () => {
    const out = path.join(tmp(), 'html');
    writeSite(out, [{ path: 'index.html', content: 'one' }, { path: 'old.html', content: 'gone soon' }]);
    writeSite(out, [{ path: 'index.html', content: 'two' }, { path: 'v3/index.html', content: 'three' }]);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('two');
    expect(fs.readFileSync(path.join(out, 'v3/index.html'), 'utf8')).toBe('three');
    expect(fs.existsSync(path.join(out, 'old.html'))).toBe(false);
    expect(fs.readdirSync(path.dirname(out))).toEqual(['html']);
  });

  it('refuses a path outside the output directory and leaves the previous site as it was', () => {
    const parent = tmp();
    const out = path.join(parent, 'html');
    writeSite(out, [{ path: 'index.html', content: 'good' }]);
    expect(() => writeSite(out, [{ path: 'index.html', content: 'new' }, { path: '../evil.html', content: 'x' }])).toThrow(/outside the output directory/);
    expect(fs.readFileSync(path.join(out, 'index.html'), 'utf8')).toBe('good');
    expect(fs.existsSync(path.join(parent, 'evil.html'))).toBe(false);
    expect(fs.readdirSync(parent)).toEqual(['html']);
  });
});
