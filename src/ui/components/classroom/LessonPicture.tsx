// The picture an open lesson talks about, beside the lesson (the network is always shown).
import { lessonById } from '../../lessons';
import { usePlayground } from '../../store';
import { LatticePanel } from '../receptive-field/LatticePanel';

export function LessonPicture() {
  const lesson = usePlayground((s) => lessonById(s.view.lesson));
  if (lesson?.picture !== 'lattice') return null;
  return (
    <div className="lesson-picture" data-testid="lesson-picture">
      <LatticePanel titleId="lesson-lattice-title" />
    </div>
  );
}
