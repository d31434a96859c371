// Classroom mode from the header: larger type for a projector and the lesson panel. The link
// carries it (classroom=true), as the teacher's link builder in "Export and files" does.
import { useTranslation } from 'react-i18next';
import { usePlayground } from '../../store';

export function ClassroomToggle() {
  const { t } = useTranslation();
  const view = usePlayground((s) => s.view);
  const setView = usePlayground((s) => s.setView);
  const on = view.classroom === true;
  return (
    <button
      type="button"
      className="secondary classroom-toggle"
      data-testid="classroom-toggle"
      aria-pressed={on}
      title={t('app.classroom.title')}
      onClick={() => setView({ ...view, classroom: on ? undefined : true })}
    >
      {t('app.classroom.label')}
    </button>
  );
}
