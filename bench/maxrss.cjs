// Loaded with `node --require bench/maxrss.cjs …` when /usr/bin/time is missing: writes the
// process's peak resident set (KB, worker threads included) to $SFC_MAXRSS_FILE on exit.
const fs = require('node:fs');
const file = process.env.SFC_MAXRSS_FILE;
if (file) process.on('exit', () => { try { fs.writeFileSync(file, String(process.resourceUsage().maxRSS)); } catch { /* best effort */ } });
