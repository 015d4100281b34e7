/**
 * Runs a regular expression over text[from, to) only. Scanning the whole document from
 * `lastIndex = from` looks past `to` for the next match — per sentence, that is quadratic.
 * Match indexes are document offsets. Matches are collected eagerly, so one compiled
 * expression can be shared by every caller.
 */
const globalCopies = new WeakMap<RegExp, RegExp>();

export function matchesIn(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  let r = re.flags.includes('g') ? re : globalCopies.get(re);
  if (!r) { r = new RegExp(re.source, `${re.flags}g`); globalCopies.set(re, r); }
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const out: RegExpExecArray[] = [];
  r.lastIndex = 0;
  for (let m; (m = r.exec(slice)); ) {
    if (m[0] === '') { r.lastIndex++; continue; }
    m.index += from;
    out.push(m);
  }
  r.lastIndex = 0;
  return out;
}

/**
 * Pattern sources joined as one alternation grouped by first letter: "t(?:he|hen)|f(?:ormer)". At a position only
 * the group of its letter is tried, its alternatives in their order in the list, so the match is the flat
 * alternation's; the flat one tries every alternative in turn. `caseless` for a pattern with the `i` flag, where a
 * group's letter matches either case. The flat alternation when an alternative does not open with a plain ASCII
 * letter (an escape, a class, a letter with a quantifier).
 */
export function byFirstLetter(alternatives: string[], caseless: boolean): string {
  const groups = new Map<string, string[]>();
  for (const a of alternatives) {
    if (!/^[A-Za-z](?![?*+{])/.test(a)) return alternatives.join('|');
    const head = caseless ? a[0].toLowerCase() : a[0];
    const list = groups.get(head) ?? [];
    list.push(a.slice(1));
    groups.set(head, list);
  }
  return [...groups].map(([head, rests]) => `${head}(?:${rests.join('|')})`).join('|');
}
