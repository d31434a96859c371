// The picture an open lesson talks about, beside the lesson (the network is always shown).
import { useTranslation } from 'react-i18next';
import { lessonById } from '../../lessons';
import { usePlayground } from '../../store';
import { DilationAdvisor } from '../receptive-field/DilationAdvisor';
import { LatticePanel } from '../receptive-field/LatticePanel';

export function LessonPicture() {
  const { t } = useTranslation();
  const lesson = usePlayground((s) => lessonById(s.view.lesson));
  const model = usePlayground((s) => s.model);
  if (!lesson?.picture) return null;
  return (
    <div className="lesson-picture" data-testid="lesson-picture">
      {lesson.picture === 'lattice' ? (
        <>
          {/* Shown over the blank lattice while the lesson keeps it for its answer. */}
          <p className="concealed-note">{t('classroom.predict.latticeLater')}</p>
          <LatticePanel titleId="lesson-lattice-title" />
        </>
      ) : (
        <DilationAdvisor model={model} titleId="lesson-advisor-title" />
      )}
    </div>
  );
}
