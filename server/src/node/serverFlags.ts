/**
 * The language server's own V8 setting, set before its bundle is compiled (node/start.ts) so that
 * a code cache written later carries the same flags (V8 rejects a cache made under other flags).
 *
 * The young generation keeps its initial size (1 MB semi-spaces) rather than growing to 16 MB
 * while a large document is checked: that growth stays resident (~30 MB) for no measurable speed.
 * The bench and editors start the server as `node server.js`, so the server sets this itself.
 */
import * as v8 from 'node:v8';

v8.setFlagsFromString('--semi-space-growth-factor=1');
