// The JSON export is the public data format: it must match its documented schema, for the
// default briefing and for generated ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import Ajv2020 from 'ajv/dist/2020.js';
import { ROOT, exportJson } from './helpers.mjs';

const schema = JSON.parse(readFileSync(join(ROOT, 'schema/briefing.schema.json'), 'utf8'));
const validate = new Ajv2020({ allErrors: true }).compile(schema);

test('the default briefing exports to the documented JSON form', () => {
  const briefing = exportJson();
  assert.ok(validate(briefing), JSON.stringify(validate.errors, null, 2));
});

test('generated briefings export to the documented JSON form', () => {
  const dir = mkdtempSync(join(tmpdir(), 'briefing-schema-'));
  for (const flat of [false, true]) {
    const args = ['run', '--quiet', '--frozen', '--bin', 'briefing', '--', 'synth', '--claims', '300', '--seed', '5'];
    const text = execFileSync('cargo', flat ? [...args, '--flat'] : args, { cwd: ROOT });
    const file = join(dir, `synth-${flat}.md`);
    writeFileSync(file, text);
    const briefing = exportJson(file);
    assert.equal(briefing.claims.length, 300);
    assert.ok(validate(briefing), JSON.stringify(validate.errors?.slice(0, 3), null, 2));
  }
});

test('the schema rejects what the contract forbids', () => {
  const briefing = exportJson();
  const broken = structuredClone(briefing);
  broken.claims[0].sources = [];
  assert.equal(validate(broken), false, 'a claim without sources');
  const hostile = structuredClone(briefing);
  hostile.claims[0].sources[0].url = 'javascript:alert(1)';
  assert.equal(validate(hostile), false, 'a source that is not http(s)');
  const badStatus = structuredClone(briefing);
  badStatus.claims[0].status = 'probably';
  assert.equal(validate(badStatus), false);
});
