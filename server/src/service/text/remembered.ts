/**
 * A function's results remembered by argument, for pure functions asked about the same few values
 * again and again (a name's family, a title's class). The memory is bounded: past `limit` entries
 * it starts afresh rather than growing with every new value a long session brings.
 */
export function remembered<V>(compute: (key: string) => V, limit = 10_000): (key: string) => V {
  const seen = new Map<string, V>();
  return key => {
    let v = seen.get(key);
    if (v === undefined) {
      v = compute(key);
      if (seen.size > limit) seen.clear();
      seen.set(own(key), v);
    }
    return v;
  };
}

/**
 * A copy of `s` that shares no storage with the text it was cut from. A key cut from a document
 * (a title read in a sentence) is a view of the whole document's text, and a memory kept across
 * checks would keep that text alive with it: two megabytes for a 1 MB draft.
 */
function own(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
