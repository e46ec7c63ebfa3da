/**
 * The load stage: every file the build reads goes through here, once. It decodes strictly (not UTF-8 is a
 * diagnostic), refuses files outside the project root (symbolic links that lead outside count as outside),
 * refuses huge files, and remembers what was read so the build can say which pages depend on which files.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { DiagnosticBag, Span } from '../diagnostics/diagnostic.js';
import { fileSpan } from '../diagnostics/diagnostic.js';
import { absolutePath, childPath, joinBelow } from '../util/paths.js';

/** Larger files are refused with a diagnostic: no real api-ref file comes near this. */
export const MAX_FILE_BYTES = 16 * 1024 * 1024;

export interface LoadedFile {
  /** Absolute real path. */
  file: string;
  text: string;
}

type CacheEntry = { ok: true; text: string } | { ok: false; message: string };

export class SourceFiles {
  private readonly cache = new Map<string, CacheEntry>();
  private readonly realRoot: string;
  private readonly decoder = new TextDecoder('utf-8', { fatal: true });

  constructor(
    /** Directory nothing may be read outside of. */
    readonly root: string,
    private readonly diagnostics: DiagnosticBag,
  ) {
    this.realRoot = realpathOr(root);
  }

  /** True when `file` (after following symbolic links) lies inside the project root. */
  isInsideRoot(file: string): boolean {
    return this.isRealPathInside(realpathOr(path.resolve(file)));
  }

  private isRealPathInside(real: string): boolean {
    // Both are canonical absolute paths (real paths), so a prefix test is exact and cheaper than path.relative.
    const root = this.realRoot.endsWith(path.sep) ? this.realRoot : this.realRoot + path.sep;
    return real === this.realRoot || real.startsWith(root);
  }

  /** Real paths of the folders files were read from: a tree reads hundreds of files from a few dozen folders. */
  private readonly realDirs = new Map<string, string>();

  /**
   * The real path of `abs` and its status. A file that is not itself a link lies where its folder's real path
   * says: one lstat per file and one realpath per folder, instead of a realpath (a readlink per component) and a
   * stat per file.
   */
  private locate(abs: string): { real: string; stat: fs.Stats | null } {
    let st: fs.Stats | null = null;
    try {
      st = fs.lstatSync(abs);
    } catch {
      // Missing or unreadable: the full walk finds the real path of what exists.
      return { real: realpathOr(abs), stat: null };
    }
    if (st.isSymbolicLink()) return { real: realpathOr(abs), stat: null };
    // `abs` is absolute and normalized (read() made it so).
    const slash = abs.lastIndexOf(path.sep);
    const dir = slash > 0 ? abs.slice(0, slash) : path.dirname(abs);
    let realDir = this.realDirs.get(dir);
    if (realDir === undefined) {
      realDir = realpathOr(dir);
      this.realDirs.set(dir, realDir);
    }
    return { real: childPath(realDir, abs.slice(slash + 1)), stat: st };
  }

  /**
   * Reads a text file, or reports why it cannot and returns null. `at` is where the file was asked for (an
   * include directive, say); without it the diagnostic is placed on the file itself.
   */
  read(file: string, at?: Span, what = 'File'): LoadedFile | null {
    const abs = absolutePath(file);
    let entry = this.cache.get(abs);
    if (!entry) {
      entry = this.load(abs);
      this.cache.set(abs, entry);
    }
    if (!entry.ok) {
      this.diagnostics.report('file-unreadable', 'error', `${what} ${entry.message}`, at ?? fileSpan(abs));
      return null;
    }
    return { file: abs, text: entry.text };
  }

  /** Reads without reporting: for optional files (conf.py, configuration). */
  tryRead(file: string): LoadedFile | null {
    const abs = absolutePath(file);
    let entry = this.cache.get(abs);
    if (!entry) {
      entry = this.load(abs);
      this.cache.set(abs, entry);
    }
    return entry.ok ? { file: abs, text: entry.text } : null;
  }

  exists(file: string): boolean {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  }

  /** A binary file (an image to copy), with the same checks as read(); null, reported, when it cannot be read. */
  readBinary(file: string, what = 'Image file'): Buffer | null {
    const abs = absolutePath(file);
    const shown = displayPath(abs, this.root);
    const fail = (message: string) => {
      this.diagnostics.report('file-unreadable', 'error', `${what} ${message}`, fileSpan(abs));
      return null;
    };
    if (!this.isRealPathInside(this.locate(abs).real)) return fail(`${shown} is outside the project root ${this.root}`);
    try {
      const st = fs.statSync(abs);
      if (!st.isFile()) return fail(`${shown} is not a file`);
      if (st.size > MAX_FILE_BYTES) return fail(`${shown} is too large (${st.size} bytes)`);
      return fs.readFileSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return fail(code === 'ENOENT' ? `${shown} not found` : `${shown} cannot be read (${code ?? 'error'})`);
    }
  }

