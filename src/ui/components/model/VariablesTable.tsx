// Every variable of the TCN as keras-tcn names it, with its shape and size.
import { Fragment } from 'react';
import type { ModelView } from '../../store';

const n = (value: number) => value.toLocaleString('en-US');

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
  const { variables, reachability } = model;
  const noGradient = new Set(reachability.unreachable.map((u) => u.name));
  const nonTrainable = model.parameters - model.trainableParameters;
  return (
    <section className="panel" aria-labelledby="vars-title">
      <h2 id="vars-title">Variables</h2>
      <p className="panel-note">
        {variables.length} variables, named as keras-tcn names them. Kernels are [kernel_size, input
        channels, filters].
        {model.config.use_batch_norm &&
          ' Batch norm’s moving_mean and moving_variance are statistics updated while training, not by gradients: they are not trainable.'}
      </p>
      <div className="scroll variables" tabIndex={0} role="region" aria-label="Variables (table)">
        <table>
          <thead>
            <tr>
              <th scope="col">Variable</th>
              <th scope="col">Shape</th>
              <th scope="col" className="num">
                Params
              </th>
              <th scope="col">Trainable</th>
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
                <td className="num">{n(v.size)}</td>
                <td className="trainable">
                  {v.trainable ? 'yes' : 'no'}
                  {noGradient.has(v.name) && <span className="badge">no gradient</span>}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colSpan={2}>
                Total{nonTrainable > 0 ? ` (${n(nonTrainable)} not trainable)` : ''}
              </th>
              <td className="num">{n(model.parameters)}</td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  );
}
