// The headline numbers of the model: parameters, receptive field, blocks, output shape.
import { outputChannels } from '../../../engine/config';
import type { ModelView } from '../../store';

export function Summary({ model }: { model: ModelView }) {
  const { config } = model;
  const blocks = config.nb_stacks * config.dilations.length;
  const channels = outputChannels(config);
  const shape = config.return_sequences ? `(batch, time, ${channels})` : `(batch, ${channels})`;
  const nonTrainable = model.parameters - model.trainableParameters;
  return (
    <dl className="summary">
      <div className="stat">
        <dt>Parameters</dt>
        <dd>
          <span className="stat-value" data-testid="param-count">
            {model.parameters}
          </span>
        </dd>
        <dd className="stat-note">
          {nonTrainable > 0
            ? `${model.trainableParameters} trainable, ${nonTrainable} not`
            : 'all trainable'}
        </dd>
      </div>
      <div className="stat">
        <dt>Receptive field</dt>
        <dd>
          <span className="stat-value" data-testid="receptive-field">
            {model.receptiveField}
          </span>
        </dd>
        <dd className="stat-note">time steps one output can see</dd>
      </div>
      <div className="stat">
        <dt>Residual blocks</dt>
        <dd>
          <span className="stat-value">{blocks}</span>
        </dd>
        <dd className="stat-note">
          {config.nb_stacks} stack{config.nb_stacks === 1 ? '' : 's'} × {config.dilations.length}{' '}
          dilation{config.dilations.length === 1 ? '' : 's'}
        </dd>
      </div>
      <div className="stat">
        <dt>Output shape</dt>
        <dd>
          <span className="stat-value stat-shape">{shape}</span>
        </dd>
        <dd className="stat-note">
          return_sequences = {config.return_sequences ? 'True' : 'False'}
        </dd>
      </div>
    </dl>
  );
}
