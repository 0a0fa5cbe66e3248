// Settings: package.json's contributes.configuration must equal the schema in server/src/settings.ts
// (GCSCOPE_UPDATE_MANIFEST=1 rewrites it), settings payloads in the shapes clients send resolve as
// expected, and the session fetches settings per document and forgets them on change.

import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import test from 'node:test';
import type { Connection } from 'vscode-languageserver';
import { resolveProfile } from '../../engine/src/sim/versions';
import { Session } from '../../server/src/session';
import { configurationContribution, DEFAULT_SETTINGS, effectivePython, SETTINGS_SCHEMA, validateSettings } from '../../server/src/settings';

const ROOT = path.resolve(__dirname, '..', '..', '..');
const fixture = (name: string) => JSON.parse(fs.readFileSync(path.join(ROOT, 'test/fixtures/settings', name), 'utf8'));

test('package.json settings equal the schema in server/src/settings.ts', () => {
  const file = path.join(ROOT, 'package.json');
  const pkg = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (process.env.GCSCOPE_UPDATE_MANIFEST) {
    pkg.contributes.configuration = configurationContribution();
    fs.writeFileSync(file, `${JSON.stringify(pkg, null, 2)}\n`);
  }
  assert.deepEqual(pkg.contributes.configuration, configurationContribution(), 'run the tests with GCSCOPE_UPDATE_MANIFEST=1 to regenerate');
});

test('every key starts with gcscope., has a description, and its default validates to DEFAULT_SETTINGS', () => {
  const defaults: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(SETTINGS_SCHEMA)) {
    assert.match(key, /^gcscope\./);
    assert.ok(typeof schema.description === 'string' && schema.description.length > 10, key);
    defaults[key] = schema.default;
  }
  const { settings, problems } = validateSettings(defaults);
  assert.deepEqual(problems, []);
  assert.deepEqual(settings, DEFAULT_SETTINGS);
});

test('every offered pythonVersion is one the engine models', () => {
  const offered = SETTINGS_SCHEMA['gcscope.pythonVersion'].enum as string[];
  for (const v of offered) assert.ok(resolveProfile(effectivePython(v)), v);
});

test('workspace/configuration payloads resolve', () => {
  const f = fixture('vscodeConfiguration.json');
  assert.deepEqual(validateSettings(f.workspace), { settings: DEFAULT_SETTINGS, problems: [] });
  const legacy = validateSettings(f.folderLegacy);
  assert.deepEqual(legacy.problems, []);
  assert.deepEqual(legacy.settings, {
    enable: true, pythonVersion: '3.8', thresholds: [100, 10, 10], severity: { GC005: 'hint', GC001: 'off' }, trace: { server: 'verbose' },
  });
});

test('initializationOptions payloads resolve (wrapped, dotted, flat, invalid)', () => {
  const f = fixture('initializationOptions.json');
  const wrapped = validateSettings(f.wrapped).settings;
  assert.equal(wrapped.pythonVersion, '3.12');
  assert.deepEqual(wrapped.severity, { GC001: 'hint' });
  const dotted = validateSettings(f.dotted).settings;
  assert.equal(dotted.pythonVersion, '3.14.2');
  assert.equal(dotted.trace.server, 'messages');
  assert.equal(dotted.enable, false);
  const flat = validateSettings(f.flat).settings;
  assert.equal(flat.pythonVersion, '3.15');
  assert.deepEqual(flat.thresholds, [2000, 10, 0]);
  const invalid = validateSettings(f.invalid);
  assert.deepEqual(invalid.settings, DEFAULT_SETTINGS, 'invalid values fall back to the defaults');
  assert.equal(invalid.problems.length, 5, invalid.problems.join('\n'));
  assert.ok(invalid.problems.some((p) => p.includes('unsupported version "2.7"')));
  assert.deepEqual(validateSettings(null), { settings: DEFAULT_SETTINGS, problems: [] });
  assert.deepEqual(validateSettings('nonsense'), { settings: DEFAULT_SETTINGS, problems: [] });
});

test('the session fetches settings per document, caches them, and refetches after a change', async () => {
  const f = fixture('vscodeConfiguration.json');
  const requests: string[] = [];
  const warnings: string[] = [];
  let legacyFolder = f.folderLegacy;
  const connection = {
    workspace: {
      getConfiguration: async (item: { scopeUri: string; section: string }) => {
        requests.push(item.scopeUri);
        return item.scopeUri.startsWith('file:///legacy/') ? legacyFolder : f.workspace;
      },
    },
    console: { warn: (m: string) => warnings.push(m), error: (m: string) => warnings.push(m), log: () => {}, info: () => {} },
  } as unknown as Connection;
  const session = new Session(connection);
  session.canFetchConfiguration = true;
  const a = await session.settingsFor('file:///app/main.py');
  const b = await session.settingsFor('file:///legacy/old.py');
  assert.equal(a.pythonVersion, 'auto');
  assert.equal(b.pythonVersion, '3.8');
  assert.equal(await session.settingsFor('file:///legacy/old.py'), b, 'cached per document');
  assert.deepEqual(requests, ['file:///app/main.py', 'file:///legacy/old.py']);
  legacyFolder = { ...f.folderLegacy, pythonVersion: 'not-a-version' };
  session.configurationChanged(null);
  const c = await session.settingsFor('file:///legacy/old.py');
  assert.equal(c.pythonVersion, 'auto', 'an invalid value falls back to the default');
  assert.equal(c.thresholds?.[0], 100, 'the valid values of the same payload are kept');
  assert.equal(warnings.length, 1);
});

test('without workspace/configuration the session uses initializationOptions, then pushed settings', async () => {
  const connection = { console: { warn: () => {} } } as unknown as Connection;
  const session = new Session(connection);
  session.setInitializationOptions({ gcscope: { pythonVersion: '3.11' } });
  assert.equal((await session.settingsFor('file:///x.py')).pythonVersion, '3.11');
  session.configurationChanged({ gcscope: { pythonVersion: '3.9' } });
  assert.equal((await session.settingsFor('file:///x.py')).pythonVersion, '3.9');
});

test('every custom method in server/src/protocol.ts is documented in server/docs/lsp-extensions.md', () => {
  const source = fs.readFileSync(path.join(ROOT, 'server/src/protocol.ts'), 'utf8');
  const declared = [...source.matchAll(/new (?:Request|Notification)Type<[^>]*>\('([^']+)'\)/g)].map((m) => m[1]);
  assert.ok(declared.length >= 2, `declared: ${declared.join(', ')}`);
  const doc = fs.readFileSync(path.join(ROOT, 'server/docs/lsp-extensions.md'), 'utf8');
  const documented = [...doc.matchAll(/^## `([^`]+)`/gm)].map((m) => m[1]);
  assert.deepEqual(documented.sort(), declared.sort());
});
