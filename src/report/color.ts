/**
 * Whether stylish output gets ANSI colour. FORCE_COLOR (any value but `0`/`false`) wins over everything; else
 * NO_COLOR (non-empty, per no-color.org) and TERM=dumb turn it off; else colour only on a terminal.
 */
export function shouldUseColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.TERM === 'dumb') return false;
  return stream.isTTY === true;
}

/** The few SGR styles stylish uses; each wraps text and resets only what it set. */
export interface Paint {
  red(s: string): string;
  yellow(s: string): string;
  blue(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const ansi: Paint = {
  red: sgr(31, 39),
  yellow: sgr(33, 39),
  blue: sgr(34, 39),
  dim: sgr(2, 22),
  bold: sgr(1, 22),
  underline: sgr(4, 24),
};

const plain: Paint = {
  red: (s) => s,
  yellow: (s) => s,
  blue: (s) => s,
  dim: (s) => s,
  bold: (s) => s,
  underline: (s) => s,
};

export function paint(color: boolean): Paint {
  return color ? ansi : plain;
}
