import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rstParse } from '../../src/rst/unified.js';
import type { Root } from '../../src/rst/syntax.js';

describe('rstParse unified plugin', () => {
  it('parses to our Root and reports to vfile.messages', () => {
    const processor = unified().use(rstParse, { file: '/doc/index.rst' });
    const file = new VFile({ path: '/doc/index.rst', value: 'Title\n=====\n\n- a\ntext\n' });
    const tree = processor.parse(file) as unknown as Root;
    expect(tree.type).toBe('root');
    expect(tree.children[0]!.type).toBe('section');
    expect(file.messages).toHaveLength(1);
    expect(file.messages[0]).toMatchObject({
      reason: 'Bullet list ends without a blank line; unexpected unindent.',
      ruleId: 'rst-syntax',
      source: 'apiref',
      fatal: false,
      line: 5,
      column: 1,
    });
  });
});
