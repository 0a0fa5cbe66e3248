// Turns what the simulator saw into findings: each group of objects the cyclic GC had to free
// becomes one diagnostic at the allocation site of its first object in this file, with every
// allocation site of the group listed, a rule chosen from what the cycle is made of, and a
// message that says when it becomes garbage and which collection frees it.

import type { AllocationSite, Finding, Related, Severity } from '../api';
import type { ObjCategory, ObjectInfo, CollectionRecord } from '../sim/heapApi';
import { Span } from '../text';
import { ruleByCode } from './rules';
import { fixesFor } from './fixes';
import { innermostFunction } from './scope';
import type { Module } from '../ir';

/** What the findings need from one simulation run (program or one function in lint mode). */
export interface GarbageView {
  context: string; // '<module>' or the function's qualname
  groups: {
    objects: number[];
    foundBy: number | 'exit';
    becameGarbageAt: Span | null;
  }[];
  objectInfo(id: number): ObjectInfo | null;
  collections: CollectionRecord[];
  escaped: Set<number>;
}

const DESCRIBE: Partial<Record<ObjCategory, string>> = {
  list: 'list',
  dict: 'dict',
  set: 'set',
  tuple: 'tuple',
  instance: 'instance',
  slotsInstance: 'instance',
  function: 'function',
  boundMethod: 'bound method',
  generator: 'generator',
  coroutine: 'coroutine',
  exception: 'exception',
  traceback: 'traceback',
  frame: 'frame',
  class: 'class',
};

function chooseRule(members: ObjectInfo[]): string {
  const has = (c: ObjCategory) => members.some((m) => m.category === c);
  // Every class object is its own cycle (type -> __mro__ -> type): real, but expected of a class
  // made inside a function, so it gets its own quiet rule rather than a warning.
  if (has('class')) return 'GC008';
  if (has('traceback') || has('frame') || has('exception')) return 'GC003';
  if (has('boundMethod')) return 'GC002';
  if (has('function') && has('cell')) return 'GC007';
  return 'GC001';
}

function describeObject(o: ObjectInfo): string {
  const kind = DESCRIBE[o.category];
  if (o.category === 'instance' || o.category === 'slotsInstance') return `${o.typeName} instance`;
  return kind ?? o.typeName;
}

function whenFreed(group: GarbageView['groups'][number], view: GarbageView): string {
  if (group.foundBy === 'exit') return 'it is still uncollected when the program ends';
  const c = view.collections[group.foundBy];
  if (!c) return 'the cyclic GC frees it';
  const how = c.trigger === 'explicit' ? 'explicit gc.collect()' : `automatic generation-${c.generation} collection`;
  const where = Span.isNone(c.site) ? '' : ` at line ${c.site.line + 1}`;
  return `freed by collection #${c.index + 1} (${how}${where})`;
}

/** Builds findings for one file from one or more runs, deduplicated by rule and anchor. */
export function buildFindings(module: Module, views: GarbageView[]): Finding[] {
  const byKey = new Map<string, Finding>();
  for (const view of views) {
    for (const group of view.groups) {
      const members = group.objects
        .map((id) => view.objectInfo(id))
        .filter((o): o is ObjectInfo => o !== null && !Span.isNone(o.site));
      if (members.length === 0) continue;
      // Objects the program handed to unknown code may be kept alive there: precision first.
      if (group.objects.some((id) => view.escaped.has(id))) continue;
      members.sort((a, b) => a.allocTick - b.allocTick);
      const anchor = members[0];
      const code = chooseRule(members);
      const rule = ruleByCode(code)!;
      const key = `${code}@${Span.key(anchor.site)}`;
      const sites = new Map<string, AllocationSite>();
      for (const m of members) {
        const k = `${Span.key(m.site)}|${m.typeName}`;
        const s = sites.get(k);
        if (s) s.count++;
        else sites.set(k, { span: m.site, typeName: m.typeName, count: 1 });
      }
      const existing = byKey.get(key);
      if (existing) {
        for (const s of sites.values()) {
          const same = existing.allocationSites.find(
            (e) => Span.key(e.span) === Span.key(s.span) && e.typeName === s.typeName,
          );
          if (!same) existing.allocationSites.push(s);
        }
        continue;
      }
      const selfRef = members.length === 1;
      const what = describeObject(anchor);
      const becomes = survivesWhat(module, anchor.site, group.becameGarbageAt, view.context);
      const message = selfRef
        ? `self-referencing ${what} survives${becomes} until the cyclic GC: ${whenFreed(group, view)}`
        : `${what} in a reference cycle of ${members.length} objects (${summarise(members)}) survives${becomes} until the cyclic GC: ${whenFreed(group, view)}`;
      const related: Related[] = [];
      if (group.becameGarbageAt) related.push({ span: group.becameGarbageAt, message: 'the last outside reference is dropped here' });
      for (const m of members.slice(1)) {
        if (Span.key(m.site) !== Span.key(anchor.site)) related.push({ span: m.site, message: `${describeObject(m)} in the cycle allocated here` });
      }
      const severity: Severity = rule.defaultSeverity;
      byKey.set(key, {
        code,
        name: rule.name,
        kind: rule.kind,
        severity,
        message,
        span: anchor.site,
        related,
        allocationSites: [...sites.values()],
        fixes: fixesFor(module, code, anchor),
        context: view.context,
      });
    }
  }
  return applySuppressions(module, [...byKey.values()]).sort((a, b) => Span.compare(a.span, b.span));
}

/** "the return of f()" when the cycle outlives the function that made it, else "line N". */
function survivesWhat(module: Module, site: Span, dropped: Span | null, context: string): string {
  const owner = innermostFunction(module, site);
  if (owner) return ` the return of ${owner.name}()`;
  if (dropped) return ` line ${dropped.line + 1}`;
  return context === '<module>' ? ' the end of the program' : ` the return of ${context}()`;
}

function summarise(members: ObjectInfo[]): string {
  const counts = new Map<string, number>();
  for (const m of members) counts.set(describeObject(m), (counts.get(describeObject(m)) ?? 0) + 1);
  return [...counts].map(([k, n]) => (n > 1 ? `${n} × ${k}` : k)).join(', ');
}

/** `# gcscope: ignore[...]` on the finding's line (or the line above) silences it. */
export function applySuppressions(module: Module, findings: Finding[]): Finding[] {
  if (module.suppressions.length === 0) return findings;
  return findings.filter((f) => {
    return !module.suppressions.some(
      (s) =>
        (s.line === f.span.line || s.line === f.span.line - 1) && (s.codes.length === 0 || s.codes.includes(f.code)),
    );
  });
}
