// English texts of the "classroom" keys (merged into locales/en.ts): the teacher's classroom link,
// the lesson panel around a lesson's own texts (those are under "lessons"), its question and the
// training controls it shows.
export default {
  link: {
    title: 'Classroom link',
    help: 'For a class: larger type, some panels hidden, and guided lessons. The page switches as you choose, and the link below opens it the same way.',
    mode: 'Classroom mode',
    hideGroup: 'Panels to hide',
    hide: 'Hide:',
    startAt: 'Start at:',
    noLesson: 'no lesson: these settings',
    lessonOption: '{{number}}. {{title}}',
    copy: 'Copy link',
    copied: 'Link copied.',
    copyRefused: 'The browser did not allow copying: select the link and press Ctrl+C.',
    fixSettings: 'Fix the settings marked in red to make a link.',
  },
  /** The panels a classroom link can hide, by their ids in links (`hide=`). */
  panels: {
    settings: 'Settings (TCN, task, training)',
    summary: 'Summary numbers',
    variables: 'Variables table',
    'receptive-field': 'Receptive field',
    charts: 'Loss charts',
    gradients: 'Gradients',
    export: 'Export and files',
  },
  lesson: {
    /** Fills "Something went wrong while showing …". */
    boundary: 'the lesson',
    list: 'Lessons',
    unknown: 'There is no lesson “{{id}}”. Pick one:',
    number: 'Lesson {{number}} of {{total}}',
    previous: '← Previous',
    next: 'Next →',
    look: 'Look:',
    try: 'Try:',
    why: 'Why:',
    again: 'Start this lesson again',
    leave: 'Leave classroom mode',
  },
  predict: {
    question: 'Predict:',
    answer: 'Answer:',
    reveal: 'Show the answer',
  },
  train: {
    play: '▶ Play',
    pause: '❚❚ Pause',
    reset: 'Back to step 0',
    step: 'step <strong>{{step}}</strong>',
    loss: 'loss <strong>{{loss}}</strong>',
    baseline: '({{description}} scores {{loss}})',
  },
};
