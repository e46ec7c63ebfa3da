/**
 * parameters.yaml and status.yaml are loaded once per file per build, whatever number of tables use them.
 */
import path from 'node:path';
import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';
import type { SourceFiles } from '../load/source-files.js';
import type { Block } from '../rst/syntax.js';
import type { DocBlock } from '../document/nodes.js';
import { loadParameters, type ParameterFile } from '../data/parameters.js';
import { loadStatus, type StatusFile } from '../data/status.js';

export interface DataCacheOptions {
  /** Runs the loading of one data file: the preview server files the diagnostics it reports under that file. */
  capture?: <T>(file: string, load: () => T) => T;
  /** The map that keeps parsed shared texts (the preview server passes one that also keeps their diagnostics). */
  sharedSyntax?: Map<string, Block[]>;
}

export class DataCache {
  private readonly parameterFiles = new Map<string, ParameterFile | null>();
  private readonly statusFiles = new Map<string, StatusFile | null>();
  /** Parsed RST of shared texts (parameter descriptions, status reasons), by a key naming file and entry. */
  readonly sharedSyntax: Map<string, Block[]>;
  /**
   * Resolved blocks of shared texts that resolve alike on every page (see resolve/context-free.ts), by their
   * parsed blocks: a text parsed again (changed on disk) is a new key.
   */
  readonly sharedResolved = new WeakMap<Block[], DocBlock[]>();
  private readonly capture: <T>(file: string, load: () => T) => T;

  constructor(
    private readonly files: SourceFiles,
    private readonly diagnostics: DiagnosticBag,
    options: DataCacheOptions = {},
  ) {
    this.sharedSyntax = options.sharedSyntax ?? new Map();
    this.capture = options.capture ?? ((_file, load) => load());
  }

  /** Image files pages show, by absolute path → their name under `_images/` (Sphinx's: a.png, then a1.png, ...). */
  readonly images = new Map<string, string>();
  private readonly imageNames = new Set<string>();

  /** The name under `_images/` for an image file, the same for every use. */
  imageName(file: string): string {
    let name = this.images.get(file);
    if (name === undefined) {
      const base = path.basename(file);
      const dot = base.lastIndexOf('.');
      const [stem, ext] = dot > 0 ? [base.slice(0, dot), base.slice(dot)] : [base, ''];
      name = base;
      for (let n = 1; this.imageNames.has(name); n++) name = `${stem}${n}${ext}`;
      this.imageNames.add(name);
      this.images.set(file, name);
    }
    return name;
  }

  /** Forgets one file (changed on disk): the next use loads it again. */
  invalidate(file: string): boolean {
    const hadParameters = this.parameterFiles.delete(file);
    const hadStatus = this.statusFiles.delete(file);
    const had = hadParameters || hadStatus;
    for (const key of this.sharedSyntax.keys()) if (key.includes(`\0${file}\0`)) this.sharedSyntax.delete(key);
    return had;
  }

  /** The parsed parameters file, or null when it cannot be read (reported once, at the first use). */
  parameters(file: string, at: Span): ParameterFile | null {
    if (!this.parameterFiles.has(file)) {
      this.parameterFiles.set(
        file,
        this.capture(file, () => {
          const loaded = this.files.read(file, at, 'Parameters file');
          return loaded ? loadParameters(loaded.file, loaded.text, this.diagnostics) : null;
        }),
      );
    }
    return this.parameterFiles.get(file) ?? null;
  }

  status(file: string, at: Span): StatusFile | null {
    if (!this.statusFiles.has(file)) {
      this.statusFiles.set(
        file,
        this.capture(file, () => {
          const loaded = this.files.read(file, at, 'Status file');
          return loaded ? loadStatus(loaded.file, loaded.text, this.diagnostics) : null;
        }),
      );
    }
    return this.statusFiles.get(file) ?? null;
  }

  /** Every parameters file loaded in this build (for the unused-parameter rule). */
  get allParameterFiles(): ParameterFile[] {
    return [...this.parameterFiles.values()].filter((f): f is ParameterFile => f !== null);
  }

  get allStatusFiles(): StatusFile[] {
    return [...this.statusFiles.values()].filter((f): f is StatusFile => f !== null);
  }
}
