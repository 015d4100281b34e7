/**
 * The Summit Fact Check language service: pure functions over text and fact packs.
 * Imports nothing from vscode, the LSP libraries or the file system.
 */
export { checkDocument, compareFindings, type CheckOptions } from './check';
export { splitForParallel, checkChunk, checkIncrementally, checkInPieces, joinPieces, frontMatterDate, shiftFindings, type Chunk, type Piece, type PieceCache } from './chunks';
export { parsePack, type PackProblem, type PackResult, type SourceReader, MAX_PACK_BYTES } from './facts/parsePack';
export { mergeFactBases, emptyFactBase, type FactBase } from './facts/model';
export { RULES, RULE_BY_CODE, type Rule } from './rules';
export { computeLineStarts } from './markdown/prose';
export { describeFacts } from './factSheet';
export * from './types';
export { LineIndex, type Position } from './positions';
export { analyse } from './analysis/document';
export { rankEvents } from './analysis/events';
export { findNumbers } from './text/numbers';
// The hand-written scanners, for the property tests that hold them to the patterns they replace.
export { words } from './text/align';
export { wordAt, wordSet } from './text/words';
export { LETTER, LETTER_OR_DIGIT, UPPER, LOWER } from './text/letters';
