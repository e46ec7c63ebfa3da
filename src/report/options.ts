/** The options every report format receives; `lint` builds them once from its flags and environment. */

export type FormatName = 'stylish' | 'json' | 'github' | 'sarif' | 'junit';

export const FORMAT_NAMES: readonly FormatName[] = ['stylish', 'json', 'github', 'sarif', 'junit'];

/** What a reporter needs to know about a rule (SARIF and JUnit describe the rules, not just the findings). */
export interface RuleInfo {
  id: string;
  description: string;
  defaultSeverity: 'error' | 'warn';
  helpUri?: string;
}

export interface FormatOptions {
  /** Files are printed relative to this directory. */
  cwd: string;
  /** ANSI colour, stylish only; decide it with `shouldUseColor`. */
  color: boolean;
  rules: RuleInfo[];
  toolVersion: string;
  /** SARIF `tool.driver.informationUri`; defaults to the package's npm page. */
  informationUri?: string;
}
