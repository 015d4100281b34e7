/**
 * `.summit-fact-check.json`, found from the working folder upward: the command line's copy of
 * the editor settings `summitFactCheck.rules`, `factPacks`, `include` and `exclude`.
 *   { "rules": { "quote-not-found": "off" }, "factPacks": ["packs/x.facts.yaml"],
 *     "include": ["**\/*.md"], "exclude": ["drafts/old/**"] }
 * Paths and globs are relative to the folder holding the file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { RULE_BY_CODE, type Severity } from '../service';

export const CONFIG_NAME = '.summit-fact-check.json';

export type RuleSetting = Severity | 'off';

export interface Config {
  /** The file read, or undefined when there is none. */
  file?: string;
  /** Folder that relative paths and globs in the config are relative to. */
  dir: string;
  rules: Record<string, RuleSetting>;
  /** Absolute paths of extra fact packs. */
  factPacks: string[];
  include: string[];
  exclude: string[];
}

export const DEFAULT_INCLUDE = ['**/*.md', '**/*.markdown'];
export const DEFAULT_EXCLUDE = ['**/node_modules/**'];
const SETTINGS: readonly string[] = ['error', 'warning', 'information', 'hint', 'off'];

export class ConfigError extends Error {}

export function findConfig(from: string): string | undefined {
  for (let dir = path.resolve(from); ; ) {
    const file = path.join(dir, CONFIG_NAME);
    try { if (fs.statSync(file).isFile()) return file; } catch { /* keep looking */ }
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

function globs(file: string, key: string, v: unknown): string[] | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.every(x => typeof x === 'string')) return v as string[];
  throw new ConfigError(`${file}: "${key}" must be a glob or a list of globs`);
}

/** Reads the config: `explicit` names a file, `false` means none, undefined searches up from `cwd`. */
export function loadConfig(cwd: string, explicit?: string | false): Config {
  const file = explicit === false ? undefined : explicit !== undefined ? path.resolve(cwd, explicit) : findConfig(cwd);
  const config: Config = { file, dir: file ? path.dirname(file) : cwd, rules: {}, factPacks: [], include: DEFAULT_INCLUDE, exclude: DEFAULT_EXCLUDE };
  if (!file) return config;
  let raw: unknown;
  try { raw = JSON.parse(fs.readFileSync(file, 'utf8')); } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new ConfigError(err.code ? `cannot read ${file}: ${err.code}` : `${file}: invalid JSON: ${err.message}`);
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) throw new ConfigError(`${file}: must hold a JSON object`);
  const r = raw as Record<string, unknown>;
  for (const key of Object.keys(r)) if (!['rules', 'factPacks', 'include', 'exclude', '$schema'].includes(key)) throw new ConfigError(`${file}: unknown key "${key}" (rules, factPacks, include, exclude)`);
  if (r.rules !== undefined) {
    if (!r.rules || typeof r.rules !== 'object' || Array.isArray(r.rules)) throw new ConfigError(`${file}: "rules" must be an object of code → severity`);
    for (const [code, v] of Object.entries(r.rules)) {
      if (!RULE_BY_CODE.has(code)) throw new ConfigError(`${file}: unknown rule "${code}" (${[...RULE_BY_CODE.keys()].join(', ')})`);
      if (typeof v !== 'string' || !SETTINGS.includes(v)) throw new ConfigError(`${file}: rule "${code}" must be one of ${SETTINGS.join(', ')}`);
      config.rules[code] = v as RuleSetting;
    }
  }
  if (r.factPacks !== undefined) {
    if (!Array.isArray(r.factPacks) || !r.factPacks.every(x => typeof x === 'string')) throw new ConfigError(`${file}: "factPacks" must be a list of paths`);
    config.factPacks = (r.factPacks as string[]).map(p => path.resolve(config.dir, p));
  }
  config.include = globs(file, 'include', r.include) ?? DEFAULT_INCLUDE;
  config.exclude = globs(file, 'exclude', r.exclude) ?? DEFAULT_EXCLUDE;
  return config;
}
