// Every variable of the TCN as keras-tcn names it, with its shape and size.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../i18n/core';
import type { ModelView } from '../../store';

/** The full name, allowed to wrap after each "/" when the table is narrow. */
function breakable(name: string) {
  return name.split('/').map((part, i, parts) => (
    <Fragment key={i}>
      {part}
      {i < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}

export function VariablesTable({ model }: { model: ModelView }) {
  const { t } = useTranslation();
  const { variables, reachability } = model;
  const noGradient = new Set(reachability.unreachable.map((u) => u.name));
  const nonTrainable = model.parameters - model.trainableParameters;
  return (
    <section className="panel" aria-labelledby="vars-title">
      <h2 id="vars-title">{t('app.variables.title')}</h2>
      <p className="panel-note">
        {t(model.config.use_batch_norm ? 'app.variables.noteBatchNorm' : 'app.variables.note', {
          count: variables.length,
        })}
      </p>
      <div
        className="scroll variables"
        tabIndex={0}
        role="region"
        aria-label={t('app.variables.tableLabel')}
      >
        <table>
          <thead>
            <tr>
              <th scope="col">{t('app.variables.variable')}</th>
              <th scope="col">{t('app.variables.shape')}</th>
              <th scope="col" className="num">
                {t('app.variables.params')}
              </th>
              <th scope="col">{t('app.variables.trainable')}</th>
            </tr>
          </thead>
          <tbody>
            {variables.map((v, i) => (
              <tr
                key={v.name}
                className={[
                  i > 0 && variables[i - 1].block !== v.block ? 'block-start' : '',
                  noGradient.has(v.name) ? 'no-gradient' : '',
                ]
                  .filter(Boolean)
                  .join(' ')}
              >
                <td className="var-name">
                  <code>{breakable(v.name)}</code>
                </td>
                <td>
                  <code>[{v.shape.join(', ')}]</code>
                </td>
                <td className="num">{formatNumber(v.size)}</td>
                <td className="trainable">
                  {v.trainable ? t('app.variables.yes') : t('app.variables.no')}
                  {noGradient.has(v.name) && (
                    <span className="badge">{t('app.variables.noGradient')}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                {nonTrainable > 0
                  ? t('app.variables.totalWithFrozen', { frozen: nonTrainable })
                  : t('app.variables.total')}
              </th>
              <td className="num">{formatNumber(model.parameters)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