  /** Forgets one file (the preview server calls this when a file changes). */
  invalidate(file: string): void {
    this.cache.delete(absolutePath(file));
    // A folder may have been replaced by a link meanwhile: real paths are worked out afresh.
    this.realDirs.clear();
  }

  private load(abs: string): CacheEntry {
    // Only failures name the file: working out the shown path for every successful read was wasted.
    const shown = { toString: () => displayPath(abs, this.root) };
    const where = this.locate(abs);
    if (!this.isRealPathInside(where.real)) return { ok: false, message: `${shown} is outside the project root ${this.root}` };
    let buf: Buffer;
    try {
      const st = where.stat ?? fs.statSync(abs);
      if (!st.isFile()) return { ok: false, message: `${shown} is not a file` };
      if (st.size > MAX_FILE_BYTES) return { ok: false, message: `${shown} is too large (${st.size} bytes)` };
      buf = fs.readFileSync(abs);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      return { ok: false, message: code === 'ENOENT' ? `${shown} not found` : `${shown} cannot be read (${code ?? 'error'})` };
    }
    try {
      let text = this.decoder.decode(buf);
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      return { ok: true, text };
    } catch {
      return { ok: false, message: `${shown} is not valid UTF-8` };
    }
  }
}

function realpathOr(p: string): string {
  // Longer than any path the system can open: nothing can be read there, so the lexical path is as good.
  if (p.length > 4096) return path.resolve(p);
  const missing: string[] = [];
  for (let cur = p; ; ) {
    try {
      // The native call is one realpath(3); fs.realpathSync walks the path with an lstat per component, which
      // every file read (500 in cinder, mostly JSON samples) paid for the root check.
      const real = fs.realpathSync.native(cur);
      return missing.length ? path.join(real, missing.reverse().join(path.sep)) : real;
    } catch {
      // A missing file: resolve the nearest existing folder's real path, so a link in the middle is still followed.
      const dir = path.dirname(cur);
      if (dir === cur) return p;
      missing.push(path.basename(cur));
      cur = dir;
    }
  }
}

export function isWithin(root: string, p: string): boolean {
  const rel = path.relative(root, p);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** A path as shown to people: relative to `base` when inside it, else as is. */
export function displayPath(file: string, base: string): string {
  const rel = path.relative(base, file);
  return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : file;
}

/**
 * Where a path written in include / literalinclude / rest_parameters points, as Sphinx resolves it: relative to
 * the directory of the top-level document (not the .inc file holding the directive); a leading `/` means
 * relative to the source directory.
 */
export function resolveSourcePath(written: string, topDocDir: string, sourceDir: string): string {
  // A tree names the same few files hundreds of times (`../status.yaml` in every table): each is worked out once
  // (for absolute folders only, whose result does not depend on the working directory).
  if (!path.isAbsolute(topDocDir) || !path.isAbsolute(sourceDir)) return computeSourcePath(written.trim(), topDocDir, sourceDir);
  const key = `${topDocDir}\0${sourceDir}\0${written}`;
  let resolved = resolvedPaths.get(key);
  if (resolved === undefined) {
    resolved = computeSourcePath(written.trim(), topDocDir, sourceDir);
    if (resolvedPaths.size > 10_000) resolvedPaths.clear();
    resolvedPaths.set(key, resolved);
  }
  return resolved;
}

const resolvedPaths = new Map<string, string>();

function computeSourcePath(p: string, topDocDir: string, sourceDir: string): string {
  if (p.startsWith('/')) return path.join(sourceDir, p.slice(1));
  // Most paths are a plain file name or folder path below the document (`parameters.yaml`, `samples/x.json`).
  return joinBelow(topDocDir, p) ?? path.resolve(topDocDir, p);
}

/**
 * The project root nothing may be read outside of: the nearest directory above the source that holds `.git`;
 * else `X` for a source at `X/api-ref/source`; else the source directory itself.
 */
export function findProjectRoot(sourceDir: string): string {
  const abs = path.resolve(sourceDir);
  for (let dir = abs; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, '.git'))) return dir;
    if (path.dirname(dir) === dir) break;
  }
  const parent = path.dirname(abs);
  if (path.basename(abs) === 'source' && path.basename(parent) === 'api-ref') return path.dirname(parent);
  return abs;
}
