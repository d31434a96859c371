// Where everything of the network picture goes, as plain data: the TCN as keras-tcn builds it,
// laid out as a table whose columns are the dilations (repeated stacks folded into the same
// column, one small group of marks per stack) and whose rows are the layers of a residual block.
// Hand-written because no graph-layout library draws keras-tcn's fixed, regular structure (the
// skip lane above, the residual stream below, no crossings) better than a few lines of arithmetic,
// and the picture must redraw at once on every edit.
import type { TcnConfig } from '../../../engine/config';
import { t } from '../../../i18n/core';
import { describeTcnVariables, type VariableSpec } from '../../../engine/variables';

export interface HeadShapes {
  kernel: number[];
  bias: number[];
}

export interface Mark {
  /** The variable's full name, as the gradient report names it. */
  name: string;
  shape: number[];
  x: number;
  y: number;
  size: number;
  /** keras-tcn block index, or -1 for the Dense head. */
  block: number;
}

export interface Text {
  x: number;
  y: number;
  text: string;
  anchor: 'start' | 'middle' | 'end';
  kind: 'label' | 'header' | 'note' | 'node';
}

export interface Path {
  d: string;
  kind: 'flow' | 'skip' | 'discarded' | 'repeat';
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
  kind: 'conv' | 'shortcut' | 'dense';
}

export interface Circle {
  x: number;
  y: number;
  r: number;
  text: string;
}

export interface NetworkLayout {
  width: number;
  height: number;
  font: number;
  marks: Mark[];
  texts: Text[];
  paths: Path[];
  boxes: Box[];
  circles: Circle[];
}

type Row = { key: string; label: string; height: number; variables: boolean };

/** keras-tcn's order of a block's variables, for placing marks inside a group. */
const ROLE_ORDER = ['kernel', 'g', 'bias', 'gamma', 'beta'];

function rowsOf(config: TcnConfig, font: number, mark: number, compact: boolean): Row[] {
  const norm = config.use_batch_norm || config.use_layer_norm;
  const normKey = config.use_batch_norm
    ? 'gradients.network.layout.batchNorm'
    : 'gradients.network.layout.layerNorm';
  const act =
    config.dropout_rate > 0 && !compact
      ? t('gradients.network.layout.activationDropout', { activation: config.activation })
      : config.activation;
  const variableRow = (key: string, label: string): Row => ({
    key,
    label,
    height: mark + font * 0.9,
    variables: true,
  });
  const thin = (key: string, label: string): Row => ({
    key,
    label,
    height: font * 1.5,
    variables: false,
  });
  const rows: Row[] = [];
  for (const k of [0, 1]) {
    rows.push(variableRow(`conv1D_${k}`, `conv1D_${k}`));
    if (norm) rows.push(variableRow(`norm_${k}`, compact ? `norm_${k}` : t(normKey, { index: k })));
    rows.push(thin(`act_${k}`, act));
  }
  return rows;
}

