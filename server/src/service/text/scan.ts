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
 * matchesIn for a pattern with many capture groups that matches at few places (the date forms): a copy without
 * captures finds each match, and the pattern itself, anchored there, reads its groups. A match does not depend on
 * captures (there are no back references), so both find the same matches; the copy runs faster because an attempt
 * at a position does not have every group to reset first.
 */
export function sparseMatchesIn(re: RegExp, text: string, from: number, to: number): RegExpExecArray[] {
  let pair = finders.get(re);
  if (!pair) {
    const bare = withoutCaptures(re.source);
    pair = bare === undefined ? null : { find: new RegExp(bare, re.flags.includes('g') ? re.flags : `${re.flags}g`), read: new RegExp(re.source, `${re.flags.replace('g', '')}y`) };
    finders.set(re, pair);
  }
  if (!pair) return matchesIn(re, text, from, to);
  const { find, read } = pair;
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const out: RegExpExecArray[] = [];
  find.lastIndex = 0;
  for (let f; (f = find.exec(slice)); ) {
    read.lastIndex = f.index;
    const m = read.exec(slice)!;
    if (m[0] === '') { find.lastIndex++; continue; }
    m.index += from;
    out.push(m);
  }
  find.lastIndex = 0;
  read.lastIndex = 0;
  return out;
}

const finders = new WeakMap<RegExp, { find: RegExp; read: RegExp } | null>();

/** The pattern with its capture groups made non-capturing; undefined when it refers back to a group. */
function withoutCaptures(source: string): string | undefined {
  let out = '', inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      if (!inClass && /[1-9k]/.test(source[i + 1] ?? '')) return undefined;
      out += c + (source[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else out += c === '(' && source[i + 1] !== '?' ? '(?:' : c;
  }
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
