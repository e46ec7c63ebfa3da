/** The `serve` command's options: bad values are usage errors (exit 2), before anything is built or bound. */
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), cwd: process.cwd(), env: {}, stdoutIsTTY: false, stderrIsTTY: false } };
}

describe('apiref serve (command line)', () => {
  it.each(['abc', '-1', '70000', '80.5'])('--port %s is a usage error', async (port) => {
    const t = io();
    expect(await main(['serve', 'api-ref/source', '--port', port], t.io)).toBe(2);
    expect(t.err.join('')).toContain('--port');
  });

  it('a missing source directory is a usage error', async () => {
    const t = io();
    expect(await main(['serve', '/nonexistent/apiref-source', '--port', '0'], t.io)).toBe(2);
    expect(t.err.join('')).toContain('source directory not found');
  });

  it('a port already in use is a usage error', async () => {
    const net = await import('node:net');
    const blocker = net.createServer();
    await new Promise<void>((r) => blocker.listen(0, '127.0.0.1', () => r()));
    const port = (blocker.address() as { port: number }).port;
    const t = io();
    try {
      expect(await main(['serve', 'api-ref/source', '--port', String(port)], t.io)).toBe(2);
      expect(t.err.join('')).toContain('EADDRINUSE');
    } finally {
      blocker.close();
    }
  });

  it('is listed in the help', async () => {
    const t = io();
    await main(['--help'], t.io);
    expect(t.out.join('')).toMatch(/serve \[options\] \[source\]/);
  });
});
