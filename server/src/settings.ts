// The settings schema: the single source of truth for gcscope's configuration. package.json's
// `contributes.configuration` is generated from SETTINGS_SCHEMA (a test checks they are equal), and
// the server validates whatever a client sends (workspace/configuration or initializationOptions) here.

import { SUPPORTED_PYTHONS, resolveProfile } from '../../engine/src/sim/versions';

export type SeverityOverride = 'error' | 'warning' | 'information' | 'hint' | 'off';

export interface Settings {
  enable: boolean;
  /** 'auto' or a version name from SUPPORTED_PYTHONS (or any patch level resolveProfile accepts). */
  pythonVersion: string;
  thresholds: [number, number, number] | null;
  severity: Record<string, SeverityOverride>;
  trace: { server: 'off' | 'messages' | 'verbose' };
}

/** What 'auto' means until the client can tell us the interpreter's version. */
export const AUTO_PYTHON = '3.13';

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  pythonVersion: 'auto',
  thresholds: null,
  severity: {},
  trace: { server: 'off' },
};

const SEVERITIES: SeverityOverride[] = ['error', 'warning', 'information', 'hint', 'off'];

/** JSON-schema entries exactly as they appear in package.json's contributes.configuration.properties. */
export const SETTINGS_SCHEMA: Record<string, Record<string, unknown>> = {
  'gcscope.enable': {
    type: 'boolean',
    default: true,
    scope: 'resource',
    description: 'Analyse Python files for reference cycles and simulate CPython\'s garbage collector.',
  },
  'gcscope.pythonVersion': {
    type: 'string',
    default: 'auto',
    enum: ['auto', ...SUPPORTED_PYTHONS],
    scope: 'resource',
    description: `CPython version whose memory manager is simulated ('auto': the interpreter selected in the Python extension, else ${AUTO_PYTHON}).`,
  },
  'gcscope.thresholds': {
    type: ['array', 'null'],
    default: null,
    items: { type: 'integer', minimum: 0 },
    minItems: 3,
    maxItems: 3,
    scope: 'resource',
    description: 'Override gc.get_threshold() for the simulation: [threshold0, threshold1, threshold2]; null keeps the version\'s default.',
  },
  'gcscope.severity': {
    type: 'object',
    default: {},
    additionalProperties: { type: 'string', enum: SEVERITIES },
    scope: 'resource',
    description: 'Severity per rule code, e.g. {"GC005": "hint", "GC001": "off"}.',
  },
  'gcscope.trace.server': {
    type: 'string',
    default: 'off',
    enum: ['off', 'messages', 'verbose'],
    scope: 'window',
    description: 'Trace the communication between VS Code and the gcscope language server.',
  },
};

/** The `contributes.configuration` block package.json must carry. */
export function configurationContribution(): { title: string; properties: Record<string, Record<string, unknown>> } {
  return { title: 'GC Scope', properties: SETTINGS_SCHEMA };
}

/**
 * Reads a settings payload in any of the shapes clients send: the `gcscope` section object
 * ({enable, trace: {server}}), a wrapper ({gcscope: {...}}), or flat dotted keys ({'gcscope.enable': ...}).
 * Invalid values fall back to the default and are reported, never thrown.
 */
export function validateSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const section = normalise(raw);
  const s: Settings = structuredClone(DEFAULT_SETTINGS);
  const get = (key: string): unknown => section[key];

  const enable = get('enable');
  if (enable !== undefined) {
    if (typeof enable === 'boolean') s.enable = enable;
    else problems.push(`gcscope.enable must be true or false, got ${JSON.stringify(enable)}`);
  }
  const python = get('pythonVersion');
  if (python !== undefined && python !== null) {
    if (typeof python === 'string' && (python === 'auto' || resolveProfile(python))) s.pythonVersion = python;
    else problems.push(`gcscope.pythonVersion: unsupported version ${JSON.stringify(python)} (use 'auto' or one of ${SUPPORTED_PYTHONS.join(', ')})`);
  }
  const thresholds = get('thresholds');
  if (thresholds !== undefined && thresholds !== null) {
    if (Array.isArray(thresholds) && thresholds.length === 3 && thresholds.every((t) => Number.isInteger(t) && t >= 0)) {
      s.thresholds = [thresholds[0], thresholds[1], thresholds[2]];
    } else problems.push(`gcscope.thresholds must be three non-negative integers or null, got ${JSON.stringify(thresholds)}`);
  }
  const severity = get('severity');
  if (severity !== undefined && severity !== null) {
    if (typeof severity === 'object' && !Array.isArray(severity)) {
      for (const [code, level] of Object.entries(severity as Record<string, unknown>)) {
        if (typeof level === 'string' && (SEVERITIES as string[]).includes(level)) s.severity[code] = level as SeverityOverride;
        else problems.push(`gcscope.severity.${code}: expected one of ${SEVERITIES.join(', ')}, got ${JSON.stringify(level)}`);
      }
    } else problems.push(`gcscope.severity must be an object mapping rule codes to severities`);
  }
  const trace = get('trace.server');
  if (trace !== undefined) {
    if (trace === 'off' || trace === 'messages' || trace === 'verbose') s.trace.server = trace;
    else problems.push(`gcscope.trace.server must be off, messages or verbose`);
  }
  return { settings: s, problems };
}

/** Flattens any accepted shape to keys relative to the section: 'enable', 'trace.server', ... */
function normalise(raw: unknown): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return out;
  const obj = raw as Record<string, unknown>;
  const inner = obj.gcscope;
  if (inner !== null && typeof inner === 'object' && !Array.isArray(inner)) return normalise(inner);
  for (const [key, value] of Object.entries(obj)) {
    const rel = key.startsWith('gcscope.') ? key.slice('gcscope.'.length) : key;
    // Only the nested `trace` object is a group; `severity` is a map whose values are the data.
    if (rel === 'trace' && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[`trace.${k}`] = v;
    } else out[rel] = value;
  }
  return out;
}

/** The concrete version a setting (or a CLI flag) asks for; 'auto' resolves to AUTO_PYTHON. */
export function effectivePython(setting: string): string {
  return setting === 'auto' ? AUTO_PYTHON : setting;
}
