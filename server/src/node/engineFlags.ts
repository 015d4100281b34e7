/**
 * V8 settings for the checker's processes, imported first by the CLI and the server's loader so
 * they hold before any pattern runs.
 *
 * Regular expressions: V8 first compiles a pattern to bytecode for its interpreter and, on its
 * next use, again to machine code. The checker's patterns (date forms, name and role lexicons)
 * are large, so the first check of a fresh process paid both compilations for every one of them:
 * ~90 ms of a small draft's first check, against ~40 ms with machine code straight away. A
 * pattern is used on every sentence, so the interpreter's tier saves nothing here.
 */
import * as v8 from 'node:v8';

v8.setFlagsFromString('--no-regexp-tier-up');
