// Precision and recall over every fixture corpus, by kind, with floors that fail the build if the
// checker gets worse. The held-out drafts (test/fixtures/heldout) were written by another author from
// the seeds alone; their first-run score is recorded in docs/quality.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root, service, seedBase } from './seedBase.mjs';

const FLOORS = { devset: [1, 1], forms: [1, 1], heldout: [0.95, 0.9], heldout2: [0.95, 0.9], heldout3: [0.95, 0.9], heldout4: [0.95, 0.85], heldout5: [0.95, 0.75], heldout6: [0.95, 0.85], heldout7: [0.95, 0.8], heldout8: [0.95, 0.85], heldout9: [0.95, 0.85], heldout10: [0.95, 0.85], heldout11: [0.95, 0.8], heldout12: [0.95, 0.8], heldout13: [0.95, 0.8], heldout14: [0.95, 0.8], heldout15: [0.95, 0.8], heldout16: [0.95, 0.75], heldout17: [0.95, 0.8], heldout18: [0.95, 0.8], heldout19: [0.9, 0.7], heldout20: [0.95, 0.8], heldout21: [0.95, 0.9], heldout22: [0.95, 0.85], heldout23: [0.95, 0.85], heldout24: [0.95, 0.8], heldout25: [0.95, 0.8], heldout26: [0.95, 0.75], heldout27: [0.95, 0.8], heldout28: [0.95, 0.85], heldout29: [0.95, 0.7], heldout30: [0.95, 0.75], heldout31: [0.95, 0.75], heldout32: [0.95, 0.8], heldout33: [0.95, 0.8], heldout34: [0.95, 0.7], heldout35: [0.95, 0.7], heldout36: [0.95, 0.55], heldout37: [0.95, 0.7], heldout38: [0.95, 0.8], heldout39: [0.95, 0.8], heldout40: [0.9, 0.7], heldout41: [0.85, 0.75], heldout42: [0.95, 0.85], heldout43: [0.95, 0.85], heldout44: [0.95, 0.7], heldout45: [0.95, 0.8], heldout46: [0.95, 0.85], heldout47: [0.95, 0.85], heldout48: [0.9, 0.8], heldout49: [0.9, 0.7], heldout50: [0.95, 0.7], heldout51: [0.95, 0.9], heldout52: [0.95, 0.75], heldout53: [0.95, 0.75], heldout54: [0.95, 0.7], heldout55: [0.95, 0.8], heldout56: [0.95, 0.7], heldout57: [0.95, 0.7], heldout58: [0.95, 0.7], heldout59: [0.95, 0.7], heldout60: [0.95, 0.7], heldout61: [0.95, 0.8], heldout62: [0.9, 0.85], heldout63: [0.95, 0.6], heldout64: [0.85, 0.8], heldout65: [0.9, 0.7], heldout66: [0.95, 0.65], heldout67: [0.9, 0.85], heldout68: [0.95, 0.65], heldout69: [0.95, 0.8], heldout70: [0.95, 0.85], heldout71: [0.9, 0.85], heldout72: [0.95, 0.7], heldout73: [0.9, 0.7], heldout74: [0.95, 0.85], heldout75: [0.9, 0.85], heldout76: [0.9, 0.75], heldout77: [0.9, 0.8], heldout78: [0.9, 0.8], heldout79: [0.95, 0.8], heldout80: [0.95, 0.95], heldout81: [0.95, 0.9], heldout82: [0.95, 0.85], heldout83: [0.95, 0.9], heldout84: [0.95, 0.85], heldout85: [0.95, 0.85], heldout86: [0.95, 0.9], heldout87: [0.95, 0.8], heldout88: [0.95, 0.7], heldout89: [0.95, 0.85], heldout90: [0.95, 0.85], heldout91: [0.95, 0.85], heldout92: [0.95, 0.75], heldout93: [0.95, 0.8], heldout94: [0.95, 0.75], heldout95: [0.95, 0.8], heldout96: [0.95, 0.9], heldout97: [0.95, 0.85], heldout98: [0.95, 0.85], heldout99: [0.95, 0.8], heldout100: [0.95, 0.85], heldout101: [0.95, 0.9], heldout102: [0.95, 0.95], heldout103: [0.95, 0.85], heldout104: [0.95, 0.8], heldout105: [0.95, 0.9], heldout106: [0.95, 0.85], heldout107: [0.95, 0.85], heldout108: [0.95, 0.9], heldout109: [0.95, 0.85], heldout110: [0.95, 0.75], heldout111: [0.95, 0.65], heldout112: [0.95, 0.8], heldout113: [0.95, 0.95], heldout114: [0.95, 0.9], heldout115: [0.95, 0.85], heldout116: [0.95, 0.75], heldout117: [0.95, 0.9], heldout118: [0.95, 0.8], heldout119: [0.95, 0.85], heldout120: [0.95, 0.8], heldout121: [0.95, 0.9], heldout122: [0.95, 0.8], heldout123: [0.95, 0.95], heldout124: [0.95, 0.9], heldout125: [0.9, 0.75], heldout126: [0.95, 0.85], heldout127: [0.9, 0.65], heldout128: [0.95, 0.9], heldout129: [0.95, 0.75], heldout130: [0.95, 0.9], heldout131: [0.95, 0.8], heldout132: [0.95, 0.8], heldout133: [0.95, 0.9], heldout134: [0.95, 0.95], heldout135: [0.95, 0.95], heldout136: [0.95, 0.9], heldout137: [0.95, 0.85], heldout138: [0.95, 0.9], heldout139: [0.95, 0.85], heldout140: [0.95, 0.95], heldout141: [0.95, 0.95], heldout142: [0.9, 0.85], heldout143: [0.95, 0.9], heldout144: [0.9, 0.85], heldout145: [0.95, 0.9], heldout146: [0.95, 0.9], heldout147: [0.95, 0.9], heldout148: [0.9, 0.85], heldout149: [0.95, 0.85], heldout150: [0.95, 0.8], heldout151: [0.9, 0.8], heldout152: [0.95, 0.95], heldout153: [0.95, 0.95], heldout154: [0.95, 0.9], heldout155: [0.95, 0.8], heldout156: [0.9, 0.7], heldout157: [0.9, 0.75], heldout158: [0.95, 0.8], heldout159: [0.95, 0.9], heldout160: [0.95, 0.95], heldout161: [0.95, 0.9], heldout162: [0.95, 0.9], heldout163: [0.95, 0.85], heldout164: [0.95, 0.9], heldout165: [0.95, 0.95], heldout166: [0.95, 0.75], heldout167: [0.95, 0.95], heldout168: [0.95, 0.85], heldout169: [0.95, 0.95], heldout170: [0.95, 0.95], heldout171: [0.95, 0.85], heldout172: [0.95, 0.9], heldout173: [0.9, 0.8], heldout174: [0.95, 0.95], heldout175: [0.95, 0.85], heldout176: [0.95, 0.95], heldout177: [0.95, 0.85], heldout178: [0.95, 0.9], heldout179: [0.95, 0.95], heldout180: [0.95, 0.9], heldout181: [0.95, 0.95], heldout182: [0.95, 0.95], heldout183: [0.95, 0.95], heldout184: [0.95, 0.95], heldout185: [0.95, 0.85], heldout186: [0.95, 0.95], heldout187: [0.95, 0.9], heldout188: [0.95, 0.95], heldout189: [0.95, 0.95], heldout190: [0.95, 0.9], heldout191: [0.95, 0.8], heldout192: [0.95, 0.9], heldout193: [0.95, 0.9], heldout194: [0.95, 0.85], heldout195: [0.95, 0.9], heldout196: [0.95, 0.9], heldout197: [0.95, 0.8], heldout198: [0.95, 0.85], heldout199: [0.95, 0.95], heldout200: [0.95, 0.8], heldout201: [0.95, 0.95], heldout202: [0.95, 0.95], heldout203: [0.95, 0.95], heldout204: [0.95, 0.95], heldout205: [0.95, 0.95], heldout206: [0.95, 0.95], heldout207: [0.95, 0.95], heldout208: [0.95, 0.95], heldout209: [0.95, 0.85], heldout210: [0.95, 0.85], heldout211: [0.95, 0.8], heldout212: [0.95, 0.75], heldout213: [0.95, 0.95], heldout214: [0.95, 0.9], heldout215: [0.95, 0.9], heldout216: [0.95, 0.8], heldout217: [0.95, 0.9], heldout218: [0.95, 0.8], heldout219: [0.95, 0.85], heldout220: [0.95, 0.85], heldout221: [0.95, 0.8], heldout222: [0.95, 0.85], heldout223: [0.95, 0.8], heldout224: [0.95, 0.95], heldout225: [0.95, 0.9], heldout226: [0.95, 0.8], heldout227: [0.95, 0.9], heldout228: [0.95, 0.85], heldout229: [0.95, 0.9], heldout230: [0.95, 0.85], heldout231: [0.95, 0.7], heldout232: [0.98, 0.9], heldout233: [0.95, 0.95], heldout234: [0.95, 0.85], heldout235: [0.95, 0.95], heldout236: [0.95, 0.8], heldout237: [0.95, 0.8], heldout238: [0.95, 0.95], heldout239: [0.95, 0.9], heldout240: [0.95, 0.9], heldout241: [0.95, 0.8], heldout242: [0.95, 0.8], heldout243: [0.95, 0.7], heldout244: [0.95, 0.95], heldout245: [0.95, 0.9], heldout246: [0.95, 0.9], heldout247: [0.95, 0.95], heldout248: [0.95, 0.9], heldout249: [0.95, 0.85], heldout250: [0.95, 0.95], heldout251: [0.9, 0.9], heldout252: [0.95, 0.95], heldout253: [0.9, 0.75], heldout254: [0.9, 0.85], heldout255: [0.9, 0.85], heldout256: [0.95, 0.95], heldout257: [0.95, 0.9], heldout258: [0.95, 0.9], heldout259: [0.95, 0.85], heldout260: [0.95, 0.85], heldout261: [0.95, 0.85], heldout262: [0.95, 0.8], heldout263: [0.95, 0.95], heldout264: [0.95, 0.85], heldout265: [0.95, 0.9], heldout266: [0.95, 0.95], heldout267: [0.95, 0.9], heldout268: [0.95, 0.9], heldout269: [0.95, 0.85], heldout270: [0.95, 0.95], heldout271: [0.95, 0.95], heldout272: [0.95, 0.85], heldout273: [0.95, 0.95], heldout274: [0.95, 0.85], heldout275: [0.95, 0.95], heldout276: [0.95, 0.85], heldout277: [0.95, 0.9], heldout278: [0.95, 0.95], heldout279: [0.95, 0.8], heldout280: [0.95, 0.85], heldout281: [0.95, 0.85], heldout282: [0.95, 0.9], heldout283: [0.95, 0.95], heldout284: [0.95, 0.85], heldout285: [0.95, 0.9], heldout286: [0.9, 0.9], heldout287: [0.95, 0.95], heldout288: [0.95, 0.85], heldout289: [0.95, 0.8], heldout290: [0.95, 0.9], heldout291: [0.95, 0.9], heldout292: [0.9, 0.8], heldout293: [0.95, 0.9], heldout294: [0.95, 0.8], heldout295: [0.95, 0.8], heldout296: [0.9, 0.85], heldout297: [0.95, 0.8], heldout298: [0.95, 0.9], heldout299: [0.95, 0.75], heldout300: [0.95, 0.95], heldout301: [0.95, 0.75], heldout302: [0.95, 0.9], heldout303: [0.95, 0.85], heldout304: [0.95, 0.95], heldout305: [0.95, 0.8], heldout306: [0.95, 0.95], heldout307: [0.95, 0.85], heldout308: [0.95, 0.9], heldout309: [0.95, 0.9], heldout310: [0.95, 0.9], heldout311: [0.95, 0.9], heldout312: [0.95, 0.85] };

