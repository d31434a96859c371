// `inspect`: what the configuration builds, from the configuration alone (no TensorFlow.js):
// parameters, receptive field, variables, the variables that can never get a gradient (with
// the reason and the fixes), and the problems that stop it from training.
import {
  compactFragment,
  configProblems,
  type Notice,
  type PlaygroundConfig,
  type SettingProblem,
} from '../config/playgroundConfig';
import { blockDilations, outputChannels, parseTcnConfig, type TcnConfig } from '../engine/config';
import { reachability, type Fix } from '../engine/reachability';
import { influence, receptiveField } from '../engine/receptiveField';
import { describeTcnVariables } from '../engine/variables';
import { taskInfo } from '../tasks/tasks';
import type { Io } from './io';

export interface InspectVariable {
  name: string;
  shape: number[];
  params: number;
  trainable: boolean;
}

export interface InspectFix {
  label: string;
  /** The configuration change, in keras-tcn names. */
  change: Partial<TcnConfig>;
  /** The change as URL-fragment keys, e.g. "dilations=1,2". */
  change_fragment: string;
  effect: string;
  /** The whole fixed configuration, ready for --config (keys that differ from the defaults). */
  config_fragment: string;
}

export interface InspectReport {
  valid: boolean;
  /** The configuration as read, keys that differ from the defaults (for --config or a link). */
  fragment: string;
  config: PlaygroundConfig;
  task: {
    name: string;
    title: string;
    description: string;
    input_shape: string;
    output_shape: string;
    loss: string;
    metric: string;
    baseline: { loss: number; metric: number; description: string };
  };
  /** null when a problem leaves the network undefined (e.g. a filter list of the wrong length). */
  parameters: { tcn: number; head: number; total: number; trainable: number } | null;
  receptive_field: {
    value: number;
    formula: string;
    kernel_size: number;
    nb_stacks: number;
    dilations: number[];
    dilation_sum: number;
    /** Whether the network can see what the task needs, when the task needs something. */
    task_check: { ok: boolean; text: string } | null;
  };
  variables: InspectVariable[] | null;
  unreachable: { name: string; reason: string }[];
  fixes: InspectFix[];
  problems: SettingProblem[];
  notices: Notice[];
}

function changeFragment(change: Partial<TcnConfig>): string {
  return Object.entries(change)
    .map(([key, value]) => `${key}=${Array.isArray(value) ? value.join(',') : String(value)}`)
    .join('&');
}

// influence() walks every tap of every convolution; past this much work it is skipped.
const MAX_INFLUENCE_WORK = 20_000_000;

/** Can the network see the input steps the task's answer depends on? Exact, gaps included. */
function taskCheck(config: PlaygroundConfig): { ok: boolean; text: string } | null {
  const { tcn, task } = config;
  const T = task.seq_len;
  const work = blockDilations(tcn).length * 2 * T * tcn.kernel_size;
  if (task.name === 'sine' || work > MAX_INFLUENCE_WORK) return null;
  const last = T - 1;
  const seen = new Set(influence(tcn, T, tcn.return_sequences ? last : undefined).inputSteps);
  if (task.name === 'lag') {
    const ok = seen.has(last - task.lag);
    return {
      ok,
      text: `lag task: output step ${last} ${ok ? 'sees' : 'cannot see'} input step ${last - task.lag}, ${task.lag} steps back${ok ? '' : ': the lag cannot be learned'}.`,
    };
  }
  if (task.name === 'copy_memory') {
    const ok = seen.has(9);
    return {
      ok,
      text: `copy_memory: the last output step ${ok ? 'sees' : 'cannot see'} the last symbol, ${T - 10} steps back${ok ? '' : ': the symbols cannot be recalled'}.`,
    };
  }
  const ok = seen.size === T;
  return {
    ok,
    text: `adding: the answer ${ok ? 'sees all' : `sees only ${seen.size} of the`} ${T} input steps${ok ? '' : ', but the marked numbers can be anywhere'}.`,
  };
}

