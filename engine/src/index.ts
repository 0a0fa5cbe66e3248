// The engine's public entry points. Everything the server and the CLI need goes through here:
// parse + extract a file, simulate it under a CPython version, derive findings, explain a position.
// Pure: no IO, no timers, no editor types. The caller hands in the grammar bytes.

export * from './api';
export type { Module } from './ir';
export { Span } from './text';
export type { CollectionRecord, ObjCategory, ProfileKey } from './sim/heapApi';
export { resolveProfile, defaultThreshold, SUPPORTED_PYTHONS } from './sim/versions';
export { RULES, ruleByCode } from './findings/rules';
export type { Rule } from './findings/rules';
export { analyzeText, analyzeModule, explainAt } from './analyze';
export type { Analysis } from './analyze';
export { createPythonParser } from './syntax/parser';
export type { PythonParser, ParsedFile } from './syntax/parser';
