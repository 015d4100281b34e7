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
