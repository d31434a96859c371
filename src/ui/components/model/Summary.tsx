// The headline numbers of the model: parameters, receptive field, blocks, output shape.
import { useTranslation } from 'react-i18next';
import { outputChannels } from '../../../engine/config';
import type { ModelView } from '../../store';

export function Summary({ model }: { model: ModelView }) {
  const { t } = useTranslation();
  const { config } = model;
  const blocks = config.nb_stacks * config.dilations.length;
  const channels = outputChannels(config);
  const shape = t(config.return_sequences ? 'app.summary.shapeSequence' : 'app.summary.shapeLast', {
    channels,
  });
  const nonTrainable = model.parameters - model.trainableParameters;
  return (
    <dl className="summary">
      <div className="stat">
        <dt>{t('app.summary.parameters')}</dt>
        <dd>
          <span className="stat-value" data-testid="param-count">
            {model.parameters}
          </span>
        </dd>
        <dd className="stat-note">
          {nonTrainable > 0
            ? t('app.summary.trainableSome', {
                trainable: model.trainableParameters,
                frozen: nonTrainable,
              })
            : t('app.summary.trainableAll')}
        </dd>
      </div>
      <div className="stat">
        <dt>{t('app.summary.receptiveField')}</dt>
        <dd>
          <span className="stat-value" data-testid="receptive-field">
            {model.receptiveField}
          </span>
        </dd>
        <dd className="stat-note">{t('app.summary.receptiveFieldNote')}</dd>
      </div>
      <div className="stat">
        <dt>{t('app.summary.blocks')}</dt>
        <dd>
          <span className="stat-value">{blocks}</span>
        </dd>
        <dd className="stat-note">
          {t('app.summary.blocksNote', {
            stacks: t('app.summary.stacks', { count: config.nb_stacks }),
            dilations: t('app.summary.dilations', { count: config.dilations.length }),
          })}
        </dd>
      </div>
      <div className="stat">
        <dt>{t('app.summary.outputShape')}</dt>
        <dd>
          <span className="stat-value stat-shape">{shape}</span>
        </dd>
        <dd className="stat-note" translate="no">
          return_sequences = {config.return_sequences ? 'True' : 'False'}
        </dd>
      </div>
    </dl>
  );
}
