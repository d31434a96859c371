// keras-tcn's receptive field formula with the current numbers, and how each layer adds to it.
// The formula's own lines keep keras-tcn's symbols in every language; the words around them
// are translated.
import { Trans, useTranslation } from 'react-i18next';
import type { ModelView } from '../../store';

/** The markup the panel's sentences may hold. */
const markup = { strong: <strong />, code: <code />, var: <var /> };

export function ReceptiveFieldPanel({
  model,
  titleId = 'rf-title',
}: {
  model: ModelView;
  titleId?: string;
}) {
  const { t } = useTranslation();
  const { config, breakdown, receptiveField } = model;
  const k = config.kernel_size;
  const stacks = config.nb_stacks;
  const sum = config.dilations.reduce((a, b) => a + b, 0);
  const terms = config.dilations.length > 1 ? `(${config.dilations.join('+')})` : `${sum}`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('receptive.panel.title')}</h2>
      <div className="formula" aria-label={t('receptive.panel.formulaLabel')}>
        <div>
          <var>RF</var> = 1 + 2·(<var>k</var>−1)·<var>stacks</var>·Σ<var>d</var>
        </div>
        <div>
          = 1 + 2·({k}−1)·{stacks}·{terms}
        </div>
        <div>
          = 1 + 2·{k - 1}·{stacks}·{sum} ={' '}
          <Trans
            t={t}
            i18nKey="receptive.panel.total"
            values={{ field: receptiveField }}
            components={markup}
          />
        </div>
      </div>
      <p className="panel-note" data-testid="rf-formula-parts">
        <Trans
          t={t}
          i18nKey="receptive.panel.legend"
          components={{ var: <var />, stacksSymbol: <var>stacks</var> }}
        />{' '}
        <Trans t={t} i18nKey="receptive.panel.two" components={markup} />{' '}
        {stacks > 1 ? (
          <Trans
            t={t}
            i18nKey="receptive.panel.stacks"
            values={{
              stacks,
              runs: Array.from({ length: stacks }, () => config.dilations.join(', ')).join(' | '),
            }}
            components={markup}
          />
        ) : (
          <Trans
            t={t}
            i18nKey="receptive.panel.oneStack"
            values={{ dilations: config.dilations.join(', ') }}
            components={markup}
          />
        )}{' '}
        <Trans
          t={t}
          i18nKey={config.padding === 'same' ? 'receptive.panel.same' : 'receptive.panel.causal'}
          components={markup}
        />{' '}
        {config.go_backwards && <>{t('receptive.panel.goBackwards')} </>}
        <Trans t={t} i18nKey="receptive.panel.sameAsKeras" components={markup} />
      </p>
      <div
        className="scroll breakdown"
        tabIndex={0}
        role="region"
        aria-label={t('receptive.panel.tableLabel')}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">{t('receptive.panel.columns.layer')}</th>
              <th scope="col" className="num">
                {t('receptive.panel.columns.dilation')}
              </th>
              <th scope="col" className="num">
                {t('receptive.panel.columns.adds')}
              </th>
              <th scope="col" className="num">
                {t('receptive.panel.columns.cumulative')}
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>{t('receptive.inputLayer')}</td>
              <td className="num">–</td>
              <td className="num">–</td>
              <td className="num">1</td>
            </tr>
            {breakdown.map((row) => (
              <tr key={`${row.block}-${row.conv}`} className={row.conv === 0 ? 'block-start' : ''}>
                <td>
                  <code>
                    residual_block_{row.block}/conv1D_{row.conv}
                  </code>
                </td>
                <td className="num">{row.dilation}</td>
                <td className="num">+{row.adds}</td>
                <td className="num">{row.cumulative}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
