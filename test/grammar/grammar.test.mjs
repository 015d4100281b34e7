// TextMate grammar tests: runs vscode-tmgrammar-test on test/grammar/*.test.md, with
// syntaxes/summit-facts.injection.tmLanguage.json injected into VS Code's Markdown grammar
// (test/grammar/markdown.tmLanguage.json; configuration in test/grammar/grammars.json).
//   node --test test/grammar/        or        npm run test:grammar
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..', '..');
const cases = readdirSync(HERE).filter((f) => f.endsWith('.test.md')).sort();

function cli() {
  try {
    const pkg = createRequire(path.join(ROOT, 'package.json')).resolve('vscode-tmgrammar-test/package.json');
    const bin = path.join(path.dirname(pkg), 'dist', 'unit.js');
    if (existsSync(bin)) return bin;
  } catch { /* not installed */ }
  return undefined;
}

test('grammar test files exist and make assertions', () => {
  assert.ok(cases.length >= 2, `expected test/grammar/*.test.md files, found ${cases.join(', ') || 'none'}`);
  for (const f of cases) {
    const text = readFileSync(path.join(HERE, f), 'utf8');
    assert.match(text.split('\n')[0], /^<!-- SYNTAX TEST "text\.html\.markdown"/, `${f}: first line must be the SYNTAX TEST header`);
    assert.ok(/^<!--\s*\^/m.test(text), `${f} has no ^ assertions`);
  }
});

for (const f of cases) {
  test(`vscode-tmgrammar-test ${f}`, () => {
    const bin = cli();
    assert.ok(bin, 'vscode-tmgrammar-test is not installed: run `npm ci` (it is a devDependency)');
    const r = spawnSync(process.execPath, [bin, '--config', path.join(HERE, 'grammars.json'), path.join(HERE, f)],
      { cwd: ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    const out = `${r.stdout}${r.stderr}`;
    assert.equal(r.status, 0, `grammar assertions failed in ${f}:\n${out}`);
    assert.doesNotMatch(out, /grammar not found/, out);
  });
}
