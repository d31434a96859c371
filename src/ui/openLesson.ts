// Opening a lesson, from the lesson panel, the teacher's link builder or a link that names only
// a lesson.
import { parseFragment, type ViewSettings } from '../config/playgroundConfig';
import type { Lesson } from './lessons';
import type { PlaygroundStore } from './store';

/** Opens a lesson: its own configuration, training paused, classroom and hidden panels kept. */
export function openLesson(
  store: PlaygroundStore,
  lesson: Lesson,
  view: ViewSettings = store.getState().view,
) {
  const state = store.getState();
  if (state.training.running) state.pause();
  state.load(parseFragment(lesson.fragment).config, [], { ...view, lesson: lesson.id });
}
