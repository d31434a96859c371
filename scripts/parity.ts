// `npm run test:parity`: every keras-tcn fixture in TCN_FIXTURES_DIR, on the cpu backend.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { checkFixture, formatResult, type Fixture } from '../src/parity/checkFixture';

const dir = resolve(process.env.TCN_FIXTURES_DIR ?? '../shared/fixtures/keras-tcn');
let files: string[] = [];
try {
  files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort();
} catch (error) {
  console.error(`cannot read fixtures folder ${dir}: ${(error as Error).message}`);
}
const backend = process.env.TCN_BACKEND ?? 'cpu';
if (!(await tf.setBackend(backend))) {
  console.error(`backend ${backend} is not available (TCN_BACKEND: cpu or wasm)`);
  process.exit(1);
}
console.log(`keras-tcn parity on the ${backend} backend, fixtures from ${dir}`);
let passed = 0;
let failed = 0;
for (const file of files) {
  let fixture: Fixture;
  try {
    fixture = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Fixture;
    fixture.name ??= file.replace(/\.json$/, '');
  } catch (error) {
    console.log(`FAIL ${file}: not a readable fixture (${(error as Error).message})`);
    failed++;
    continue;
  }
  const result = await checkFixture(fixture);
  console.log(formatResult(result));
  if (result.passed) passed++;
  else failed++;
}
if (files.length === 0) console.log(`no fixture (*.json) in ${dir}`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 && files.length > 0 ? 0 : 1);