function spanOf(lines, sp) {
  const text = lines[sp.line - 1] ?? '';
  let at = -1;
  for (let k = 0; k < (sp.occurrence || 1); k++) at = text.indexOf(sp.text, at + 1);
  return { line: sp.line - 1, start: at, end: at + sp.text.length };
}

const overlaps = (r, s) => (r.start.line < s.line || (r.start.line === s.line && r.start.character < s.end)) && (r.end.line > s.line || (r.end.line === s.line && r.end.character > s.start));

export function scoreDir(dir) {
  const kinds = {};
  let tp = 0, fp = 0, found = 0, total = 0;
  const fpByCode = {};
  const missed = [], falseAlarms = [];
  for (const file of readdirSync(dir).filter(f => f.endsWith('.md') && f !== 'README.md').sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    const exp = JSON.parse(readFileSync(join(dir, file.replace(/\.md$/, '.expect.json')), 'utf8'));
    const lines = text.split('\n');
    const idx = new service.LineIndex(text);
    const diags = service.checkDocument(text, seedBase()).findings.filter(f => f.severity === 'error' || f.severity === 'warning')
      .map(f => ({ code: f.code, message: f.message, range: { start: idx.position(f.span.start), end: idx.position(f.span.end) } }));
    const used = new Set();
    for (const e of exp.findings) {
      total++;
      const k = (kinds[e.kind] ??= { total: 0, found: 0 });
      k.total++;
      const spans = e.spans.map(sp => spanOf(lines, sp));
      const hits = diags.filter(d => spans.some(s => overlaps(d.range, s)));
      hits.forEach(h => used.add(h));
      if (hits.length) { found++; k.found++; } else missed.push(`${file}:${e.spans[0].line} [${e.kind}] ${e.spans[0].text}`);
    }
    const ignore = new Set(exp.ignore_lines ?? []);
    for (const d of diags) {
      if (used.has(d)) tp++;
      else if (!ignore.has(d.range.start.line + 1)) { fp++; fpByCode[d.code] = (fpByCode[d.code] ?? 0) + 1; falseAlarms.push(`${file}:${d.range.start.line + 1} ${d.code}: ${d.message}`); }
    }
  }
  return { precision: tp / Math.max(1, tp + fp), recall: found / Math.max(1, total), kinds, fpByCode, tp, fp, found, total, missed, falseAlarms };
}

for (const [name, [minP, minR]] of Object.entries(FLOORS)) {
  test(`corpus ${name}: precision ≥ ${minP}, recall ≥ ${minR}`, () => {
    const r = scoreDir(join(root, 'test', 'fixtures', name));
    const byKind = Object.entries(r.kinds).map(([k, v]) => `${k} ${v.found}/${v.total}`).join(', ');
    console.log(`${name}: precision ${r.precision.toFixed(3)} (${r.tp}/${r.tp + r.fp}) recall ${r.recall.toFixed(3)} (${r.found}/${r.total}); recall by kind: ${byKind}; false positives by code: ${JSON.stringify(r.fpByCode)}`);
    // SCORE_VERBOSE=1 lists what was missed and what was flagged wrongly.
    if (process.env.SCORE_VERBOSE) for (const line of [...r.missed.map(m => `  missed ${m}`), ...r.falseAlarms.map(f => `  false alarm ${f}`)]) console.log(line);
    assert.ok(r.precision >= minP, `precision ${r.precision}`);
    assert.ok(r.recall >= minR, `recall ${r.recall}`);
  });
}
