// The rule registry: stable codes, names, default severities and the one-line summary each
// diagnostic's docs page expands on (docs/rules/CODE.md). Never renumber a released code.

import type { FindingKind, Severity } from '../api';

export interface Rule {
  code: string;
  name: string;
  kind: FindingKind;
  defaultSeverity: Severity;
  summary: string;
}

export const RULES: readonly Rule[] = [
  { code: 'GC001', name: 'cyclic-garbage', kind: 'cyclic-garbage', defaultSeverity: 'warning',
    summary: 'Objects become unreachable while still in a reference cycle: only the cyclic GC frees them.' },
  { code: 'GC002', name: 'bound-method-cycle', kind: 'cyclic-garbage', defaultSeverity: 'warning',
    summary: 'A bound method stored on its own instance makes a cycle (instance -> method -> instance).' },
  { code: 'GC003', name: 'exception-frame-cycle', kind: 'cyclic-garbage', defaultSeverity: 'warning',
    summary: 'An exception or traceback stored in a local of the frame it references makes a cycle.' },
  { code: 'GC004', name: 'finalizer-cycle', kind: 'finalizer-cycle', defaultSeverity: 'warning',
    summary: 'A cycle contains an object with __del__: it runs only when the cyclic GC collects the cycle.' },
  { code: 'GC005', name: 'module-cycle', kind: 'module-cycle', defaultSeverity: 'information',
    summary: 'A cycle reachable from module globals lives until interpreter shutdown.' },
  { code: 'GC006', name: 'gc-disabled', kind: 'gc-disabled', defaultSeverity: 'warning',
    summary: 'gc.disable() without a matching gc.enable(): cyclic garbage accumulates.' },
  { code: 'GC007', name: 'closure-cycle', kind: 'cyclic-garbage', defaultSeverity: 'warning',
    summary: 'A nested function refers to itself (or its container) through its closure cell.' },
  { code: 'GC008', name: 'local-class-cycle', kind: 'cyclic-garbage', defaultSeverity: 'information',
    summary: 'A class created inside a function is cyclic garbage once the function drops it (type <-> its dict and MRO).' },
  { code: 'GC900', name: 'analysis-limit', kind: 'limit', defaultSeverity: 'information',
    summary: 'An analysis bound (time, steps, size) was hit; results for the rest of the file are partial.' },
];

export function ruleByCode(code: string): Rule | undefined {
  return RULES.find((r) => r.code === code);
}
