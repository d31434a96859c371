// "Paste your TCN" for a Keras model's JSON (model.to_json(), Keras 2 or 3), a TCN layer's config,
// or get_config() printed by Python: the first TCN layer's arguments, and its input shape from
// the model when the layer has none. Used by ./pastedTcn.
import { t } from '../i18n/core';
import type { PastedTcnResult } from './pastedTcn';
import {
  ArgReader,
  TCN_SETTINGS,
  WRAPPERS,
  display,
  done,
  fail,
  howTo,
  isDict,
} from './pastedTcnArgs';

interface FoundLayer {
  layer: Record<string, unknown>;
  wrappers: string[];
  backward: boolean;
}

/** Every TCN layer and InputLayer of a Keras model's JSON (Keras 2 or 3), in document order. */
function findLayers(doc: unknown) {
  const tcns: FoundLayer[] = [];
  const inputs: Record<string, unknown>[] = [];
  const stack: { node: unknown; wrappers: string[]; backward: boolean }[] = [
    { node: doc, wrappers: [], backward: false },
  ];
  while (stack.length) {
    const { node, wrappers, backward } = stack.pop() as (typeof stack)[number];
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push({ node: node[i], wrappers, backward });
      continue;
    }
    if (!isDict(node)) continue;
    const cls = typeof node.class_name === 'string' ? node.class_name : '';
    if (isDict(node.config) && (cls === 'TCN' || cls.endsWith('>TCN'))) {
      tcns.push({ layer: node, wrappers, backward });
      continue;
    }
    if (cls === 'InputLayer' && isDict(node.config)) inputs.push(node.config);
    const inner = WRAPPERS.has(cls) ? [...wrappers, cls] : wrappers;
    const entries = Object.entries(node);
    for (let i = entries.length - 1; i >= 0; i--)
      stack.push({
        node: entries[i][1],
        wrappers: inner,
        backward: backward || entries[i][0] === 'backward_layer',
      });
  }
  return { tcns, inputs };
}

/** A Keras model's JSON, a TCN layer's config, or get_config() printed by Python. */
export function fromDocument(doc: unknown, what: 'JSON' | 'Python dict'): PastedTcnResult {
  const { tcns, inputs } = findLayers(doc);
  const reader = new ArgReader(true);
  const read = (config: Record<string, unknown>) => {
    for (const [key, value] of Object.entries(config)) reader.arg(key, value);
  };
  if (tcns.length) {
    const [first, ...rest] = tcns;
    read(first.layer.config as Record<string, unknown>);
    for (const w of first.wrappers)
      reader.notice(w, 'ignored', () => t('messages.paste.wrapper', { wrapper: w }));
    const others = rest.filter((t) => !t.backward);
    if (others.length) {
      const names = others
        .map((t) => display((t.layer.config as Record<string, unknown>).name ?? 'TCN'))
        .join(', ');
      reader.notice('TCN', 'ignored', () =>
        t('messages.paste.manyLayers', { total: others.length + 1, names }),
      );
    }
    const built = isDict(first.layer.build_config)
      ? first.layer.build_config.input_shape
      : undefined;
    if (!reader.shapeGiven && built !== undefined) {
      reader.shapeGiven = true;
      reader.shape('build_config.input_shape', built, 3, null);
    }
    if (!reader.shapeGiven)
      for (const input of inputs) {
        const shape = input.batch_shape ?? input.batch_input_shape;
        const from = { inputLayer: typeof input.name === 'string' ? input.name : null };
        if (reader.shape('InputLayer', shape, 3, from)) break;
      }
    return done(reader, 'keras-json');
  }
  if (isDict(doc) && Object.keys(doc).some((k) => TCN_SETTINGS.has(k) || k === 'return_state')) {
    read(doc);
    return done(reader, 'config-dict');
  }
  return fail(
    t(what === 'JSON' ? 'messages.paste.noLayerJson' : 'messages.paste.noLayerDict', {
      howTo: howTo(),
    }),
  );
}
