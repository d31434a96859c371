// The settings column: problems that stop training, the settings that change the picture most,
// and every other setting folded under "More settings".
import { useTranslation } from 'react-i18next';
import { ConfigEditor } from './ConfigEditor';
import { ProblemSummary, TaskEditor, TrainEditor } from './TaskTrainEditor';
import { PasteTcn } from './PasteTcn';
import { QuickSettings } from './QuickSettings';

export function SettingsColumn() {
  const { t } = useTranslation();
  return (
    <>
      <ProblemSummary />
      <PasteTcn />
      <QuickSettings />
      <details className="more-settings" data-testid="more-settings">
        <summary>{t('settings.moreSettings')}</summary>
        <TaskEditor />
        <ConfigEditor />
        <TrainEditor />
      </details>
    </>
  );
}
