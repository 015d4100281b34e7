/** Command-line arguments. The option names and the exit statuses are a contract: keep them stable. */

export const FORMATS = ['text', 'json', 'sarif', 'github'] as const;
export type Format = (typeof FORMATS)[number];

export const USAGE = [
  'usage: summit-fact-check [options] FILE|FOLDER|GLOB|-...',
  '       summit-fact-check facts [--format text|json] [--facts PACK]...',
  'options:',
  '  -f, --format FORMAT   text (default), json, sarif (SARIF 2.1.0) or github (workflow commands)',
  '      --facts PACK      an extra fact pack (YAML or JSON); repeatable',
  '      --config FILE     use this config instead of the nearest .summit-fact-check.json',
  '      --no-config       use no config file',
  '      --max-warnings N  exit 1 when more than N warnings are found',
  '  -q, --quiet           report errors only',
  '  -j, --jobs N          worker threads (default: one per core but one, for more than 8 files of 256 KB in all or a large file)',
  '      --color, --no-color        force colour on or off (default: on a terminal, unless NO_COLOR)',
  '      --progress, --no-progress  force the progress bar on or off (default: on a terminal, many files)',
  '      --stats           print the number of files, their size, the time and threads used to stderr',
  '  -h, --help            show this help',
  'Folders are searched for *.md and *.markdown files (the config\'s "include"), skipping what',
  '.gitignore files and the config\'s "exclude" name. "-" reads standard input.',
  'Exit status: 0 no error, 1 an error (or more warnings than --max-warnings), 2 usage or I/O error.',
].join('\n');

export class UsageError extends Error {}

export interface Options {
  command: 'check' | 'facts';
  format: Format;
  facts: string[];
  files: string[];
  /** A config file to use, `false` for none, undefined to search from the working folder up. */
  config?: string | false;
  maxWarnings?: number;
  quiet: boolean;
  jobs?: number;
  color?: boolean;
  progress?: boolean;
  stats: boolean;
  help: boolean;
}

function format(v: string): Format {
  if (!(FORMATS as readonly string[]).includes(v)) throw new UsageError(`unknown format "${v}" (${FORMATS.join(', ')})`);
  return v as Format;
}

function count(name: string, v: string, min: number): number {
  if (!/^\d+$/.test(v) || Number(v) < min) throw new UsageError(`${name} needs a whole number${min ? ` of at least ${min}` : ''}, not "${v}"`);
  return Number(v);
}

export function parseArgs(argv: string[]): Options {
  const o: Options = { command: 'check', format: 'text', facts: [], files: [], quiet: false, stats: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let inline: string | undefined;
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    if (eq > 0) { inline = a.slice(eq + 1); a = a.slice(0, eq); }
    // A short option's value may follow it directly, as getopt allows: "-j2", "-fjson".
    else if (/^-[fj]./.test(a)) { inline = a.slice(2); a = a.slice(0, 2); }
    const value = () => {
      if (inline !== undefined) return inline;
      const v = argv[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      return v;
    };
    switch (a) {
      case '--format': case '-f': o.format = format(value()); break;
      case '--facts': o.facts.push(value()); break;
      case '--config': o.config = value(); break;
      case '--no-config': o.config = false; break;
      case '--max-warnings': o.maxWarnings = count(a, value(), 0); break;
      case '--quiet': case '-q': o.quiet = true; break;
      case '--jobs': case '-j': o.jobs = count(a, value(), 1); break;
      case '--color': case '--colour': o.color = true; break;
      case '--no-color': case '--no-colour': o.color = false; break;
      case '--progress': o.progress = true; break;
      case '--no-progress': o.progress = false; break;
      case '--stats': o.stats = true; break;
      case '--help': case '-h': o.help = true; break;
      case '--': o.files.push(...argv.slice(i + 1)); i = argv.length; break;
      default:
        if (a.startsWith('-') && a !== '-') throw new UsageError(`unknown option ${argv[i]}`);
        if (a === 'facts' && !o.files.length && o.command === 'check') o.command = 'facts';
        else o.files.push(a);
    }
  }
  if (o.command === 'facts' && o.format !== 'text' && o.format !== 'json') throw new UsageError(`facts prints text or json, not ${o.format}`);
  if (o.command === 'check' && !o.files.length && !o.help) throw new UsageError('no files given');
  return o;
}
