// CPython version names -> collector profiles. Keyed by patch level where CPython changed
// collectors inside a line: 3.14.0 and 3.14.1-3.14.4 are incremental, 3.14.5+ generational again.

import type { ProfileKey } from './heapApi';

/** The names the CLI's --python and the gcscope.pythonVersion setting accept (besides 'auto'). */
export const SUPPORTED_PYTHONS = [
  '3.8', '3.9', '3.10', '3.11', '3.12', '3.13', '3.14', '3.14.0', '3.14.1', '3.14.2', '3.14.3', '3.14.4', '3.15',
] as const;

export interface ResolvedVersion {
  profile: ProfileKey;
  /** major.minor, e.g. '3.14' */
  minor: string;
  /** What the user asked for, normalised ('3.14' stays '3.14'; '3.12.1' becomes '3.12'). */
  name: string;
}

/** Returns null for a version gcscope does not model (say '2.7' or '3.16'). */
export function resolveProfile(version: string): ResolvedVersion | null {
  const m = /^3\.(\d+)(?:\.(\d+))?(?:[a-z]+\d*)?$/.exec(version.trim());
  if (!m) return null;
  const minor = Number(m[1]);
  const patch = m[2] === undefined ? null : Number(m[2]);
  const minorName = `3.${minor}`;
  const keep = (profile: ProfileKey, name = minorName): ResolvedVersion => ({ profile, minor: minorName, name });
  switch (minor) {
    case 8: return keep('G38');
    case 9: case 10: return keep('G39');
    case 11: return keep('G311');
    case 12: return keep('G312');
    case 13: return keep('G313');
    case 14:
      if (patch === null || patch >= 5) return keep('G3145', patch === null ? '3.14' : `3.14.${patch}`);
      if (patch === 0) return keep('I3140', '3.14.0');
      return keep('I3141', `3.14.${patch}`);
    case 15: return keep('G315');
    default: return null;
  }
}

export function defaultThreshold(profile: ProfileKey): [number, number, number] {
  switch (profile) {
    case 'G38': case 'G39': case 'G311': case 'G312': return [700, 10, 10];
    case 'G313': case 'G3145': case 'G315': return [2000, 10, 10];
    case 'I3140': case 'I3141': return [2000, 10, 0];
  }
}

/** True where automatic collections wait for the next eval-breaker check point (3.12+). */
export function deferredTrigger(profile: ProfileKey): boolean {
  return !(profile === 'G38' || profile === 'G39' || profile === 'G311');
}

export function isIncremental(profile: ProfileKey): boolean {
  return profile === 'I3140' || profile === 'I3141';
}
