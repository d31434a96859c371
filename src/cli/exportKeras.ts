// `export keras`: prints the keras-tcn Python script of a configuration (src/config/kerasScript):
// it builds the same model (TCN + Dense head) with keras-tcn, compiles it with the same optimizer
// and loss, and checks that Keras counts the same parameters and names the same variables.
// `train --export-keras DIR` writes the trained model's script instead (see ./train).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { kerasScript } from '../config/kerasScript';
import type { Notice, PlaygroundConfig } from '../config/playgroundConfig';
import type { NetworkKind } from '../trainer/networkKinds';
import type { Trainer } from '../trainer/trainer';
import type { Io } from './io';

/** Prints the script on stdout; 1 (nothing on stdout) when the model cannot be exported. */
export function runExportKeras(
  parsed: { config: PlaygroundConfig; notices: Notice[] },
  io: Io,
): number {
  const result = kerasScript(parsed.config);
  if (!result.ok) {
    io.err('error: cannot export this configuration to keras-tcn:');
    result.errors.forEach((e) => io.err(`  ${e}`));
    return 1;
  }
  result.warnings.forEach((w) => io.err(`warning: ${w}`));
  io.out(result.script.replace(/\n$/, ''));
  return 0;
}

/**
 * `train --export-keras DIR`, before training: the configuration must be one keras-tcn can
 * build, and the network the TCN. The reasons, or none.
 */
export function kerasExportProblems(config: PlaygroundConfig, network: NetworkKind): string[] {
  if (network !== 'tcn')
    return [
      `--export-keras exports the TCN; this run trains the ${network.toUpperCase()} baseline (--model ${network}).`,
    ];
  const result = kerasScript(config);
  return result.ok ? [] : result.errors;
}

/**
 * `train --export-keras DIR`, after training: writes the trained model's script and its weights
 * file (with the held-out check) into `folder`, creating it, and says how to run it. Messages go
 * to stderr with --json (stdout holds the steps' JSON), else to stdout. 0, or 1 when it fails.
 */
export async function writeKerasExport(
  trainer: Pick<Trainer, 'snapshot' | 'exportCheck'>,
  config: PlaygroundConfig,
  folder: string,
  json: boolean,
  io: Io,
): Promise<number> {
  const say = json ? io.err : io.out;
  const snapshot = await trainer.snapshot();
  const check = await trainer.exportCheck();
  const made = kerasScript(config, { snapshot, check }, { weights: 'beside' });
  if (!made.ok) {
    io.err('error: cannot export the trained model to keras-tcn:');
    made.errors.forEach((e) => io.err(`  ${e}`));
    return 1;
  }
  const script = join(folder, made.scriptFile);
  const written = [script];
  try {
    mkdirSync(folder, { recursive: true });
    writeFileSync(script, made.script);
    if (made.weightsFile) {
      const weights = join(folder, made.weightsFile.name);
      writeFileSync(weights, made.weightsFile.text);
      written.push(weights);
    }
  } catch (error) {
    io.err(`error: cannot write the keras-tcn export into ${folder}: ${(error as Error).message}`);
    return 1;
  }
  say('');
  say(
    `Exported the weights of step ${snapshot.step} and ${check.xShape[0]} held-out sequences for keras-tcn:`,
  );
  written.forEach((path) => say(`  ${path}`));
  say(`Run it (pip install tensorflow keras-tcn): python ${script}`);
  say(
    "  It rebuilds the model with keras-tcn, loads these weights by name, checks Keras's outputs against this run's, trains on with model.fit, saves a .keras file and loads it back.",
  );
  return 0;
}
