// keras-tcn's receptive field formula with the current numbers, and how each layer adds to it.
import type { ModelView } from '../../store';

export function ReceptiveFieldPanel({
  model,
  titleId = 'rf-title',
}: {
  model: ModelView;
  titleId?: string;
}) {
  const { config, breakdown, receptiveField } = model;
  const k = config.kernel_size;
  const stacks = config.nb_stacks;
  const sum = config.dilations.reduce((a, b) => a + b, 0);
  const terms = config.dilations.length > 1 ? `(${config.dilations.join('+')})` : `${sum}`;
  return (
    <section className="panel" aria-labelledby={titleId}>
      <h2 id={titleId}>Receptive field</h2>
      <div className="formula" aria-label="receptive field formula">
        <div>
          <var>RF</var> = 1 + 2·(<var>k</var>−1)·<var>stacks</var>·Σ<var>d</var>
        </div>
        <div>
          = 1 + 2·({k}−1)·{stacks}·{terms}
        </div>
        <div>
          = 1 + 2·{k - 1}·{stacks}·{sum} = <strong>{receptiveField}</strong> time steps
        </div>
      </div>
      <p className="panel-note" data-testid="rf-formula-parts">
        <var>k</var> = kernel_size, <var>stacks</var> = nb_stacks, Σ<var>d</var> = the sum of
        dilations. <strong>The 2</strong> is the two dilated convolutions of every residual block,{' '}
        <code>conv1D_0</code> and <code>conv1D_1</code> (two rows per block in the lattice below):
        each widens the window by (<var>k</var>−1)·<var>d</var> steps.{' '}
        {stacks > 1 ? (
          <>
            <strong>Stacks</strong> repeat the dilations: nb_stacks={stacks} runs [
            {Array.from({ length: stacks }, () => config.dilations.join(', ')).join(' | ')}], so Σ
            <var>d</var> counts {stacks} times.{' '}
          </>
        ) : (
          <>
            <strong>Stacks</strong> would repeat the dilations: nb_stacks=2 runs [
            {config.dilations.join(', ')} | {config.dilations.join(', ')}] and doubles the
            field.{' '}
          </>
        )}
        {config.padding === 'same'
          ? 'With padding="same" the window is centred on the output step: about half of it lies in the future. '
          : 'With padding="causal" the window ends at the output step: it sees only the past. '}
        {config.go_backwards
          ? 'go_backwards reverses time before the convolutions: the window then reaches forward, from the output step to later inputs. '
          : ''}
        The same number as keras-tcn’s <code>receptive_field</code> attribute.
      </p>
      <div
        className="scroll breakdown"
        tabIndex={0}
        role="region"
        aria-label="Receptive field by layer (table)"
      >
        <table>
          <thead>
            <tr>
              <th scope="col">Layer</th>
              <th scope="col" className="num">
                dilation
              </th>
              <th scope="col" className="num">
                adds (k−1)·d
              </th>
              <th scope="col" className="num">
                receptive field so far
              </th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>input</td>
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
