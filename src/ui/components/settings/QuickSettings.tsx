// The settings that change the picture most, always in view: the task, kernel_size, dilations,
// nb_stacks, nb_filters and skip connections. Every other setting is one click away under
// "More settings" (SettingsColumn.tsx).
import { useTranslation } from 'react-i18next';
import { usePlayground } from '../../store';
import { Field } from './ConfigEditor';
import { QUICK_TCN_KEYS, tcnFieldSpec } from './fieldSpecs';
import { SeriesPanel } from './SeriesPanel';
import { TASK_FIELDS, TRAIN_FIELDS } from './TaskTrainEditor';

export function QuickSettings() {
  const { t } = useTranslation();
  const raw = usePlayground((s) => s.raw);
  const problems = usePlayground((s) => s.problems);
  const setTcnField = usePlayground((s) => s.setTcnField);
  const setTaskField = usePlayground((s) => s.setTaskField);
  const setTrainField = usePlayground((s) => s.setTrainField);
  const chooseSeries = usePlayground((s) => s.chooseSeriesSource);
  const of = (key: string) => problems.filter((p) => p.key === key);
  return (
    <section className="editor quick-settings" aria-labelledby="quick-title">
      <h2 id="quick-title">{t('settings.quick.title')}</h2>
      <Field
        spec={TASK_FIELDS.name}
        value={raw.task.name}
        problems={of(TASK_FIELDS.name.key)}
        onValue={(v) =>
          v === 'series' ? chooseSeries(String(raw.data.source)) : setTaskField('name', v)
        }
      />
      {raw.task.name === 'series' && <SeriesPanel />}
      <Field
        spec={TRAIN_FIELDS.model}
        label={t('settings.quick.networkLabel')}
        value={raw.train.model}
        problems={of(TRAIN_FIELDS.model.key)}
        onValue={(v) => setTrainField('model', v)}
      />
      {QUICK_TCN_KEYS.map((key) => (
        <Field
          key={key}
          spec={tcnFieldSpec(key)}
          value={raw.tcn[key]}
          problems={of(key)}
          onValue={(v) => setTcnField(key, v)}
          kerasKinds
        />
      ))}
    </section>
  );
}
