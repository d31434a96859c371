// "Predict, then reveal": the lesson's question, and a button that shows the answer. Until the
// answer is shown, the page hides what would give it away (a class on the document root;
// styles.css blanks the receptive-field figures, the gradient colours or the loss chart).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lesson } from '../../lessons';

export function LessonPrediction({ predict }: { predict: NonNullable<Lesson['predict']> }) {
  const { t } = useTranslation();
  const [revealed, setRevealed] = useState(false);
  useEffect(() => {
    if (revealed) return;
    const root = document.documentElement;
    const name = `class-conceal-${predict.conceals}`;
    root.classList.add(name);
    return () => root.classList.remove(name);
  }, [revealed, predict.conceals]);
  return (
    <div className="lesson-predict" data-testid="lesson-predict">
      <p>
        <strong>{t('classroom.predict.question')}</strong> {predict.question}
      </p>
      {revealed ? (
        <p className="lesson-answer" data-testid="lesson-answer">
          <strong>{t('classroom.predict.answer')}</strong> {predict.answer}
        </p>
      ) : (
        <button type="button" data-testid="lesson-reveal" onClick={() => setRevealed(true)}>
          {t('classroom.predict.reveal')}
        </button>
      )}
    </div>
  );
}
