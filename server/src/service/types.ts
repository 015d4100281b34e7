/**
 * Plain data shared by the checker, the server and the CLI.
 * Offsets are UTF-16 code units into the document text, as in JavaScript strings and LSP.
 */

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface Span { start: number; end: number }

/** A passage of a source article that states a fact. */
export interface Citation {
  /** Path of the source relative to the project root, e.g. `seeds/001_x.txt`. */
  source: string;
  /** 1-based line of the source. */
  line: number;
  /** Verbatim text of that line that states the fact. */
  excerpt: string;
  /** 0-based UTF-16 column of the excerpt on its line. */
  column: number;
  outlet?: string;
  headline?: string;
}

export interface TextEdit { span: Span; newText: string }

export interface Fix { title: string; edits: TextEdit[]; preferred?: boolean }

export interface Finding {
  code: string;
  severity: Severity;
  span: Span;
  message: string;
  /** What the draft says, verbatim. */
  claim: string;
  /** What the sources say, in words. */
  fact: string;
  citations: Citation[];
  fixes: Fix[];
  /** Further spans that belong to the finding (the quotation of a misattributed quote). */
  related?: Span[];
}

/** A claim the checker verified and found supported: hover shows it with its evidence. */
export interface Confirmation {
  span: Span;
  fact: string;
  citations: Citation[];
}

export interface CheckResult {
  findings: Finding[];
  confirmations: Confirmation[];
}