/** The marks of one layer of one block: kernel first, then g, bias, γ, β. */
function groupOf(specs: VariableSpec[]): VariableSpec[] {
  return [...specs].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

export interface LayoutOptions {
  /** The width to fill, in CSS pixels; the picture is wider only when it cannot fit. */
  width: number;
  /** The font size of the labels (16 in classroom mode). */
  font: number;
}

/** The picture of `config`'s TCN plus its Dense head. */
export function layoutNetwork(
  config: TcnConfig,
  head: HeadShapes,
  { width: available, font }: LayoutOptions,
): NetworkLayout {
  // A narrow screen (a phone) gets shorter labels and tighter columns, so the picture fits.
  const compact = available < 560;
  const mark = Math.round(font * (compact ? 1.05 : 1.25));
  const gap = Math.max(3, Math.round(font * 0.25));
  const specs = describeTcnVariables(config).filter((v) => v.trainable);
  const columns = config.dilations.length;
  const stacks = config.nb_stacks;
  const rows = rowsOf(config, font, mark, compact);

  // How many marks sit side by side in one stack's group, at most (kernel, g, bias).
  const perGroup = config.use_weight_norm ? 3 : 2;
  const groupWidth = perGroup * mark + (perGroup - 1) * gap;
  const minColumn = stacks * groupWidth + (stacks - 1) * gap * 2 + font * (compact ? 1.4 : 2.2);
  const labelWidth = Math.round(font * (compact ? 5.6 : 7.8));
  const inputWidth = Math.round(font * (compact ? 2.4 : 3.2));
  const headWidth = Math.round(font * (compact ? 8 : 9.5));
  const fixed = labelWidth + inputWidth + headWidth;
  const columnWidth = Math.max(minColumn, Math.min(font * 11, (available - fixed) / columns));
  const width = Math.max(available, fixed + columnWidth * columns);

  const marks: Mark[] = [];
  const texts: Text[] = [];
  const paths: Path[] = [];
  const boxes: Box[] = [];
  const circles: Circle[] = [];

  // Vertical positions, top to bottom: column headers, skip lane, conv path rows, shortcut row,
  // residual stream, the repeat loop.
  const headerTop = font * 1.2;
  const skipY = headerTop + font * (stacks > 1 ? 2.6 : 1.6);
  const boxTop = skipY + font * 1.2;
  let y = boxTop + font * 0.3;
  const rowY = new Map<string, number>();
  for (const row of rows) {
    rowY.set(row.key, y + row.height / 2);
    texts.push({ x: 0, y: y + row.height / 2, text: row.label, anchor: 'start', kind: 'label' });
    y += row.height;
  }
  const boxBottom = y + font * 0.2;
  const shortcutHeight = mark + font * 0.9;
  const shortcutY = boxBottom + font * 0.6 + shortcutHeight / 2;
  rowY.set('matching_conv1D', shortcutY);
  texts.push({
    x: 0,
    y: shortcutY,
    text: t('gradients.network.layout.shortcut'),
    anchor: 'start',
    kind: 'label',
  });
  const residualY = shortcutY + shortcutHeight / 2 + font * 1.1;
  texts.push({
    x: 0,
    y: residualY,
    text: t('gradients.network.layout.residual'),
    anchor: 'start',
    kind: 'label',
  });
  const loopY = residualY + font * 1.6;
  const height = (stacks > 1 ? loopY : residualY) + font * 2.2;

  const columnX = (j: number) => labelWidth + inputWidth + j * columnWidth;
  const inX = labelWidth + inputWidth * 0.45;
  circles.push({ x: inX, y: residualY, r: font * 0.55, text: '' });
  texts.push({
    x: inX,
    y: residualY + font * 1.7,
    text: t('gradients.network.layout.input'),
    anchor: 'middle',
    kind: 'node',
  });
  texts.push({
    x: inX,
    y: skipY,
    text: t('gradients.network.layout.skip'),
    anchor: 'middle',
    kind: 'note',
  });

  const last = columns - 1;
  const plusX = (j: number) => columnX(j) + columnWidth - font * 1.1;
  const entryX = (j: number) => columnX(j) + font * 0.7;
  for (let j = 0; j < columns; j++) {
    const x0 = columnX(j);
    const blocks = Array.from({ length: stacks }, (_, s) => s * columns + j);
    texts.push({
      x: x0 + columnWidth / 2,
      y: headerTop,
      text: `d = ${config.dilations[j]}`,
      anchor: 'middle',
      kind: 'header',
    });
    if (stacks > 1) {
      texts.push({
        x: x0 + columnWidth / 2,
        y: headerTop + font * 1.15,
        text: t('gradients.network.layout.blocks', { blocks: blocks.join(', ') }),
        anchor: 'middle',
        kind: 'note',
      });
    }
    boxes.push({
      x: x0 + font * 0.3,
      y: boxTop,
      width: columnWidth - font * 0.6,
      height: boxBottom - boxTop,
      kind: 'conv',
    });
    boxes.push({
      x: x0 + font * 1.4,
      y: shortcutY - shortcutHeight / 2,
      width: columnWidth - font * 2.9,
      height: shortcutHeight,
      kind: 'shortcut',
    });
    // The residual stream: into this block, up into its conv path, through its shortcut, and
    // the conv path's output down into the sum.
    const from = j === 0 ? inX + font * 0.55 : plusX(j - 1) + font * 0.5;
    paths.push({ d: `M${from},${residualY}H${plusX(j) - font * 0.5}`, kind: 'flow' });
    paths.push({ d: `M${entryX(j)},${residualY}V${boxBottom}`, kind: 'flow' });
    paths.push({
      d: `M${plusX(j)},${boxBottom}V${residualY - font * 0.5}`,
      kind: 'flow',
    });
    circles.push({ x: plusX(j), y: residualY, r: font * 0.5, text: '+' });
    if (config.use_skip_connections) {
      paths.push({ d: `M${x0 + columnWidth / 2},${boxTop}V${skipY}`, kind: 'skip' });
    }
    // Marks: one group per stack, centred in its row.
    const groupsWidth = stacks * groupWidth + (stacks - 1) * gap * 2;
    blocks.forEach((block, s) => {
      const groupX = x0 + (columnWidth - groupsWidth) / 2 + s * (groupWidth + gap * 2);
      const byLayer = new Map<string, VariableSpec[]>();
      for (const spec of specs.filter((v) => v.block === block)) {
        byLayer.set(spec.layer, [...(byLayer.get(spec.layer) ?? []), spec]);
      }
      if (!byLayer.has('matching_conv1D')) {
        texts.push({
          x: groupX + groupWidth / 2,
          y: shortcutY,
          text: '=',
          anchor: 'middle',
          kind: 'note',
        });
      }
      for (const [layer, list] of byLayer) {
        const centre = rowY.get(layer);
        if (centre === undefined) continue;
        groupOf(list).forEach((spec, i) =>
          marks.push({
            name: spec.name,
            shape: spec.shape,
            x: groupX + i * (mark + gap),
            y: centre - mark / 2,
            size: mark,
            block,
          }),
        );
      }
    });
  }

  const headX = columnX(columns);
  const sumX = headX + font * 1.4;
  const denseX = headX + font * 3;
  const denseWidth = 2 * mark + gap + font * 1.6;
  const denseY = (skipY + residualY) / 2;
  if (config.use_skip_connections) {
    paths.push({
      d: `M${columnX(0) + columnWidth / 2},${skipY}H${sumX - font * 0.55}`,
      kind: 'skip',
    });
    circles.push({ x: sumX, y: skipY, r: font * 0.55, text: 'Σ' });
    paths.push({ d: `M${sumX},${skipY + font * 0.55}V${denseY}H${denseX}`, kind: 'flow' });
    // The last block's residual output has no consumer: skip connections replace it.
    paths.push({
      d: `M${plusX(last) + font * 0.5},${residualY}H${headX + font * 0.6}`,
      kind: 'discarded',
    });
    texts.push({
      x: headX + font * 0.9,
      y: residualY,
      text: t('gradients.network.layout.discarded'),
      anchor: 'start',
      kind: 'note',
    });
  } else {
    paths.push({
      d: `M${plusX(last) + font * 0.5},${residualY}H${sumX}V${denseY}H${denseX}`,
      kind: 'flow',
    });
  }
  if (stacks > 1) {
    paths.push({
      d: `M${plusX(last)},${residualY + font * 0.5}V${loopY}H${entryX(0) - font * 0.2}V${residualY + font * 0.2}`,
      kind: 'repeat',
    });
    texts.push({
      x: (columnX(0) + plusX(last)) / 2,
      y: loopY + font * 1.1,
      text: t('gradients.network.layout.nextStack', { stacks }),
      anchor: 'middle',
      kind: 'note',
    });
  }
  const denseHeight = mark + font * 2.2;
  boxes.push({
    x: denseX,
    y: denseY - denseHeight / 2,
    width: denseWidth,
    height: denseHeight,
    kind: 'dense',
  });
  texts.push({
    x: denseX + denseWidth / 2,
    y: denseY - denseHeight / 2 + font * 0.9,
    text: 'Dense',
    anchor: 'middle',
    kind: 'node',
  });
  (['kernel', 'bias'] as const).forEach((role, i) =>
    marks.push({
      name: `dense/${role}`,
      shape: head[role],
      x: denseX + font * 0.8 + i * (mark + gap),
      y: denseY - denseHeight / 2 + font * 1.5,
      size: mark,
      block: -1,
    }),
  );
  paths.push({
    d: `M${denseX + denseWidth},${denseY}H${denseX + denseWidth + font * 0.9}`,
    kind: 'flow',
  });
  texts.push({
    x: denseX + denseWidth / 2,
    y: denseY + denseHeight / 2 + font * 1.1,
    text: t('gradients.network.layout.output'),
    anchor: 'middle',
    kind: 'node',
  });
  return {
    width: Math.ceil(Math.max(width, denseX + denseWidth + font * 1.2)),
    height: Math.ceil(height),
    font,
    marks,
    texts,
    paths,
    boxes,
    circles,
  };
}
