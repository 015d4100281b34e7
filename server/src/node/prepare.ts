/**
 * Run by build.mjs after bundling (`node dist/prepare.js`): parses the seed pack once and writes
 * the result beside the bundles, so the server and the CLI start without parsing it (see loadPack).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { preparePack, seedsDir, SEED_PACK, PREPARED_FILE } from './packs';

const seeds = seedsDir();
fs.writeFileSync(path.join(__dirname, PREPARED_FILE), preparePack(path.join(seeds, SEED_PACK), path.dirname(seeds)));
