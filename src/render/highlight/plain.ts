/** `none`, `text` and anything we cannot lex: one plain token. */
import type { Lexer } from './token.js';

export const plainLexer: Lexer = (code) => [['', code]];
