/** A highlighted token: Pygments' short CSS class ('' for plain text) and its exact source text. */
export type Token = [cls: string, value: string];

/** A lexer returns the tokens covering the whole input, or null where Pygments would hit an error token. */
export type Lexer = (code: string) => Token[] | null;

/** Scan helper: a sticky regex tried at `pos`; returns the match or null. Patterns must not backtrack badly. */
export function matchAt(re: RegExp, s: string, pos: number): string | null {
  re.lastIndex = pos;
  const m = re.exec(s);
  return m ? m[0] : null;
}
