/**
 * Runs a regular expression over text[from, to) only. Scanning the whole document from
 * `lastIndex = from` looks past `to` for the next match — per sentence, that is quadratic.
 * Match indexes are document offsets.
 */
export function* matchesIn(re: RegExp, text: string, from: number, to: number): Generator<RegExpExecArray> {
  const slice = text.slice(from, to);
  const r = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
  for (let m; (m = r.exec(slice)); ) {
    if (m[0] === '') { r.lastIndex++; continue; }
    m.index += from;
    yield m;
  }
}
