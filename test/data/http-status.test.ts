import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownStatusCodes, reasonPhrase } from '../../src/data/http-status.js';

describe('reasonPhrase', () => {
  it('prints the phrases os-api-ref prints', () => {
    expect(reasonPhrase(200)).toBe('OK');
    expect(reasonPhrase(203)).toBe('Non-Authoritative Information');
    expect(reasonPhrase(413)).toBe('Request Entity Too Large');
    expect(reasonPhrase(418)).toBe("I'm a Teapot");
    expect(reasonPhrase(422)).toBe('Unprocessable Entity');
    expect(reasonPhrase(429)).toBe('Too Many Requests');
    expect(reasonPhrase(503)).toBe('Service Unavailable');
  });

  it('says Unknown for codes it does not know', () => {
    expect(reasonPhrase(299)).toBe('Unknown');
    expect(reasonPhrase(600)).toBe('Unknown');
  });

  it('knows the 62 codes of Python http.client.responses plus 429', () => {
    const codes = knownStatusCodes();
    expect(codes).toHaveLength(62);
    expect(codes[0]).toBe(100);
    expect(codes[codes.length - 1]).toBe(511);
  });
});

// Python's table is the source of truth (os-api-ref prints `http.client.responses`); compare when it is here.
const PYTHON = '/usr/bin/python3';
describe.skipIf(!existsSync(PYTHON))('reasonPhrase against Python http.client.responses (needs /usr/bin/python3; skipped without it)', () => {
  it('matches every code', (ctx) => {
    const script = [
      'import http.client, json',
      'r = dict(http.client.responses)',
      'r.setdefault(429, "Too Many Requests")',
      'print(json.dumps(r))',
    ].join('\n');
    const py = JSON.parse(execFileSync(PYTHON, ['-c', script]).toString()) as Record<string, string>;
    // Python 3.13 renamed some phrases (413 "Content Too Large"); the table follows the Python os-api-ref 2.3.0 ran on.
    if (py['413'] !== 'Request Entity Too Large') ctx.skip();
    for (const [code, phrase] of Object.entries(py)) expect(reasonPhrase(Number(code)), code).toBe(phrase);
    expect(knownStatusCodes().map(String)).toEqual(Object.keys(py).sort());
  });
});
