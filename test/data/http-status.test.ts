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
