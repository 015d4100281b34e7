// Inline disable comments, as markdownlint users know them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { service, seedBase } from './seedBase.mjs';

const WRONG = 'The Biden–Putin summit is set for June 17 in Vienna.';
const codes = text => service.checkDocument(text, seedBase()).findings.filter(f => f.severity === 'error').map(f => f.code).sort();

test('without comments both wrong facts are found', () => {
  assert.deepEqual(codes(`${WRONG}\n`), ['wrong-date', 'wrong-place']);
});

test('disable-next-line silences the next line only', () => {
  assert.deepEqual(codes(`<!-- fact-check-disable-next-line -->\n${WRONG}\n\n${WRONG}\n`), ['wrong-date', 'wrong-place']);
});

test('disable-next-line with a code silences only that code', () => {
  assert.deepEqual(codes(`<!-- fact-check-disable-next-line wrong-date -->\n${WRONG}\n`), ['wrong-place']);
});

test('disable-line silences its own line', () => {
  assert.deepEqual(codes(`${WRONG} <!-- fact-check-disable-line -->\n`), []);
});

test('disable … enable silences the lines between, and only those', () => {
  const text = `<!-- fact-check-disable -->\n${WRONG}\n\n${WRONG}\n<!-- fact-check-enable -->\n\n${WRONG}\n`;
  assert.deepEqual(codes(text), ['wrong-date', 'wrong-place']);
});

test('disable without enable runs to the end of the document', () => {
  assert.deepEqual(codes(`${WRONG}\n\n<!-- fact-check-disable wrong-place -->\n\n${WRONG}\n`), ['wrong-date', 'wrong-date', 'wrong-place']);
});
