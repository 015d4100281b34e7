/** The settings the server reads from the client (section `summitFactCheck`). */
import type { Severity } from '../service';

export interface Settings {
  enable: boolean;
  /** Per-code severity, or "off". */
  rules: Record<string, Severity | 'off'>;
  /** Extra fact packs, relative to the workspace folder. */
  factPacks: string[];
  /** Milliseconds to wait after an edit before checking. */
  debounce: number;
}

export const DEFAULT_SETTINGS: Settings = { enable: true, rules: {}, factPacks: [], debounce: 200 };

export function readSettings(raw: unknown): Settings {
  const r = (raw ?? {}) as Partial<Settings>;
  const rules: Settings['rules'] = {};
  for (const [k, v] of Object.entries(r.rules ?? {})) if (['error', 'warning', 'information', 'hint', 'off'].includes(v as string)) rules[k] = v as Severity | 'off';
  return {
    enable: r.enable !== false,
    rules,
    factPacks: Array.isArray(r.factPacks) ? r.factPacks.filter((x): x is string => typeof x === 'string') : [],
    debounce: typeof r.debounce === 'number' && r.debounce >= 0 && r.debounce <= 5000 ? r.debounce : DEFAULT_SETTINGS.debounce,
  };
}
