/**
 * Every check the checker runs, in one table: its stable code, default severity and a one-line
 * description (the documentation page is docs/rules/<code>.md). Adding a check is adding a row
 * here and its function in checks/.
 */
import type { Severity } from './types';

export interface Rule { code: string; severity: Severity; description: string }

export const RULES = [
  { code: 'wrong-date', severity: 'error', description: 'A date that the sources give differently for the same event.' },
  { code: 'wrong-weekday', severity: 'error', description: 'A weekday that does not fall on the date it is given with.' },
  { code: 'wrong-place', severity: 'error', description: 'A venue, city or country that the sources give differently for the same event.' },
  { code: 'wrong-participant', severity: 'error', description: 'A person named as taking part in an event the sources say they did not take part in.' },
  { code: 'wrong-role', severity: 'error', description: 'A title or role that the sources give to someone else, or not to this person.' },
  { code: 'wrong-number', severity: 'error', description: 'A count, duration, edition or other number the sources give differently.' },
  { code: 'wrong-event', severity: 'warning', description: 'An event named where the sources name another (a G20 for the G7).' },
  { code: 'contradicted-claim', severity: 'warning', description: 'A statement the sources say the opposite of (a reason, an announcer or a picture credit other than theirs).' },
  { code: 'quote-speaker', severity: 'error', description: 'A quotation given to someone the sources do not give it to.' },
  { code: 'quote-wording', severity: 'error', description: 'A quotation whose words differ from every wording in the sources.' },
  { code: 'quote-not-found', severity: 'information', description: 'A quotation that no source contains.' },
] as const satisfies readonly Rule[];

export type RuleCode = (typeof RULES)[number]['code'];

export const RULE_BY_CODE = new Map<string, Rule>(RULES.map(r => [r.code, r]));
