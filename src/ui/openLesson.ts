// Opening a lesson, from the lesson panel, the teacher's link builder or a link that names only
// a lesson.
import { parseFragment, type BackendChoice, type ViewSettings } from '../config/playgroundConfig';
import type { Lesson } from './lessons';
import type { PlaygroundStore } from './store';

/**
 * Opens a lesson: its own configuration, training paused, classroom and hidden panels kept;
 * `backend`, when given, is where it runs (a link may name one); else it runs where the page
 * runs now.
 */
export function openLesson(
  store: PlaygroundStore,
  lesson: Lesson,
  view: ViewSettings = store.getState().view,
  backend?: BackendChoice,
) {
  const state = store.getState();
  if (state.training.running) state.pause();
  const { config } = parseFragment(lesson.fragment);
  // Where the page runs is the machine's choice, not the lesson's: the next lesson keeps it.
  const where = backend ?? state.config?.train.backend;
  if (where) config.train.backend = where;
  state.load(config, [], { ...view, lesson: lesson.id });
}
