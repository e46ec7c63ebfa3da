/**
 * Fuzzing the data loaders: parameters.yaml (loadParameters), status.yaml (loadStatus) and JSON samples
 * (parseJsonSample), with random text and with real corpus files under random mutations. Properties: never
 * throws, time linear in the input, every diagnostic well placed.
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DiagnosticBag } from '../../src/diagnostics/diagnostic.js';
import { loadParameters } from '../../src/data/parameters.js';
import { loadStatus } from '../../src/data/status.js';
import { parseJsonSample } from '../../src/data/samples.js';
import { chunks, corpusTexts, count, expectWellPlaced, JSON_SEEDS, markupSoupArb, mutatedArb, printCounts, timeBoundMs, timed, YAML_SEEDS, checkAll, FUZZ_TIMEOUT } from './helpers.js';

const yamlTexts = [...YAML_SEEDS, ...chunks(corpusTexts('.yaml'))];
const jsonTexts = [...JSON_SEEDS, ...corpusTexts('.json', 300)];

type Loader = (file: string, text: string, diagnostics: DiagnosticBag) => unknown;

function check(loader: Loader, file: string, text: string, target: string): void {
  count(target);
  const diagnostics = new DiagnosticBag();
  const { ms } = timed(() => loader(file, text, diagnostics));
  expect(ms).toBeLessThan(timeBoundMs(text.length));
  expectWellPlaced(diagnostics.list);
}

/** YAML-ish random text: keys, indentation, anchors, aliases, tags, flow collections. */
const yamlSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom('key:', ' value', '\n', '\n  ', '- ', '&a ', '*a', '<<: *a', '!!str ', '!custom ', '{', '}', '[', ']', ', ', '"', "'", '|', '>', '#', '---', '...', '? ', '\t', '\0', '\uFEFF', '2.1', 'true', 'in: body', 'required: true', 'type: string', 'description: |'),
      fc.string({ maxLength: 5 }),
    ),
    { maxLength: 120 },
  )
  .map((ps) => ps.join(''));

const jsonSoup = fc.oneof(
  fc.json().map((j) => j),
  fc.array(fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '1', '-', 'e', '.', 'true', 'null', '\\', '"\\u12', ' ', '\n', '\0'), { maxLength: 200 }).map((ps) => ps.join('')),
);

describe('fuzz: parameters.yaml loader', { timeout: FUZZ_TIMEOUT }, () => {
  afterAll(printCounts);
  it('random YAML-ish text', async () => {
    await checkAll(yamlSoup, (t) => check(loadParameters, '/fuzz/parameters.yaml', t, 'loadParameters/random'));
  });
  it('mutated corpus parameters files', async () => {
    await checkAll(mutatedArb(yamlTexts), (t) => check(loadParameters, '/fuzz/parameters.yaml', t, 'loadParameters/mutated'));
  });
});

describe('fuzz: status.yaml loader', { timeout: FUZZ_TIMEOUT }, () => {
  afterAll(printCounts);
  it('random YAML-ish text', async () => {
    await checkAll(yamlSoup, (t) => check(loadStatus, '/fuzz/status.yaml', t, 'loadStatus/random'));
  });
  it('mutated corpus YAML files', async () => {
    await checkAll(mutatedArb(yamlTexts), (t) => check(loadStatus, '/fuzz/status.yaml', t, 'loadStatus/mutated'));
  });
});

describe('fuzz: JSON sample loader', { timeout: FUZZ_TIMEOUT }, () => {
  afterAll(printCounts);
  it('random JSON and JSON-ish text', async () => {
    await checkAll(jsonSoup, (t) => check(parseJsonSample, '/fuzz/sample.json', t, 'parseJsonSample/random'));
  });
  it('mutated corpus samples', async () => {
    await checkAll(mutatedArb(jsonTexts), (t) => check(parseJsonSample, '/fuzz/sample.json', t, 'parseJsonSample/mutated'));
  });
  it('markup soup is rejected as JSON with a placed diagnostic', async () => {
    await checkAll(markupSoupArb(200), (t) => check(parseJsonSample, '/fuzz/sample.json', t, 'parseJsonSample/soup'));
  });
});