export function inspectReport(config: PlaygroundConfig, notices: Notice[] = []): InspectReport {
  const { tcn } = config;
  const problems = configProblems(config);
  const info = taskInfo(config.task);
  // Tab limits say nothing about the shape of the network; other problems may leave it undefined.
  const describable = parseTcnConfig(tcn).problems.every((p) => p.kind === 'tab-limit');

  let variables: InspectVariable[] | null = null;
  let parameters: InspectReport['parameters'] = null;
  let unreachable: InspectReport['unreachable'] = [];
  let fixes: InspectFix[] = [];
  if (describable) {
    const channels = outputChannels(tcn);
    const head: InspectVariable[] = [
      {
        name: 'dense/kernel',
        shape: [channels, info.outputDim],
        params: channels * info.outputDim,
        trainable: true,
      },
      { name: 'dense/bias', shape: [info.outputDim], params: info.outputDim, trainable: true },
    ];
    variables = [
      ...describeTcnVariables(tcn).map((v) => ({
        name: v.name,
        shape: v.shape,
        params: v.size,
        trainable: v.trainable,
      })),
      ...head,
    ];
    const sum = (list: InspectVariable[]) => list.reduce((total, v) => total + v.params, 0);
    const tcnParams = sum(variables) - sum(head);
    parameters = {
      tcn: tcnParams,
      head: sum(head),
      total: sum(variables),
      trainable: sum(variables.filter((v) => v.trainable)),
    };
    const reach = reachability(tcn);
    unreachable = reach.unreachable;
    fixes = reach.fixes.map((fix: Fix) => ({
      label: fix.label,
      change: fix.change,
      change_fragment: changeFragment(fix.change),
      effect: fix.effect,
      config_fragment: `#${compactFragment({ ...config, tcn: { ...tcn, ...fix.change } })}`,
    }));
  }

  const dilationSum = tcn.dilations.reduce((a, b) => a + b, 0);
  const rf = receptiveField(tcn);
  return {
    valid: problems.length === 0,
    fragment: `#${compactFragment(config)}`,
    config,
    task: {
      name: config.task.name,
      title: info.title,
      description: info.description,
      input_shape: `[batch, ${config.task.seq_len}, ${info.inputDim}]`,
      output_shape: info.outputShape,
      loss: info.loss,
      metric: info.metric.name,
      baseline: info.baseline,
    },
    parameters,
    receptive_field: {
      value: rf,
      formula: `1 + 2·(kernel_size−1)·nb_stacks·Σdilations = 1 + 2·(${tcn.kernel_size}−1)·${tcn.nb_stacks}·${dilationSum} = ${rf}`,
      kernel_size: tcn.kernel_size,
      nb_stacks: tcn.nb_stacks,
      dilations: tcn.dilations,
      dilation_sum: dilationSum,
      task_check: describable ? taskCheck(config) : null,
    },
    variables,
    unreachable,
    fixes,
    problems,
    notices,
  };
}

const count = (n: number) => n.toLocaleString('en-US');

export function formatInspect(report: InspectReport): string[] {
  const lines: string[] = [];
  const { task, parameters, receptive_field: rf } = report;
  lines.push(`Configuration    ${report.fragment}`);
  lines.push(`Task             ${task.name}: ${task.title}. ${task.description}`);
  lines.push(
    `                 input ${task.input_shape} → output ${task.output_shape}; loss ${task.loss}, metric ${task.metric}; baseline loss ${round(task.baseline.loss)} (${task.baseline.description})`,
  );
  lines.push(
    parameters
      ? `Parameters       ${count(parameters.total)} = TCN ${count(parameters.tcn)} + Dense head ${count(parameters.head)}${parameters.trainable === parameters.total ? '' : ` (${count(parameters.trainable)} trainable)`}`
      : 'Parameters       unknown until the problems below are fixed',
  );
  lines.push(`Receptive field  ${rf.value} = ${rf.formula}`);
  if (rf.task_check) lines.push(`                 ${rf.task_check.text}`);

  if (report.variables) {
    const rows = report.variables.map((v) => [
      v.name,
      `[${v.shape.join(', ')}]`,
      count(v.params),
      v.trainable ? '' : 'not trainable',
    ]);
    const header = ['variable', 'shape', 'params', ''];
    const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c].length)));
    const line = (cells: string[]) =>
      `  ${cells[0].padEnd(widths[0])}  ${cells[1].padEnd(widths[1])}  ${cells[2].padStart(widths[2])}  ${cells[3]}`.trimEnd();
    lines.push('', `Variables (${report.variables.length})`, line(header));
    rows.forEach((r) => lines.push(line(r)));
  }

  if (report.unreachable.length) {
    lines.push('', `Cannot get a gradient (${report.unreachable.length})`);
    const reasons = new Set(report.unreachable.map((u) => u.reason));
    for (const u of report.unreachable) {
      lines.push(`  ${u.name}${reasons.size > 1 ? `: ${u.reason}` : ''}`);
    }
    if (reasons.size === 1) lines.push(`  Why: ${report.unreachable[0].reason}`);
    if (report.fixes.length) {
      lines.push('', 'Fixes (each gives every variable a gradient)');
      report.fixes.forEach((fix, i) => {
        lines.push(`  ${i + 1}. ${fix.label}  (${fix.change_fragment})`);
        lines.push(`     ${fix.effect}`);
        lines.push(`     --config '${fix.config_fragment}'`);
      });
    }
  } else if (report.variables) {
    lines.push('', 'Every trainable variable can get a gradient.');
  }

  lines.push('');
  if (report.problems.length === 0) {
    lines.push('Configuration is valid.');
  } else {
    lines.push(`Problems (${report.problems.length}): this configuration cannot be trained`);
    for (const p of report.problems) lines.push(`  ${p.key} [${p.kind}]: ${p.message}`);
  }
  return lines;
}

function round(x: number): string {
  return Number.isInteger(x) ? String(x) : x.toPrecision(4);
}

/** Prints the report (text or one JSON object); 0 when the configuration is valid, else 1. */
export function runInspect(
  parsed: { config: PlaygroundConfig; notices: Notice[] },
  options: { json: boolean },
  io: Io,
): number {
  const report = inspectReport(parsed.config, parsed.notices);
  if (options.json) io.out(JSON.stringify(report));
  else formatInspect(report).forEach((line) => io.out(line));
  return report.valid ? 0 : 1;
}
