// Which variables can receive a gradient, decided from the configuration alone by walking the
// graph keras-tcn builds, with the reason in words and the configuration changes that fix it.
import { t } from '../i18n/core';
import { parseTcnConfig, type TcnConfig } from './config';
import { receptiveField } from './receptiveField';
import { describeBlocks, describeTcnVariables, type BlockSpec } from './variables';

export interface Fix {
  /** Short label for a button, e.g. "Turn skip connections off". */
  label: string;
  /** The configuration change, in keras-tcn names. */
  change: Partial<TcnConfig>;
  /** What else the change does, so the user can choose knowingly. */
  effect: string;
}

export interface Unreachable {
  name: string;
  reason: string;
}

export interface Reachability {
  /** Trainable variables that can never receive a gradient, keras-tcn's order. */
  unreachable: Unreachable[];
  /** Concrete configuration changes, each verified to leave no variable unreachable. */
  fixes: Fix[];
}

// Nodes of the graph: a block's input, its conv path (conv1D_0 → … → Act_Conv_Blocks, also
// its skip output), its shortcut (identity or matching_conv1D) and its residual output.
type Node = `in${number}` | `path${number}` | `short${number}` | `res${number}` | 'output';

function consumers(config: TcnConfig, blocks: BlockSpec[]): Map<Node, Node[]> {
  const edges = new Map<Node, Node[]>();
  const link = (from: Node, to: Node) => edges.set(from, [...(edges.get(from) ?? []), to]);
  const last = blocks.length - 1;
  blocks.forEach((_, b) => {
    link(`in${b}`, `path${b}`);
    link(`in${b}`, `short${b}`);
    link(`path${b}`, `res${b}`);
    link(`short${b}`, `res${b}`);
    if (config.use_skip_connections) link(`path${b}`, 'output');
    if (b < last) link(`res${b}`, `in${b + 1}`);
    else if (!config.use_skip_connections) link(`res${b}`, 'output');
  });
  return edges;
}

function reachesOutput(edges: Map<Node, Node[]>, start: Node, seen = new Set<Node>()): boolean {
  if (start === 'output') return true;
  if (seen.has(start)) return false;
  seen.add(start);
  return (edges.get(start) ?? []).some((n) => reachesOutput(edges, n, seen));
}

function unreachableOf(config: TcnConfig): Unreachable[] {
  const blocks = describeBlocks(config);
  const edges = consumers(config, blocks);
  const out: Unreachable[] = [];
  for (const v of describeTcnVariables(config)) {
    if (!v.trainable) continue;
    const node: Node = v.layer === 'matching_conv1D' ? `short${v.block}` : `path${v.block}`;
    if (reachesOutput(edges, node)) continue;
    const block = `residual_block_${v.block}`;
    const cause =
      config.use_skip_connections && v.block === blocks.length - 1 ? 'lastBlock' : 'cut';
    const layer = v.layer === 'matching_conv1D' ? 'MatchingConv' : 'ConvPath';
    out.push({ name: v.name, reason: t(`messages.gradient.${cause}${layer}`, { block }) });
  }
  return out;
}

function candidateFixes(config: TcnConfig): Fix[] {
  const blocks = describeBlocks(config);
  const rf = receptiveField(config);
  const lastDilation = config.dilations[config.dilations.length - 1];
  const dilations = [...config.dilations, lastDilation * 2];
  const first = blocks[0];
  const fixes: Fix[] = [
    {
      label: t('messages.gradient.addDilation', { dilations: dilations.join(', ') }),
      change: {
        dilations,
        ...(Array.isArray(config.nb_filters)
          ? { nb_filters: [...config.nb_filters, config.nb_filters[config.nb_filters.length - 1]] }
          : {}),
      },
      effect: t('messages.gradient.addDilationEffect', {
        from: rf,
        to: receptiveField({ ...config, dilations }),
      }),
    },
    {
      label: t('messages.gradient.skipOff'),
      change: { use_skip_connections: false },
      effect: t('messages.gradient.skipOffEffect'),
    },
    {
      label: t('messages.gradient.addStack', { stacks: config.nb_stacks + 1 }),
      change: { nb_stacks: config.nb_stacks + 1 },
      effect: t('messages.gradient.addStackEffect', {
        from: rf,
        to: receptiveField({ ...config, nb_stacks: config.nb_stacks + 1 }),
      }),
    },
  ];
  if (first && !Array.isArray(config.nb_filters)) {
    fixes.push({
      label: t('messages.gradient.filtersAsInput', { dim: config.input_dim }),
      change: { nb_filters: config.input_dim },
      effect: t('messages.gradient.filtersAsInputEffect', {
        dim: config.input_dim,
        filters: config.nb_filters,
      }),
    });
  }
  return fixes;
}

/** The variables that cannot receive a gradient under `config`, why, and fixes that work. */
export function reachability(config: TcnConfig): Reachability {
  const unreachable = unreachableOf(config);
  if (unreachable.length === 0) return { unreachable, fixes: [] };
  const fixes = candidateFixes(config).filter((fix) => {
    const { config: fixed } = parseTcnConfig({ ...config, ...fix.change });
    return fixed !== null && unreachableOf(fixed).length === 0;
  });
  return { unreachable, fixes };
}
